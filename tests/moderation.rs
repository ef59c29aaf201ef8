//! Moderation's storage on both databases: held messages, sanctions,
//! warnings, rules, released messages back in the inbox, the append-only
//! audit log, and erasure reaching the moderators' copies.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

#[macro_use]
#[path = "support/db.rs"]
mod db;

use std::sync::Arc;

use db::with_store;
use koban::clock::Millis;
use koban::domain::moderation::{
    HeldStatus, ModerationChange, NewAudit, NewHeld, Sanction, SanctionKind, StoredRule,
    verify_chain,
};
use koban::domain::outbound::Lane;
use koban::domain::{
    Change, Channel, InboundEvent, MessageBody, NewOutbound, Placement, Resident, ResidentContent,
    ResidentMessage,
};
use koban::storage::{Database, NewInbox, NewResident, Store};

const T0: Millis = 1_772_323_200_000;
const MOD_ROOM: &str = "!moderation:police.example";

on_both!(
    held_messages_wait_and_are_decided_once,
    sanctions_warnings_and_rules_are_kept,
    a_released_message_comes_back_to_the_inbox_once,
    the_audit_log_is_chained_and_cannot_be_rewritten,
    erasure_reaches_the_moderators_copies_but_not_the_block,
);

fn message(user: &str, text: &str) -> ResidentMessage {
    ResidentMessage {
        channel: Channel::Telegram,
        user_id: user.to_owned(),
        chat_id: format!("chat-{user}"),
        message_id: format!("m-{text}"),
        language_hint: Some("en".into()),
        content: ResidentContent::Text {
            text: text.to_owned(),
        },
    }
}

/// Records a resident's message as an inbound event; its row id.
async fn inbound(store: &dyn Store, msg: &ResidentMessage, at: Millis) -> i64 {
    let event = InboundEvent::Resident(msg.clone());
    let item = NewInbox::event("telegram", format!("u-{}", msg.message_id), &event, at).unwrap();
    assert_eq!(store.inbox_record(&[item], &[]).await.unwrap(), 1);
    store
        .inbox_due(i64::MAX, 10_000)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.external_id == format!("u-{}", msg.message_id))
        .unwrap()
        .id
}

async fn resident(store: &dyn Store, user: &str) -> Resident {
    store
        .resident_upsert(
            &NewResident {
                channel: Channel::Telegram,
                external_id: user.to_owned(),
                chat_id: format!("chat-{user}"),
                language: "en".into(),
                platform_language: None,
            },
            T0,
        )
        .await
        .unwrap()
}

/// Holds `msg` (rule `None`: behind an earlier one), with a card to the
/// moderation room; the held number.
async fn hold(store: &dyn Store, r: &Resident, msg: &ResidentMessage, rule: Option<&str>) -> i64 {
    let id = inbound(store, msg, T0).await;
    let payload = serde_json::to_string(&InboundEvent::Resident(msg.clone())).unwrap();
    let text = match &msg.content {
        ResidentContent::Text { text } => text.clone(),
        _ => String::new(),
    };
    let mut changes = vec![Change::Moderation(ModerationChange::Hold(NewHeld {
        resident_id: r.id,
        payload,
        conversation: format!("telegram:{}", msg.chat_id),
        text: text.clone(),
        rule: rule.map(str::to_owned),
        matched: vec!["kill you".into()],
    }))];
    if rule.is_some() {
        changes.push(Change::Send {
            ticket_id: None,
            message: NewOutbound {
                channel: Channel::Matrix,
                destination: MOD_ROOM.into(),
                placement: Placement::Direct,
                body: MessageBody::Text {
                    text: format!("Held #{id}: {text}"),
                },
                media: None,
            },
            lane: Lane::Interactive,
        });
    }
    changes.push(Change::Audit(NewAudit {
        actor: "koban".into(),
        action: "hold".into(),
        subject: format!("#{id} · {}", r.pseudonym),
        resident_id: Some(r.id),
        reason: "rule threats".into(),
        content: Some(text),
    }));
    store.commit(id, &changes, T0).await.unwrap();
    id
}

