//! Events' storage on both databases: events with texts per language,
//! answers with the waiting list, subscriptions, broadcasts expanded in
//! batches into the bulk lane, their progress, unreachable residents, and
//! erasure.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

#[macro_use]
#[path = "support/db.rs"]
mod db;

use db::{on_sqlite, with_store};
use koban::clock::Millis;
use koban::domain::event::{
    BroadcastKind, EventChange, EventDraft, EventStatus, EventText, EventTimer, Rsvp, Topic, Via,
};
use koban::domain::{Change, Channel, InboundEvent, MessageBody, NewOutbound, Placement, Resident};
use koban::storage::{NewInbox, NewResident, Store};

const T0: Millis = 1_796_115_600_000;
const HOUR: i64 = 3_600_000;

on_both!(
    events_keep_their_texts_and_changes_raise_the_sequence,
    answers_count_and_the_waiting_list_keeps_its_order,
    broadcasts_reach_subscribers_of_the_area_in_batches,
    progress_counts_sent_failed_and_unreachable,
    erasure_removes_answers_and_subscriptions,
    timers_fire_once_each_also_across_restarts,
    announcements_reach_subscribers_of_their_topic_area_and_languages,
    a_newer_edit_of_a_card_supersedes_an_older_one,
);

/// Commits `changes` as the effects of a new inbox event.
async fn commit(store: &dyn Store, name: &str, changes: &[Change]) {
    let event = InboundEvent::Events(EventTimer::Progress { broadcast_id: 0 });
    let item = NewInbox::event("test", name.to_owned(), &event, T0).unwrap();
    assert_eq!(store.inbox_record(&[item], &[]).await.unwrap(), 1);
    let id = store
        .inbox_due(i64::MAX, 10_000)
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.external_id == name)
        .unwrap()
        .id;
    store.commit(id, changes, T0).await.unwrap();
}

async fn resident(store: &dyn Store, n: i64, area: Option<&str>) -> Resident {
    let r = store
        .resident_upsert(
            &NewResident {
                channel: Channel::Telegram,
                external_id: format!("u{n}"),
                chat_id: n.to_string(),
                language: if n % 2 == 0 { "de".into() } else { "en".into() },
                platform_language: None,
            },
            T0,
        )
        .await
        .unwrap();
    if let Some(area) = area {
        commit(
            store,
            &format!("area-{n}"),
            &[Change::area(r.id, area.to_owned())],
        )
        .await;
    }
    r
}

fn text(language: &str, title: &str) -> EventText {
    EventText {
        language: language.into(),
        title: title.into(),
        ..Default::default()
    }
}

fn draft(area: Option<&str>, capacity: Option<i64>) -> EventDraft {
    EventDraft {
        area: area.map(str::to_owned),
        topic: None,
        starts_at: T0 + 48 * HOUR,
        ends_at: T0 + 50 * HOUR,
        place: "Market square 1".into(),
        map_url: None,
        location: Some((52.5, 13.4)),
        capacity,
        registration: false,
        texts: vec![text("en", "Coffee"), text("de", "Kaffee")],
    }
}

fn card(text: &str) -> NewOutbound {
    NewOutbound {
        channel: Channel::Matrix,
        destination: "!coord:hs".into(),
        placement: Placement::Direct,
        body: MessageBody::Text { text: text.into() },
        media: None,
    }
}

async fn create(store: &dyn Store, area: Option<&str>, capacity: Option<i64>) -> i64 {
    publish(store, draft(area, capacity)).await
}

/// A zone-wide event starting `hours` after T0, for an hour.
fn starting_in(hours: i64, capacity: Option<i64>) -> EventDraft {
    EventDraft {
        starts_at: T0 + hours * HOUR,
        ends_at: T0 + (hours + 1) * HOUR,
        ..draft(None, capacity)
    }
}

