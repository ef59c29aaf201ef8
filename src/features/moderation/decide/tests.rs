//! Moderation's decisions, tested without any service.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

use super::*;
use crate::domain::ResidentContent;
use crate::features::fixtures::{T0, resident};
use crate::features::moderation::screen::{Rule, RuleKind, Screener};

/// What a moderator decides with in these tests.
struct Fixture {
    settings: ModerationSettings,
    zone: ZoneConfig,
    loc: Localizer,
}

impl Fixture {
    fn new() -> Self {
        Self {
            settings: settings(),
            zone: ZoneConfig::default(),
            loc: Localizer::load("en", None).expect("the built-in texts load"),
        }
    }

    fn moderator(&self) -> Moderator<'_> {
        Moderator {
            settings: &self.settings,
            zone: &self.zone,
            loc: &self.loc,
        }
    }
}

fn settings() -> ModerationSettings {
    ModerationSettings {
        room: "!mod:hs".into(),
        rules: vec![
            Rule {
                id: "threats".into(),
                kind: RuleKind::Words {
                    language: Some("en".into()),
                    entries: vec!["kill you".into()],
                },
                action: Action::Hold,
                dry_run: false,
            },
            Rule {
                id: "slurs".into(),
                kind: RuleKind::Words {
                    language: Some("en".into()),
                    entries: vec!["vermin".into()],
                },
                action: Action::Block,
                dry_run: false,
            },
        ],
        tell_held: false,
        appeal: "oversight@example.org".into(),
        warnings_to_mute: 3,
        warning_window_days: 30,
        escalation_mute_hours: 24,
        mute_default_ms: 86_400_000,
        timezone: "Europe/Brussels".into(),
        max_per_minute: 5,
        max_repeats: 2,
        max_tickets_per_minute: 3,
        hold_first_photos: true,
    }
}

fn message(text: &str) -> ResidentMessage {
    ResidentMessage {
        channel: Channel::Telegram,
        user_id: "u".into(),
        chat_id: "c".into(),
        message_id: "m1".into(),
        language_hint: Some("en".into()),
        content: ResidentContent::Text { text: text.into() },
    }
}

fn sends(changes: &[Change]) -> Vec<&NewOutbound> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Send { message, .. } => Some(message),
            _ => None,
        })
        .collect()
}

/// The text of a message, without the isolation marks around values.
fn text_of(m: &NewOutbound) -> String {
    match &m.body {
        MessageBody::Text { text } => text.replace(['\u{2068}', '\u{2069}'], ""),
        _ => String::new(),
    }
}

fn held(id: i64, rule: Option<&str>, msg: &ResidentMessage) -> Held {
    Held {
        id,
        resident_id: 1,
        payload: serde_json::to_string(&InboundEvent::Resident(msg.clone()))
            .expect("an event serializes"),
        text: "t".into(),
        rule: rule.map(str::to_owned),
        matched: Vec::new(),
        status: HeldStatus::Pending,
        created_at: T0,
    }
}

