use super::*;
use crate::domain::Conversation;
use crate::domain::conversation::FEEDBACK_WINDOW_MS;
use crate::domain::{ResidentContent, ResidentMessage};
use crate::features::engine::EngineSettings;
use crate::features::fixtures::{
    self, feedback, opened, plain, sends, status, ticket_update, touched,
};
use crate::i18n::Localizer;

fn settings() -> EngineSettings {
    let desk = |id: &str, name: &str, officer_names| crate::features::engine::QueueDesk {
        id: id.into(),
        name: name.into(),
        officer_names,
        ..Default::default()
    };
    EngineSettings {
        desks: vec![desk("north", "North", false), desk("south", "South", true)],
        ..fixtures::settings()
    }
}

fn resident() -> Resident {
    Resident {
        id: 7,
        chat_id: "700".into(),
        pseudonym: "Resident OWL".into(),
        ..fixtures::resident()
    }
}

fn ticket() -> Ticket {
    Ticket {
        resident_id: 7,
        root_event_id: Some("$card".into()),
        card: "🎫 Q-2026-00012 · new question".into(),
        ..fixtures::ticket(12)
    }
}

fn officer(body: &str) -> OfficerMessage {
    OfficerMessage {
        room_id: "!north:hs".into(),
        event_id: "$e".into(),
        sender: "@lotte:hs".into(),
        thread_root: Some("$card".into()),
        body: body.into(),
        via_reaction: false,
        sender_name: None,
    }
}

/// (destination, text) of every text, menu or edit the changes send.
fn sent(out: &[Change]) -> Vec<(String, String)> {
    sends(out)
        .into_iter()
        .filter_map(|o| match &o.body {
            MessageBody::Text { text }
            | MessageBody::Menu { text, .. }
            | MessageBody::Edit { text, .. } => Some((o.destination.clone(), plain(text))),
            _ => None,
        })
        .collect()
}

fn card_edit(out: &[Change]) -> String {
    sends(out)
        .into_iter()
        .find_map(|o| match &o.body {
            MessageBody::Edit { target, text } if target == "$card" => Some(plain(text)),
            _ => None,
        })
        .expect("the card is edited")
}

struct Desk {
    settings: EngineSettings,
    loc: Localizer,
}

impl Desk {
    fn new() -> Self {
        Self {
            settings: settings(),
            loc: Localizer::builtin("en").expect("locales"),
        }
    }
    fn run(&self, t: &Ticket, body: &str) -> Vec<Change> {
        Engine::new(&self.settings, &self.loc).officer_said(
            Some((t, &resident())),
            &["Resident OWL: my bike was stolen".to_owned()],
            &officer(body),
        )
    }
}

#[test]
fn every_part_of_a_long_answer_follows_its_edit_or_redaction() {
    let desk = Desk::new();
    let engine = Engine::new(&desk.settings, &desk.loc);
    let long = "The patrol will pass by tonight and again tomorrow. ".repeat(200);
    let answer = desk.run(&ticket(), &long);
    let parts = sent(&answer)
        .into_iter()
        .filter(|(to, _)| to == "700")
        .count();
    assert!(parts >= 3, "a long answer goes in several parts: {parts}");
    let rows: Vec<crate::storage::SentRow> = (0..parts)
        .map(|i| crate::storage::SentRow {
            id: i as i64 + 1,
            channel: Channel::Telegram,
            destination: "700".into(),
            ticket_id: Some(12),
            remote_id: Some(format!("{}", 900 + i)),
        })
        .collect();
    let change = |body: &str| crate::domain::inbound::OfficerChange {
        room_id: "!north:hs".into(),
        event_id: "$edit".into(),
        sender: "@lotte:hs".into(),
        target: "$e".into(),
        body: body.into(),
    };
    let bodies = |out: &[Change]| -> Vec<MessageBody> {
        sends(out)
            .into_iter()
            .filter(|o| o.destination == "700")
            .map(|o| o.body.clone())
            .collect()
    };
    let removed = engine.officer_change(&ticket(), &resident(), &change(""), true, &rows, None);
    let targets: Vec<MessageBody> = (0..parts)
        .map(|i| MessageBody::Delete {
            target: format!("{}", 900 + i),
        })
        .collect();
    assert_eq!(bodies(&removed), targets, "every part is deleted");

    let shorter = engine.officer_change(
        &ticket(),
        &resident(),
        &change("We found your bike."),
        false,
        &rows,
        None,
    );
    let b = bodies(&shorter);
    assert_eq!(b.len(), parts);
    assert!(
        matches!(&b[0], MessageBody::Edit { target, text } if target == "900" && text.contains("We found your bike.")),
        "{b:?}"
    );
    assert!(
        b[1..]
            .iter()
            .all(|m| matches!(m, MessageBody::Delete { .. }))
    );
}