/// Creates and publishes the event `draft` describes.
async fn publish(store: &dyn Store, draft: EventDraft) -> i64 {
    let id = store.event_reserve_id().await.unwrap();
    commit(
        store,
        &format!("create-{id}"),
        &[
            Change::Events(EventChange::Create {
                id,
                draft,
                created_by: "@coord:hs".into(),
                card: card("card"),
            }),
            Change::Events(EventChange::Status {
                id,
                status: EventStatus::Published,
                publish_at: None,
            }),
        ],
    )
    .await;
    id
}

async fn events_keep_their_texts_and_changes_raise_the_sequence(url: String) {
    with_store(url, |store| async move {
        let id = create(&*store, Some("north"), Some(10)).await;
        let e = store.event_get(id).await.unwrap().unwrap();
        assert_eq!(e.status, EventStatus::Published);
        assert_eq!(e.location, Some((52.5, 13.4)));
        assert_eq!(e.capacity, Some(10));
        assert_eq!(e.sequence, 0);
        assert!(e.card_outbox.is_some(), "the card is an outbox row");
        let langs: Vec<&str> = e.texts.iter().map(|t| t.language.as_str()).collect();
        assert_eq!(langs, ["en", "de"], "the default language first");
        // A change adds a language after the others and raises the sequence.
        let mut changed = draft(Some("north"), Some(12));
        changed.texts = vec![text("ar", "قهوة"), text("en", "Coffee and cake")];
        commit(
            &*store,
            "update",
            &[Change::Events(EventChange::Update { id, draft: changed })],
        )
        .await;
        let e = store.event_get(id).await.unwrap().unwrap();
        assert_eq!(e.sequence, 1);
        assert_eq!(e.capacity, Some(12));
        let texts: Vec<(&str, &str)> = e
            .texts
            .iter()
            .map(|t| (t.language.as_str(), t.title.as_str()))
            .collect();
        assert_eq!(
            texts,
            [("en", "Coffee and cake"), ("de", "Kaffee"), ("ar", "قهوة")]
        );
        // Listed for its area and for nobody else's; cancelled: gone from
        // the lists, sequence raised again.
        assert_eq!(
            store
                .events_upcoming(Some("north"), T0, 10)
                .await
                .unwrap()
                .len(),
            1
        );
        assert_eq!(store.events_upcoming(None, T0, 10).await.unwrap().len(), 0);
        assert_eq!(
            store
                .events_upcoming(Some("south"), T0, 10)
                .await
                .unwrap()
                .len(),
            0
        );
        let zone = create(&*store, None, None).await;
        let south: Vec<i64> = store
            .events_upcoming(Some("south"), T0, 10)
            .await
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect();
        assert_eq!(south, [zone], "zone-wide events are everyone's");
        commit(
            &*store,
            "cancel",
            &[Change::Events(EventChange::Status {
                id,
                status: EventStatus::Cancelled,
                publish_at: None,
            })],
        )
        .await;
        let e = store.event_get(id).await.unwrap().unwrap();
        assert_eq!((e.status, e.sequence), (EventStatus::Cancelled, 2));
        assert!(
            store
                .events_upcoming(Some("north"), T0, 10)
                .await
                .unwrap()
                .iter()
                .all(|e| e.id != id)
        );
        // Over: not listed.
        assert!(
            store
                .events_upcoming(None, T0 + 51 * HOUR, 10)
                .await
                .unwrap()
                .is_empty()
        );
        // Due for publication and starting soon.
        assert!(
            store
                .events_starting(T0, T0 + 49 * HOUR)
                .await
                .unwrap()
                .iter()
                .any(|e| e.id == zone)
        );
        assert!(
            store
                .events_starting(T0, T0 + 47 * HOUR)
                .await
                .unwrap()
                .is_empty()
        );
    })
    .await;
}

