//! Inbox benchmark: the storage cost of koban's inbox processor and of an
//! erasure. Prints a small table; asserts only that the results are right,
//! never how fast they came.
//!
//! 1. Inbound throughput on SQLite (a file in a temporary directory) with
//!    `synchronous = NORMAL` and with `FULL` (koban's setting): a burst of
//!    1,000 already-recorded Telegram messages from 50 residents (`/start`, a
//!    question that opens a ticket, follow-ups into its thread, a
//!    `/myreports`) is handled by the real [`koban::pipeline::Pipeline`]
//!    (`run_once` until nothing is unprocessed). Nothing is sent: the
//!    processor only writes outbox rows, no delivery worker runs. Each mode
//!    runs 3 times (alternating, on a fresh database each time); the median
//!    messages per second and the FULL/NORMAL ratio are printed.
//! 2. Erasure of a resident with 100 tickets (history lines, a delivered card,
//!    thread messages and replies, with their remote ids), next to 10,000
//!    processed events of other residents: the time of the one commit of a
//!    change list that erases the resident, on SQLite and on PostgreSQL (a
//!    fresh database from `KOBAN_TEST_POSTGRES_URL`, dropped afterwards, as
//!    the storage tests do; left out, and said so, when it is not set).
//!
//! Run: `cargo bench --bench inbox` (release build), or `scripts/bench.sh`,
//! which sets `KOBAN_TEST_POSTGRES_URL` (default
//! `postgres://postgres@127.0.0.1:5432/test`).

// A failed unwrap is a failed test (or a bench that cannot run).
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/db.rs"]
mod db;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use koban::clock::{Millis, MockClock, SharedClock};
use koban::config::{MediaConfig, ReportConfig, ZoneConfig};
use koban::domain::area::Areas;
use koban::domain::change::NewTicket;
use koban::domain::outbound::HistoryEntry;
use koban::domain::{
    Change, Channel, InboundEvent, MessageBody, NewOutbound, Placement, ResidentContent,
    ResidentMessage, TicketKind,
};
use koban::features::engine::EngineSettings;
use koban::i18n::Localizer;
use koban::pipeline::{Cx, Pipeline};
use koban::storage::{Database, NewInbox, NewResident, Store};
use sqlx::sqlite::SqliteSynchronous;
use tokio::sync::Notify;

/// 2026-03-01T00:00:00Z.
const T0: Millis = 1_772_323_200_000;
const ROOM: &str = "!queue:police.example";

const RESIDENTS: usize = 50;
const MESSAGES: usize = 1_000;
const RUNS: usize = 3;

const ERASED_TICKETS: usize = 100;
const OTHER_EVENTS: usize = 10_000;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(run());
}

async fn run() {
    // 1. Inbound throughput, NORMAL and FULL alternating so that a busy
    //    machine slows both alike.
    let mut normal = Vec::new();
    let mut full = Vec::new();
    for _ in 0..RUNS {
        normal.push(throughput(SqliteSynchronous::Normal).await);
        full.push(throughput(SqliteSynchronous::Full).await);
    }
    let (normal_median, full_median) = (median(&normal), median(&full));
    println!(
        "inbox processing: {MESSAGES} recorded Telegram messages from {RESIDENTS} residents \
         ({RESIDENTS} tickets opened), SQLite file, {RUNS} runs each"
    );
    println!(
        "{:<14} {:>14}   runs (msg/s)",
        "synchronous", "median msg/s"
    );
    for (name, runs, median) in [
        ("NORMAL", &normal, normal_median),
        ("FULL", &full, full_median),
    ] {
        let runs: Vec<String> = runs.iter().map(|r| format!("{r:.0}")).collect();
        println!("{name:<14} {median:>14.0}   {}", runs.join(" "));
    }
    println!(
        "{:<14} {:>14.2}",
        "FULL/NORMAL",
        full_median / normal_median
    );
    println!();

    // 2. Erasure.
    let sqlite_ms = {
        let dir = tempfile::TempDir::new().expect("temporary directory");
        let url = format!("sqlite://{}", dir.path().join("koban.db").display());
        let store = Database::connect(&url, 4).await.expect("connect SQLite");
        let erasure = prepare_erasure(&store).await;
        store
            .execute_raw(
                "UPDATE inbox SET processed_at = $1 WHERE processed_at IS NULL",
                T0,
            )
            .await
            .expect("mark other events processed");
        let ms = time_erasure(&store, &erasure).await;
        store.close().await;
        ms
    };
    let postgres_ms = match std::env::var("KOBAN_TEST_POSTGRES_URL") {
        Ok(_) => {
            let mut ms = None;
            let slot = &mut ms;
            db::on_postgres(|url| async move {
                let store = Database::connect(&url, 4)
                    .await
                    .expect("connect PostgreSQL");
                let erasure = prepare_erasure(&store).await;
                store
                    .execute_raw(
                        "UPDATE inbox SET processed_at = $1 WHERE processed_at IS NULL",
                        T0,
                    )
                    .await
                    .expect("mark other events processed");
                *slot = Some(time_erasure(&store, &erasure).await);
                store.close().await;
            })
            .await;
            ms
        }
        Err(_) => None,
    };
    println!(
        "erasure of a resident with {ERASED_TICKETS} tickets, {OTHER_EVENTS} other events in \
         the inbox (one commit)"
    );
    println!("{:<14} {:>10}", "backend", "ms");
    println!("{:<14} {sqlite_ms:>10.1}", "SQLite (FULL)");
    match postgres_ms {
        Some(ms) => println!("{:<14} {ms:>10.1}", "PostgreSQL"),
        None => println!(
            "{:<14} {:>10}   (KOBAN_TEST_POSTGRES_URL not set)",
            "PostgreSQL", "skipped"
        ),
    }
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted[sorted.len() / 2]
}

