//! Broadcast fan-out benchmark: the memory and time koban needs to expand
//! the audience of one invitation into the outbox's bulk lane.
//!
//! 100,000 residents subscribed to events (written into a SQLite file with
//! koban's own schema, `synchronous = FULL` as koban runs it); one event is
//! published to all of them and the real inbox processor
//! ([`koban::pipeline::Pipeline`]) runs until every recipient's invite is an
//! outbox row. Nothing is sent. The peak resident memory of the expansion
//! (VmHWM, reset just before it) is printed above the memory before it, for
//! the configured batch of 500 and for batches ten times larger, beside the
//! issue's bound of 64 MB above idle: memory follows the batch, not the
//! audience.
//!
//! Run: `cargo bench --bench fanout` (release build), or `scripts/bench.sh`.
//! `KOBAN_BENCH_RECIPIENTS` changes the audience (default 100,000).

// A failed unwrap is a bench that cannot run.
#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use koban::clock::{Millis, MockClock};
use koban::config::{EventsConfig, MediaConfig, ReportConfig, ZoneConfig};
use koban::domain::area::Areas;
use koban::domain::event::{
    BroadcastKind, EventChange, EventDraft, EventStatus, EventText, EventTimer, Topic,
};
use koban::domain::{Change, Channel, InboundEvent, MessageBody, NewOutbound, Placement};
use koban::features::engine::EngineSettings;
use koban::i18n::Localizer;
use koban::pipeline::{Cx, Pipeline};
use koban::storage::{Database, NewInbox, Store};
use sqlx::Connection;
use sqlx::sqlite::SqliteSynchronous;
use tokio::sync::Notify;

/// 2026-12-01T09:00:00Z.
const T0: Millis = 1_796_115_600_000;

fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// Resets the peak (VmHWM) to the current resident size.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn pipeline(store: Arc<dyn Store>, batch: i64) -> Pipeline {
    let cx = Cx {
        store,
        localizer: Arc::new(Localizer::load("en", None).expect("locales")),
        settings: EngineSettings {
            zone: ZoneConfig::default(),
            areas: Areas::default(),
            default_queue_id: "general".into(),
            default_queue_room: "!queue:hs".into(),
            queue_rooms: vec![("general".into(), "!queue:hs".into())],
            routes: Vec::new(),
            report: ReportConfig::default(),
            desks: Vec::new(),
        },
        media: MediaConfig::default(),
        clock: Arc::new(MockClock::new(T0)),
        telegram_media: None,
        matrix_media: None,
        authority: None,
        min_power: HashMap::new(),
        coordination_room: Some("!coord:hs".into()),
        moderation: None,
        events: EventsConfig {
            batch,
            ..EventsConfig::default()
        },
        install_id: "bench".into(),
        bot_links: Default::default(),
    };
    Pipeline::new(cx, Arc::new(Notify::new()), Vec::new())
}

struct Run {
    recipients: i64,
    seconds: f64,
    before_kib: u64,
    peak_kib: u64,
    peak_measured: bool,
}

