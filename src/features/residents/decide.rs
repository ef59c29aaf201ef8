//! A resident's message, routed: the conversation state and the parsed
//! intent decide which feature's decisions handle it (the library, a
//! ticket, the report in progress, a rating, data rights). Pure.

use crate::clock::Millis;
use crate::domain::conversation::Conversation;
use crate::domain::inbound::ResidentMessage;
use crate::domain::intent::{ResidentInput, ResidentIntent};
use crate::domain::menu::Action;
use crate::domain::outbound::{MessageBody, NewOutbound, Placement};
use crate::domain::{Change, ConversationChange};
use crate::features::engine::{Attachment, Engine, ResidentState, channel_name};
use crate::i18n::args;

impl Engine<'_> {
    /// Handles a resident's message. `new_ticket_id` must be set when
    /// [`Engine::opens_ticket`] said so.
    pub fn resident_message(
        &self,
        st: &ResidentState<'_>,
        msg: &ResidentMessage,
        input: &ResidentInput,
        attachment: Option<Attachment>,
        new_ticket_id: Option<i64>,
        now: Millis,
    ) -> Vec<Change> {
        let resident = st.resident;
        let open_ticket = st.open_ticket;
        let lang = resident.language.as_str();
        let mut out = Vec::new();
        let dispatch = |out: &mut Vec<Change>, action: Action| {
            self.dispatch(out, st, action, new_ticket_id, now)
        };
        // Whatever comes next answers koban's question, or moves on; a text
        // long after the question is a new message, not a comment.
        let awaited = matches!(st.conversation, Conversation::Feedback { .. });
        if awaited
            && let ResidentIntent::Text(text) = &input.intent
            && st
                .conversation
                .awaited_feedback(now, &self.settings.lifetimes())
                .is_some()
            && st.rated_ticket.is_some()
        {
            self.feedback(&mut out, st, text);
            return out;
        }
        // Where a note goes: into the report step in progress, else above
        // the main menu.
        let with_note = |out: &mut Vec<Change>, note: String| match st.draft() {
            Some(draft) => self.report_step(out, resident, draft, Some(note)),
            None => self.menu_note(out, resident, note),
        };
        match &input.intent {
            ResidentIntent::Start => self.onboarding(&mut out, resident),
            ResidentIntent::Act(action) => dispatch(&mut out, action.clone()),
            ResidentIntent::UnknownLink => {
                self.menu_note(&mut out, resident, self.loc.t(lang, "unknown-payload"));
            }
            ResidentIntent::Cancel => match st.draft() {
                Some(_) => self.report_cancel(&mut out, resident),
                None => {
                    let note = self.loc.t(lang, "nothing-to-cancel");
                    self.menu_note(&mut out, resident, note);
                }
            },
            ResidentIntent::Help => self.menu_note(&mut out, resident, self.loc.t(lang, "help")),
            ResidentIntent::UnknownCommand(command) => {
                let note = self.loc.text(
                    lang,
                    "unknown-command",
                    Some(&args(&[
                        ("command", command.as_str().into()),
                        ("channel", channel_name(resident.channel).into()),
                    ])),
                );
                with_note(&mut out, note);
            }
            ResidentIntent::StaleButton => with_note(&mut out, self.loc.t(lang, "stale-button")),
            ResidentIntent::ChoiceExpected => {
                with_note(&mut out, self.loc.t(lang, "choice-expected"));
            }
            ResidentIntent::Location(point) => match st.draft() {
                Some(draft) => self.report_location(&mut out, resident, draft, *point),
                None => match self.settings.areas.locate(point.latitude, point.longitude) {
                    Some(area) => {
                        let id = area.id.clone();
                        self.act(&mut out, resident, Action::SetArea(id));
                    }
                    None => {
                        let note = if self.settings.areas.0.is_empty() {
                            None
                        } else {
                            Some(self.loc.t(lang, "area-outside"))
                        };
                        let screen = self.areas_screen(lang, note);
                        out.push(Change::send(None, self.screen(resident, lang, screen)));
                    }
                },
            },
            ResidentIntent::Edit { original, text } => {
                self.resident_edit(&mut out, st, original, text);
            }
            ResidentIntent::Unsupported => match st.draft() {
                Some(draft) => self.report_unsupported(&mut out, resident, draft),
                None => {
                    let note = self.loc.t(lang, "unsupported-message");
                    self.menu_note(&mut out, resident, note);
                }
            },
            ResidentIntent::Blank => match st.draft() {
                Some(draft) => {
                    let note = self.loc.t(lang, "report-empty-text");
                    self.report_step(&mut out, resident, draft, Some(note));
                }
                None => {
                    let text = self.loc.t(lang, "unsupported-message");
                    out.push(Change::send(None, self.to_resident(resident, text)));
                }
            },
            ResidentIntent::Text(text) => match st.draft() {
                Some(draft) => self.report_text(&mut out, resident, draft, text),
                None => self.relay(
                    &mut out,
                    resident,
                    open_ticket,
                    msg,
                    Some(text.as_str()),
                    None,
                    new_ticket_id,
                    now,
                ),
            },
            ResidentIntent::Image { caption } if st.draft().is_some() => {
                if let Some(draft) = st.draft() {
                    self.report_photo(&mut out, resident, draft, attachment, caption.as_deref());
                }
            }
            ResidentIntent::Image { caption } => match attachment {
                Some(Attachment::Image { image, .. }) => {
                    self.relay(
                        &mut out,
                        resident,
                        open_ticket,
                        msg,
                        caption.as_deref(),
                        Some(image),
                        new_ticket_id,
                        now,
                    );
                }
                Some(Attachment::Refused(refusal)) => {
                    let text = self.refusal_text(lang, refusal);
                    out.push(Change::send(None, self.to_resident(resident, text)));
                }
                None => {
                    let text = self.loc.t(lang, "image-failed");
                    out.push(Change::send(None, self.to_resident(resident, text)));
                }
            },
        }
        if matches!(out.first(), Some(Change::EraseResident(_))) {
            // Everything about the resident went: nothing else of the
            // message is kept, not even the answer to the button.
            return out;
        }
        // The answer to the button stops the client's spinner.
        if let Some(query_id) = &input.callback {
            let answer = NewOutbound {
                channel: resident.channel,
                destination: resident.chat_id.clone(),
                placement: Placement::Direct,
                body: MessageBody::CallbackAnswer {
                    query_id: query_id.clone(),
                    text: None,
                },
                media: None,
            };
            send_first(&mut out, answer);
        }
        if awaited {
            // The question is answered, or moved on from.
            end_feedback(&mut out, resident.id);
        }
        out
    }

    /// Carries out an action from a button, a numbered choice or a link.
    pub(crate) fn dispatch(
        &self,
        out: &mut Vec<Change>,
        st: &ResidentState<'_>,
        action: Action,
        new_ticket_id: Option<i64>,
        now: Millis,
    ) {
        match action {
            Action::Report => self.report_start(out, st, now),
            Action::MyReports => self.my_reports(out, st),
            Action::Rate(ticket_id, n) => self.rate(out, st, ticket_id, n),
            Action::MyData => self.export(out, st),
            Action::Erase => self.erase_ask(out, st.resident),
            // The erasure replaces whatever else the message changes.
            Action::EraseConfirm => *out = self.erase(st.resident),
            Action::Reporting(a) => self.report_action(out, st, a, new_ticket_id, now),
            other => self.act(out, st.resident, other),
        }
    }
}