#[test]
fn a_held_message_reaches_only_the_moderators_whole_and_marked() {
    let f = Fixture::new();
    let (settings, m) = (&f.settings, f.moderator());
    let screener = Screener::new(settings.rules.clone()).expect("the test rules compile");
    let r = resident();
    let text = "Open the door or I will KILL YOU tonight, neighbour.";
    let msg = message(text);
    let payload =
        serde_json::to_string(&InboundEvent::Resident(msg.clone())).expect("an event serializes");
    let screened = Screened {
        resident: &r,
        message: &msg,
        payload: &payload,
        number: 41,
        text,
        has_photo: false,
        photo: None,
    };
    let destination = Destination::Ticket {
        reference: "Q-2026-00007".into(),
        queue: "North".into(),
    };
    let changes = m
        .screened(&screened, &screener.screen(text), &destination)
        .expect("the threat is held");
    let out = sends(&changes);
    assert_eq!(out.len(), 1, "only the card: the sender is not told");
    assert_eq!(out[0].destination, "!mod:hs");
    let card = text_of(out[0]);
    for needle in [
        "#41",
        "Resident KITE",
        "Q-2026-00007",
        "threats",
        "«KILL YOU»",
        "neighbour",
    ] {
        assert!(card.contains(needle), "{needle} on the card: {card}");
    }
    assert!(!card.contains("KOBAN-SPLICE"), "{card}");
    assert!(changes.iter().any(|c| matches!(
        c,
        Change::Moderation(ModerationChange::Hold(h)) if h.rule.as_deref() == Some("threats")
    )));
    assert!(changes.iter().any(|c| matches!(
        c,
        Change::Audit(a) if a.action == "hold" && a.content.as_deref() == Some(text)
    )));

    // Passing text: no changes at all.
    let fine = "My bike was stolen";
    let screened = Screened {
        text: fine,
        ..screened
    };
    assert!(
        m.screened(&screened, &screener.screen(fine), &destination)
            .is_none()
    );

    // With `tell_held`, the resident hears it waits, with the emergency number.
    let told = ModerationSettings {
        tell_held: true,
        ..settings.clone()
    };
    let m = Moderator {
        settings: &told,
        ..m
    };
    let screened = Screened { text, ..screened };
    let changes = m
        .screened(&screened, &screener.screen(text), &destination)
        .expect("the threat is held");
    let out = sends(&changes);
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].destination, "c");
    assert!(text_of(out[1]).contains("112"), "{}", text_of(out[1]));
}

#[test]
fn a_blocked_text_is_refused_to_its_sender_alone() {
    let f = Fixture::new();
    let (settings, m) = (&f.settings, f.moderator());
    let screener = Screener::new(settings.rules.clone()).expect("the test rules compile");
    let r = resident();
    let text = "those people are vermin";
    let msg = message(text);
    let screened = Screened {
        resident: &r,
        message: &msg,
        payload: "{}",
        number: 5,
        text,
        has_photo: false,
        photo: None,
    };
    let changes = m
        .screened(&screened, &screener.screen(text), &Destination::NewQuestion)
        .expect("the slur is blocked");
    let out = sends(&changes);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].destination, "c", "to the sender, not to any room");
    assert!(!changes.iter().any(|c| matches!(c, Change::Moderation(_))));
    assert!(
        changes
            .iter()
            .any(|c| matches!(c, Change::Audit(a) if a.action == "block-message"))
    );
}