async fn answers_count_and_the_waiting_list_keeps_its_order(url: String) {
    with_store(url, |store| async move {
        let id = create(&*store, None, Some(1)).await;
        let a = resident(&*store, 1, None).await;
        let b = resident(&*store, 2, None).await;
        let c = resident(&*store, 3, None).await;
        let answer = |r: &Resident, rsvp| {
            Change::Events(EventChange::Answer {
                event_id: id,
                resident_id: r.id,
                rsvp,
            })
        };
        commit(
            &*store,
            "answers",
            &[
                answer(&a, Rsvp::Going),
                answer(&c, Rsvp::Waiting { position: 2 }),
                answer(&b, Rsvp::Waiting { position: 1 }),
            ],
        )
        .await;
        let (counts, last) = store.rsvp_counts(id).await.unwrap();
        assert_eq!((counts.going, counts.waiting, last), (1, 2, 2));
        // First in line: by position, not by who answered first.
        assert_eq!(
            store
                .rsvp_next_waiting(id)
                .await
                .unwrap()
                .unwrap()
                .resident_id,
            b.id
        );
        assert_eq!(store.rsvp_waiting_before(id, 2).await.unwrap(), 1);
        assert_eq!(
            store.rsvp_of(id, c.id).await.unwrap(),
            Some(Rsvp::Waiting { position: 2 })
        );
        // An offer, expired after its time; positions keep growing.
        commit(
            &*store,
            "offer",
            &[
                answer(&a, Rsvp::NotGoing),
                answer(&b, Rsvp::Offered { until: T0 + HOUR }),
            ],
        )
        .await;
        assert!(store.rsvp_offers_expired(T0).await.unwrap().is_empty());
        assert_eq!(
            store.rsvp_offers_expired(T0 + HOUR).await.unwrap(),
            [(id, b.id, T0 + HOUR)]
        );
        let (counts, last) = store.rsvp_counts(id).await.unwrap();
        assert_eq!(
            (counts.offered, counts.waiting, counts.not_going, last),
            (1, 1, 1, 2)
        );
        let list = store.rsvp_list(id).await.unwrap();
        assert_eq!(
            list[0],
            (b.pseudonym.clone(), Rsvp::Offered { until: T0 + HOUR })
        );
        assert_eq!(
            store.rsvps_of_resident(a.id).await.unwrap(),
            [(id, Rsvp::NotGoing)]
        );
    })
    .await;
}

