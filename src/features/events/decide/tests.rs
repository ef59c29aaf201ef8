use super::*;
use crate::features::fixtures::{plain, resident, sends};

/// 2026-12-01 09:00 UTC.
const NOW: Millis = 1_796_115_600_000;
const HOUR: i64 = 3_600_000;

fn loc() -> Localizer {
    Localizer::builtin("en").expect("locales")
}

static LINKS: std::sync::LazyLock<crate::features::BotLinks> =
    std::sync::LazyLock::new(|| crate::features::BotLinks {
        telegram: Some("koban_test_bot".into()),
        matrix: Some("@koban:hs".into()),
    });

fn planner<'a>(loc: &'a Localizer, config: &'a EventsConfig) -> Planner<'a> {
    Planner {
        loc,
        config,
        tz: chrono_tz::Europe::Berlin,
        install_id: "inst",
        coordination_room: Some("!coord:hs"),
        bot_links: &LINKS,
    }
}

fn event(capacity: Option<i64>) -> Event {
    let mut e = event_of(
        12,
        &EventDraft {
            area: Some("north".into()),
            topic: None,
            // 2026-12-10 16:00 UTC = 17:00 in Berlin.
            starts_at: 1_796_918_400_000,
            ends_at: 1_796_918_400_000 + 90 * 60_000,
            place: "Market square 1".into(),
            map_url: None,
            location: Some((52.52, 13.4)),
            capacity,
            registration: true,
            texts: vec![
                EventText {
                    language: "en".into(),
                    title: "Coffee with a cop".into(),
                    description: "Free coffee".into(),
                    audience: "Everyone".into(),
                    accessibility: "Step-free".into(),
                },
                EventText {
                    language: "de".into(),
                    title: "Kaffee mit der Polizei".into(),
                    ..Default::default()
                },
            ],
        },
        "@coord:hs",
        NOW,
    );
    e.status = EventStatus::Published;
    e
}

fn state<'s>(r: &'s Resident, e: &'s Event) -> ResidentEvents<'s> {
    ResidentEvents {
        resident: r,
        event: Some(e),
        rsvp: None,
        counts: RsvpCounts::default(),
        last_position: 0,
        waiting_ahead: 0,
        next_waiting: None,
        card: Some("$card12"),
        upcoming: &[],
        subscriptions: &[],
    }
}

fn menu_of(o: &NewOutbound) -> (String, Vec<Action>) {
    match &o.body {
        MessageBody::Menu { text, buttons, .. } => (
            plain(text),
            buttons
                .iter()
                .flatten()
                .filter_map(|b| Action::decode(&b.data))
                .collect(),
        ),
        other => panic!("not a menu: {other:?}"),
    }
}

fn answers(changes: &[Change]) -> Vec<(i64, Rsvp)> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Events(EventChange::Answer {
                resident_id, rsvp, ..
            }) => Some((*resident_id, *rsvp)),
            _ => None,
        })
        .collect()
}

#[test]
fn an_invite_says_what_when_and_where_in_the_zones_time_with_answer_buttons() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let e = event(Some(20));
    let invite = p.invite(
        &e,
        Channel::Telegram,
        "42",
        "en",
        "invite-intro",
        &RsvpCounts::default(),
    );
    let (text, actions) = menu_of(&invite);
    assert!(text.contains("Coffee with a cop"), "{text}");
    // 17:00 in Berlin, not the 16:00 UTC stored.
    assert!(
        text.contains("Thursday 10 December 2026, 17:00–18:30"),
        "{text}"
    );
    assert!(text.contains("Market square 1"), "{text}");
    assert!(text.contains("20 of 20 places are free"), "{text}");
    assert!(text.contains("register"), "{text}");
    assert_eq!(
        actions,
        vec![
            Action::Event(EventAction::Answer(12, Answer::Going)),
            Action::Event(EventAction::Answer(12, Answer::Maybe)),
            Action::Event(EventAction::Answer(12, Answer::NotGoing)),
            Action::Event(EventAction::Calendar(12)),
            Action::Event(EventAction::Place(12)),
        ]
    );
    // In German the title is German and the date German; a language with
    // no texts falls back visibly to the default.
    let (de, _) = menu_of(&p.invite(
        &e,
        Channel::Telegram,
        "42",
        "de",
        "invite-intro",
        &RsvpCounts::default(),
    ));
    assert!(
        de.contains("Kaffee mit der Polizei") && de.contains("Donnerstag 10 Dezember 2026"),
        "{de}"
    );
    let (tr, _) = menu_of(&p.invite(
        &e,
        Channel::Telegram,
        "42",
        "tr",
        "invite-intro",
        &RsvpCounts::default(),
    ));
    assert!(
        tr.contains("Coffee with a cop") && tr.contains("English"),
        "{tr}"
    );
}