#[test]
fn a_release_brings_back_the_message_and_those_behind_it_in_order() {
    let f = Fixture::new();
    let m = f.moderator();
    let r = resident();
    let first = held(10, Some("threats"), &message("one"));
    let pending = vec![
        first.clone(),
        held(11, None, &message("two")),
        held(12, None, &message("three")),
        held(13, Some("threats"), &message("four")),
        held(14, None, &message("five")),
    ];
    let changes = m.decide(
        &first,
        HeldStatus::Released,
        "@mod:hs",
        "",
        Some(&r),
        &pending,
    );
    let released: Vec<i64> = changes
        .iter()
        .filter_map(|c| match c {
            Change::Enqueue { event, .. } => match event.as_ref() {
                InboundEvent::Released { held_id, .. } => Some(*held_id),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(released, [10, 11, 12], "up to the next message a rule held");
    let reply = sends(&changes);
    assert!(text_of(reply[0]).contains("#10"), "{}", text_of(reply[0]));

    // Removed: not passed on, deleted in the Telegram chat; those behind
    // it still follow.
    let changes = m.decide(
        &first,
        HeldStatus::Removed,
        "@mod:hs",
        "threat",
        Some(&r),
        &pending,
    );
    assert!(
        sends(&changes)
            .iter()
            .any(|s| matches!(&s.body, MessageBody::Delete { target } if target == "m1"))
    );
    let released = changes
        .iter()
        .filter(|c| matches!(c, Change::Enqueue { .. }))
        .count();
    assert_eq!(released, 2);
}

#[test]
fn the_third_warning_mutes() {
    let f = Fixture::new();
    let m = f.moderator();
    let r = resident();
    let second = m.warn(&r, "@mod:hs", "rude", 2, T0);
    assert!(
        !second
            .iter()
            .any(|c| matches!(c, Change::Moderation(ModerationChange::Sanction(_))))
    );
    let third = m.warn(&r, "@mod:hs", "rude", 3, T0);
    let mute = third.iter().find_map(|c| match c {
        Change::Moderation(ModerationChange::Sanction(s)) => Some(s),
        _ => None,
    });
    assert_eq!(
        mute.map(|s| (s.kind, s.until)),
        Some((SanctionKind::Mute, Some(T0 + 24 * 3_600_000)))
    );
    // The resident hears of the warning and of the mute, in English.
    let to_resident: Vec<String> = sends(&third)
        .into_iter()
        .filter(|s| s.destination == "c")
        .map(text_of)
        .collect();
    assert_eq!(to_resident.len(), 2, "{to_resident:?}");
    assert!(to_resident[0].contains("rude"), "{to_resident:?}");
}

#[test]
fn floods_and_repetitions_are_held() {
    let settings = settings();
    let event = |text: &str| {
        serde_json::to_string(&InboundEvent::Resident(message(text))).expect("an event serializes")
    };
    let rules = |hits: Vec<Hit>| hits.into_iter().map(|h| h.rule).collect::<Vec<_>>();
    // Five in the last minute is the limit; the sixth is held.
    let five: Vec<_> = (0..5)
        .map(|i| (T0 - i * 1000, event(&format!("m{i}"))))
        .collect();
    assert!(history_hits(&settings, "m0", &five, T0, false).is_empty());
    let mut six = five.clone();
    six.push((T0 - 30_000, event("m5")));
    assert_eq!(
        rules(history_hits(&settings, "m0", &six, T0, false)),
        ["rate"]
    );
    // Older ones do not count towards the rate.
    let mut spread = five.clone();
    spread.push((T0 - 120_000, event("m5")));
    assert!(history_hits(&settings, "m0", &spread, T0, false).is_empty());
    // The same text a third time, however it is spelt, is held.
    let same = vec![
        (T0, event("BUY NOW")),
        (T0 - 200_000, event("buy now")),
        (T0 - 400_000, event("b\u{200B}uy now")),
    ];
    assert_eq!(
        rules(history_hits(&settings, "BUY NOW", &same, T0, false)),
        ["repeat"]
    );
    assert!(history_hits(&settings, "BUY NOW", &same[..2], T0, false).is_empty());
    assert_eq!(
        rules(history_hits(&settings, "", &[], T0, true)),
        ["first-photo"]
    );
}

#[test]
fn a_fourth_ticket_within_a_minute_waits() {
    let three = [T0 - 1_000, T0 - 20_000, T0 - 59_000];
    assert!(too_many_new_tickets(&three, 3, T0));
    assert!(!too_many_new_tickets(&three[..2], 3, T0), "two so far");
    assert!(
        !too_many_new_tickets(&[T0 - 1_000, T0 - 20_000, T0 - 61_000], 3, T0),
        "the oldest is more than a minute old"
    );
    assert!(!too_many_new_tickets(&three, 0, T0), "0: no limit");
}

#[test]
fn marking_keeps_the_text_and_brackets_every_match() {
    assert_eq!(
        mark("Kill you, I will KILL YOU", &["kill you".into()]),
        "«Kill you», I will «KILL YOU»"
    );
    assert_eq!(mark("nothing here", &["kill".into()]), "nothing here");
    // A text whose lower case changes length is left as it is.
    assert_eq!(mark("İstanbul kill", &["kill".into()]), "İstanbul kill");
}