async fn broadcasts_reach_subscribers_of_the_area_in_batches(url: String) {
    with_store(url, |store| async move {
        let id = create(&*store, Some("north"), None).await;
        let mut subscribed = Vec::new();
        for n in 1..=7 {
            // Odd residents live in the north, 6 in the south, 4 has no area.
            let area = match n {
                4 => None,
                6 => Some("south"),
                _ => Some("north"),
            };
            let r = resident(&*store, n, area).await;
            if n != 7 {
                commit(
                    &*store,
                    &format!("sub-{n}"),
                    &[Change::Events(EventChange::Subscribe {
                        resident_id: r.id,
                        topic: Topic::Events,
                    })],
                )
                .await;
                subscribed.push(r);
            }
        }
        // Someone subscribed to news only hears nothing of events.
        let news = resident(&*store, 9, Some("north")).await;
        commit(
            &*store,
            "news",
            &[Change::Events(EventChange::Subscribe {
                resident_id: news.id,
                topic: Topic::News,
            })],
        )
        .await;
        let bid = store.broadcast_reserve_id().await.unwrap();
        commit(
            &*store,
            "broadcast",
            &[Change::Events(EventChange::Broadcast {
                id: bid,
                kind: BroadcastKind::Invite,
                event_id: Some(id),
                announcement_id: None,
                topic: Topic::Events,
                area: Some("north".into()),
                created_by: "@coord:hs".into(),
                card: Some(card("progress")),
            })],
        )
        .await;
        let b = store.broadcast_get(bid).await.unwrap().unwrap();
        assert_eq!((b.status.as_str(), b.cursor), ("expanding", 0));
        let first = store.broadcast_recipients(&b, 0, 2).await.unwrap();
        let rest = store
            .broadcast_recipients(&b, first[1].resident_id, 100)
            .await
            .unwrap();
        let got: Vec<i64> = first.iter().chain(&rest).map(|r| r.resident_id).collect();
        // North and no-area subscribers (1, 2, 3, 4, 5), not the south (6),
        // not the unsubscribed (7), not news-only (9); in id order.
        let want: Vec<i64> = subscribed
            .iter()
            .filter(|r| r.area_id.as_deref() != Some("south") && r.chat_id != "6")
            .map(|r| r.id)
            .collect();
        assert_eq!(got, want);
        assert_eq!(first[1].language, "de", "each with their language");
        // A batch lands in the bulk lane with the broadcast's id.
        let message = NewOutbound {
            channel: Channel::Telegram,
            destination: first[0].chat_id.clone(),
            placement: Placement::Direct,
            body: MessageBody::Text {
                text: "invite".into(),
            },
            media: None,
        };
        commit(
            &*store,
            "batch",
            &[
                Change::Events(EventChange::Deliver {
                    broadcast_id: bid,
                    message,
                }),
                Change::Events(EventChange::Expanded {
                    id: bid,
                    cursor: first[0].resident_id,
                    added: 1,
                    done: true,
                }),
            ],
        )
        .await;
        let b = store.broadcast_get(bid).await.unwrap().unwrap();
        assert_eq!(
            (b.status.as_str(), b.cursor, b.total),
            ("sending", first[0].resident_id, 1)
        );
        let due = store
            .outbox_due(Channel::Telegram, i64::MAX, 100)
            .await
            .unwrap();
        assert_eq!(due.len(), 1);
        let p = store.broadcast_progress(bid).await.unwrap();
        assert_eq!((p.total, p.pending, p.sent), (1, 1, 0));
        assert_eq!(store.broadcasts_running().await.unwrap().len(), 1);
        commit(
            &*store,
            "finish",
            &[Change::Events(EventChange::Finished { id: bid })],
        )
        .await;
        assert!(store.broadcasts_running().await.unwrap().is_empty());
        // Replies to the broadcast's event go to those who answered.
        let cancel = koban::domain::event::Broadcast {
            kind: BroadcastKind::Cancel,
            ..b
        };
        assert!(
            store
                .broadcast_recipients(&cancel, 0, 10)
                .await
                .unwrap()
                .is_empty()
        );
        commit(
            &*store,
            "answer",
            &[Change::Events(EventChange::Answer {
                event_id: id,
                resident_id: subscribed[0].id,
                rsvp: Rsvp::Maybe,
            })],
        )
        .await;
        let told: Vec<i64> = store
            .broadcast_recipients(&cancel, 0, 10)
            .await
            .unwrap()
            .iter()
            .map(|r| r.resident_id)
            .collect();
        assert_eq!(told, [subscribed[0].id]);
    })
    .await;
}

async fn progress_counts_sent_failed_and_unreachable(url: String) {
    with_store(url, |store| async move {
        let id = create(&*store, None, None).await;
        let bid = store.broadcast_reserve_id().await.unwrap();
        let mut changes = vec![Change::Events(EventChange::Broadcast {
            id: bid,
            kind: BroadcastKind::Invite,
            event_id: Some(id),
            announcement_id: None,
            topic: Topic::Events,
            area: None,
            created_by: "@coord:hs".into(),
            card: None,
        })];
        let mut rs = Vec::new();
        for n in 1..=3 {
            let r = resident(&*store, n, None).await;
            changes.push(Change::Events(EventChange::Deliver {
                broadcast_id: bid,
                message: NewOutbound {
                    channel: Channel::Telegram,
                    destination: r.chat_id.clone(),
                    placement: Placement::Direct,
                    body: MessageBody::Text { text: "hi".into() },
                    media: None,
                },
            }));
            rs.push(r);
        }
        commit(&*store, "broadcast", &changes).await;
        let rows = store
            .outbox_due(Channel::Telegram, i64::MAX, 100)
            .await
            .unwrap();
        assert_eq!(rows.len(), 3);
        store.outbox_sent(rows[0].id, "m1", T0, T0).await.unwrap();
        store
            .outbox_failed(rows[1].id, "Bad Request", T0)
            .await
            .unwrap();
        store
            .outbox_failed(rows[2].id, "Forbidden: bot was blocked by the user", T0)
            .await
            .unwrap();
        store
            .resident_unreachable(Channel::Telegram, &rs[2].chat_id, T0)
            .await
            .unwrap();
        let p = store.broadcast_progress(bid).await.unwrap();
        assert_eq!(
            (p.total, p.sent, p.failed, p.unreachable, p.pending),
            (3, 1, 1, 1, 0)
        );
        // The unreachable resident is skipped by the next broadcast.
        for r in &rs {
            commit(
                &*store,
                &format!("sub-{}", r.id),
                &[Change::Events(EventChange::Subscribe {
                    resident_id: r.id,
                    topic: Topic::Events,
                })],
            )
            .await;
        }
        let b = store.broadcast_get(bid).await.unwrap().unwrap();
        let next: Vec<i64> = store
            .broadcast_recipients(&b, 0, 10)
            .await
            .unwrap()
            .iter()
            .map(|r| r.resident_id)
            .collect();
        assert_eq!(next, [rs[0].id, rs[1].id]);
        // Writing again makes them reachable.
        store
            .resident_upsert(
                &NewResident {
                    channel: Channel::Telegram,
                    external_id: rs[2].external_id.clone(),
                    chat_id: rs[2].chat_id.clone(),
                    language: "en".into(),
                    platform_language: None,
                },
                T0 + HOUR,
            )
            .await
            .unwrap();
        assert_eq!(
            store.broadcast_recipients(&b, 0, 10).await.unwrap().len(),
            3
        );
    })
    .await;
}