#[test]
fn going_to_a_full_event_joins_the_waiting_list_and_is_told_its_place() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let e = event(Some(2));
    let r = resident();
    let mut st = state(&r, &e);
    st.counts = RsvpCounts {
        going: 2,
        waiting: 3,
        ..Default::default()
    };
    st.last_position = 3;
    let out = p.resident(
        &st,
        &Action::Event(EventAction::Answer(12, Answer::Going)),
        Some("q1"),
        NOW,
    );
    assert_eq!(answers(&out), vec![(1, Rsvp::Waiting { position: 4 })]);
    let sent = sends(&out);
    assert!(
        matches!(&sent[0].body, MessageBody::CallbackAnswer { query_id, .. } if query_id == "q1")
    );
    let (text, _) = menu_of(sent[1]);
    assert!(text.contains("number 4 on the waiting list"), "{text}");
    // The card in the coordination room shows the new counts.
    let card = sent
        .iter()
        .find_map(|m| match &m.body {
            MessageBody::Edit { target, text } if target == "$card12" => Some(plain(text)),
            _ => None,
        })
        .expect("card edited");
    assert!(
        card.contains("2 going") && card.contains("4 waiting"),
        "{card}"
    );
}

#[test]
fn a_freed_place_is_offered_to_the_first_in_line() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let e = event(Some(2));
    let r = resident();
    let next = Recipient {
        resident_id: 7,
        channel: Channel::Matrix,
        chat_id: "!dm7:hs".into(),
        language: "en".into(),
        pseudonym: "Resident OWL".into(),
    };
    let mut st = state(&r, &e);
    st.rsvp = Some(Rsvp::Going);
    st.counts = RsvpCounts {
        going: 2,
        waiting: 1,
        ..Default::default()
    };
    st.next_waiting = Some(&next);
    let out = p.resident(
        &st,
        &Action::Event(EventAction::Answer(12, Answer::NotGoing)),
        None,
        NOW,
    );
    let until = NOW + config.offer_hours * HOUR;
    assert_eq!(
        answers(&out),
        vec![(1, Rsvp::NotGoing), (7, Rsvp::Offered { until })]
    );
    let offer = sends(&out)
        .into_iter()
        .find(|m| m.destination == "!dm7:hs")
        .expect("offer sent");
    let (text, actions) = menu_of(offer);
    assert!(text.contains("A place has become free"), "{text}");
    assert!(actions.contains(&Action::Event(EventAction::Answer(12, Answer::Going))));
    // Without anybody waiting, nobody is offered anything.
    st.next_waiting = None;
    st.counts.waiting = 0;
    let out = p.resident(
        &st,
        &Action::Event(EventAction::Answer(12, Answer::NotGoing)),
        None,
        NOW,
    );
    assert_eq!(answers(&out), vec![(1, Rsvp::NotGoing)]);
}