/// What a resident wrote, as the Telegram receiver records it.
fn resident_event(user: &str, message_id: u64, text: &str) -> InboundEvent {
    InboundEvent::Resident(ResidentMessage {
        channel: Channel::Telegram,
        user_id: user.to_owned(),
        chat_id: user.to_owned(),
        message_id: message_id.to_string(),
        language_hint: Some("en".to_owned()),
        content: ResidentContent::from_text(text),
    })
}

/// Message `n` of a resident's conversation: `/start`, a question (a new
/// ticket), follow-ups (its thread) and once `/myreports`.
fn conversation_text(n: usize) -> String {
    match n {
        0 => "/start".to_owned(),
        1 => "Someone has been trying car doors on our street at night".to_owned(),
        10 => "/myreports".to_owned(),
        n => format!("It happened again, this is follow-up number {n}"),
    }
}

fn pipeline(store: Arc<dyn Store>, clock: SharedClock) -> Pipeline {
    let cx = Cx {
        store,
        localizer: Arc::new(Localizer::load("en", None).expect("locales")),
        settings: EngineSettings {
            zone: ZoneConfig::default(),
            areas: Areas::default(),
            default_queue_id: "general".into(),
            default_queue_room: ROOM.into(),
            queue_rooms: vec![("general".into(), ROOM.into())],
            routes: Vec::new(),
            report: ReportConfig::default(),
            desks: Vec::new(),
        },
        media: MediaConfig::default(),
        clock,
        telegram_media: None,
        matrix_media: None,
        authority: None,
        min_power: HashMap::new(),
        coordination_room: None,
        moderation: None,
        events: koban::config::EventsConfig::default(),
        install_id: "bench".into(),
        bot_links: Default::default(),
    };
    Pipeline::new(cx, Arc::new(Notify::new()), Vec::new())
}