async fn erasure_removes_answers_and_subscriptions(url: String) {
    with_store(url, |store| async move {
        let id = create(&*store, None, Some(5)).await;
        let r = resident(&*store, 1, None).await;
        commit(
            &*store,
            "answers",
            &[
                Change::Events(EventChange::Answer {
                    event_id: id,
                    resident_id: r.id,
                    rsvp: Rsvp::Going,
                }),
                Change::Events(EventChange::Subscribe {
                    resident_id: r.id,
                    topic: Topic::Prevention,
                }),
            ],
        )
        .await;
        assert_eq!(
            store.subscriptions_of(r.id).await.unwrap(),
            [Topic::Prevention]
        );
        commit(&*store, "erase", &[Change::EraseResident(r.id)]).await;
        assert!(store.subscriptions_of(r.id).await.unwrap().is_empty());
        assert!(store.rsvp_of(id, r.id).await.unwrap().is_none());
        assert_eq!(store.rsvp_counts(id).await.unwrap().0.going, 0);
        assert!(store.rsvp_list(id).await.unwrap().is_empty());
    })
    .await;
}

fn pipeline(
    store: std::sync::Arc<dyn Store>,
    clock: koban::clock::MockClock,
) -> koban::pipeline::Pipeline {
    use koban::config::{EventsConfig, MediaConfig, ReportConfig, ZoneConfig};
    let cx = koban::pipeline::Cx {
        store,
        localizer: std::sync::Arc::new(koban::i18n::Localizer::builtin("en").unwrap()),
        settings: koban::features::engine::EngineSettings {
            zone: ZoneConfig::default(),
            areas: koban::domain::area::Areas::default(),
            default_queue_id: "general".into(),
            default_queue_room: "!queue:hs".into(),
            queue_rooms: vec![("general".into(), "!queue:hs".into())],
            routes: Vec::new(),
            report: ReportConfig::default(),
            desks: Vec::new(),
        },
        media: MediaConfig::default(),
        clock: std::sync::Arc::new(clock),
        telegram_media: None,
        matrix_media: None,
        authority: None,
        min_power: std::collections::HashMap::new(),
        coordination_room: Some("!coord:hs".into()),
        moderation: None,
        events: EventsConfig::default(),
        install_id: "test".into(),
        bot_links: Default::default(),
    };
    koban::pipeline::Pipeline::new(
        cx,
        std::sync::Arc::new(tokio::sync::Notify::new()),
        Vec::new(),
    )
}