/// Delivers every pending Matrix row (as if sent), giving each the event id
/// `$event<row id>`.
async fn deliver_matrix(store: &dyn Store) {
    loop {
        let due = store
            .outbox_due(Channel::Matrix, i64::MAX, 1000)
            .await
            .unwrap();
        if due.is_empty() {
            break;
        }
        for row in due {
            store
                .outbox_sent(row.id, &format!("$event{}", row.id), T0, T0)
                .await
                .unwrap();
        }
    }
}

async fn held_messages_wait_and_are_decided_once(url: String) {
    with_store(url, |store: Arc<dyn Store>| async move {
        let r = resident(&*store, "41").await;
        let first = hold(
            &*store,
            &r,
            &message("41", "I will kill you"),
            Some("threats"),
        )
        .await;
        let behind = hold(&*store, &r, &message("41", "and another thing"), None).await;
        let pending = store.moderation_held_pending_of(r.id).await.unwrap();
        assert_eq!(
            pending
                .iter()
                .map(|h| (h.id, h.rule.clone()))
                .collect::<Vec<_>>(),
            [(first, Some("threats".to_owned())), (behind, None)]
        );
        assert_eq!(pending[0].matched, ["kill you"]);
        assert_eq!(pending[0].text, "I will kill you");
        // Only held ones wait for a moderator.
        let waiting = store.moderation_held_pending(50).await.unwrap();
        assert_eq!(waiting.iter().map(|h| h.id).collect::<Vec<_>>(), [first]);

        // The card's event id leads back to the held message.
        deliver_matrix(&*store).await;
        let card = store
            .outbox_of_event("telegram", "u-m-I will kill you")
            .await
            .unwrap();
        let card_event = card[0].remote_id.clone().unwrap();
        let by_card = store
            .moderation_held_by_card(MOD_ROOM, &card_event)
            .await
            .unwrap();
        assert_eq!(by_card.map(|h| h.id), Some(first));
        assert_eq!(
            store
                .moderation_held_by_card("!other:hs", &card_event)
                .await
                .unwrap(),
            None
        );

        // A decision is made once: a second one changes nothing.
        let decide = |status, by: &str| {
            Change::Moderation(ModerationChange::Decide {
                held_id: first,
                status,
                by: by.to_owned(),
                reason: String::new(),
            })
        };
        let cmd1 = inbound(&*store, &message("mod", "!release"), T0).await;
        store
            .commit(cmd1, &[decide(HeldStatus::Removed, "@a:hs")], T0)
            .await
            .unwrap();
        let cmd2 = inbound(&*store, &message("mod", "!remove"), T0).await;
        store
            .commit(cmd2, &[decide(HeldStatus::Released, "@b:hs")], T0)
            .await
            .unwrap();
        let decided = store.moderation_held(first).await.unwrap().unwrap();
        assert_eq!(decided.status, HeldStatus::Removed);
        assert_eq!(
            store
                .moderation_held_pending_of(r.id)
                .await
                .unwrap()
                .iter()
                .map(|h| h.id)
                .collect::<Vec<_>>(),
            [behind]
        );
    })
    .await;
}