/// Messages per second the inbox processor handles from a burst of
/// recorded events, on a fresh SQLite file.
async fn throughput(synchronous: SqliteSynchronous) -> f64 {
    let dir = tempfile::TempDir::new().expect("temporary directory");
    let url = format!("sqlite://{}", dir.path().join("koban.db").display());
    let sqlite = Database::connect_sqlite(&url, 4, synchronous)
        .await
        .expect("connect SQLite");
    let store: Arc<dyn Store> = Arc::new(sqlite.clone());

    // The burst, interleaved between residents as it arrives, recorded in
    // batches of 100 as the Telegram receiver does with `getUpdates`.
    let per_resident = MESSAGES / RESIDENTS;
    let mut items = Vec::with_capacity(MESSAGES);
    for n in 0..per_resident {
        for r in 0..RESIDENTS {
            let update = items.len() as u64 + 1;
            let user = format!("{}", 100_000 + r);
            let event = resident_event(&user, update, &conversation_text(n));
            items.push(
                NewInbox::event("telegram", update.to_string(), &event, T0 + update as i64)
                    .expect("json"),
            );
        }
    }
    for batch in items.chunks(100) {
        store.inbox_record(batch, &[]).await.expect("inbox_record");
    }
    assert_eq!(
        store.inbox_unprocessed().await.expect("count"),
        MESSAGES as i64
    );

    let clock = MockClock::new(T0 + 60_000);
    let pipeline = pipeline(store.clone(), Arc::new(clock));
    let started = Instant::now();
    while store.inbox_unprocessed().await.expect("count") > 0 {
        let handled = pipeline.run_once().await.expect("run_once");
        assert!(handled > 0, "events left that are not due");
    }
    let elapsed = started.elapsed();

    // Every event was handled, none given up, and each resident's question
    // opened one ticket whose thread got the follow-ups.
    assert!(store.inbox_dead(10).await.expect("dead").is_empty());
    let tickets = store.tickets_created_since(0).await.expect("tickets");
    assert_eq!(tickets.len(), RESIDENTS, "one ticket per resident");
    let history = store.ticket_history(tickets[0].id).await.expect("history");
    assert_eq!(history.len(), per_resident - 2, "question and follow-ups");
    let counts = store.outbox_counts().await.expect("outbox");
    assert!(counts.pending >= MESSAGES as i64 - 2 * RESIDENTS as i64);
    assert_eq!(counts.sent, 0, "nothing is delivered");

    sqlite.close().await;
    drop(dir);
    MESSAGES as f64 / elapsed.as_secs_f64()
}

/// The resident to erase and what to check afterwards.
struct Erasure {
    resident_id: i64,
    chat_id: String,
    ticket_ids: Vec<i64>,
    next_message_id: u64,
}

fn text_to(channel: Channel, destination: &str, placement: Placement, text: &str) -> NewOutbound {
    NewOutbound {
        channel,
        destination: destination.to_owned(),
        placement,
        body: MessageBody::Text {
            text: text.to_owned(),
        },
        media: None,
    }
}

fn history(author: &str, external_id: &str, body: &str) -> HistoryEntry {
    HistoryEntry {
        author: koban::domain::Author::decode(author).expect("author"),
        external_id: external_id.to_owned(),
        body: body.to_owned(),
    }
}

/// Records one of the resident's messages and returns its inbox row id
/// (the only unprocessed row whenever the resident writes here).
async fn record(store: &dyn Store, user: &str, message_id: u64, text: &str, at: Millis) -> i64 {
    let event = resident_event(user, message_id, text);
    let item =
        NewInbox::event("telegram", format!("{user}-{message_id}"), &event, at).expect("json");
    assert_eq!(store.inbox_record(&[item], &[]).await.expect("record"), 1);
    let due = store.inbox_due(i64::MAX, 2).await.expect("inbox_due");
    assert_eq!(due.len(), 1, "one unprocessed row");
    due[0].id
}

/// Marks every due outbox row delivered, with a remote id, as the delivery
/// workers would (a card first, then its thread).
async fn deliver_all(store: &dyn Store, now: Millis) {
    loop {
        let mut any = false;
        for channel in [Channel::Matrix, Channel::Telegram] {
            for item in store.outbox_due(channel, now, 100).await.expect("due") {
                let remote = match channel {
                    Channel::Matrix => format!("$event{}", item.id),
                    Channel::Telegram => item.id.to_string(),
                };
                store
                    .outbox_sent(item.id, &remote, now, now)
                    .await
                    .expect("outbox_sent");
                any = true;
            }
        }
        if !any {
            break;
        }
    }
}