fn timers(
    store: std::sync::Arc<dyn Store>,
    clock: koban::clock::MockClock,
) -> koban::features::events::EventTimers {
    koban::features::events::EventTimers {
        store,
        clock: std::sync::Arc::new(clock),
        config: koban::config::EventsConfig::default(),
        wake: std::sync::Arc::new(tokio::sync::Notify::new()),
    }
}

/// Delivers (marks sent) every Telegram message waiting in the outbox;
/// (chat, text) of each, in order.
async fn deliver_all(store: &dyn Store) -> Vec<(String, String)> {
    let mut out = Vec::new();
    loop {
        let due = store
            .outbox_due(Channel::Telegram, i64::MAX, 10_000)
            .await
            .unwrap();
        if due.is_empty() {
            return out;
        }
        for o in due {
            store.outbox_sent(o.id, "m", T0, T0).await.unwrap();
            let text = match o.body {
                MessageBody::Text { text } | MessageBody::Menu { text, .. } => {
                    text.replace(['\u{2068}', '\u{2069}'], "")
                }
                other => format!("{other:?}"),
            };
            out.push((o.destination, text));
        }
    }
}

fn count(sent: &[(String, String)], chat: &str, needle: &str) -> usize {
    sent.iter()
        .filter(|(c, t)| c == chat && t.contains(needle))
        .count()
}

/// One look of the timers at the clock's time, and every event it
/// recorded handled; how many timers fired.
async fn tick(
    store: &std::sync::Arc<dyn Store>,
    clock: &koban::clock::MockClock,
    pipeline: &koban::pipeline::Pipeline,
) -> u64 {
    let fired = timers(store.clone(), clock.clone())
        .run_once()
        .await
        .unwrap();
    settle(&**store, pipeline).await;
    fired
}

/// Every recorded event handled.
async fn settle(store: &dyn Store, pipeline: &koban::pipeline::Pipeline) {
    while store.inbox_unprocessed().await.unwrap() > 0 {
        assert!(
            pipeline.run_once().await.unwrap() > 0,
            "events left that are not due"
        );
    }
    assert!(store.inbox_dead(10).await.unwrap().is_empty());
}