#[test]
fn an_unconfirmed_offer_moves_on() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let e = event(Some(1));
    let late = Recipient {
        resident_id: 7,
        channel: Channel::Telegram,
        chat_id: "7".into(),
        language: "en".into(),
        pseudonym: "Resident OWL".into(),
    };
    let next = Recipient {
        resident_id: 8,
        chat_id: "8".into(),
        ..late.clone()
    };
    let counts = RsvpCounts {
        offered: 1,
        waiting: 1,
        ..Default::default()
    };
    let out = p.offer_expired(&e, &late, counts, Some(&next), None, NOW);
    assert_eq!(
        answers(&out),
        vec![
            (7, Rsvp::NotGoing),
            (
                8,
                Rsvp::Offered {
                    until: NOW + config.offer_hours * HOUR
                }
            )
        ]
    );
    assert!(sends(&out).iter().any(|m| m.destination == "7"
        && matches!(&m.body, MessageBody::Text { text } if text.contains("next person"))));
}

#[test]
fn the_calendar_file_keeps_its_uid_and_raises_its_sequence_when_cancelled() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let mut e = event(None);
    let MessageBody::Document {
        file_name,
        mime,
        content,
        ..
    } = p.calendar(&e, "en", NOW)
    else {
        panic!("not a document");
    };
    assert_eq!(mime, "text/calendar");
    assert!(file_name.ends_with(".ics"), "{file_name}");
    assert!(content.contains("UID:event-12@inst.koban"), "{content}");
    assert!(content.contains("DTSTART:20261210T160000Z"), "{content}");
    assert!(content.contains("METHOD:PUBLISH") && content.contains("SEQUENCE:0"));
    e.status = EventStatus::Cancelled;
    e.sequence = 2;
    let MessageBody::Document { content, .. } = p.calendar(&e, "en", NOW) else {
        panic!("not a document");
    };
    assert!(
        content.contains("METHOD:CANCEL") && content.contains("SEQUENCE:2"),
        "{content}"
    );
    assert!(content.contains("UID:event-12@inst.koban"));
}

#[test]
fn the_place_comes_as_a_pin_then_the_address_and_a_map_link() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let r = resident();
    let mut e = event(None);
    let out = p.resident(
        &state(&r, &e),
        &Action::Event(EventAction::Place(12)),
        None,
        NOW,
    );
    let sent = sends(&out);
    assert_eq!(sent.len(), 2, "{sent:?}");
    assert_eq!(
        sent[0].body,
        MessageBody::Venue {
            latitude: 52.52,
            longitude: 13.4,
            title: "Coffee with a cop".into(),
            address: "Market square 1".into(),
        }
    );
    let (text, _) = menu_of(sent[1]);
    assert!(text.contains("Market square 1"), "{text}");
    assert!(text.contains("openstreetmap.org/?mlat=52.52"), "{text}");
    // Without coordinates there is no pin, only the address.
    e.location = None;
    let out = p.resident(
        &state(&r, &e),
        &Action::Event(EventAction::Place(12)),
        None,
        NOW,
    );
    let sent = sends(&out);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert!(menu_of(sent[0]).0.contains("Market square 1"));
}

#[test]
fn a_draft_needs_a_time_and_a_title_in_the_default_language() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let areas = vec!["north".to_owned()];
    let tz = chrono_tz::Europe::Berlin;
    let fields = |body: &str| match super::super::command::EventCommand::parse(body, tz) {
        Some(super::super::command::EventCommand::New(f)) => f,
        other => panic!("{other:?}"),
    };
    let err = p
        .draft(&fields("!event new\ntitle: Coffee"), None, &areas)
        .expect_err("no time");
    assert!(err.contains("when"), "{err}");
    let err = p
        .draft(
            &fields("!event new\nwhen: 2026-12-10 17:00\ntitle.de: Kaffee"),
            None,
            &areas,
        )
        .expect_err("no default title");
    assert!(err.contains("title"), "{err}");
    let err = p
        .draft(
            &fields("!event new\nwhen: 2026-12-10 17:00\ntitle: Coffee\narea: south"),
            None,
            &areas,
        )
        .expect_err("unknown area");
    assert!(err.contains("south"), "{err}");
    let d = p
        .draft(
            &fields("!event new\nwhen: 2026-12-10 17:00\ntitle.de: Kaffee\ntitle: Coffee"),
            None,
            &areas,
        )
        .expect("a draft");
    // The default duration, and the default language first.
    assert_eq!(
        d.ends_at - d.starts_at,
        config.default_duration_minutes * 60_000
    );
    assert_eq!(d.texts[0].language, "en");
    // A change keeps the length and what it does not name.
    let before = event(Some(5));
    let changed = p
        .draft(
            &fields("!event new\nwhen: 2026-12-11 10:00"),
            Some(&before),
            &areas,
        )
        .expect("a change");
    assert_eq!(changed.ends_at - changed.starts_at, 90 * 60_000);
    assert_eq!(changed.capacity, Some(5));
    assert_eq!(changed.texts, before.texts);
}