/// A resident with 100 tickets, each with a card, thread messages, replies
/// and history lines, all delivered; then 10,000 events of 200 other
/// residents (left unprocessed: the caller marks them processed).
async fn prepare_erasure(store: &dyn Store) -> Erasure {
    let user = "4242";
    let resident = store
        .resident_upsert(
            &NewResident {
                channel: Channel::Telegram,
                external_id: user.to_owned(),
                chat_id: user.to_owned(),
                language: "en".to_owned(),
                platform_language: Some("en".to_owned()),
            },
            T0,
        )
        .await
        .expect("resident");
    let mut ticket_ids = Vec::with_capacity(ERASED_TICKETS);
    let mut message_id = 0;
    for t in 0..ERASED_TICKETS {
        let at = T0 + t as i64 * 1_000;
        let ticket_id = store.ticket_reserve_id().await.expect("reserve");
        message_id += 1;
        let question = format!("Question {t}: my bicycle was stolen at the station");
        let row = record(store, user, message_id, &question, at).await;
        let open = vec![
            Change::OpenTicket(NewTicket {
                id: ticket_id,
                resident_id: resident.id,
                kind: TicketKind::Question,
                queue_id: "general".to_owned(),
                room_id: ROOM.to_owned(),
                category: None,
                card: String::new(),
            }),
            Change::history(
                ticket_id,
                history("resident", &message_id.to_string(), &question),
            ),
            Change::history(ticket_id, history("koban", "", "ticket opened")),
            Change::send(
                Some(ticket_id),
                text_to(Channel::Matrix, ROOM, Placement::TicketRoot, &question),
            ),
            Change::send(
                Some(ticket_id),
                text_to(
                    Channel::Matrix,
                    ROOM,
                    Placement::TicketThread,
                    "the rest of a long question",
                ),
            ),
            Change::send(
                Some(ticket_id),
                text_to(
                    Channel::Telegram,
                    &resident.chat_id,
                    Placement::Direct,
                    "Thank you, your question was passed on",
                ),
            ),
        ];
        store.commit(row, &open, at).await.expect("open");
        deliver_all(store, at + 1).await;

        message_id += 1;
        let more = "It was a red one, with a basket";
        let row = record(store, user, message_id, more, at + 2).await;
        let follow_up = vec![
            Change::TouchTicket(ticket_id),
            Change::history(
                ticket_id,
                history("resident", &message_id.to_string(), more),
            ),
            Change::history(
                ticket_id,
                history("officer:@agent:police.example", "$answer", "We are on it"),
            ),
            Change::send(
                Some(ticket_id),
                text_to(Channel::Matrix, ROOM, Placement::TicketThread, more),
            ),
            Change::send(
                Some(ticket_id),
                text_to(
                    Channel::Telegram,
                    &resident.chat_id,
                    Placement::Direct,
                    "We are on it",
                ),
            ),
        ];
        store
            .commit(row, &follow_up, at + 2)
            .await
            .expect("follow-up");
        deliver_all(store, at + 3).await;
        ticket_ids.push(ticket_id);
    }

    // Other residents' events (marked processed by the caller).
    let others: Vec<NewInbox> = (0..OTHER_EVENTS)
        .map(|i| {
            let other = format!("{}", 500_000 + i % 200);
            let event = resident_event(&other, i as u64, "a message from someone else");
            NewInbox::event("telegram", format!("other-{i}"), &event, T0 + i as i64).expect("json")
        })
        .collect();
    for batch in others.chunks(500) {
        store.inbox_record(batch, &[]).await.expect("record others");
    }

    Erasure {
        resident_id: resident.id,
        chat_id: resident.chat_id,
        ticket_ids,
        next_message_id: message_id + 1,
    }
}

/// Records the resident's request to be erased, times the commit of the
/// erasure, and checks that nothing of the resident is left but the
/// redactions of koban's copies and the confirmation.
async fn time_erasure(store: &dyn Store, erasure: &Erasure) -> f64 {
    let now = T0 + 2_000_000;
    let inbox_id = record(
        store,
        &erasure.chat_id,
        erasure.next_message_id,
        "/erase",
        now,
    )
    .await;
    let changes = vec![
        Change::EraseResident(erasure.resident_id),
        Change::send(
            None,
            text_to(
                Channel::Telegram,
                &erasure.chat_id,
                Placement::Direct,
                "Everything koban kept about you was deleted",
            ),
        ),
    ];
    let started = Instant::now();
    store
        .commit(inbox_id, &changes, now)
        .await
        .expect("commit the erasure");
    let elapsed = started.elapsed();

    assert_eq!(store.resident_get(erasure.resident_id).await.unwrap(), None);
    for id in &erasure.ticket_ids {
        assert_eq!(store.ticket_get(*id).await.unwrap(), None, "ticket {id}");
    }
    assert!(
        store
            .ticket_history(erasure.ticket_ids[0])
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        !store
            .inbox_has("telegram", &format!("{}-1", erasure.chat_id))
            .await
            .unwrap(),
        "what they sent goes"
    );
    assert!(
        store.inbox_has("telegram", "other-0").await.unwrap(),
        "not someone else's"
    );
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 0);
    let counts = store.outbox_counts().await.unwrap();
    // Card and two thread messages per ticket are redacted in the room; the
    // resident gets the confirmation; nothing delivered is kept.
    assert_eq!(counts.pending, 3 * ERASED_TICKETS as i64 + 1);
    assert_eq!(counts.sent, 0);
    elapsed.as_secs_f64() * 1_000.0
}