async fn run(recipients: i64, batch: i64) -> Run {
    let dir = tempfile::TempDir::new().expect("temporary directory");
    let url = format!("sqlite://{}", dir.path().join("koban.db").display());
    let db = Database::connect_sqlite(&url, 4, SqliteSynchronous::Full)
        .await
        .expect("connect SQLite");
    let store: Arc<dyn Store> = Arc::new(db);
    // The audience, written in one statement (a real zone gathers it over
    // months); languages alternate over the eight shipped.
    {
        let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
        sqlx::query(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1) \
             INSERT INTO residents (channel, external_id, chat_id, pseudonym, language, \
             created_at, last_seen_at) \
             SELECT 'telegram', 'u' || i, CAST(1000000 + i AS TEXT), 'Resident ' || i, \
             CASE i % 8 WHEN 0 THEN 'ar' WHEN 1 THEN 'de' WHEN 2 THEN 'en' WHEN 3 THEN 'fr' \
             WHEN 4 THEN 'nl' WHEN 5 THEN 'ro' WHEN 6 THEN 'tr' ELSE 'uk' END, $2, $2 FROM n",
        )
        .bind(recipients)
        .bind(T0)
        .execute(&mut conn)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO subscriptions (resident_id, topic, created_at) \
             SELECT id, 'events', $1 FROM residents",
        )
        .bind(T0)
        .execute(&mut conn)
        .await
        .unwrap();
    }
    let event_id = store.event_reserve_id().await.unwrap();
    let broadcast_id = store.broadcast_reserve_id().await.unwrap();
    let texts = ["ar", "de", "en", "fr", "nl", "ro", "tr", "uk"]
        .map(|l| EventText {
            language: l.into(),
            title: format!("District meeting ({l})"),
            description: "Meet your neighbourhood officers: questions, advice, coffee.".into(),
            audience: "Everyone living in the zone".into(),
            accessibility: "Step-free entrance".into(),
        })
        .to_vec();
    let mut texts = texts;
    texts.swap(0, 2);
    let card = NewOutbound {
        channel: Channel::Matrix,
        destination: "!coord:hs".into(),
        placement: Placement::Direct,
        body: MessageBody::Text {
            text: "card".into(),
        },
        media: None,
    };
    let changes = vec![
        Change::Events(EventChange::Create {
            id: event_id,
            draft: EventDraft {
                area: None,
                topic: None,
                starts_at: T0 + 7 * 86_400_000,
                ends_at: T0 + 7 * 86_400_000 + 7_200_000,
                place: "Town hall, Market square 1".into(),
                map_url: None,
                location: Some((51.05, 3.72)),
                capacity: Some(120),
                registration: true,
                texts,
            },
            created_by: "@coord:hs".into(),
            card: card.clone(),
        }),
        Change::Events(EventChange::Status {
            id: event_id,
            status: EventStatus::Published,
            publish_at: None,
        }),
        Change::Events(EventChange::Broadcast {
            id: broadcast_id,
            kind: BroadcastKind::Invite,
            event_id: Some(event_id),
            announcement_id: None,
            topic: Topic::Events,
            area: None,
            created_by: "@coord:hs".into(),
            card: Some(card),
        }),
        Change::Enqueue {
            source: "koban".into(),
            external_id: format!("broadcast:{broadcast_id}:after:0"),
            event: Box::new(InboundEvent::Events(EventTimer::Expand { broadcast_id })),
        },
    ];
    let publish = InboundEvent::Events(EventTimer::Publish { event_id });
    let item = NewInbox::event("bench", "publish".into(), &publish, T0).unwrap();
    store.inbox_record(&[item], &[]).await.unwrap();
    let id = store.inbox_due(i64::MAX, 10).await.unwrap()[0].id;
    store.commit(id, &changes, T0).await.unwrap();

    let pipeline = pipeline(store.clone(), batch);
    let before_kib = status_kib("VmRSS:");
    let peak_measured = reset_peak();
    let started = Instant::now();
    loop {
        pipeline.run_once().await.unwrap();
        let b = store.broadcast_get(broadcast_id).await.unwrap().unwrap();
        if b.status != "expanding" {
            break;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let peak_kib = status_kib("VmHWM:");
    let b = store.broadcast_get(broadcast_id).await.unwrap().unwrap();
    assert_eq!(b.total, recipients, "every subscriber expanded");
    let progress = store.broadcast_progress(broadcast_id).await.unwrap();
    assert_eq!(progress.pending, recipients, "one invite each, pending");
    assert!(store.inbox_dead(10).await.unwrap().is_empty());
    Run {
        recipients,
        seconds,
        before_kib,
        peak_kib,
        peak_measured,
    }
}

fn main() {
    let recipients: i64 = std::env::var("KOBAN_BENCH_RECIPIENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    println!(
        "broadcast fan-out: {recipients} subscribers, one invitation each, into the bulk lane (SQLite, synchronous = FULL)"
    );
    println!(
        "{:<14} {:>10} {:>14} {:>12} {:>12} {:>16}",
        "batch", "seconds", "recipients/s", "RSS before", "peak", "peak above"
    );
    for batch in [
        EventsConfig::default().batch,
        EventsConfig::default().batch * 10,
    ] {
        let r = rt.block_on(run(recipients, batch));
        let above = r.peak_kib.saturating_sub(r.before_kib);
        println!(
            "{:<14} {:>10.1} {:>14.0} {:>9.1} MB {:>9.1} MB {:>13.1} MB{}",
            format!("{batch}"),
            r.seconds,
            r.recipients as f64 / r.seconds,
            r.before_kib as f64 / 1024.0,
            r.peak_kib as f64 / 1024.0,
            above as f64 / 1024.0,
            if r.peak_measured {
                ""
            } else {
                " (peak not reset: includes set-up)"
            }
        );
    }
    println!("bound from the issue: at most 64 MB above idle for 100,000 recipients");
}