#[test]
fn a_first_answer_assigns_the_officer_and_shows_a_role_not_a_name() {
    let desk = Desk::new();
    let out = desk.run(&ticket(), "We will look into it.");
    let to_resident: Vec<_> = sent(&out).into_iter().filter(|(d, _)| d == "700").collect();
    assert_eq!(to_resident.len(), 1);
    assert!(
        to_resident[0]
            .1
            .starts_with("👮 Community officer, North (Q-2026-00012)"),
        "{}",
        to_resident[0].1
    );
    assert!(!to_resident[0].1.contains("lotte"));
    // A queue configured to show names: the display name, then the role.
    let mut south = ticket();
    south.queue_id = "south".into();
    let mut named = officer("We will look into it.");
    named.sender_name = Some("Lotte Peeters".into());
    let out = Engine::new(&desk.settings, &desk.loc).officer_said(
        Some((&south, &resident())),
        &[],
        &named,
    );
    let to_resident: Vec<_> = sent(&out).into_iter().filter(|(d, _)| d == "700").collect();
    assert!(
        to_resident[0]
            .1
            .starts_with("👮 Lotte Peeters · Community officer, South"),
        "{}",
        to_resident[0].1
    );
    assert_eq!(status(&out), Some((12, TicketStatus::Waiting)));
    let update = ticket_update(&out).cloned().expect("update");
    assert!(update.first_response);
    assert_eq!(update.assignee, Some(Some("@lotte:hs".into())));
    assert!(card_edit(&out).contains("waiting for the resident · handled by @lotte:hs"));
}

#[test]
fn assign_label_and_template_act_on_the_ticket() {
    let desk = Desk::new();
    let out = desk.run(&ticket(), "!assign @sam:hs");
    assert_eq!(
        ticket_update(&out).and_then(|u| u.assignee.clone()),
        Some(Some("@sam:hs".into()))
    );
    assert!(card_edit(&out).contains("handled by @sam:hs"));
    assert!(
        sent(&out)
            .iter()
            .any(|(d, t)| d == "700" && t.contains("now handling")),
        "the resident hears it was taken"
    );
    let out = desk.run(&ticket(), "!assign sam");
    assert!(sent(&out)[0].1.contains("full Matrix ID"));
    assert!(ticket_update(&out).is_none());

    let mut t = ticket();
    t.labels = vec!["urgent".into()];
    let out = desk.run(&t, "!label graffiti #School -urgent");
    assert_eq!(
        ticket_update(&out).and_then(|u| u.labels.clone()),
        Some(vec!["graffiti".to_owned(), "school".to_owned()])
    );
    assert!(card_edit(&out).contains("#graffiti #school"));
    let out = desk.run(&t, "!label bad!label");
    assert!(sent(&out)[0].1.contains("Not understood: bad!label"));
    // A ticket from before cards were stored keeps its card as posted.
    let old_card = Ticket {
        card: String::new(),
        ..ticket()
    };
    let out = desk.run(&old_card, "!label graffiti");
    assert!(ticket_update(&out).is_some());
    assert!(
        !sends(&out)
            .into_iter()
            .any(|o| matches!(o.body, MessageBody::Edit { .. })),
        "no edit that would blank the card"
    );

    // A template goes out in the resident's language; the room sees it too.
    let mut arabic = resident();
    arabic.language = "ar".into();
    let out = Engine::new(&desk.settings, &desk.loc).officer_said(
        Some((&ticket(), &arabic)),
        &[],
        &officer("!template patrol"),
    );
    let to_resident: Vec<_> = sent(&out).into_iter().filter(|(d, _)| d == "700").collect();
    assert_eq!(to_resident.len(), 1);
    let english = desk.loc.t("en", "template-patrol");
    assert!(!to_resident[0].1.contains(&english), "sent in Arabic");
    assert!(
        sent(&out)
            .iter()
            .any(|(d, t)| d == "!north:hs" && t.contains("“patrol”") && t.contains(&english))
    );
    let out = desk.run(&ticket(), "!template");
    assert!(sent(&out)[0].1.contains("patrol"), "lists the templates");
    let out = desk.run(&ticket(), "!template nonsense");
    assert!(sent(&out)[0].1.contains("no template “nonsense”"));
}

#[test]
fn transfer_moves_the_card_and_the_resident_notices_nothing() {
    let desk = Desk::new();
    let out = desk.run(&ticket(), "!transfer south");
    let update = ticket_update(&out).cloned().expect("update");
    assert_eq!(update.transfer, Some(("south".into(), "!south:hs".into())));
    assert!(
        sent(&out).iter().all(|(d, _)| d != "700"),
        "nothing to the resident"
    );
    assert!(card_edit(&out).contains("Moved to the queue south"));
    let new_card = sends(&out)
        .into_iter()
        .find(|o| o.destination == "!south:hs" && o.placement == Placement::TicketRoot)
        .expect("a card in the new room");
    let MessageBody::Text { text } = &new_card.body else {
        panic!("card is text")
    };
    let text = plain(text);
    assert!(
        text.contains("Q-2026-00012") && text.contains("my bike was stolen"),
        "{text}"
    );
    let out = desk.run(&ticket(), "!transfer west");
    assert!(sent(&out)[0].1.contains("Queues: north, south"));
    assert!(ticket_update(&out).is_none());
}