fn broadcast(kind: BroadcastKind) -> Broadcast {
    Broadcast {
        id: 3,
        kind,
        event_id: Some(12),
        announcement_id: None,
        topic: Topic::Events,
        area: None,
        status: "expanding".into(),
        cursor: 0,
        total: 0,
        card_outbox: None,
        created_by: "@coord:hs".into(),
        created_at: NOW,
    }
}

fn recipients(n: i64) -> Vec<Recipient> {
    (1..=n)
        .map(|i| Recipient {
            resident_id: i * 10,
            channel: Channel::Telegram,
            chat_id: i.to_string(),
            language: if i % 2 == 0 { "de".into() } else { "en".into() },
            pseudonym: format!("R{i}"),
        })
        .collect()
}

#[test]
fn a_broadcast_expands_batch_by_batch_into_the_bulk_lane() {
    let (loc, mut config) = (loc(), EventsConfig::default());
    config.batch = 3;
    let p = planner(&loc, &config);
    let e = event(None);
    let b = broadcast(BroadcastKind::Invite);
    let no_one = RsvpCounts::default();
    let subject = Subject::Event {
        event: &e,
        counts: &no_one,
    };
    let full = p.expand(&b, &subject, &recipients(3), NOW);
    let delivered: Vec<&NewOutbound> = full
        .iter()
        .filter_map(|c| match c {
            Change::Events(EventChange::Deliver {
                broadcast_id: 3,
                message,
            }) => Some(message),
            _ => None,
        })
        .collect();
    assert_eq!(delivered.len(), 3);
    // Each in their language.
    assert!(
        matches!(&delivered[1].body, MessageBody::Menu { text, language, .. }
        if language == "de" && text.contains("Kaffee"))
    );
    assert!(full.contains(&Change::Events(EventChange::Expanded {
        id: 3,
        cursor: 30,
        added: 3,
        done: false
    })));
    assert!(
        full.iter()
            .any(|c| matches!(c, Change::Enqueue { external_id, .. }
        if external_id == "broadcast:3:after:30"))
    );
    // A short batch is the last.
    let last = p.expand(&b, &subject, &recipients(1), NOW);
    assert!(last.contains(&Change::Events(EventChange::Expanded {
        id: 3,
        cursor: 10,
        added: 1,
        done: true
    })));
    assert!(!last.iter().any(|c| matches!(c, Change::Enqueue { .. })));
    // A cancellation brings the calendar cancellation with it.
    let mut cancelled = e.clone();
    cancelled.status = EventStatus::Cancelled;
    let out = p.expand(
        &broadcast(BroadcastKind::Cancel),
        &Subject::Event {
            event: &cancelled,
            counts: &no_one,
        },
        &recipients(1),
        NOW,
    );
    let docs = out
        .iter()
        .filter(|c| matches!(c, Change::Events(EventChange::Deliver { message, .. })
            if matches!(&message.body, MessageBody::Document { content, .. } if content.contains("METHOD:CANCEL"))))
        .count();
    assert_eq!(docs, 1);
}