async fn timers_fire_once_each_also_across_restarts(url: String) {
    with_store(url, |store| async move {
        // An event 30 hours ahead; Ana is going, Ben holds an offered place
        // until an hour from now; a second event is to be published in two
        // hours.
        let clock = koban::clock::MockClock::new(T0);
        let id = publish(&*store, starting_in(30, Some(1))).await;
        let ana = resident(&*store, 1, None).await;
        let ben = resident(&*store, 3, None).await;
        let cem = resident(&*store, 5, None).await;
        let later = store.event_reserve_id().await.unwrap();
        commit(
            &*store,
            "answers",
            &[
                Change::Events(EventChange::Answer {
                    event_id: id,
                    resident_id: ana.id,
                    rsvp: Rsvp::Going,
                }),
                Change::Events(EventChange::Answer {
                    event_id: id,
                    resident_id: ben.id,
                    rsvp: Rsvp::Offered { until: T0 + HOUR },
                }),
                Change::Events(EventChange::Answer {
                    event_id: id,
                    resident_id: cem.id,
                    rsvp: Rsvp::Waiting { position: 1 },
                }),
                Change::Events(EventChange::Subscribe {
                    resident_id: cem.id,
                    topic: Topic::Events,
                }),
                Change::Events(EventChange::Create {
                    id: later,
                    draft: draft(None, None),
                    created_by: "@coord:hs".into(),
                    card: card("card 2"),
                }),
                Change::Events(EventChange::Status {
                    id: later,
                    status: EventStatus::Scheduled,
                    publish_at: Some(T0 + 2 * HOUR),
                }),
            ],
        )
        .await;
        let pipeline = pipeline(store.clone(), clock.clone());
        let mut sent = Vec::new();
        assert_eq!(tick(&store, &clock, &pipeline).await, 0);

        // An hour on: Ben's offer ran out; it goes to Cem, the next in line.
        clock.set(T0 + HOUR);
        assert_eq!(tick(&store, &clock, &pipeline).await, 1);
        assert_eq!(
            store.rsvp_of(id, ben.id).await.unwrap(),
            Some(Rsvp::NotGoing)
        );
        assert!(matches!(
            store.rsvp_of(id, cem.id).await.unwrap(),
            Some(Rsvp::Offered { .. })
        ));
        sent.extend(deliver_all(&*store).await);
        assert_eq!(count(&sent, &ben.chat_id, "next person"), 1);
        assert_eq!(count(&sent, &cem.chat_id, "A place has become free"), 1);

        // Two hours on: the scheduled event is published, once, and its
        // invitation reaches Cem (subscribed).
        clock.set(T0 + 2 * HOUR);
        tick(&store, &clock, &pipeline).await;
        assert_eq!(
            store.event_get(later).await.unwrap().unwrap().status,
            EventStatus::Published
        );
        tick(&store, &clock, &pipeline).await;
        sent.extend(deliver_all(&*store).await);
        assert_eq!(count(&sent, &cem.chat_id, "You are invited"), 1);

        // 24 hours before the start: one reminder to those going or holding
        // a place (Ana, Cem), however often the timers look and after a
        // restart (a new timer and processor).
        clock.set(T0 + 6 * HOUR + 30_000);
        for _ in 0..3 {
            tick(&store, &clock, &pipeline).await;
        }
        // A restart: a new processor (and new timers).
        let restarted = self::pipeline(store.clone(), clock.clone());
        tick(&store, &clock, &restarted).await;
        sent.extend(deliver_all(&*store).await);
        assert_eq!(count(&sent, &ana.chat_id, "Reminder"), 1);
        assert_eq!(count(&sent, &cem.chat_id, "Reminder"), 1);
        assert_eq!(count(&sent, &ben.chat_id, "Reminder"), 0, "not going");
        // Two hours before: the second reminder; after the start, none.
        clock.set(T0 + 28 * HOUR + 30_000);
        tick(&store, &clock, &pipeline).await;
        sent.extend(deliver_all(&*store).await);
        assert_eq!(count(&sent, &ana.chat_id, "Reminder"), 2);
        clock.set(T0 + 30 * HOUR + 60_000);
        tick(&store, &clock, &pipeline).await;
        sent.extend(deliver_all(&*store).await);
        assert_eq!(count(&sent, &ana.chat_id, "Reminder"), 2);
    })
    .await;
}

#[tokio::test]
async fn after_downtime_only_the_latest_reminder_goes_out() {
    on_sqlite(|url| async move {
        with_store(url, |store| async move {
            let clock = koban::clock::MockClock::new(T0);
            let id = publish(&*store, starting_in(30, None)).await;
            let ana = resident(&*store, 1, None).await;
            commit(
                &*store,
                "answer",
                &[Change::Events(EventChange::Answer {
                    event_id: id,
                    resident_id: ana.id,
                    rsvp: Rsvp::Maybe,
                })],
            )
            .await;
            // koban was down from before the 24-hour reminder until after
            // the 2-hour one was due: one reminder, not two.
            clock.set(T0 + 29 * HOUR);
            let pipeline = pipeline(store.clone(), clock.clone());
            tick(&store, &clock, &pipeline).await;
            let sent = deliver_all(&*store).await;
            assert_eq!(count(&sent, &ana.chat_id, "Reminder"), 1);
        })
        .await;
    })
    .await;
}