/// `message` as the first message `changes` send: after the ticket they
/// open or touch and its history, and about that ticket.
fn send_first(changes: &mut Vec<Change>, message: NewOutbound) {
    let ticket_id = changes.iter().find_map(|c| match c {
        Change::OpenTicket(ticket) => Some(ticket.id),
        Change::TouchTicket(id) => Some(*id),
        _ => None,
    });
    let at = changes
        .iter()
        .position(|c| {
            !matches!(
                c,
                Change::EraseResident(_)
                    | Change::OpenTicket(_)
                    | Change::TouchTicket(_)
                    | Change::History { .. }
            )
        })
        .unwrap_or(changes.len());
    changes.insert(at, Change::send(ticket_id, message));
}

/// The awaited comment is no longer awaited, unless `changes` already await
/// or end one (a new rating). It ends before a report the same message
/// starts.
fn end_feedback(changes: &mut Vec<Change>, resident_id: i64) {
    let decided = changes.iter().any(|c| {
        matches!(
            c,
            Change::Conversation {
                change: ConversationChange::AwaitFeedback { .. } | ConversationChange::EndFeedback,
                ..
            }
        )
    });
    if decided {
        return;
    }
    let at = changes
        .iter()
        .position(|c| {
            matches!(
                c,
                Change::Conversation {
                    change: ConversationChange::Report(_),
                    ..
                }
            )
        })
        .unwrap_or(changes.len());
    changes.insert(at, Change::end_feedback(resident_id));
}

