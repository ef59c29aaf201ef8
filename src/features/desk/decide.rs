//! The officers' desk in a queue room: replies, commands in a ticket's
//! thread (in `commands.rs`), the card kept current by editing it, and the
//! resident's rating after closing.

/// The `!` commands in a queue room.
mod commands;
#[cfg(test)]
mod tests;

use fluent::FluentValue;

use crate::domain::history::{Author, OfficerAct};
use crate::domain::intent::DeskIntent;
use crate::domain::menu::Action;
use crate::domain::model::{Channel, Resident, Ticket, TicketStatus};
use crate::domain::outbound::{HistoryEntry, MessageBody, NewOutbound, Placement, TicketUpdate};
use crate::domain::{Change, OfficerMessage};
use crate::features::engine::{Engine, ResidentState, Screen};
use crate::i18n::args;

/// Most characters of the resident's comment shown on the card (the
/// history keeps it whole).
const CARD_COMMENT_CHARS: usize = 500;

impl Engine<'_> {
    /// The card as it should read now: its first text and the status lines.
    pub(crate) fn card_text(&self, t: &Ticket) -> String {
        let lang = self.loc.default_language();
        let mut lines = Vec::new();
        let status = match t.status {
            TicketStatus::Open => self.loc.t(lang, "card-status-new"),
            TicketStatus::Claimed => self.loc.text(
                lang,
                "card-status-claimed",
                Some(&args(&[(
                    "user",
                    t.assignee.clone().unwrap_or_default().into(),
                )])),
            ),
            TicketStatus::Waiting => self.loc.text(
                lang,
                "card-status-waiting",
                Some(&args(&[(
                    "user",
                    t.assignee.clone().unwrap_or_default().into(),
                )])),
            ),
            TicketStatus::Closed => self.loc.t(lang, "card-status-closed"),
        };
        lines.push(status);
        if let (Some(assignee), TicketStatus::Closed) = (&t.assignee, t.status) {
            lines.push(self.loc.text(
                lang,
                "card-assignee",
                Some(&args(&[("user", assignee.as_str().into())])),
            ));
        }
        if !t.labels.is_empty() {
            let labels = t
                .labels
                .iter()
                .map(|l| format!("#{l}"))
                .collect::<Vec<_>>()
                .join(" ");
            lines.push(self.loc.text(
                lang,
                "card-labels",
                Some(&args(&[("labels", labels.into())])),
            ));
        }
        if t.reminded_at.is_some() && t.status != TicketStatus::Closed {
            lines.push(self.loc.t(lang, "card-overdue"));
        }
        if let Some(rating) = t.rating {
            let full = rating.clamp(0, 5) as usize;
            let stars = format!("{}{}", "★".repeat(full), "☆".repeat(5 - full));
            lines.push(self.loc.text(
                lang,
                "card-rating",
                Some(&args(&[
                    ("stars", stars.into()),
                    ("rating", FluentValue::from(rating)),
                ])),
            ));
        }
        if let Some(comment) = &t.feedback {
            // On one line and short: the card must stay editable, and the
            // resident's words must not pass for card lines.
            let flat = crate::domain::outbound::neutralize_bidi(comment)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let shown = if flat.chars().count() > CARD_COMMENT_CHARS {
                let cut: String = flat.chars().take(CARD_COMMENT_CHARS).collect();
                format!("{cut}…")
            } else {
                flat
            };
            lines.push(self.loc.text(
                lang,
                "card-feedback",
                Some(&args(&[("comment", shown.into())])),
            ));
        }
        format!("{}\n\n{}", t.card, lines.join("\n"))
    }

    /// The edit of the ticket's card that shows `t` (the ticket after the
    /// change), once the card is delivered.
    pub(crate) fn card_edit(&self, t: &Ticket) -> Option<NewOutbound> {
        // Tickets opened before cards were stored keep their card as posted.
        if t.card.is_empty() {
            return None;
        }
        let root = t.root_event_id.as_ref()?;
        Some(NewOutbound {
            channel: Channel::Matrix,
            destination: t.room_id.clone(),
            placement: Placement::Direct,
            body: MessageBody::Edit {
                target: root.clone(),
                text: self.card_text(t),
            },
            media: None,
        })
    }

    /// Edits the ticket's card to show `t` (the ticket after the change).
    pub(crate) fn edit_card(&self, out: &mut Vec<Change>, t: &Ticket) {
        if let Some(edit) = self.card_edit(t) {
            out.push(Change::send(Some(t.id), edit));
        }
    }

    /// A notice to the officers in the ticket's thread (default language).
    pub(crate) fn thread_notice(&self, out: &mut Vec<Change>, ticket: &Ticket, text: String) {
        let notice = NewOutbound {
            channel: Channel::Matrix,
            destination: ticket.room_id.clone(),
            placement: Placement::TicketThread,
            body: MessageBody::Text { text },
            media: None,
        };
        out.push(Change::send(Some(ticket.id), notice));
    }

    /// How residents see who answers: a role, with the queue's name; and
    /// the officer's name first where the queue is configured to show it.
    fn role_label(&self, lang: &str, ticket: &Ticket, officer: Option<&str>) -> String {
        let role = self.loc.t(lang, "officer-role");
        let desk = self.settings.desk(&ticket.queue_id);
        let role = match desk.map(|d| d.name.as_str()).filter(|n| !n.is_empty()) {
            Some(name) => format!("{role}, {name}"),
            None => role,
        };
        match officer.filter(|_| desk.is_some_and(|d| d.officer_names)) {
            Some(officer) => format!("{officer} · {role}"),
            None => role,
        }
    }

    /// Sends `text` to the resident as the officers' answer.
    fn answer_resident(
        &self,
        out: &mut Vec<Change>,
        ticket: &Ticket,
        resident: &Resident,
        officer: Option<&str>,
        text: &str,
    ) {
        let lang = resident.language.as_str();
        let text = self.loc.text(
            lang,
            "officer-reply",
            Some(&args(&[
                ("role", self.role_label(lang, ticket, officer).into()),
                ("reference", ticket.reference().into()),
                ("text", text.into()),
            ])),
        );
        // A long answer arrives whole, in as many messages as it takes.
        for part in self.resident_parts(resident, &text) {
            out.push(Change::send(
                Some(ticket.id),
                self.to_resident(resident, part),
            ));
        }
    }

    /// Handles a message in a queue room. A message in a ticket's thread is
    /// the officer's answer to the resident; `!` starts a command.
    /// `history` holds the ticket's thread so far, one line per message
    /// (for the summary a transfer carries along).
    pub fn officer_message(
        &self,
        ticket_and_resident: Option<(&Ticket, &Resident)>,
        history: &[String],
        msg: &OfficerMessage,
        intent: &DeskIntent,
    ) -> Vec<Change> {
        let body = match intent {
            DeskIntent::Empty => return Vec::new(),
            DeskIntent::Command(command) => {
                return match ticket_and_resident {
                    Some((ticket, resident)) => {
                        let mut out = vec![Change::TouchTicket(ticket.id)];
                        self.officer_command(&mut out, ticket, resident, history, msg, command);
                        out
                    }
                    None => self.room_command(msg, command),
                };
            }
            DeskIntent::Reply(body) => body.as_str(),
        };
        let Some((ticket, resident)) = ticket_and_resident else {
            return Vec::new();
        };
        let mut out = vec![Change::TouchTicket(ticket.id)];
        if ticket.status == TicketStatus::Closed {
            // Closed: the resident has moved on; say so instead of sending.
            out.push(Change::history(
                ticket.id,
                HistoryEntry {
                    author: Author::officer(OfficerAct::Unsent, &msg.sender),
                    external_id: msg.event_id.clone(),
                    body: body.to_owned(),
                },
            ));
            let text = self.loc.text(
                self.loc.default_language(),
                "notice-closed-not-sent",
                Some(&args(&[("reference", ticket.reference().into())])),
            );
            self.thread_notice(&mut out, ticket, text);
            return out;
        }
        out.push(Change::history(
            ticket.id,
            HistoryEntry {
                author: Author::officer(OfficerAct::Answer, &msg.sender),
                external_id: msg.event_id.clone(),
                body: body.to_owned(),
            },
        ));
        self.answer_resident(&mut out, ticket, resident, msg.sender_name.as_deref(), body);
        let mut update = TicketUpdate {
            ticket_id: ticket.id,
            first_response: true,
            ..TicketUpdate::default()
        };
        // The first officer to answer a ticket nobody has takes it; the
        // resident's turn now.
        let mut after = ticket.clone();
        if ticket.assignee.is_none() {
            update.assignee = Some(Some(msg.sender.clone()));
            after.assignee = Some(msg.sender.clone());
        }
        after.status = TicketStatus::Waiting;
        after.first_response_at = Some(0);
        if after.status != ticket.status || after.assignee != ticket.assignee {
            self.edit_card(&mut out, &after);
        }
        out.push(Change::status(ticket.id, TicketStatus::Waiting));
        out.push(Change::UpdateTicket(update));
        out
    }

    /// Someone without the power to act wrote in a ticket's thread: nothing
    /// reaches the resident; the room is told why.
    pub fn officer_refused(
        &self,
        ticket: &Ticket,
        msg: &OfficerMessage,
        needed: i64,
    ) -> Vec<Change> {
        let mut out = vec![
            Change::TouchTicket(ticket.id),
            Change::history(
                ticket.id,
                HistoryEntry {
                    author: Author::officer(OfficerAct::Refused, &msg.sender),
                    external_id: msg.event_id.clone(),
                    body: msg.body.clone(),
                },
            ),
        ];
        let text = self.loc.text(
            self.loc.default_language(),
            "notice-not-allowed",
            Some(&args(&[
                ("user", msg.sender.as_str().into()),
                ("level", FluentValue::from(needed)),
            ])),
        );
        self.thread_notice(&mut out, ticket, text);
        out
    }

    /// An officer edited or redacted a message in a ticket's thread. `sent`
    /// lists what the original caused; the resident's copy, if it was
    /// delivered, is edited or deleted too.
    pub fn officer_change(
        &self,
        ticket: &Ticket,
        resident: &Resident,
        change: &crate::domain::inbound::OfficerChange,
        redacted: bool,
        sent: &[crate::storage::SentRow],
        officer_name: Option<&str>,
    ) -> Vec<Change> {
        // The resident's copy: one message, or the numbered parts of a long
        // answer, in order.
        let copies: Vec<&crate::storage::SentRow> = sent
            .iter()
            .filter(|r| r.channel == resident.channel && r.destination == resident.chat_id)
            .collect();
        if copies.is_empty() {
            // Not an answer to the resident (a note, a command): nothing to
            // pass on.
            return Vec::new();
        }
        let kind = if redacted {
            OfficerAct::Redacted
        } else {
            OfficerAct::Edit
        };
        let mut out = vec![
            Change::TouchTicket(ticket.id),
            Change::history(
                ticket.id,
                HistoryEntry {
                    author: Author::officer(kind, &change.sender),
                    external_id: change.target.clone(),
                    body: change.body.clone(),
                },
            ),
        ];
        let officer_lang = self.loc.default_language();
        let Some(remotes) = copies
            .iter()
            .map(|c| c.remote_id.clone())
            .collect::<Option<Vec<String>>>()
        else {
            let text = self.loc.text(
                officer_lang,
                "notice-change-not-passed",
                Some(&args(&[("reference", ticket.reference().into())])),
            );
            self.thread_notice(&mut out, ticket, text);
            return out;
        };
        let to_resident = |body| {
            let message = NewOutbound {
                channel: resident.channel,
                destination: resident.chat_id.clone(),
                placement: Placement::Direct,
                body,
                media: None,
            };
            Change::send(Some(ticket.id), message)
        };
        if redacted {
            for target in remotes {
                out.push(to_resident(MessageBody::Delete { target }));
            }
        } else {
            // The new text in as many parts as it takes: each earlier part
            // is edited, parts no longer needed are deleted, new ones sent.
            let lang = resident.language.as_str();
            let text = self.loc.text(
                lang,
                "officer-reply",
                Some(&args(&[
                    ("role", self.role_label(lang, ticket, officer_name).into()),
                    ("reference", ticket.reference().into()),
                    ("text", change.body.trim().into()),
                ])),
            );
            let parts = self.resident_parts(resident, &text);
            for i in 0..parts.len().max(remotes.len()) {
                let body = match (remotes.get(i), parts.get(i)) {
                    (Some(target), Some(text)) => MessageBody::Edit {
                        target: target.clone(),
                        text: text.clone(),
                    },
                    (Some(target), None) => MessageBody::Delete {
                        target: target.clone(),
                    },
                    (None, Some(text)) => MessageBody::Text { text: text.clone() },
                    (None, None) => continue,
                };
                out.push(to_resident(body));
            }
        }
        if redacted {
            let text = self.loc.text(
                officer_lang,
                "notice-deleted-for-resident",
                Some(&args(&[("reference", ticket.reference().into())])),
            );
            self.thread_notice(&mut out, ticket, text);
        }
        out
    }

    /// The ticket missed a target: one reminder in its thread, and the card
    /// shows it.
    pub fn overdue(&self, ticket: &Ticket, breach: crate::domain::hours::Breach) -> Vec<Change> {
        use crate::domain::hours::Breach;
        let mut out = vec![Change::TouchTicket(ticket.id)];
        let lang = self.loc.default_language();
        let who = ticket
            .assignee
            .clone()
            .unwrap_or_else(|| self.loc.t(lang, "notice-nobody"));
        let text = match breach {
            Breach::FirstResponse { minutes } => self.loc.text(
                lang,
                "notice-overdue-first",
                Some(&args(&[
                    ("reference", ticket.reference().into()),
                    ("minutes", FluentValue::from(minutes)),
                    ("user", who.into()),
                ])),
            ),
            Breach::Resolution { hours } => self.loc.text(
                lang,
                "notice-overdue-resolution",
                Some(&args(&[
                    ("reference", ticket.reference().into()),
                    ("hours", FluentValue::from(hours)),
                    ("user", who.into()),
                ])),
            ),
        };
        self.thread_notice(&mut out, ticket, text);
        let mut after = ticket.clone();
        after.reminded_at = Some(0);
        self.edit_card(&mut out, &after);
        out.push(Change::UpdateTicket(TicketUpdate {
            ticket_id: ticket.id,
            reminded: true,
            ..TicketUpdate::default()
        }));
        out
    }

    /// A message to the ticket's resident could not be delivered (Telegram
    /// answered 403: they blocked the bot, or deleted their account).
    pub fn delivery_failed(&self, ticket: &Ticket, error: &str) -> Vec<Change> {
        let blocked = error.contains("blocked")
            || error.contains("Forbidden")
            || error.contains("deactivated");
        let mut out = vec![
            Change::TouchTicket(ticket.id),
            Change::history(
                ticket.id,
                HistoryEntry {
                    author: Author::Koban,
                    external_id: "delivery-failed".to_owned(),
                    body: error.to_owned(),
                },
            ),
        ];
        let id = if blocked {
            "notice-resident-blocked"
        } else {
            "notice-not-delivered"
        };
        let text = self.loc.text(
            self.loc.default_language(),
            id,
            Some(&args(&[("reference", ticket.reference().into())])),
        );
        self.thread_notice(&mut out, ticket, text);
        out
    }

    /// After closing: the resident may rate the answer from 1 to 5.
    fn ask_rating(&self, out: &mut Vec<Change>, ticket: &Ticket, resident: &Resident) {
        let lang = resident.language.as_str();
        let stars: Vec<(String, Action)> = (1..=5)
            .map(|n| ("⭐".repeat(n as usize), Action::Rate(ticket.id, n)))
            .collect();
        let screen = Screen {
            text: self.loc.text(
                lang,
                "rating-question",
                Some(&args(&[("reference", ticket.reference().into())])),
            ),
            rows: vec![stars],
        };
        out.push(Change::send(
            Some(ticket.id),
            self.screen(resident, lang, screen),
        ));
    }

    /// The resident rated a closed ticket.
    pub(crate) fn rate(
        &self,
        out: &mut Vec<Change>,
        st: &ResidentState<'_>,
        ticket_id: i64,
        n: i64,
    ) {
        let resident = st.resident;
        let lang = resident.language.as_str();
        let ticket = st
            .rated_ticket
            .filter(|t| t.id == ticket_id && t.resident_id == resident.id);
        let Some(ticket) = ticket else {
            return self.menu_note(out, resident, self.loc.t(lang, "stale-button"));
        };
        if ticket.rating.is_some() || !(1..=5).contains(&n) {
            return self.menu_note(out, resident, self.loc.t(lang, "rating-already"));
        }
        out.push(Change::TouchTicket(ticket.id));
        out.push(Change::history(
            ticket.id,
            HistoryEntry {
                author: Author::Resident,
                external_id: format!("rating:{}", ticket.id),
                body: format!("rating {n}/5"),
            },
        ));
        let mut after = ticket.clone();
        after.rating = Some(n);
        self.edit_card(out, &after);
        let screen = Screen {
            text: self.loc.t(lang, "rating-thanks"),
            rows: vec![vec![self.label(lang, "button-no-comment", Action::Menu)]],
        };
        out.push(Change::send(
            Some(ticket.id),
            self.screen(resident, lang, screen),
        ));
        out.push(Change::UpdateTicket(TicketUpdate {
            ticket_id: ticket.id,
            rating: Some(n),
            ..TicketUpdate::default()
        }));
        // A report in progress goes on: the comment is not asked for then.
        if st.draft().is_none() {
            out.push(Change::await_feedback(resident.id, ticket.id));
        }
    }

    /// The resident's comment after a rating: no comment is awaited any
    /// more.
    pub(crate) fn feedback(&self, out: &mut Vec<Change>, st: &ResidentState<'_>, text: &str) {
        let resident = st.resident;
        let lang = resident.language.as_str();
        let Some(ticket) = st.rated_ticket else {
            out.push(Change::end_feedback(resident.id));
            return;
        };
        let text = text.trim();
        out.push(Change::TouchTicket(ticket.id));
        out.push(Change::history(
            ticket.id,
            HistoryEntry {
                author: Author::Resident,
                external_id: format!("feedback:{}", ticket.id),
                body: text.to_owned(),
            },
        ));
        let mut after = ticket.clone();
        after.feedback = Some(text.to_owned());
        self.edit_card(out, &after);
        let note = self.loc.t(lang, "feedback-thanks");
        let screen = self.menu_screen(lang, Some(note));
        out.push(Change::send(
            Some(ticket.id),
            self.screen(resident, lang, screen),
        ));
        out.push(Change::UpdateTicket(TicketUpdate {
            ticket_id: ticket.id,
            feedback: Some(text.to_owned()),
            ..TicketUpdate::default()
        }));
        out.push(Change::end_feedback(resident.id));
    }
}