#[test]
fn a_broadcast_finishes_when_every_send_has_its_result() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let mut b = broadcast(BroadcastKind::Invite);
    b.status = "sending".into();
    let running = BroadcastProgress {
        total: 10,
        sent: 7,
        pending: 2,
        failed: 0,
        unreachable: 1,
    };
    let out = p.progress(&b, &running, Some("$bcard"));
    assert!(!out.contains(&Change::Events(EventChange::Finished { id: 3 })));
    let text = sends(&out)
        .iter()
        .find_map(|m| match &m.body {
            MessageBody::Edit { target, text } if target == "$bcard" => Some(plain(text)),
            _ => None,
        })
        .expect("card edited");
    assert!(
        text.contains("7 of 10 sent") && text.contains("1 unreachable"),
        "{text}"
    );
    let done = BroadcastProgress {
        sent: 9,
        pending: 0,
        ..running
    };
    let out = p.progress(&b, &done, Some("$bcard"));
    assert!(out.contains(&Change::Events(EventChange::Finished { id: 3 })));
}

#[test]
fn subscriptions_switch_on_and_off() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let e = event(None);
    let r = resident();
    let mut st = state(&r, &e);
    let out = p.resident(
        &st,
        &Action::Event(EventAction::Toggle(Topic::Events)),
        None,
        NOW,
    );
    assert!(out.contains(&Change::Events(EventChange::Subscribe {
        resident_id: 1,
        topic: Topic::Events
    })));
    let (text, _) = menu_of(sends(&out)[0]);
    assert!(text.contains("Subscribed"), "{text}");
    let on = [Topic::Events];
    st.subscriptions = &on;
    let out = p.resident(
        &st,
        &Action::Event(EventAction::Toggle(Topic::Events)),
        None,
        NOW,
    );
    assert!(out.contains(&Change::Events(EventChange::Unsubscribe {
        resident_id: 1,
        topic: Some(Topic::Events)
    })));
    let out = p.resident(&st, &Action::Event(EventAction::LeaveAll), None, NOW);
    assert!(out.contains(&Change::Events(EventChange::Unsubscribe {
        resident_id: 1,
        topic: None
    })));
}

#[test]
fn answers_to_an_event_that_is_over_or_gone_are_refused_politely() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let e = event(None);
    let r = resident();
    let st = state(&r, &e);
    let after = e.ends_at + 1;
    let out = p.resident(
        &st,
        &Action::Event(EventAction::Answer(12, Answer::Going)),
        None,
        after,
    );
    assert!(answers(&out).is_empty());
    let (text, _) = menu_of(sends(&out)[0]);
    assert!(text.contains("over"), "{text}");
    let gone = ResidentEvents {
        event: None,
        ..state(&r, &e)
    };
    let out = p.resident(
        &gone,
        &Action::Event(EventAction::Answer(12, Answer::Going)),
        None,
        NOW,
    );
    assert!(answers(&out).is_empty());
    let (text, _) = menu_of(sends(&out)[0]);
    assert!(text.contains("does not exist"), "{text}");
}