/// The engine's entry points with the message parsed as the pipeline
/// parses it, for the tests.
#[cfg(test)]
impl Engine<'_> {
    pub(crate) fn resident_said(
        &self,
        st: &ResidentState<'_>,
        msg: &ResidentMessage,
        attachment: Option<Attachment>,
        new_ticket_id: Option<i64>,
        now: Millis,
    ) -> Vec<Change> {
        let input = ResidentInput::parse(&msg.content, msg.channel, &st.resident.menu);
        self.resident_message(st, msg, &input, attachment, new_ticket_id, now)
    }

    pub(crate) fn opens_ticket_for(
        &self,
        st: &ResidentState<'_>,
        msg: &ResidentMessage,
        attachment: Option<&Attachment>,
    ) -> bool {
        let input = ResidentInput::parse(&msg.content, msg.channel, &st.resident.menu);
        self.opens_ticket(st, &input, attachment)
    }

    pub(crate) fn officer_said(
        &self,
        ticket_and_resident: Option<(&crate::domain::Ticket, &crate::domain::Resident)>,
        history: &[String],
        msg: &crate::domain::OfficerMessage,
    ) -> Vec<Change> {
        let intent = crate::domain::intent::DeskIntent::parse(&msg.body);
        self.officer_message(ticket_and_resident, history, msg, &intent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ResidentContent;
    use crate::domain::change::NewTicket;
    use crate::domain::model::{Channel, Resident, Ticket, TicketStatus};
    use crate::domain::outbound::{CARD_EDIT_BUDGET_BYTES, card_edit_bytes};
    use crate::domain::report::ReportDraft;
    use crate::domain::routing::RouteRule;
    use crate::domain::text::is_blank;
    use crate::features::engine::{
        EngineSettings, MATRIX_CARD_COST, MATRIX_THREAD_COST, TELEGRAM_MAX_UNITS, split_text,
    };
    use crate::i18n::Localizer;

    use crate::features::fixtures::{
        draft_change, histories, message, opened, sends, state as st, touched,
    };

    fn settings() -> EngineSettings {
        EngineSettings {
            default_queue_id: "general".into(),
            default_queue_room: "!q:hs".into(),
            queue_rooms: vec![
                ("general".into(), "!q:hs".into()),
                ("ar".into(), "!ar:hs".into()),
            ],
            routes: vec![RouteRule {
                queue: "ar".into(),
                languages: vec!["ar".into()],
                ..Default::default()
            }],
            ..crate::features::fixtures::settings()
        }
    }

    fn resident(channel: Channel, menu: &[&str]) -> Resident {
        Resident {
            channel,
            menu: menu.iter().map(|m| (*m).to_owned()).collect(),
            ..crate::features::fixtures::resident()
        }
    }

    fn texts(changes: &[Change]) -> Vec<String> {
        sends(changes)
            .into_iter()
            .filter_map(|o| match &o.body {
                MessageBody::Text { text } | MessageBody::Menu { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn an_unknown_button_is_answered_and_shows_the_menu() {
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let r = resident(Channel::Telegram, &[]);
        let msg = message(
            Channel::Telegram,
            ResidentContent::Callback {
                query_id: "q1".into(),
                data: "a:no-such-topic".into(),
            },
        );
        let out = engine.resident_said(&st(&r), &msg, None, None, 0);
        assert!(matches!(
            &sends(&out)[0].body,
            MessageBody::CallbackAnswer { query_id, .. } if query_id == "q1"
        ));
        let MessageBody::Menu { text, buttons, .. } = &sends(&out)[1].body else {
            panic!("a menu follows: {:?}", sends(&out)[1].body);
        };
        assert!(text.contains("no longer valid"), "{text}");
        assert!(buttons.iter().flatten().any(|b| b.data == "A"));
    }

    #[test]
    fn stations_without_opening_hours_show_no_empty_brackets() {
        let loc = Localizer::builtin("en").expect("locales");
        let mut settings = settings();
        settings.zone.stations = vec![
            crate::config::StationConfig {
                name: "Central".into(),
                address: "Market 1".into(),
                hours: "Mon–Fri 8:00–17:00".into(),
            },
            crate::config::StationConfig {
                name: "North".into(),
                address: "Dock 4".into(),
                hours: String::new(),
            },
        ];
        let engine = Engine::new(&settings, &loc);
        let r = resident(Channel::Telegram, &[]);
        let press = message(
            Channel::Telegram,
            ResidentContent::Callback {
                query_id: "q".into(),
                data: Action::Contact.encode(),
            },
        );
        let shown = texts(&engine.resident_said(&st(&r), &press, None, None, 0)).join("\n");
        let shown = crate::features::fixtures::plain(&shown);
        assert!(
            shown.contains("Central: Market 1 (Mon–Fri 8:00–17:00)"),
            "{shown}"
        );
        assert!(shown.contains("North: Dock 4"), "{shown}");
        assert!(!shown.contains("()"), "{shown}");
    }

    #[test]
    fn a_message_of_invisible_characters_is_answered_like_an_empty_one() {
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let invisible =
            "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF} \u{2066}\u{2069}\u{202E}\u{FE0F}\u{00A0}\n";
        assert!(is_blank(invisible));
        assert!(!is_blank("\u{200B}a"));
        for channel in [Channel::Telegram, Channel::Matrix] {
            let r = resident(channel, &[]);
            let msg = message(
                channel,
                ResidentContent::Text {
                    text: invisible.into(),
                },
            );
            assert!(!engine.opens_ticket_for(&st(&r), &msg, None), "no ticket");
            let out = engine.resident_said(&st(&r), &msg, None, None, 0);
            assert_eq!((opened(&out), touched(&out)), (None, None));
            let empty = message(channel, ResidentContent::Text { text: " ".into() });
            let answer = engine.resident_said(&st(&r), &empty, None, None, 0);
            assert!(!texts(&out).is_empty(), "an answer");
            assert_eq!(texts(&out), texts(&answer), "the same as for an empty one");
            assert!(
                sends(&out)
                    .into_iter()
                    .all(|o| o.destination == r.chat_id && o.placement == Placement::Direct),
                "nothing for the officers"
            );
        }

        // In a report, the draft stays as it was and its step is shown again.
        let r = resident(Channel::Telegram, &[]);
        let mut draft = ReportDraft::new(0);
        draft.step = crate::domain::report::Step::Where;
        let conversation = Conversation::Reporting(Box::new(draft));
        let state = ResidentState {
            conversation: &conversation,
            ..st(&r)
        };
        let msg = message(
            Channel::Telegram,
            ResidentContent::Text {
                text: invisible.into(),
            },
        );
        assert!(!engine.opens_ticket_for(&state, &msg, None));
        let out = engine.resident_said(&state, &msg, None, None, 0);
        assert!(draft_change(&out).is_none(), "the draft is kept as it is");
        assert!(
            texts(&out)[0].contains(&loc.t("en", "report-empty-text")),
            "{:?}",
            texts(&out)
        );
    }

    #[test]
    fn a_very_long_question_is_split_between_card_and_thread() {
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let r = resident(Channel::Matrix, &[]);
        let long = "ä".repeat(MATRIX_THREAD_COST / 4 + MATRIX_CARD_COST / 4 + 10);
        let msg = message(
            Channel::Matrix,
            ResidentContent::Text { text: long.clone() },
        );
        let out = engine.resident_said(&st(&r), &msg, None, Some(9), 0);
        let to_room: Vec<(Placement, String)> = sends(&out)
            .into_iter()
            .filter(|o| o.destination == "!q:hs")
            .filter_map(|o| match &o.body {
                MessageBody::Text { text } => Some((o.placement, text.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(to_room.len(), 3, "card + two thread messages");
        assert_eq!(to_room[0].0, Placement::TicketRoot);
        assert!(card_edit_bytes(&to_room[0].1) <= CARD_EDIT_BUDGET_BYTES);
        for (_, text) in &to_room[1..] {
            let content = crate::domain::outbound::matrix_text_content(text);
            let bytes = serde_json::to_vec(&content).expect("json").len();
            assert!(bytes < 60 * 1024, "{bytes} bytes");
        }
        let relayed: usize = to_room
            .iter()
            .map(|(_, t)| t.chars().filter(|c| *c == 'ä').count())
            .sum();
        assert_eq!(relayed, long.chars().count(), "nothing is lost");
        assert_eq!(histories(&out)[0].body, long, "the history keeps it whole");
    }

    #[test]
    fn texts_are_split_at_paragraphs_and_sentences_never_cut() {
        let text = format!(
            "{}\n\n{}. {}",
            "a".repeat(50),
            "b".repeat(40),
            "c".repeat(40)
        );
        let parts = split_text(&text, 70, |_| 1);
        assert_eq!(parts.concat(), text, "nothing is left out");
        assert_eq!(parts[0], format!("{}\n\n", "a".repeat(50)));
        assert_eq!(parts[1], format!("{}. ", "b".repeat(40)));
        // No boundary at all: between characters, never more than `max`.
        let parts = split_text(&"😀".repeat(10), 7, char::len_utf16);
        assert!(parts.iter().all(|p| p.encode_utf16().count() <= 7));
        assert_eq!(parts.concat(), "😀".repeat(10));
        assert_eq!(split_text("", 5, |_| 1), vec![String::new()]);
    }

    #[test]
    fn a_long_officer_answer_reaches_a_telegram_resident_whole() {
        use crate::domain::OfficerMessage;
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let r = resident(Channel::Telegram, &[]);
        let ticket = Ticket {
            root_event_id: Some("$root".into()),
            status: TicketStatus::Claimed,
            assignee: Some("@ana:hs".into()),
            resident_id: r.id,
            ..crate::features::fixtures::ticket(4)
        };
        // 10,000 characters in sentences, some outside the BMP (two UTF-16
        // units each), and paragraphs.
        let mut answer = String::new();
        let mut i = 0;
        while answer.chars().count() < 10_000 {
            answer.push_str(&format!("Sentence {i} about the case 🚲 and what we do. "));
            if i % 9 == 8 {
                answer.push_str("\n\n");
            }
            i += 1;
        }
        let msg = OfficerMessage {
            room_id: ticket.room_id.clone(),
            event_id: "$a".into(),
            sender: "@ana:hs".into(),
            thread_root: Some("$root".into()),
            body: answer.clone(),
            via_reaction: false,
            sender_name: None,
        };
        let out = engine.officer_said(Some((&ticket, &r)), &[], &msg);
        let sent: Vec<String> = sends(&out)
            .into_iter()
            .filter(|o| o.destination == r.chat_id)
            .filter_map(|o| match &o.body {
                MessageBody::Text { text } => Some(text.clone()),
                _ => None,
            })
            .collect();
        assert!(sent.len() >= 3, "{} messages", sent.len());
        let n = sent.len();
        for (k, part) in sent.iter().enumerate() {
            assert!(part.encode_utf16().count() <= TELEGRAM_MAX_UNITS);
            assert!(
                part.starts_with(&format!("({}/{n})\n", k + 1)),
                "{part:.40}"
            );
        }
        let joined: String = sent.concat();
        for sentence in answer.split(". ").filter(|s| !s.trim().is_empty()) {
            assert!(joined.contains(sentence.trim()), "{sentence:?} is missing");
        }
        // Split after a sentence, not inside one.
        for part in &sent[..n - 1] {
            assert!(
                part.trim_end().ends_with('.'),
                "{:?}",
                &part[part.len() - 20..]
            );
        }
    }

    #[test]
    fn matrix_numbers_choose_and_other_text_is_a_question() {
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let r = resident(Channel::Matrix, &["m", "A"]);
        let text = |t: &str| message(Channel::Matrix, ResidentContent::Text { text: t.into() });

        let out = engine.resident_said(&st(&r), &text("2"), None, None, 0);
        assert!(
            texts(&out)[0].contains("Crime prevention advice"),
            "{:?}",
            texts(&out)
        );
        let shown: usize = sends(&out)
            .into_iter()
            .filter_map(|o| match &o.body {
                MessageBody::Menu { buttons, .. } => Some(buttons.iter().flatten().count()),
                _ => None,
            })
            .sum();
        assert_eq!(shown, 9, "8 topics + menu, for the adapter to number");

        let out = engine.resident_said(&st(&r), &text("7"), None, None, 0);
        assert!(
            texts(&out)[0].contains("Please choose"),
            "{:?}",
            texts(&out)
        );

        let question = text("12 bikes were stolen on our street");
        assert!(engine.opens_ticket_for(&st(&r), &question, None));
        let out = engine.resident_said(&st(&r), &question, None, Some(5), 0);
        assert!(
            matches!(opened(&out), Some(NewTicket { id: 5, queue_id, .. }) if queue_id == "general")
        );
        // Routing: an Arabic-speaking resident's question goes to the "ar" queue.
        let mut arabic = r.clone();
        arabic.language = "ar".into();
        let out = engine.resident_said(&st(&arabic), &question, None, Some(6), 0);
        assert!(matches!(opened(&out), Some(NewTicket { room_id, .. }) if room_id == "!ar:hs"));
        assert!(
            sends(&out)
                .into_iter()
                .any(|o| o.destination == "!ar:hs" && o.placement == Placement::TicketRoot)
        );
    }
}