async fn sanctions_warnings_and_rules_are_kept(url: String) {
    with_store(url, |store: Arc<dyn Store>| async move {
        let r = resident(&*store, "42").await;
        assert_eq!(
            store
                .moderation_sanction(Channel::Telegram, "42", T0)
                .await
                .unwrap(),
            None
        );
        let mute = Sanction {
            channel: Channel::Telegram,
            user_id: "42".into(),
            kind: SanctionKind::Mute,
            until: Some(T0 + 3_600_000),
            reason: "spam".into(),
            created_by: "@mod:hs".into(),
            created_at: T0,
        };
        let warn = |n: i64| {
            Change::Moderation(ModerationChange::Warn {
                channel: Channel::Telegram,
                user_id: "42".into(),
                by: "@mod:hs".into(),
                reason: format!("warning {n}"),
            })
        };
        let e1 = inbound(&*store, &message("mod", "w1"), T0).await;
        store
            .commit(
                e1,
                &[
                    Change::Moderation(ModerationChange::Sanction(mute.clone())),
                    warn(1),
                    warn(2),
                ],
                T0,
            )
            .await
            .unwrap();
        let found = store
            .moderation_sanction(Channel::Telegram, "42", T0)
            .await
            .unwrap();
        assert_eq!(found, Some(mute.clone()));
        // A mute ends by itself.
        assert_eq!(
            store
                .moderation_sanction(Channel::Telegram, "42", T0 + 3_600_000)
                .await
                .unwrap(),
            None
        );
        // The same account on the other channel is another account.
        assert_eq!(
            store
                .moderation_sanction(Channel::Matrix, "42", T0)
                .await
                .unwrap(),
            None
        );
        let count = store
            .moderation_warnings_since(Channel::Telegram, &r.external_id, T0)
            .await
            .unwrap();
        assert_eq!(count, 2);
        assert_eq!(
            store
                .moderation_warnings_since(Channel::Telegram, "42", T0 + 1)
                .await
                .unwrap(),
            0
        );

        // A block outranks the mute and lasts until lifted.
        let block = Sanction {
            kind: SanctionKind::Block,
            until: None,
            ..mute.clone()
        };
        let rule = StoredRule {
            id: "scam".into(),
            kind: "words".into(),
            action: "hold".into(),
            dry_run: true,
            spec: "gift card, free iphone".into(),
            created_by: "@mod:hs".into(),
            created_at: T0,
        };
        let e2 = inbound(&*store, &message("mod", "b"), T0).await;
        store
            .commit(
                e2,
                &[
                    Change::Moderation(ModerationChange::Sanction(block.clone())),
                    Change::Moderation(ModerationChange::AddRule(rule.clone())),
                ],
                T0,
            )
            .await
            .unwrap();
        let far = T0 + 400 * 86_400_000;
        assert_eq!(
            store
                .moderation_sanction(Channel::Telegram, "42", T0)
                .await
                .unwrap(),
            Some(block.clone())
        );
        assert_eq!(
            store
                .moderation_sanction(Channel::Telegram, "42", far)
                .await
                .unwrap(),
            Some(block)
        );
        assert_eq!(store.moderation_rules().await.unwrap(), [rule]);

        let e3 = inbound(&*store, &message("mod", "u"), T0).await;
        store
            .commit(
                e3,
                &[
                    Change::Moderation(ModerationChange::Lift {
                        channel: Channel::Telegram,
                        user_id: "42".into(),
                        kind: SanctionKind::Block,
                    }),
                    Change::Moderation(ModerationChange::RemoveRule("scam".into())),
                ],
                T0,
            )
            .await
            .unwrap();
        assert_eq!(
            store
                .moderation_sanction(Channel::Telegram, "42", far)
                .await
                .unwrap(),
            None
        );
        assert!(store.moderation_rules().await.unwrap().is_empty());
    })
    .await;
}

async fn a_released_message_comes_back_to_the_inbox_once(url: String) {
    with_store(url, |store: Arc<dyn Store>| async move {
        let msg = message("43", "held words");
        let release = || Change::Enqueue {
            source: "moderation".into(),
            external_id: "release:7".into(),
            event: Box::new(InboundEvent::Released {
                held_id: 7,
                message: msg.clone(),
            }),
        };
        let e1 = inbound(&*store, &message("mod", "r1"), T0).await;
        store.commit(e1, &[release()], T0).await.unwrap();
        let e2 = inbound(&*store, &message("mod", "r2"), T0).await;
        store.commit(e2, &[release()], T0).await.unwrap();
        let due = store.inbox_due(i64::MAX, 100).await.unwrap();
        let released: Vec<_> = due.iter().filter(|i| i.source == "moderation").collect();
        assert_eq!(released.len(), 1, "one inbound event per release");
        let event: InboundEvent = serde_json::from_str(&released[0].payload).unwrap();
        assert_eq!(
            event,
            InboundEvent::Released {
                held_id: 7,
                message: msg
            }
        );
        assert!(released[0].id > e1, "after the event that released it");
    })
    .await;
}