async fn announcements_reach_subscribers_of_their_topic_area_and_languages(url: String) {
    use koban::domain::event::{Announcement, AnnouncementStatus};
    with_store(url, |store| async move {
        // 1 en north, 2 de no area, 3 en south, 4 de north (prevention),
        // 5 de north subscribed to news only.
        let mut rs = Vec::new();
        for (n, area, topic) in [
            (1, Some("north"), Topic::Prevention),
            (2, None, Topic::Prevention),
            (3, Some("south"), Topic::Prevention),
            (4, Some("north"), Topic::Prevention),
            (6, Some("north"), Topic::News),
        ] {
            let r = resident(&*store, n, area).await;
            commit(
                &*store,
                &format!("sub-{n}"),
                &[Change::Events(EventChange::Subscribe {
                    resident_id: r.id,
                    topic,
                })],
            )
            .await;
            rs.push(r);
        }
        let id = store.announcement_reserve_id().await.unwrap();
        let a = Announcement {
            id,
            status: AnnouncementStatus::Draft,
            topic: Topic::Prevention,
            area: Some("north".into()),
            languages: vec!["de".into()],
            via: Via::Both,
            publish_at: None,
            created_by: "@coord:hs".into(),
            created_at: T0,
            texts: vec![
                ("en".into(), "Lock your bike".into()),
                ("de".into(), "Fahrrad abschließen".into()),
            ],
        };
        commit(
            &*store,
            "announce",
            &[Change::Events(EventChange::Announce(a.clone()))],
        )
        .await;
        assert_eq!(
            store.announcement_get(id).await.unwrap(),
            Some(Announcement {
                created_at: T0,
                ..a.clone()
            })
        );
        commit(
            &*store,
            "schedule",
            &[Change::Events(EventChange::AnnouncementStatus {
                id,
                status: AnnouncementStatus::Scheduled,
                publish_at: Some(T0 + HOUR),
            })],
        )
        .await;
        assert!(store.announcements_due(T0).await.unwrap().is_empty());
        assert_eq!(store.announcements_due(T0 + HOUR).await.unwrap(), [id]);
        let bid = store.broadcast_reserve_id().await.unwrap();
        commit(
            &*store,
            "broadcast",
            &[Change::Events(EventChange::Broadcast {
                id: bid,
                kind: BroadcastKind::Announcement,
                event_id: None,
                announcement_id: Some(id),
                topic: Topic::Prevention,
                area: Some("north".into()),
                created_by: "@coord:hs".into(),
                card: None,
            })],
        )
        .await;
        let b = store.broadcast_get(bid).await.unwrap().unwrap();
        assert_eq!(b.announcement_id, Some(id));
        let got: Vec<i64> = store
            .broadcast_recipients(&b, 0, 100)
            .await
            .unwrap()
            .iter()
            .map(|r| r.resident_id)
            .collect();
        // German speakers subscribed to prevention in the north or without
        // an area: 2 and 4; not English (1), not the south (3), not news (6).
        assert_eq!(got, [rs[1].id, rs[3].id]);
    })
    .await;
}

async fn a_newer_edit_of_a_card_supersedes_an_older_one(url: String) {
    with_store(url, |store| async move {
        let edit = |target: &str, text: &str| {
            Change::send(
                None,
                NewOutbound {
                    channel: Channel::Matrix,
                    destination: "!coord:hs".into(),
                    placement: Placement::Direct,
                    body: MessageBody::Edit {
                        target: target.into(),
                        text: text.into(),
                    },
                    media: None,
                },
            )
        };
        commit(
            &*store,
            "edits",
            &[edit("$card_1", "1 going"), edit("$card_12", "other card")],
        )
        .await;
        let first = store
            .outbox_due(Channel::Matrix, i64::MAX, 10)
            .await
            .unwrap()
            .remove(0);
        // Another card's edit does not count, not even one whose id starts
        // the same.
        assert!(
            !store
                .outbox_newer_edit(first.id, "!coord:hs", "$card_1")
                .await
                .unwrap()
        );
        assert!(
            store
                .outbox_newer_edit(first.id, "!coord:hs", "$card_12")
                .await
                .unwrap()
        );
        commit(&*store, "more", &[edit("$card_1", "2 going")]).await;
        assert!(
            store
                .outbox_newer_edit(first.id, "!coord:hs", "$card_1")
                .await
                .unwrap()
        );
        // Nor another room, nor a row that is itself the newest.
        assert!(
            !store
                .outbox_newer_edit(first.id, "!other:hs", "$card_1")
                .await
                .unwrap()
        );
        assert!(
            !store
                .outbox_newer_edit(first.id + 2, "!coord:hs", "$card_1")
                .await
                .unwrap()
        );
    })
    .await;
}