#[test]
fn closing_asks_for_a_rating_which_reaches_the_card() {
    let desk = Desk::new();
    let out = desk.run(&ticket(), "!close Bike found.");
    let rating = sends(&out)
        .into_iter()
        .find_map(|o| match &o.body {
            MessageBody::Menu { buttons, .. } if o.destination == "700" => Some(buttons.clone()),
            _ => None,
        })
        .expect("rating buttons");
    assert_eq!(rating[0].len(), 5);
    assert_eq!(rating[0][3].data, "rt:12:4");

    // After closing, a reply is not sent; the room is told.
    let mut closed = ticket();
    closed.status = TicketStatus::Closed;
    let out = desk.run(&closed, "One more thing");
    assert!(sent(&out).iter().all(|(d, _)| d != "700"));
    assert!(sent(&out)[0].1.contains("not sent"));

    // The resident rates, then comments.
    let engine = Engine::new(&desk.settings, &desk.loc);
    let r = resident();
    let press = ResidentMessage {
        channel: Channel::Telegram,
        user_id: "u".into(),
        chat_id: "700".into(),
        message_id: "1".into(),
        language_hint: None,
        content: ResidentContent::Callback {
            query_id: "q".into(),
            data: "rt:12:4".into(),
        },
    };
    let st = ResidentState {
        resident: &r,
        open_ticket: None,
        conversation: &fixtures::IDLE,
        tickets: &[],
        rated_ticket: Some(&closed),
        edited_original: None,
        export: None,
    };
    let out = engine.resident_said(&st, &press, None, None, 0);
    assert_eq!(ticket_update(&out).and_then(|u| u.rating), Some(4));
    assert_eq!(feedback(&out), Some((7, Some(12))));
    assert!(card_edit(&out).contains("★★★★☆ (4/5)"));

    let mut rated = closed.clone();
    rated.rating = Some(4);
    let waiting = Conversation::Feedback {
        ticket_id: 12,
        since: 0,
    };
    let comment = ResidentMessage {
        content: ResidentContent::Text {
            text: "Quick and kind, thank you".into(),
        },
        ..press.clone()
    };
    let st = ResidentState {
        conversation: &waiting,
        rated_ticket: Some(&rated),
        ..st
    };
    let out = engine.resident_said(&st, &comment, None, None, 0);
    assert_eq!(
        ticket_update(&out).and_then(|u| u.feedback.as_deref()),
        Some("Quick and kind, thank you")
    );
    assert_eq!(feedback(&out), Some((7, None)));
    assert_eq!(touched(&out), Some(12));
    assert!(card_edit(&out).contains("“Quick and kind, thank you”"));
    // Long after the question, a text is a new message, not a comment.
    let out = engine.resident_said(&st, &comment, None, Some(13), FEEDBACK_WINDOW_MS + 1);
    assert!(ticket_update(&out).is_none());
    assert_eq!(opened(&out).map(|t| t.id), Some(13));
    assert_eq!(feedback(&out), Some((7, None)));
    // Rating while a report is in progress keeps the report going: no
    // comment is asked for.
    let reporting = Conversation::Reporting(Box::new(crate::domain::report::ReportDraft::new(0)));
    let mid_report = ResidentState {
        conversation: &reporting,
        rated_ticket: Some(&closed),
        ..st
    };
    let out = engine.resident_said(&mid_report, &press, None, None, 0);
    assert_eq!(ticket_update(&out).and_then(|u| u.rating), Some(4));
    assert_eq!(feedback(&out), None, "the report is not replaced");
    // A second rating is refused.
    let st = ResidentState {
        conversation: &fixtures::IDLE,
        ..st
    };
    let out = engine.resident_said(&st, &press, None, None, 0);
    assert!(ticket_update(&out).is_none());
}

#[test]
fn commands_outside_a_thread_get_a_notice() {
    let desk = Desk::new();
    let engine = Engine::new(&desk.settings, &desk.loc);
    let mut m = officer("!close");
    m.thread_root = None;
    let out = engine.officer_said(None, &[], &m);
    assert_eq!(sends(&out).len(), 1);
    assert!(sent(&out)[0].1.contains("write it in the ticket's thread"));
    m.body = "!help".into();
    assert!(
        sent(&engine.officer_said(None, &[], &m))[0]
            .1
            .contains("!transfer")
    );
    m.body = "good morning, team".into();
    assert!(sends(&engine.officer_said(None, &[], &m)).is_empty());
}