#[test]
fn an_announcement_reaches_each_in_their_language_or_says_it_is_not() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let fields = match super::super::command::EventCommand::parse(
        "!announce new\ntopic: prevention\nlanguages: ar, de\ntext.de: Schließen Sie Ihr Fahrrad an\ntext: Lock your bike",
        chrono_tz::Europe::Berlin,
    ) {
        Some(super::super::command::EventCommand::AnnounceNew(f)) => f,
        other => panic!("{other:?}"),
    };
    let a = p
        .announcement_draft(3, &fields, "@coord:hs", &[], NOW)
        .expect("valid");
    assert_eq!(a.texts[0].0, "en", "the default language first");
    assert_eq!(a.topic, Topic::Prevention);
    let b = Broadcast {
        kind: BroadcastKind::Announcement,
        event_id: None,
        announcement_id: Some(3),
        ..broadcast(BroadcastKind::Announcement)
    };
    let out = p.expand(&b, &Subject::Announcement(&a), &recipients(2), NOW);
    let texts: Vec<String> = out
        .iter()
        .filter_map(|c| match c {
            Change::Events(EventChange::Deliver { message, .. }) => match &message.body {
                MessageBody::Menu { text, .. } => Some(plain(text)),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(texts.len(), 2);
    assert!(texts[0].contains("Lock your bike"), "{}", texts[0]);
    assert!(
        texts[1].contains("Schließen Sie Ihr Fahrrad an"),
        "{}",
        texts[1]
    );
    // Without a text in the default language, or in an unknown one: refused.
    let mut missing = fields.clone();
    missing.texts.retain(|(l, _)| l.is_some());
    assert!(
        p.announcement_draft(3, &missing, "@c:hs", &[], NOW)
            .is_err()
    );
    let mut unknown = fields.clone();
    unknown.languages.push("xx".into());
    assert!(
        p.announcement_draft(3, &unknown, "@c:hs", &[], NOW)
            .is_err()
    );
    let mut area = fields;
    area.area = Some(Some("nowhere".into()));
    assert!(p.announcement_draft(3, &area, "@c:hs", &[], NOW).is_err());
}

#[test]
fn a_change_to_a_published_event_goes_to_those_who_answered_with_a_new_calendar_file() {
    let (loc, config) = (loc(), EventsConfig::default());
    let p = planner(&loc, &config);
    let before = event(Some(5));
    let msg = OfficerMessage {
        room_id: "!coord:hs".into(),
        event_id: "$cmd".into(),
        sender: "@coord:hs".into(),
        thread_root: None,
        body: String::new(),
        via_reaction: false,
        sender_name: None,
    };
    let tz = chrono_tz::Europe::Berlin;
    let Some(super::super::command::EventCommand::Set(12, fields)) =
        super::super::command::EventCommand::parse("!event set 12\nwhere: Town hall", tz)
    else {
        panic!("not parsed");
    };
    let draft = p.draft(&fields, Some(&before), &[]).expect("a change");
    let shown = Shown {
        counts: RsvpCounts::default(),
        card: Some("$card12"),
    };
    let out = p.update(&msg, &before, draft, &shown, 9, NOW);
    assert!(
        matches!(&out[0], Change::Events(EventChange::Update { id: 12, draft }) if draft.place == "Town hall")
    );
    assert!(out.iter().any(|c| matches!(
        c,
        Change::Events(EventChange::Broadcast {
            id: 9,
            kind: BroadcastKind::Update,
            event_id: Some(12),
            ..
        })
    )));
    let card = sends(&out)
        .iter()
        .find_map(|m| match &m.body {
            MessageBody::Edit { target, text } if target == "$card12" => Some(plain(text)),
            _ => None,
        })
        .expect("card edited");
    assert!(card.contains("Town hall"), "{card}");
    // The update's recipients get the changed invite and the calendar
    // file with the raised sequence.
    let mut after = event_of(
        12,
        &EventDraft {
            place: "Town hall".into(),
            ..Default::default()
        },
        "@c:hs",
        NOW,
    );
    after.texts = before.texts.clone();
    after.status = EventStatus::Published;
    after.sequence = 1;
    let no_one = RsvpCounts::default();
    let b = Broadcast {
        kind: BroadcastKind::Update,
        ..broadcast(BroadcastKind::Update)
    };
    let out = p.expand(
        &b,
        &Subject::Event {
            event: &after,
            counts: &no_one,
        },
        &recipients(1),
        NOW,
    );
    let bodies: Vec<&MessageBody> = out
        .iter()
        .filter_map(|c| match c {
            Change::Events(EventChange::Deliver { message, .. }) => Some(&message.body),
            _ => None,
        })
        .collect();
    assert!(
        matches!(bodies[0], MessageBody::Menu { text, .. } if plain(text).contains("has changed"))
    );
    assert!(
        matches!(bodies[1], MessageBody::Document { content, .. } if content.contains("SEQUENCE:1"))
    );
    // A draft's change reaches nobody.
    let mut draft_event = before.clone();
    draft_event.status = EventStatus::Draft;
    let d = p.draft(&fields, Some(&draft_event), &[]).expect("a change");
    let out = p.update(&msg, &draft_event, d, &shown, 9, NOW);
    assert!(
        !out.iter()
            .any(|c| matches!(c, Change::Events(EventChange::Broadcast { .. })))
    );
}