async fn the_audit_log_is_chained_and_cannot_be_rewritten(url: String) {
    let db = Database::connect(&url, 2).await.unwrap();
    let raw = &db;
    with_store(url, |store: Arc<dyn Store>| async move {
        let r = resident(&*store, "44").await;
        for n in 0..3 {
            hold(
                &*store,
                &r,
                &message("44", &format!("text {n}")),
                Some("threats"),
            )
            .await;
        }
        let entries = store.audit_page(0, 100).await.unwrap();
        assert_eq!(entries.iter().map(|e| e.seq).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(verify_chain(&entries), Ok(3));
        assert_eq!(entries[1].prev_hash, entries[0].hash);
        let recent = store.audit_recent(2).await.unwrap();
        assert_eq!(recent.iter().map(|e| e.seq).collect::<Vec<_>>(), [3, 2]);

        // The database refuses to change or delete an entry…
        for sql in [
            "UPDATE audit_log SET reason = 'nothing happened' WHERE seq = $1",
            "UPDATE audit_log SET content = 'another text' WHERE seq = $1",
            "UPDATE audit_log SET hash = 'x' WHERE seq = $1",
            "DELETE FROM audit_log WHERE seq = $1",
        ] {
            assert!(raw.execute_raw(sql, 2).await.is_err(), "{sql} was allowed");
        }
        // …but lets the retention drop the content it is about.
        assert_eq!(
            raw.execute_raw("UPDATE audit_log SET content = NULL WHERE seq = $1", 1)
                .await
                .unwrap(),
            1
        );
        assert_eq!(store.audit_drop_content_before(T0 + 1).await.unwrap(), 2);
        let entries = store.audit_page(0, 100).await.unwrap();
        assert!(entries.iter().all(|e| e.content.is_none()));
        assert_eq!(verify_chain(&entries), Ok(3), "the chain still verifies");
        // Paging goes on from where it stopped.
        let rest = store.audit_page(2, 100).await.unwrap();
        assert_eq!(rest.iter().map(|e| e.seq).collect::<Vec<_>>(), [3]);
    })
    .await;
    db.close().await;
}

async fn erasure_reaches_the_moderators_copies_but_not_the_block(url: String) {
    with_store(url, |store: Arc<dyn Store>| async move {
        let r = resident(&*store, "45").await;
        let other = resident(&*store, "46").await;
        let id = hold(&*store, &r, &message("45", "I will kill you"), Some("threats")).await;
        hold(&*store, &other, &message("46", "someone else's words"), Some("threats")).await;
        deliver_matrix(&*store).await;
        let block = Sanction {
            channel: Channel::Telegram,
            user_id: "45".into(),
            kind: SanctionKind::Block,
            until: None,
            reason: "threats".into(),
            created_by: "@mod:hs".into(),
            created_at: T0,
        };
        let e = inbound(&*store, &message("mod", "block"), T0).await;
        store
            .commit(e, &[Change::Moderation(ModerationChange::Sanction(block.clone()))], T0)
            .await
            .unwrap();

        let erase = inbound(&*store, &message("45", "/erase"), T0).await;
        store
            .commit(erase, &[Change::EraseResident(r.id)], T0)
            .await
            .unwrap();
        assert_eq!(store.moderation_held(id).await.unwrap(), None);
        // The card in the moderation room is taken back.
        let redactions: Vec<_> = store
            .outbox_due(Channel::Matrix, i64::MAX, 100)
            .await
            .unwrap()
            .into_iter()
            .filter(|row| row.destination == MOD_ROOM)
            .collect();
        assert_eq!(redactions.len(), 1);
        assert!(matches!(&redactions[0].body, MessageBody::Delete { target } if target.starts_with("$event")));
        // The audit log keeps its entries, without the resident's words.
        let entries = store.audit_page(0, 100).await.unwrap();
        assert_eq!(verify_chain(&entries), Ok(2));
        let theirs: Vec<_> = entries.iter().filter(|e| e.resident_id == Some(r.id)).collect();
        assert_eq!(theirs.len(), 1);
        assert_eq!(theirs[0].content, None);
        let others: Vec<_> = entries.iter().filter(|e| e.resident_id == Some(other.id)).collect();
        assert_eq!(others[0].content.as_deref(), Some("someone else's words"));
        // An erasure does not lift a block.
        assert_eq!(
            store.moderation_sanction(Channel::Telegram, "45", T0).await.unwrap(),
            Some(block)
        );
        assert!(store.moderation_held_pending_of(other.id).await.unwrap().len() == 1);
    })
    .await;
}
