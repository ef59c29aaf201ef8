//! The storage contract, written once and run on both backends: SQLite (a
//! fresh file per test) and PostgreSQL (a fresh database per test, from
//! `KOBAN_TEST_POSTGRES_URL`; ignored unless `--include-ignored`).
//!
//! Timestamps are plain [`Millis`] values: nothing here sleeps.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::sync::Arc;

#[path = "support/db.rs"]
mod db;

use db::{on_postgres, on_sqlite, with_store};
use koban::clock::Millis;
use koban::domain::change::NewTicket;
use koban::domain::conversation::{Conversation, Kind};
use koban::domain::outbound::{CleanImage, HistoryEntry, Lane, MediaRef};
use koban::domain::{
    Change, Channel, MessageBody, NewOutbound, Placement, Resident, TicketKind, TicketStatus,
};
use koban::storage::{Claimant, NewInbox, NewResident, OutboxCounts, OutboxItem, Store};

/// 2026-03-01T00:00:00Z.
const T0: Millis = 1_772_323_200_000;

const ROOM: &str = "!queue:police.example";

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------

/// Generates, for every test function, one `#[tokio::test]` per backend.
/// `store:` functions take a connected `Arc<dyn Store>`; `url:` functions
/// take the database URL and connect themselves.
macro_rules! storage_tests {
    (store: [$($store_test:ident),* $(,)?], url: [$($url_test:ident),* $(,)?] $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $store_test() {
                    super::on_sqlite(|url| super::with_store(url, super::$store_test)).await;
                }
            )*
            $(
                #[tokio::test]
                async fn $url_test() {
                    super::on_sqlite(super::$url_test).await;
                }
            )*
        }

        mod postgres {
            $(
                #[tokio::test]
                #[ignore = "needs PostgreSQL: run scripts/test.sh, or set KOBAN_TEST_POSTGRES_URL and pass --include-ignored"]
                async fn $store_test() {
                    super::on_postgres(|url| super::with_store(url, super::$store_test)).await;
                }
            )*
            $(
                #[tokio::test]
                #[ignore = "needs PostgreSQL: run scripts/test.sh, or set KOBAN_TEST_POSTGRES_URL and pass --include-ignored"]
                async fn $url_test() {
                    super::on_postgres(super::$url_test).await;
                }
            )*
        }
    };
}

storage_tests! {
    store: [
        kv_get_set_overwrite,
        inbox_record_dedupes_and_stores_cursor,
        inbox_due_oldest_first_and_respects_next_attempt,
        inbox_give_up_and_unprocessed_count,
        resident_upsert_creates_once_and_refreshes,
        residents_get_distinct_pseudonyms,
        ticket_reserve_id_increases,
        commit_opens_ticket_atomically,
        commit_on_existing_ticket,
        ticket_card_sent_sets_thread_root,
        outbox_due_one_row_per_destination,
        outbox_postpone_counts_attempts_only_when_asked,
        outbox_failed_is_kept_and_counted,
        relay_timings_of_sent_rows,
        media_bytes_round_trip_exactly,
        failed_commit_on_ticket_id_collision_leaves_nothing,
        failed_commit_after_media_insert_rolls_back,
        an_event_is_committed_only_once,
        resident_area_and_menu_are_kept,
        tickets_close_and_reopen,
        report_drafts_keep_photos_until_sent_or_discarded,
        ticket_desk_fields_are_kept,
        erasure_and_retention_leave_nothing_behind,
        inbox_due_holds_back_only_the_postponed_conversation,
        unprocessable_events_are_set_aside_and_can_be_retried,
        failed_messages_are_listed_and_sent_again,
        one_lease_holder_at_a_time,
        claimed_rows_go_to_one_worker_until_sent_or_expired,
        the_interactive_lane_goes_before_the_bulk_lane,
        a_koban_that_lost_its_lease_claims_nothing,
    ],
    url: [
        migrations_apply_idempotently,
        earlier_drafts_and_awaited_comments_are_carried_over
    ],
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

fn new_inbox(external_id: &str, received_at: Millis) -> NewInbox {
    NewInbox {
        source: "telegram".to_owned(),
        external_id: external_id.to_owned(),
        payload: format!(r#"{{"update":"{external_id}"}}"#),
        received_at,
        conversation: None,
    }
}

/// Records one inbound event and returns its row id.
async fn inbox_row(store: &dyn Store, external_id: &str, received_at: Millis) -> i64 {
    let n = store
        .inbox_record(&[new_inbox(external_id, received_at)], &[])
        .await
        .expect("inbox_record");
    assert_eq!(n, 1, "inbox row {external_id} should be new");
    store
        .inbox_due(i64::MAX, 10_000)
        .await
        .expect("inbox_due")
        .into_iter()
        .find(|item| item.source == "telegram" && item.external_id == external_id)
        .unwrap_or_else(|| panic!("inbox row {external_id} is not due after recording"))
        .id
}

fn new_resident(external_id: &str, chat_id: &str, language: &str) -> NewResident {
    NewResident {
        channel: Channel::Telegram,
        external_id: external_id.to_owned(),
        chat_id: chat_id.to_owned(),
        language: language.to_owned(),
        platform_language: Some(language.to_owned()),
    }
}

async fn resident(store: &dyn Store, external_id: &str) -> Resident {
    store
        .resident_upsert(
            &new_resident(external_id, &format!("chat-{external_id}"), "en"),
            T0,
        )
        .await
        .expect("resident_upsert")
}

fn text(channel: Channel, destination: &str, placement: Placement, body: &str) -> NewOutbound {
    NewOutbound {
        channel,
        destination: destination.to_owned(),
        placement,
        body: MessageBody::Text {
            text: body.to_owned(),
        },
        media: None,
    }
}

fn image(channel: Channel, destination: &str, placement: Placement, bytes: Vec<u8>) -> NewOutbound {
    NewOutbound {
        channel,
        destination: destination.to_owned(),
        placement,
        body: MessageBody::Image {
            caption: Some("a photo".to_owned()),
        },
        media: Some(MediaRef::New(CleanImage {
            content_type: "image/jpeg".to_owned(),
            file_name: "photo.jpg".to_owned(),
            width: 640,
            height: 480,
            bytes,
        })),
    }
}

fn history(author: &str, external_id: &str, body: &str) -> HistoryEntry {
    HistoryEntry {
        author: koban::domain::Author::decode(author).expect("author"),
        external_id: external_id.to_owned(),
        body: body.to_owned(),
    }
}

/// Commits only these outbox rows (about no ticket) for a fresh inbox row.
async fn enqueue(store: &dyn Store, external_id: &str, at: Millis, rows: Vec<NewOutbound>) {
    let inbox_id = inbox_row(store, external_id, at).await;
    let sends: Vec<Change> = rows.into_iter().map(|m| Change::send(None, m)).collect();
    store.commit(inbox_id, &sends, at).await.expect("commit");
}

/// What `outbox_due` hands out at `now` (the oldest pending row of each
/// destination), with a limit large enough not to matter.
async fn all_due(store: &dyn Store, channel: Channel, now: Millis) -> Vec<OutboxItem> {
    store
        .outbox_due(channel, now, 1000)
        .await
        .expect("outbox_due")
}

fn text_of(item: &OutboxItem) -> &str {
    match &item.body {
        MessageBody::Text { text }
        | MessageBody::Menu { text, .. }
        | MessageBody::Edit { text, .. } => text,
        MessageBody::CallbackAnswer { .. } => "<callback answer>",
        MessageBody::Delete { .. } => "<delete>",
        MessageBody::Image { .. } => "<image>",
        MessageBody::Document { content, .. } => content,
        MessageBody::Venue { address, .. } => address,
    }
}

fn sample_image_bytes(len: usize) -> Vec<u8> {
    // A JPEG-like start, then invalid UTF-8 and NUL bytes, then a pattern
    // that walks through every byte value.
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0xC3, 0x28, 0x80, 0xFE];
    bytes.extend((0..len).map(|i| (i.wrapping_mul(31) ^ (i >> 8)) as u8));
    bytes
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

/// A database written by an earlier koban (report drafts in their own
/// table, an awaited comment on the resident) keeps both as conversations
/// when the conversations migration runs.
async fn earlier_drafts_and_awaited_comments_are_carried_over(url: String) {
    use koban::domain::report::{ReportDraft, Step};
    const CONVERSATIONS: &str = "20261203000003";
    let postgres = url.starts_with("postgres");
    // The migrations before that one, run from a copy of their files.
    let all = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(if postgres { "postgres" } else { "sqlite" });
    let earlier = tempfile::tempdir().expect("dir");
    for entry in std::fs::read_dir(&all).expect("migrations") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if name < CONVERSATIONS {
            std::fs::copy(&path, earlier.path().join(name)).expect("copy");
        }
    }
    let migrator = sqlx::migrate::Migrator::new(earlier.path())
        .await
        .expect("earlier migrations");
    let mut draft = ReportDraft::new(T0);
    draft.step = Step::Where;
    draft.category = Some("theft".to_owned());
    draft.description = "bike gone".to_owned();
    let body = serde_json::to_string(&draft).expect("json");
    // PostgreSQL's identity columns take given ids only when told so.
    let ids = if postgres {
        "OVERRIDING SYSTEM VALUE"
    } else {
        ""
    };
    let seed = [
        format!(
            "INSERT INTO residents (id, channel, external_id, chat_id, pseudonym, language, \
             created_at, last_seen_at) {ids} VALUES (1, 'telegram', 'u1', 'c1', 'Resident AAAA', \
             'en', 1, 2)"
        ),
        format!(
            "INSERT INTO residents (id, channel, external_id, chat_id, pseudonym, language, \
             created_at, last_seen_at, awaiting) {ids} VALUES (2, 'telegram', 'u2', 'c2', \
             'Resident BBBB', 'en', 1, 2, '{{\"feedback\":{{\"ticket_id\":7,\"until\":1801800000}}}}')"
        ),
        format!(
            "INSERT INTO report_drafts (resident_id, body, updated_at) VALUES (1, '{}', {T0})",
            body.replace('\'', "''")
        ),
    ];
    if postgres {
        let pool = sqlx::PgPool::connect(&url).await.expect("connect");
        migrator.run(&pool).await.expect("earlier migrations run");
        for sql in &seed {
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql.clone()))
                .execute(&pool)
                .await
                .expect("seed");
        }
        pool.close().await;
    } else {
        use std::str::FromStr;
        let options = sqlx::sqlite::SqliteConnectOptions::from_str(&url)
            .expect("url")
            .create_if_missing(true);
        let pool = sqlx::SqlitePool::connect_with(options)
            .await
            .expect("connect");
        migrator.run(&pool).await.expect("earlier migrations run");
        for sql in &seed {
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql.clone()))
                .execute(&pool)
                .await
                .expect("seed");
        }
        pool.close().await;
    }

    // koban starts: the rest of the migrations run.
    let store = koban::storage::connect(&url, 2).await.expect("migrate");
    let carried = store
        .conversation_get(1)
        .await
        .expect("read")
        .into_draft()
        .expect("the draft is a report in progress");
    assert_eq!(carried.step, Step::Where);
    assert_eq!(carried.category.as_deref(), Some("theft"));
    assert_eq!(carried.description, "bike gone");
    assert_eq!(carried.updated_at, T0);
    assert_eq!(
        store.conversation_get(2).await.expect("read"),
        Conversation::Feedback {
            ticket_id: 7,
            since: 1_801_800_000 - 1_800_000
        },
        "the awaited comment, since the rating"
    );
}

async fn migrations_apply_idempotently(url: String) {
    let first = koban::storage::connect(&url, 4)
        .await
        .unwrap_or_else(|e| panic!("first connect to {url}: {e}"));
    first.kv_set("probe", "kept").await.expect("kv_set");
    let reserved = first.ticket_reserve_id().await.expect("ticket_reserve_id");

    // A second connection while the first is open (a restart overlapping
    // the old process), then a third after both are gone.
    let second = koban::storage::connect(&url, 4)
        .await
        .unwrap_or_else(|e| panic!("second connect to {url} (migrations re-applied?): {e}"));
    assert_eq!(
        second.kv_get("probe").await.expect("kv_get").as_deref(),
        Some("kept")
    );
    drop(first);
    drop(second);

    let third = koban::storage::connect(&url, 2)
        .await
        .unwrap_or_else(|e| panic!("third connect to {url}: {e}"));
    assert_eq!(
        third.kv_get("probe").await.expect("kv_get").as_deref(),
        Some("kept"),
        "data survives reconnecting"
    );
    let next = third.ticket_reserve_id().await.expect("ticket_reserve_id");
    assert!(
        next > reserved,
        "the ticket counter was reset by reconnecting: {reserved} then {next}"
    );
}

async fn kv_get_set_overwrite(store: Arc<dyn Store>) {
    assert_eq!(store.kv_get("matrix.sync_token").await.unwrap(), None);
    store.kv_set("matrix.sync_token", "s1").await.unwrap();
    store.kv_set("other", "x").await.unwrap();
    assert_eq!(
        store.kv_get("matrix.sync_token").await.unwrap().as_deref(),
        Some("s1")
    );
    store.kv_set("matrix.sync_token", "s2").await.unwrap();
    assert_eq!(
        store.kv_get("matrix.sync_token").await.unwrap().as_deref(),
        Some("s2"),
        "kv_set overwrites"
    );
    assert_eq!(
        store.kv_get("other").await.unwrap().as_deref(),
        Some("x"),
        "overwriting one key leaves others alone"
    );
    let unicode = "ключ → مفتاح ✓";
    store.kv_set("unicode", unicode).await.unwrap();
    assert_eq!(
        store.kv_get("unicode").await.unwrap().as_deref(),
        Some(unicode)
    );
    store.kv_set("empty", "").await.unwrap();
    assert_eq!(store.kv_get("empty").await.unwrap().as_deref(), Some(""));
}

async fn inbox_record_dedupes_and_stores_cursor(store: Arc<dyn Store>) {
    let batch = [new_inbox("1", T0), new_inbox("2", T0 + 1)];
    let n = store
        .inbox_record(&batch, &[("telegram.offset", "3"), ("other.cursor", "a")])
        .await
        .unwrap();
    assert_eq!(n, 2, "two new rows");
    assert_eq!(
        store.kv_get("telegram.offset").await.unwrap().as_deref(),
        Some("3")
    );
    assert_eq!(
        store.kv_get("other.cursor").await.unwrap().as_deref(),
        Some("a")
    );

    // The same two again plus one new one, and the same external id from
    // another source (not a duplicate).
    let mut matrix = new_inbox("2", T0 + 2);
    matrix.source = "matrix".to_owned();
    let batch = [
        new_inbox("1", T0 + 5),
        new_inbox("2", T0 + 5),
        new_inbox("3", T0 + 5),
        matrix,
    ];
    let n = store
        .inbox_record(&batch, &[("telegram.offset", "4")])
        .await
        .unwrap();
    assert_eq!(n, 2, "only `3` (telegram) and `2` (matrix) are new");
    assert_eq!(
        store.kv_get("telegram.offset").await.unwrap().as_deref(),
        Some("4"),
        "the cursor is stored even when some events were duplicates"
    );

    // Only duplicates: nothing new, cursor still moves.
    let n = store
        .inbox_record(&[new_inbox("3", T0 + 9)], &[("telegram.offset", "5")])
        .await
        .unwrap();
    assert_eq!(n, 0);
    assert_eq!(
        store.kv_get("telegram.offset").await.unwrap().as_deref(),
        Some("5")
    );

    // A cursor with no events at all.
    let n = store
        .inbox_record(&[], &[("telegram.offset", "6")])
        .await
        .unwrap();
    assert_eq!(n, 0);
    assert_eq!(
        store.kv_get("telegram.offset").await.unwrap().as_deref(),
        Some("6")
    );

    let due = store.inbox_due(i64::MAX, 100).await.unwrap();
    let keys: Vec<(&str, &str)> = due
        .iter()
        .map(|i| (i.source.as_str(), i.external_id.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("telegram", "1"),
            ("telegram", "2"),
            ("telegram", "3"),
            ("matrix", "2")
        ]
    );
    // The first recording wins: a duplicate does not overwrite.
    assert_eq!(due[0].received_at, T0);
    assert_eq!(due[0].payload, r#"{"update":"1"}"#);
    assert_eq!(due[0].attempts, 0);
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 4);

    assert!(store.inbox_has("telegram", "3").await.unwrap());
    assert!(store.inbox_has("matrix", "2").await.unwrap());
    assert!(!store.inbox_has("matrix", "1").await.unwrap());
    assert!(!store.inbox_has("telegram", "4").await.unwrap());
}

async fn inbox_due_oldest_first_and_respects_next_attempt(store: Arc<dyn Store>) {
    let a = inbox_row(&*store, "a", T0).await;
    let b = inbox_row(&*store, "b", T0 + 10).await;
    let c = inbox_row(&*store, "c", T0 + 20).await;
    assert!(a < b && b < c, "ids increase: {a} {b} {c}");

    // Not due before it was received.
    assert!(store.inbox_due(T0 - 1, 10).await.unwrap().is_empty());
    let ids =
        |items: Vec<koban::storage::InboxItem>| items.iter().map(|i| i.id).collect::<Vec<_>>();
    assert_eq!(ids(store.inbox_due(T0 + 10, 10).await.unwrap()), [a, b]);
    assert_eq!(ids(store.inbox_due(T0 + 20, 10).await.unwrap()), [a, b, c]);
    assert_eq!(
        ids(store.inbox_due(T0 + 20, 2).await.unwrap()),
        [a, b],
        "limit keeps the oldest"
    );

    // Postponing `a` takes it out until its time comes, and counts an attempt.
    store
        .inbox_postpone(a, T0 + 1_000, "engine unavailable")
        .await
        .unwrap();
    assert_eq!(ids(store.inbox_due(T0 + 999, 10).await.unwrap()), [b, c]);
    let due = store.inbox_due(T0 + 1_000, 10).await.unwrap();
    assert_eq!(
        ids(due.clone()),
        [a, b, c],
        "once due again, the postponed row is still first (oldest)"
    );
    assert_eq!(due[0].attempts, 1, "inbox_postpone counts an attempt");
    assert_eq!(due[1].attempts, 0);
    store
        .inbox_postpone(a, T0 + 5_000, "still unavailable")
        .await
        .unwrap();
    let due = store.inbox_due(T0 + 5_000, 10).await.unwrap();
    assert_eq!(due[0].id, a);
    assert_eq!(due[0].attempts, 2);
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 3);
}

async fn inbox_give_up_and_unprocessed_count(store: Arc<dyn Store>) {
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 0);
    let a = inbox_row(&*store, "a", T0).await;
    let b = inbox_row(&*store, "b", T0).await;
    let c = inbox_row(&*store, "c", T0).await;
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 3);

    store
        .inbox_give_up(b, "payload unreadable", T0 + 1)
        .await
        .unwrap();
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 2);
    let due: Vec<i64> = store
        .inbox_due(i64::MAX, 10)
        .await
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(due, [a, c], "a given-up row is never due again");
    assert!(
        store.inbox_has("telegram", "b").await.unwrap(),
        "a given-up row is kept (and still deduplicates)"
    );
    assert_eq!(
        store
            .inbox_record(&[new_inbox("b", T0 + 2)], &[])
            .await
            .unwrap(),
        0,
        "a given-up event is not recorded again"
    );

    // Postponed rows are still unprocessed.
    store.inbox_postpone(a, T0 + 60_000, "later").await.unwrap();
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 2);

    // Processing through a commit counts too.
    store.commit(c, &[], T0 + 3).await.unwrap();
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 1);
    store.inbox_give_up(a, "gave up", T0 + 4).await.unwrap();
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 0);
    assert!(store.inbox_due(i64::MAX, 10).await.unwrap().is_empty());
}

async fn resident_upsert_creates_once_and_refreshes(store: Arc<dyn Store>) {
    let first = store
        .resident_upsert(&new_resident("u1", "chat-1", "nl"), T0)
        .await
        .unwrap();
    assert_eq!(first.channel, Channel::Telegram);
    assert_eq!(first.external_id, "u1");
    assert_eq!(first.chat_id, "chat-1");
    assert_eq!(first.language, "nl");
    assert_eq!(first.platform_language.as_deref(), Some("nl"));
    assert_eq!(first.created_at, T0);
    assert_eq!(first.last_seen_at, T0);
    let code = first
        .pseudonym
        .strip_prefix("Resident ")
        .unwrap_or_else(|| panic!("pseudonym {:?} is not `Resident XXXX`", first.pseudonym));
    assert_eq!(code.len(), 4, "pseudonym {:?}", first.pseudonym);
    assert!(
        code.bytes()
            .all(|b| b"23456789ABCDEFGHJKMNPQRSTVWXYZ".contains(&b)),
        "pseudonym {:?} uses ambiguous characters",
        first.pseudonym
    );

    // Seen again, from another chat, announcing another language.
    let mut again = new_resident("u1", "chat-2", "fr");
    again.platform_language = Some("fr-BE".to_owned());
    let second = store.resident_upsert(&again, T0 + 500).await.unwrap();
    assert_eq!(second.id, first.id, "same resident, not a new one");
    assert_eq!(second.pseudonym, first.pseudonym, "the pseudonym is stable");
    assert_eq!(
        second.language, "nl",
        "the language chosen at creation is kept"
    );
    assert_eq!(second.chat_id, "chat-2", "replies go to the latest chat");
    assert_eq!(second.last_seen_at, T0 + 500);
    assert_eq!(second.created_at, T0);
    assert_eq!(second.platform_language.as_deref(), Some("fr-BE"));

    // No platform language reported: the known one is kept.
    let mut silent = new_resident("u1", "chat-2", "en");
    silent.platform_language = None;
    let third = store.resident_upsert(&silent, T0 + 600).await.unwrap();
    assert_eq!(third.platform_language.as_deref(), Some("fr-BE"));
    assert_eq!(third.pseudonym, first.pseudonym);

    assert_eq!(store.resident_get(first.id).await.unwrap(), Some(third));
    assert_eq!(store.resident_get(first.id + 1_000).await.unwrap(), None);

    // The same external id on another channel is another person.
    let mut matrix = new_resident("u1", "!dm:example.org", "en");
    matrix.channel = Channel::Matrix;
    let other = store.resident_upsert(&matrix, T0).await.unwrap();
    assert_ne!(other.id, first.id);
    assert_ne!(other.pseudonym, first.pseudonym);
    assert_eq!(other.channel, Channel::Matrix);
}

async fn residents_get_distinct_pseudonyms(store: Arc<dyn Store>) {
    let mut ids = BTreeSet::new();
    let mut pseudonyms = BTreeSet::new();
    for n in 0..40 {
        let r = resident(&*store, &format!("user-{n}")).await;
        assert!(ids.insert(r.id), "resident id {} given twice", r.id);
        assert!(
            pseudonyms.insert(r.pseudonym.clone()),
            "pseudonym {:?} given to two residents",
            r.pseudonym
        );
        assert!(r.pseudonym.starts_with("Resident "), "{:?}", r.pseudonym);
    }
    // Upserting them all again changes nobody's pseudonym.
    for n in 0..40 {
        let r = resident(&*store, &format!("user-{n}")).await;
        assert!(
            pseudonyms.contains(&r.pseudonym),
            "{:?} changed",
            r.pseudonym
        );
    }
}

async fn ticket_reserve_id_increases(store: Arc<dyn Store>) {
    let mut previous = 0;
    let mut seen = BTreeSet::new();
    for _ in 0..10 {
        let id = store.ticket_reserve_id().await.unwrap();
        assert!(id > previous, "ticket id {id} after {previous}");
        assert!(seen.insert(id));
        previous = id;
    }
    // Concurrent reservations never hand out the same id.
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move { store.ticket_reserve_id().await.unwrap() })
        })
        .collect();
    for handle in handles {
        let id = handle.await.unwrap();
        assert!(id > previous, "concurrent id {id} not after {previous}");
        assert!(seen.insert(id), "ticket id {id} reserved twice");
    }
}

async fn commit_opens_ticket_atomically(store: Arc<dyn Store>) {
    let r = resident(&*store, "u1").await;
    assert_eq!(store.ticket_open_for(r.id).await.unwrap(), None);
    let inbox_id = inbox_row(&*store, "m1", T0).await;
    let ticket_id = store.ticket_reserve_id().await.unwrap();
    let photo = sample_image_bytes(2_000);
    let changes = vec![
        Change::OpenTicket(NewTicket {
            id: ticket_id,
            resident_id: r.id,
            kind: TicketKind::Question,
            queue_id: "general".to_owned(),
            room_id: ROOM.to_owned(),
            category: None,
            card: "card".to_owned(),
        }),
        Change::history(ticket_id, history("resident", "m1", "Where is my bike?")),
        Change::history(ticket_id, history("koban", "", "ticket opened")),
        Change::send(
            Some(ticket_id),
            text(Channel::Telegram, &r.chat_id, Placement::Direct, "thanks"),
        ),
        Change::send(
            Some(ticket_id),
            text(Channel::Matrix, ROOM, Placement::TicketRoot, "card"),
        ),
        Change::send(
            Some(ticket_id),
            image(
                Channel::Matrix,
                ROOM,
                Placement::TicketThread,
                photo.clone(),
            ),
        ),
        Change::language(r.id, "fr".to_owned()),
    ];
    store.commit(inbox_id, &changes, T0 + 7).await.unwrap();

    let ticket = store
        .ticket_get(ticket_id)
        .await
        .unwrap()
        .expect("the ticket exists");
    assert_eq!(ticket.id, ticket_id);
    assert_eq!(ticket.resident_id, r.id);
    assert_eq!(ticket.kind, TicketKind::Question);
    assert_eq!(ticket.queue_id, "general");
    assert_eq!(ticket.room_id, ROOM);
    assert_eq!(ticket.root_event_id, None, "no card delivered yet");
    assert_eq!(ticket.status, TicketStatus::Open);
    assert_eq!(ticket.created_at, T0 + 7);
    assert_eq!(ticket.updated_at, T0 + 7);
    assert_eq!(store.ticket_open_for(r.id).await.unwrap(), Some(ticket));

    let rows = store.ticket_history(ticket_id).await.unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].author, koban::domain::Author::Resident);
    assert_eq!(rows[0].external_id, "m1");
    assert_eq!(rows[0].body, "Where is my bike?");
    assert_eq!(rows[0].created_at, T0 + 7);
    assert_eq!(rows[1].author, koban::domain::Author::Koban);

    // The inbox row is processed; the resident's language was set.
    assert!(store.inbox_due(i64::MAX, 10).await.unwrap().is_empty());
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 0);
    assert_eq!(
        store.resident_get(r.id).await.unwrap().unwrap().language,
        "fr"
    );

    // Outbox rows: one telegram row, two matrix rows to one room (only the
    // card is due; the thread row waits behind it).
    assert_eq!(
        store.outbox_counts().await.unwrap(),
        OutboxCounts {
            pending: 3,
            sent: 0,
            failed: 0,
            cancelled: 0,
        }
    );
    let tg = all_due(&*store, Channel::Telegram, T0 + 7).await;
    assert_eq!(tg.len(), 1);
    assert_eq!(tg[0].destination, r.chat_id);
    assert_eq!(tg[0].placement, Placement::Direct);
    assert_eq!(text_of(&tg[0]), "thanks");
    assert_eq!(
        tg[0].ticket_id,
        Some(ticket_id),
        "the rows refer to the ticket"
    );
    assert_eq!(tg[0].media_id, None);
    assert_eq!(tg[0].attempts, 0);
    assert_eq!(tg[0].created_at, T0 + 7);
    assert_eq!(tg[0].first_attempt_at, None);

    let mx = all_due(&*store, Channel::Matrix, T0 + 7).await;
    assert_eq!(mx.len(), 1, "one row per destination");
    assert_eq!(mx[0].placement, Placement::TicketRoot);
    assert_eq!(text_of(&mx[0]), "card");
    store
        .outbox_sent(mx[0].id, "$card", T0 + 8, T0 + 9)
        .await
        .unwrap();
    let mx = all_due(&*store, Channel::Matrix, T0 + 9).await;
    assert_eq!(mx.len(), 1);
    assert_eq!(mx[0].placement, Placement::TicketThread);
    assert_eq!(
        mx[0].body,
        MessageBody::Image {
            caption: Some("a photo".to_owned())
        }
    );
    let media_id = mx[0].media_id.expect("the image row refers to its media");
    let media = store.media_get(media_id).await.unwrap().expect("media row");
    assert_eq!(media.id, media_id);
    assert_eq!(media.content_type, "image/jpeg");
    assert_eq!(media.file_name, "photo.jpg");
    assert_eq!((media.width, media.height), (640, 480));
    assert_eq!(media.bytes, photo);
}

async fn commit_on_existing_ticket(store: Arc<dyn Store>) {
    let r = resident(&*store, "u1").await;
    let ticket_id = store.ticket_reserve_id().await.unwrap();
    let first = inbox_row(&*store, "m1", T0).await;
    let open = vec![
        Change::OpenTicket(NewTicket {
            id: ticket_id,
            resident_id: r.id,
            kind: TicketKind::Question,
            queue_id: "general".to_owned(),
            room_id: ROOM.to_owned(),
            category: None,
            card: "card".to_owned(),
        }),
        Change::history(ticket_id, history("resident", "m1", "first")),
    ];
    store.commit(first, &open, T0).await.unwrap();

    let second = inbox_row(&*store, "m2", T0 + 100).await;
    let follow_up = vec![
        Change::TouchTicket(ticket_id),
        Change::history(ticket_id, history("resident", "m2", "second")),
        Change::send(
            Some(ticket_id),
            text(Channel::Matrix, ROOM, Placement::TicketThread, "second"),
        ),
    ];
    store.commit(second, &follow_up, T0 + 100).await.unwrap();

    let ticket = store.ticket_get(ticket_id).await.unwrap().unwrap();
    assert_eq!(ticket.created_at, T0);
    assert_eq!(
        ticket.updated_at,
        T0 + 100,
        "a follow-up touches the ticket"
    );
    let bodies: Vec<String> = store
        .ticket_history(ticket_id)
        .await
        .unwrap()
        .into_iter()
        .map(|h| h.body)
        .collect();
    assert_eq!(bodies, ["first", "second"], "history is in order");
    let due = all_due(&*store, Channel::Matrix, T0 + 100).await;
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].ticket_id, Some(ticket_id));
    assert_eq!(store.ticket_open_for(r.id).await.unwrap(), Some(ticket));
    assert!(
        store
            .ticket_history(ticket_id + 1)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(store.ticket_get(ticket_id + 1).await.unwrap(), None);

    // Changes about no ticket write no history anywhere.
    let third = inbox_row(&*store, "m3", T0 + 200).await;
    let no_ticket = vec![Change::send(
        None,
        text(Channel::Telegram, &r.chat_id, Placement::Direct, "ignored"),
    )];
    store.commit(third, &no_ticket, T0 + 200).await.unwrap();
    assert_eq!(store.ticket_history(ticket_id).await.unwrap().len(), 2);
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 0);
}

async fn ticket_card_sent_sets_thread_root(store: Arc<dyn Store>) {
    let alice = resident(&*store, "alice").await;
    let bob = resident(&*store, "bob").await;
    let mut tickets = Vec::new();
    for (n, r) in [&alice, &bob].into_iter().enumerate() {
        let id = store.ticket_reserve_id().await.unwrap();
        let inbox_id = inbox_row(&*store, &format!("m{n}"), T0).await;
        let changes = vec![
            Change::OpenTicket(NewTicket {
                id,
                resident_id: r.id,
                kind: TicketKind::Question,
                queue_id: "general".to_owned(),
                room_id: ROOM.to_owned(),
                category: None,
                card: "card".to_owned(),
            }),
            Change::send(
                Some(id),
                text(Channel::Matrix, ROOM, Placement::TicketRoot, "card"),
            ),
            Change::send(
                Some(id),
                text(Channel::Telegram, &r.chat_id, Placement::Direct, "received"),
            ),
        ];
        store.commit(inbox_id, &changes, T0).await.unwrap();
        tickets.push(id);
    }
    assert_eq!(
        store.ticket_open_for(alice.id).await.unwrap().unwrap().id,
        tickets[0]
    );
    assert_eq!(
        store.ticket_open_for(bob.id).await.unwrap().unwrap().id,
        tickets[1]
    );
    assert_eq!(
        store.ticket_by_root(ROOM, "$alice-card").await.unwrap(),
        None
    );

    // A direct message being sent does not touch any ticket.
    let tg = all_due(&*store, Channel::Telegram, T0).await;
    assert_eq!(tg.len(), 2);
    store.outbox_sent(tg[0].id, "tg-1", T0, T0).await.unwrap();
    assert_eq!(
        store
            .ticket_get(tickets[0])
            .await
            .unwrap()
            .unwrap()
            .root_event_id,
        None,
        "a Direct row must not become a thread root"
    );
    assert_eq!(
        store.outbox_remote_id(tg[0].id).await.unwrap().as_deref(),
        Some("tg-1")
    );
    assert_eq!(store.outbox_remote_id(tg[1].id).await.unwrap(), None);

    // Alice's card goes out first (same room: one at a time, in order).
    let mx = all_due(&*store, Channel::Matrix, T0).await;
    assert_eq!(mx.len(), 1);
    assert_eq!(mx[0].ticket_id, Some(tickets[0]));
    store
        .outbox_sent(mx[0].id, "$alice-card", T0 + 1, T0 + 2)
        .await
        .unwrap();
    let ticket = store
        .ticket_by_root(ROOM, "$alice-card")
        .await
        .unwrap()
        .expect("the card's event id is the ticket's thread root");
    assert_eq!(ticket.id, tickets[0]);
    assert_eq!(ticket.root_event_id.as_deref(), Some("$alice-card"));
    assert_eq!(
        store
            .ticket_by_root("!other:room", "$alice-card")
            .await
            .unwrap(),
        None,
        "the root is looked up within its room"
    );
    assert_eq!(
        store
            .ticket_get(tickets[1])
            .await
            .unwrap()
            .unwrap()
            .root_event_id,
        None,
        "Bob's ticket is not touched by Alice's card"
    );

    let mx = all_due(&*store, Channel::Matrix, T0 + 2).await;
    assert_eq!(mx.len(), 1);
    assert_eq!(mx[0].ticket_id, Some(tickets[1]));
    store
        .outbox_sent(mx[0].id, "$bob-card", T0 + 3, T0 + 4)
        .await
        .unwrap();
    assert_eq!(
        store
            .ticket_by_root(ROOM, "$bob-card")
            .await
            .unwrap()
            .map(|t| t.id),
        Some(tickets[1])
    );
    assert_eq!(
        store.outbox_remote_id(mx[0].id).await.unwrap().as_deref(),
        Some("$bob-card")
    );
    assert_eq!(store.outbox_remote_id(999_999).await.unwrap(), None);
}

async fn outbox_due_one_row_per_destination(store: Arc<dyn Store>) {
    enqueue(
        &*store,
        "m1",
        T0,
        vec![
            text(Channel::Telegram, "chat-a", Placement::Direct, "a1"),
            text(Channel::Telegram, "chat-a", Placement::Direct, "a2"),
            text(Channel::Telegram, "chat-b", Placement::Direct, "b1"),
            text(Channel::Matrix, "chat-a", Placement::Direct, "matrix a1"),
        ],
    )
    .await;
    enqueue(
        &*store,
        "m2",
        T0 + 10,
        vec![
            text(Channel::Telegram, "chat-a", Placement::Direct, "a3"),
            text(Channel::Telegram, "chat-c", Placement::Direct, "c1"),
        ],
    )
    .await;
    assert_eq!(
        store.outbox_next_due(Channel::Telegram).await.unwrap(),
        Some(T0)
    );

    // Not due before they were created.
    assert!(
        store
            .outbox_due(Channel::Telegram, T0 - 1, 10)
            .await
            .unwrap()
            .is_empty()
    );
    fn texts(items: &[OutboxItem]) -> Vec<&str> {
        items.iter().map(text_of).collect()
    }
    let due = all_due(&*store, Channel::Telegram, T0).await;
    assert_eq!(
        texts(&due),
        ["a1", "b1"],
        "the oldest row per destination, oldest first; c1 is not due yet"
    );
    let due = all_due(&*store, Channel::Telegram, T0 + 10).await;
    assert_eq!(texts(&due), ["a1", "b1", "c1"]);
    let due = store
        .outbox_due(Channel::Telegram, T0 + 10, 2)
        .await
        .unwrap();
    assert_eq!(texts(&due), ["a1", "b1"], "limit keeps the oldest");
    let due = all_due(&*store, Channel::Matrix, T0 + 10).await;
    assert_eq!(
        texts(&due),
        ["matrix a1"],
        "channels are independent even for equal destinations"
    );

    // Postponing the head of chat-a holds the whole chat back (order), but
    // not the other chats.
    let a1 = all_due(&*store, Channel::Telegram, T0 + 10).await[0].clone();
    assert_eq!(text_of(&a1), "a1");
    store
        .outbox_postpone(a1.id, T0 + 1_000, "timeout", true, T0 + 10)
        .await
        .unwrap();
    let due = all_due(&*store, Channel::Telegram, T0 + 999).await;
    assert_eq!(
        texts(&due),
        ["b1", "c1"],
        "a2 must not overtake the postponed a1"
    );
    assert_eq!(
        store.outbox_next_due(Channel::Telegram).await.unwrap(),
        Some(T0),
        "earliest next_attempt_at of any pending row (a2, b1)"
    );
    let due = all_due(&*store, Channel::Telegram, T0 + 1_000).await;
    assert_eq!(texts(&due), ["a1", "b1", "c1"]);

    // Deliver in order.
    store
        .outbox_sent(a1.id, "1", T0 + 1_000, T0 + 1_001)
        .await
        .unwrap();
    let due = all_due(&*store, Channel::Telegram, T0 + 1_001).await;
    assert_eq!(texts(&due), ["a2", "b1", "c1"]);
    for item in &due {
        store
            .outbox_sent(item.id, "x", T0 + 1_001, T0 + 1_002)
            .await
            .unwrap();
    }
    let due = all_due(&*store, Channel::Telegram, T0 + 1_002).await;
    assert_eq!(texts(&due), ["a3"]);
    store
        .outbox_sent(due[0].id, "y", T0 + 1_002, T0 + 1_003)
        .await
        .unwrap();
    assert!(
        all_due(&*store, Channel::Telegram, i64::MAX)
            .await
            .is_empty()
    );
    assert_eq!(
        store.outbox_next_due(Channel::Telegram).await.unwrap(),
        None
    );
    assert_eq!(
        store.outbox_next_due(Channel::Matrix).await.unwrap(),
        Some(T0)
    );
    assert_eq!(
        store.outbox_counts().await.unwrap(),
        OutboxCounts {
            pending: 1,
            sent: 5,
            failed: 0,
            cancelled: 0,
        }
    );
}

async fn outbox_postpone_counts_attempts_only_when_asked(store: Arc<dyn Store>) {
    enqueue(
        &*store,
        "m1",
        T0,
        vec![text(Channel::Telegram, "chat", Placement::Direct, "hello")],
    )
    .await;
    let row = all_due(&*store, Channel::Telegram, T0).await[0].clone();
    assert_eq!(row.attempts, 0);
    assert_eq!(row.first_attempt_at, None);

    // Rate limited: not an attempt, but the first try time is recorded.
    store
        .outbox_postpone(row.id, T0 + 100, "rate limited", false, T0 + 5)
        .await
        .unwrap();
    assert!(
        all_due(&*store, Channel::Telegram, T0 + 99)
            .await
            .is_empty()
    );
    assert_eq!(
        store.outbox_next_due(Channel::Telegram).await.unwrap(),
        Some(T0 + 100)
    );
    let row = all_due(&*store, Channel::Telegram, T0 + 100).await[0].clone();
    assert_eq!(
        row.attempts, 0,
        "counts_as_attempt = false must not count an attempt"
    );
    assert_eq!(row.first_attempt_at, Some(T0 + 5));

    // A transient failure counts.
    store
        .outbox_postpone(row.id, T0 + 200, "timeout", true, T0 + 150)
        .await
        .unwrap();
    let row = all_due(&*store, Channel::Telegram, T0 + 200).await[0].clone();
    assert_eq!(row.attempts, 1);
    assert_eq!(
        row.first_attempt_at,
        Some(T0 + 5),
        "the first attempt time is never overwritten"
    );
    store
        .outbox_postpone(row.id, T0 + 300, "timeout", true, T0 + 250)
        .await
        .unwrap();
    store
        .outbox_postpone(row.id, T0 + 400, "not ready", false, T0 + 350)
        .await
        .unwrap();
    let row = all_due(&*store, Channel::Telegram, T0 + 400).await[0].clone();
    assert_eq!(row.attempts, 2);
    assert_eq!(
        store.outbox_counts().await.unwrap(),
        OutboxCounts {
            pending: 1,
            sent: 0,
            failed: 0,
            cancelled: 0,
        }
    );
}

async fn outbox_failed_is_kept_and_counted(store: Arc<dyn Store>) {
    enqueue(
        &*store,
        "m1",
        T0,
        vec![
            text(Channel::Telegram, "chat", Placement::Direct, "first"),
            text(Channel::Telegram, "chat", Placement::Direct, "second"),
            text(Channel::Telegram, "other", Placement::Direct, "third"),
        ],
    )
    .await;
    assert_eq!(
        store.outbox_counts().await.unwrap(),
        OutboxCounts {
            pending: 3,
            sent: 0,
            failed: 0,
            cancelled: 0,
        }
    );
    let due = all_due(&*store, Channel::Telegram, T0).await;
    assert_eq!(due.len(), 2);
    let first = due.iter().find(|i| text_of(i) == "first").unwrap();
    let third = due.iter().find(|i| text_of(i) == "third").unwrap();
    store
        .outbox_failed(first.id, "chat not found", T0 + 1)
        .await
        .unwrap();
    store.outbox_sent(third.id, "3", T0, T0 + 1).await.unwrap();
    assert_eq!(
        store.outbox_counts().await.unwrap(),
        OutboxCounts {
            pending: 1,
            sent: 1,
            failed: 1,
            cancelled: 0,
        },
        "a failed row is kept, never dropped"
    );
    assert_eq!(store.outbox_remote_id(first.id).await.unwrap(), None);

    // A failed row is not retried, and no longer holds its chat back.
    let due = all_due(&*store, Channel::Telegram, i64::MAX).await;
    assert_eq!(due.len(), 1);
    assert_eq!(text_of(&due[0]), "second");
    assert!(
        store
            .relay_timings(Channel::Telegram)
            .await
            .unwrap()
            .iter()
            .all(|t| t.sent_at == T0 + 1),
        "a failed row has no relay timing"
    );
    assert_eq!(
        store.relay_timings(Channel::Telegram).await.unwrap().len(),
        1
    );
}

async fn relay_timings_of_sent_rows(store: Arc<dyn Store>) {
    assert!(
        store
            .relay_timings(Channel::Telegram)
            .await
            .unwrap()
            .is_empty()
    );
    let received = T0 - 250;
    enqueue(
        &*store,
        "m1",
        received,
        vec![
            text(Channel::Telegram, "a", Placement::Direct, "one"),
            text(Channel::Telegram, "b", Placement::Direct, "two"),
            text(Channel::Telegram, "c", Placement::Direct, "pending"),
            text(Channel::Matrix, ROOM, Placement::Direct, "matrix"),
        ],
    )
    .await;
    let due = all_due(&*store, Channel::Telegram, T0).await;
    assert_eq!(due.len(), 3);
    // `one`: postponed once (first attempt at T0 + 10), then sent.
    store
        .outbox_postpone(due[0].id, T0 + 50, "timeout", true, T0 + 10)
        .await
        .unwrap();
    store
        .outbox_sent(due[0].id, "1", T0 + 60, T0 + 70)
        .await
        .unwrap();
    // `two`: sent on the first try.
    store
        .outbox_sent(due[1].id, "2", T0 + 20, T0 + 30)
        .await
        .unwrap();

    let timings = store.relay_timings(Channel::Telegram).await.unwrap();
    let triples: Vec<(Millis, Millis, Millis)> = timings
        .iter()
        .map(|t| (t.received_at, t.first_attempt_at, t.sent_at))
        .collect();
    assert_eq!(
        triples,
        [(received, T0 + 10, T0 + 70), (received, T0 + 20, T0 + 30)],
        "sent rows only, in outbox order; first_attempt_at is the first try"
    );
    assert!(
        store
            .relay_timings(Channel::Matrix)
            .await
            .unwrap()
            .is_empty(),
        "per channel; the matrix row is unsent"
    );
}

async fn media_bytes_round_trip_exactly(store: Arc<dyn Store>) {
    let big = sample_image_bytes(400 * 1024);
    assert!(
        String::from_utf8(big.clone()).is_err(),
        "the sample must not be valid UTF-8"
    );
    let small = vec![0x00, 0xFF, 0x00];
    enqueue(
        &*store,
        "m1",
        T0,
        vec![
            image(Channel::Telegram, "chat-a", Placement::Direct, big.clone()),
            image(
                Channel::Telegram,
                "chat-b",
                Placement::Direct,
                small.clone(),
            ),
        ],
    )
    .await;
    let due = all_due(&*store, Channel::Telegram, T0).await;
    assert_eq!(due.len(), 2);
    let big_id = due[0].media_id.expect("media id");
    let small_id = due[1].media_id.expect("media id");
    assert_ne!(big_id, small_id);

    let media = store.media_get(big_id).await.unwrap().expect("media row");
    assert_eq!(media.bytes.len(), big.len());
    assert!(
        media.bytes == big,
        "stored image bytes differ from the original"
    );
    assert_eq!(
        store.media_get(small_id).await.unwrap().unwrap().bytes,
        small
    );
    assert_eq!(
        store.media_get(big_id.max(small_id) + 1).await.unwrap(),
        None
    );
}

async fn failed_commit_on_ticket_id_collision_leaves_nothing(store: Arc<dyn Store>) {
    let r = resident(&*store, "u1").await;
    let ticket_id = store.ticket_reserve_id().await.unwrap();
    let open = |inbox_text: &str| {
        vec![
            Change::OpenTicket(NewTicket {
                id: ticket_id,
                resident_id: r.id,
                kind: TicketKind::Question,
                queue_id: "general".to_owned(),
                room_id: ROOM.to_owned(),
                category: None,
                card: "card".to_owned(),
            }),
            Change::history(ticket_id, history("resident", "m", inbox_text)),
            Change::send(
                Some(ticket_id),
                text(Channel::Telegram, &r.chat_id, Placement::Direct, inbox_text),
            ),
            Change::send(
                Some(ticket_id),
                text(Channel::Matrix, ROOM, Placement::TicketRoot, inbox_text),
            ),
            Change::language(r.id, "ar".to_owned()),
        ]
    };
    let first = inbox_row(&*store, "m1", T0).await;
    store.commit(first, &open("first"), T0).await.unwrap();
    let counts = store.outbox_counts().await.unwrap();
    assert_eq!(counts.pending, 2);
    store.kv_set("untouched", "yes").await.unwrap();
    // Put the language back, so that a half-applied commit would show.
    let second = inbox_row(&*store, "m2", T0 + 1).await;
    store
        .commit(second, &[Change::language(r.id, "en".to_owned())], T0 + 1)
        .await
        .unwrap();

    // Same ticket id again: the insert collides.
    let third = inbox_row(&*store, "m3", T0 + 2).await;
    let result = store.commit(third, &open("third"), T0 + 2).await;
    assert!(
        result.is_err(),
        "opening a ticket whose id exists must fail"
    );

    let due: Vec<i64> = store
        .inbox_due(i64::MAX, 10)
        .await
        .unwrap()
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(due, [third], "the inbox row stays unprocessed");
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 1);
    assert_eq!(
        store.outbox_counts().await.unwrap(),
        counts,
        "no outbox rows were added"
    );
    assert_eq!(
        store.ticket_history(ticket_id).await.unwrap().len(),
        1,
        "no history was added"
    );
    assert_eq!(
        store.resident_get(r.id).await.unwrap().unwrap().language,
        "en",
        "the language change was not applied"
    );
    let ticket = store.ticket_get(ticket_id).await.unwrap().unwrap();
    assert_eq!(ticket.updated_at, T0, "the existing ticket is untouched");

    // The store is still usable, and the row can be committed differently.
    store.commit(third, &[], T0 + 3).await.unwrap();
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 0);
}

async fn failed_commit_after_media_insert_rolls_back(store: Arc<dyn Store>) {
    let r = resident(&*store, "u1").await;
    enqueue(
        &*store,
        "m0",
        T0,
        vec![image(
            Channel::Telegram,
            "chat",
            Placement::Direct,
            vec![1, 2, 3],
        )],
    )
    .await;
    let before = all_due(&*store, Channel::Telegram, T0).await;
    let known_media = before[0].media_id.expect("media id");
    let counts = store.outbox_counts().await.unwrap();

    // A follow-up on a ticket that does not exist: the statements before the
    // first outbox insert (ticket touch, media insert) succeed, then the
    // outbox row's foreign key to the ticket fails.
    let missing_ticket = store.ticket_reserve_id().await.unwrap() + 1_000;
    let inbox_id = inbox_row(&*store, "m1", T0 + 1).await;
    let changes = vec![
        Change::TouchTicket(missing_ticket),
        Change::send(
            Some(missing_ticket),
            image(
                Channel::Matrix,
                ROOM,
                Placement::TicketThread,
                vec![9, 9, 9],
            ),
        ),
        Change::language(r.id, "nl".to_owned()),
    ];
    let result = store.commit(inbox_id, &changes, T0 + 1).await;
    assert!(
        result.is_err(),
        "an outbox row for a missing ticket must fail (foreign key)"
    );

    assert_eq!(store.outbox_counts().await.unwrap(), counts);
    assert_eq!(store.inbox_unprocessed().await.unwrap(), 1);
    assert_eq!(store.inbox_due(i64::MAX, 10).await.unwrap()[0].id, inbox_id);
    for id in known_media + 1..=known_media + 3 {
        assert_eq!(
            store.media_get(id).await.unwrap(),
            None,
            "media row {id} of a failed commit was left behind"
        );
    }
    assert_eq!(
        store.resident_get(r.id).await.unwrap().unwrap().language,
        "en"
    );
    assert!(all_due(&*store, Channel::Matrix, i64::MAX).await.is_empty());
}

async fn an_event_is_committed_only_once(store: Arc<dyn Store>) {
    let r = resident(&*store, "u1").await;
    let changes = vec![Change::send(
        None,
        text(Channel::Telegram, &r.chat_id, Placement::Direct, "hello"),
    )];
    let row = inbox_row(&*store, "once", T0).await;
    store.commit(row, &changes, T0).await.unwrap();
    let again = store.commit(row, &changes, T0 + 1).await;
    assert!(
        matches!(again, Err(koban::storage::StorageError::AlreadyProcessed(id)) if id == row),
        "a second commit of the same event must be refused: {again:?}"
    );
    let unknown = store.commit(987_654, &changes, T0 + 2).await;
    assert!(unknown.is_err(), "an unknown event cannot be committed");
    assert_eq!(
        store.outbox_counts().await.unwrap().pending,
        1,
        "effects applied once"
    );
}

async fn resident_area_and_menu_are_kept(store: Arc<dyn Store>) {
    let r = resident(&*store, "u1").await;
    assert_eq!(r.area_id, None);
    assert!(r.menu.is_empty());
    let row = inbox_row(&*store, "area", T0).await;
    let changes = vec![Change::area(r.id, "north".to_owned())];
    store.commit(row, &changes, T0).await.unwrap();
    // The adapter that numbered a list remembers it for the chat.
    let options = vec!["m".to_owned(), "a:burglary".to_owned()];
    store
        .resident_menu_shown(r.channel, &r.chat_id, &options)
        .await
        .unwrap();
    store
        .resident_menu_shown(r.channel, "another chat", &["x".to_owned()])
        .await
        .unwrap();
    let again = store.resident_get(r.id).await.unwrap().expect("resident");
    assert_eq!(again.area_id.as_deref(), Some("north"));
    assert_eq!(again.menu, ["m", "a:burglary"]);
    // An upsert (the next message) keeps both.
    let upserted = resident(&*store, "u1").await;
    assert_eq!(upserted.area_id.as_deref(), Some("north"));
    assert_eq!(upserted.menu.len(), 2);
}

async fn tickets_close_and_reopen(store: Arc<dyn Store>) {
    let r = resident(&*store, "u1").await;
    let ticket_id = store.ticket_reserve_id().await.unwrap();
    let row = inbox_row(&*store, "open", T0).await;
    let open = vec![Change::OpenTicket(NewTicket {
        id: ticket_id,
        resident_id: r.id,
        kind: TicketKind::Question,
        queue_id: "general".to_owned(),
        room_id: ROOM.to_owned(),
        category: None,
        card: "card".to_owned(),
    })];
    store.commit(row, &open, T0).await.unwrap();
    assert!(store.ticket_open_for(r.id).await.unwrap().is_some());

    let row = inbox_row(&*store, "close", T0 + 5).await;
    let close = vec![
        Change::TouchTicket(ticket_id),
        Change::status(ticket_id, koban::domain::TicketStatus::Closed),
    ];
    store.commit(row, &close, T0 + 5).await.unwrap();
    let ticket = store.ticket_get(ticket_id).await.unwrap().expect("ticket");
    assert_eq!(ticket.status, koban::domain::TicketStatus::Closed);
    assert_eq!(ticket.updated_at, T0 + 5);
    assert!(
        store.ticket_open_for(r.id).await.unwrap().is_none(),
        "a closed ticket is not the open one"
    );

    let row = inbox_row(&*store, "reopen", T0 + 9).await;
    let reopen = vec![
        Change::TouchTicket(ticket_id),
        Change::status(ticket_id, koban::domain::TicketStatus::Open),
    ];
    store.commit(row, &reopen, T0 + 9).await.unwrap();
    assert_eq!(
        store.ticket_open_for(r.id).await.unwrap().map(|t| t.id),
        Some(ticket_id)
    );
}

async fn report_drafts_keep_photos_until_sent_or_discarded(store: Arc<dyn Store>) {
    use koban::domain::report::{DraftChange, ReportDraft, Step};
    let r = resident(&*store, "u1").await;
    let other = resident(&*store, "u2").await;
    let photo = |n: usize| CleanImage {
        content_type: "image/jpeg".to_owned(),
        file_name: "photo.jpg".to_owned(),
        width: 4,
        height: 3,
        bytes: sample_image_bytes(100 + n),
    };
    let save = |draft: &ReportDraft, add: Option<CleanImage>| {
        vec![Change::draft(
            r.id,
            DraftChange::Save {
                draft: Box::new(draft.clone()),
                add_photo: add,
            },
        )]
    };
    assert_eq!(
        store.conversation_get(r.id).await.unwrap().into_draft(),
        None
    );

    let mut draft = ReportDraft::new(T0);
    draft.step = Step::Photos;
    draft.category = Some("vandalism".to_owned());
    let row = inbox_row(&*store, "d1", T0).await;
    store
        .commit(row, &save(&draft, Some(photo(1))), T0)
        .await
        .unwrap();
    let stored = store
        .conversation_get(r.id)
        .await
        .unwrap()
        .into_draft()
        .expect("draft");
    assert_eq!(stored.photos.len(), 1);
    assert_eq!(stored.updated_at, T0);
    let row = inbox_row(&*store, "d2", T0 + 10).await;
    store
        .commit(row, &save(&stored, Some(photo(2))), T0 + 10)
        .await
        .unwrap();
    let stored = store
        .conversation_get(r.id)
        .await
        .unwrap()
        .into_draft()
        .expect("draft");
    assert_eq!(stored.photos.len(), 2);
    assert_eq!(stored.updated_at, T0 + 10);
    assert_eq!(stored.category.as_deref(), Some("vandalism"));
    for id in &stored.photos {
        let media = store.media_get(*id).await.unwrap().expect("photo stored");
        assert_eq!(media.width, 4);
    }
    assert_eq!(
        store.conversation_get(other.id).await.unwrap().into_draft(),
        None,
        "drafts are per resident"
    );
    assert_eq!(
        store
            .conversations_idle(Kind::Reporting, T0 + 11)
            .await
            .unwrap(),
        vec![(r.id, T0 + 10)]
    );
    assert!(
        store
            .conversations_idle(Kind::Reporting, T0 + 10)
            .await
            .unwrap()
            .is_empty()
    );

    // Sent: the draft goes, its photos stay for the outbox rows using them.
    let ticket_id = store.ticket_reserve_id().await.unwrap();
    let mut submit = vec![
        Change::OpenTicket(NewTicket {
            id: ticket_id,
            resident_id: r.id,
            kind: TicketKind::Report,
            queue_id: "general".to_owned(),
            room_id: ROOM.to_owned(),
            category: Some("vandalism".to_owned()),
            card: "card".to_owned(),
        }),
        Change::send(
            Some(ticket_id),
            text(Channel::Matrix, ROOM, Placement::TicketRoot, "card"),
        ),
    ];
    for id in &stored.photos {
        let photo = NewOutbound {
            channel: Channel::Matrix,
            destination: ROOM.to_owned(),
            placement: Placement::TicketThread,
            body: MessageBody::Image { caption: None },
            media: Some(MediaRef::Stored(*id)),
        };
        submit.push(Change::send(Some(ticket_id), photo));
    }
    submit.push(Change::draft(r.id, DraftChange::Submitted));
    let row = inbox_row(&*store, "d3", T0 + 20).await;
    store.commit(row, &submit, T0 + 20).await.unwrap();
    assert_eq!(
        store.conversation_get(r.id).await.unwrap().into_draft(),
        None
    );
    for id in &stored.photos {
        assert!(store.media_get(*id).await.unwrap().is_some(), "photo kept");
    }
    let mine = store.tickets_of_resident(r.id, 10).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].kind, TicketKind::Report);
    assert_eq!(mine[0].category.as_deref(), Some("vandalism"));
    assert!(mine[0].reference().starts_with("R-2026-"));
    assert!(
        store
            .tickets_of_resident(other.id, 10)
            .await
            .unwrap()
            .is_empty()
    );
    // Claimed tickets are still the resident's open ticket.
    let row = inbox_row(&*store, "claim", T0 + 30).await;
    let claim = vec![
        Change::TouchTicket(ticket_id),
        Change::status(ticket_id, TicketStatus::Claimed),
    ];
    store.commit(row, &claim, T0 + 30).await.unwrap();
    let open = store.ticket_open_for(r.id).await.unwrap().expect("open");
    assert_eq!((open.id, open.status), (ticket_id, TicketStatus::Claimed));
    // With a second open ticket, the one with the latest activity counts.
    let other = store.ticket_reserve_id().await.unwrap();
    let row = inbox_row(&*store, "second", T0 + 31).await;
    let second = vec![Change::OpenTicket(NewTicket {
        id: other,
        resident_id: r.id,
        kind: TicketKind::Question,
        queue_id: "general".to_owned(),
        room_id: ROOM.to_owned(),
        category: None,
        card: "card".to_owned(),
    })];
    store.commit(row, &second, T0 + 31).await.unwrap();
    assert_eq!(
        store.ticket_open_for(r.id).await.unwrap().map(|t| t.id),
        Some(other)
    );
    let row = inbox_row(&*store, "answer-first", T0 + 32).await;
    let answer = vec![Change::TouchTicket(ticket_id)];
    store.commit(row, &answer, T0 + 32).await.unwrap();
    assert_eq!(
        store.ticket_open_for(r.id).await.unwrap().map(|t| t.id),
        Some(ticket_id),
        "an officer answered there last"
    );
    let due = all_due(&*store, Channel::Matrix, T0 + 40).await;
    assert_eq!(due.len(), 1, "one row per destination at a time");

    // Discarded: the draft and its photos go.
    let row = inbox_row(&*store, "d4", T0 + 50).await;
    store
        .commit(
            row,
            &save(&ReportDraft::new(T0 + 50), Some(photo(3))),
            T0 + 50,
        )
        .await
        .unwrap();
    let discarded = store
        .conversation_get(r.id)
        .await
        .unwrap()
        .into_draft()
        .expect("draft")
        .photos;
    let row = inbox_row(&*store, "d5", T0 + 60).await;
    let discard = vec![Change::draft(r.id, DraftChange::Discard)];
    store.commit(row, &discard, T0 + 60).await.unwrap();
    assert_eq!(
        store.conversation_get(r.id).await.unwrap().into_draft(),
        None
    );
    assert!(
        store.media_get(discarded[0]).await.unwrap().is_none(),
        "photo deleted"
    );

    // Restarted: the old photos go, the new draft is kept.
    let row = inbox_row(&*store, "d6", T0 + 70).await;
    store
        .commit(
            row,
            &save(&ReportDraft::new(T0 + 70), Some(photo(4))),
            T0 + 70,
        )
        .await
        .unwrap();
    let old = store
        .conversation_get(r.id)
        .await
        .unwrap()
        .into_draft()
        .expect("draft")
        .photos;
    let row = inbox_row(&*store, "d7", T0 + 80).await;
    let restart = vec![Change::draft(
        r.id,
        DraftChange::Restart(Box::new(ReportDraft::new(T0 + 80))),
    )];
    store.commit(row, &restart, T0 + 80).await.unwrap();
    let fresh = store
        .conversation_get(r.id)
        .await
        .unwrap()
        .into_draft()
        .expect("new draft");
    assert!(fresh.photos.is_empty());
    assert_eq!(fresh.updated_at, T0 + 80);
    assert!(store.media_get(old[0]).await.unwrap().is_none());
}

async fn ticket_desk_fields_are_kept(store: Arc<dyn Store>) {
    use koban::domain::outbound::TicketUpdate;
    use koban::domain::report::{DraftChange, ReportDraft};
    let r = resident(&*store, "u1").await;
    let ticket_id = store.ticket_reserve_id().await.unwrap();
    let row = inbox_row(&*store, "open", T0).await;
    let open = vec![
        Change::OpenTicket(NewTicket {
            id: ticket_id,
            resident_id: r.id,
            kind: TicketKind::Question,
            queue_id: "north".to_owned(),
            room_id: ROOM.to_owned(),
            category: None,
            card: "🎫 the card".to_owned(),
        }),
        Change::send(
            Some(ticket_id),
            text(Channel::Matrix, ROOM, Placement::TicketRoot, "card"),
        ),
    ];
    store.commit(row, &open, T0).await.unwrap();
    let card_row = all_due(&*store, Channel::Matrix, T0).await[0].id;
    store
        .outbox_sent(card_row, "$card", T0, T0 + 1)
        .await
        .unwrap();
    let t = store.ticket_get(ticket_id).await.unwrap().expect("ticket");
    assert_eq!(t.card, "🎫 the card");
    assert_eq!(
        (t.assignee.clone(), t.labels.len(), t.rating),
        (None, 0, None)
    );
    assert_eq!(t.root_event_id.as_deref(), Some("$card"));

    let commit = |n: &str, at: Millis, update: TicketUpdate| {
        let store = store.clone();
        let n = n.to_owned();
        async move {
            let row = inbox_row(&*store, &n, at).await;
            let changes = vec![
                Change::TouchTicket(update.ticket_id),
                Change::UpdateTicket(update),
            ];
            store.commit(row, &changes, at).await.unwrap();
        }
    };
    commit(
        "a",
        T0 + 10,
        TicketUpdate {
            ticket_id,
            assignee: Some(Some("@lotte:hs".to_owned())),
            labels: Some(vec!["graffiti".to_owned(), "school".to_owned()]),
            first_response: true,
            ..TicketUpdate::default()
        },
    )
    .await;
    commit(
        "b",
        T0 + 20,
        TicketUpdate {
            ticket_id,
            first_response: true,
            reminded: true,
            ..TicketUpdate::default()
        },
    )
    .await;
    let t = store.ticket_get(ticket_id).await.unwrap().expect("ticket");
    assert_eq!(t.assignee.as_deref(), Some("@lotte:hs"));
    assert_eq!(t.labels, ["graffiti", "school"]);
    assert_eq!(
        t.first_response_at,
        Some(T0 + 10),
        "only the first answer counts"
    );
    assert_eq!(t.reminded_at, Some(T0 + 20));

    commit(
        "c",
        T0 + 30,
        TicketUpdate {
            ticket_id,
            assignee: Some(None),
            transfer: Some(("south".to_owned(), "!south:hs".to_owned())),
            ..TicketUpdate::default()
        },
    )
    .await;
    let t = store.ticket_get(ticket_id).await.unwrap().expect("ticket");
    assert_eq!(
        (t.queue_id.as_str(), t.room_id.as_str()),
        ("south", "!south:hs")
    );
    assert_eq!(t.root_event_id, None, "the new card becomes the root");
    assert_eq!(t.assignee, None);
    assert_eq!(t.labels.len(), 2, "labels travel along");

    commit(
        "d",
        T0 + 40,
        TicketUpdate {
            ticket_id,
            rating: Some(4),
            feedback: Some("Quick, thank you".to_owned()),
            ..TicketUpdate::default()
        },
    )
    .await;
    let t = store.ticket_get(ticket_id).await.unwrap().expect("ticket");
    assert_eq!(t.rating, Some(4));
    assert_eq!(t.feedback.as_deref(), Some("Quick, thank you"));

    // A handover: the ticket changes hands; a key/value entry goes along.
    let row = inbox_row(&*store, "handover", T0 + 45).await;
    let handover = vec![
        Change::Kv {
            key: "area-contact-holders".to_owned(),
            value: "{}".to_owned(),
        },
        Change::Reassign {
            ticket_id,
            assignee: "@sam:hs".to_owned(),
        },
    ];
    store.commit(row, &handover, T0 + 45).await.unwrap();
    let t = store.ticket_get(ticket_id).await.unwrap().expect("ticket");
    assert_eq!(t.assignee.as_deref(), Some("@sam:hs"));
    assert_eq!(
        store
            .kv_get("area-contact-holders")
            .await
            .unwrap()
            .as_deref(),
        Some("{}")
    );

    // What the resident's next text answers: a comment on the rating.
    let row = inbox_row(&*store, "e", T0 + 50).await;
    let awaiting = vec![Change::await_feedback(r.id, ticket_id)];
    store.commit(row, &awaiting, T0 + 50).await.unwrap();
    let awaited = Conversation::Feedback {
        ticket_id,
        since: T0 + 50,
    };
    assert_eq!(store.conversation_get(r.id).await.unwrap(), awaited);
    resident(&*store, "u1").await;
    assert_eq!(
        store.conversation_get(r.id).await.unwrap(),
        awaited,
        "kept by an upsert"
    );
    assert_eq!(
        store
            .conversations_idle(Kind::Feedback, T0 + 51)
            .await
            .unwrap(),
        vec![(r.id, T0 + 50)]
    );
    assert!(
        store
            .conversations_idle(Kind::Reporting, T0 + 51)
            .await
            .unwrap()
            .is_empty()
    );
    let row = inbox_row(&*store, "f", T0 + 60).await;
    let cleared = vec![Change::end_feedback(r.id)];
    store.commit(row, &cleared, T0 + 60).await.unwrap();
    assert_eq!(
        store.conversation_get(r.id).await.unwrap(),
        Conversation::Idle
    );

    // A report in progress is one conversation: awaiting a comment does
    // not replace it, and ending the wait leaves it.
    let draft = ReportDraft::new(T0);
    let row = inbox_row(&*store, "g", T0 + 70).await;
    let reporting = vec![Change::draft(
        r.id,
        DraftChange::Save {
            draft: Box::new(draft),
            add_photo: None,
        },
    )];
    store.commit(row, &reporting, T0 + 70).await.unwrap();
    for (id, feedback) in [("h", Some(ticket_id)), ("i", None)] {
        let row = inbox_row(&*store, id, T0 + 80).await;
        let change = match feedback {
            Some(ticket_id) => Change::await_feedback(r.id, ticket_id),
            None => Change::end_feedback(r.id),
        };
        store.commit(row, &[change], T0 + 80).await.unwrap();
        let kept = store.conversation_get(r.id).await.unwrap();
        assert_eq!(kept.kind(), Some(Kind::Reporting), "{feedback:?}");
        assert_eq!(kept.updated_at(), Some(T0 + 70));
    }
}

async fn erasure_and_retention_leave_nothing_behind(store: Arc<dyn Store>) {
    // `_` must not act as a LIKE wildcard: "ux1" is someone else.
    let a = resident(&*store, "u_1").await;
    let b = resident(&*store, "ux1").await;
    let said = |who: &str, n: u32| NewInbox {
        source: "telegram".to_owned(),
        external_id: format!("{who}-{n}"),
        payload: format!(
            r#"{{"type":"resident","channel":"telegram","user_id":"{who}","chat_id":"chat-{who}","text":"message {n}"}}"#
        ),
        conversation: Some(format!("telegram:chat-{who}")),
        received_at: T0,
    };
    store
        .inbox_record(&[said("u_1", 1), said("ux1", 1)], &[])
        .await
        .unwrap();
    let ticket_id = store.ticket_reserve_id().await.unwrap();
    let row = inbox_row(&*store, "open-a", T0).await;
    let open = vec![
        Change::OpenTicket(NewTicket {
            id: ticket_id,
            resident_id: a.id,
            kind: TicketKind::Report,
            queue_id: "north".to_owned(),
            room_id: ROOM.to_owned(),
            category: Some("theft".to_owned()),
            card: "card".to_owned(),
        }),
        Change::history(ticket_id, history("resident", "1", "my bike was stolen")),
        Change::send(
            Some(ticket_id),
            text(Channel::Matrix, ROOM, Placement::TicketRoot, "card"),
        ),
        Change::send(
            Some(ticket_id),
            image(
                Channel::Matrix,
                ROOM,
                Placement::TicketThread,
                sample_image_bytes(64),
            ),
        ),
        Change::send(
            Some(ticket_id),
            text(
                Channel::Telegram,
                &a.chat_id,
                Placement::Direct,
                "thank you",
            ),
        ),
    ];
    store.commit(row, &open, T0).await.unwrap();
    for (channel, remote) in [
        (Channel::Matrix, "$card"),
        (Channel::Matrix, "$img"),
        (Channel::Telegram, "77"),
    ] {
        let item = all_due(&*store, channel, T0 + 1).await;
        let item = item.first().expect("a row to deliver");
        store
            .outbox_sent(item.id, remote, T0 + 1, T0 + 1)
            .await
            .unwrap();
    }
    assert_eq!(
        store
            .outbox_of_event("telegram", "open-a")
            .await
            .unwrap()
            .len(),
        3
    );

    // The card was edited (an edit carries the whole card again).
    let row = inbox_row(&*store, "claim-a", T0 + 2).await;
    let edit = vec![
        Change::TouchTicket(ticket_id),
        Change::send(
            Some(ticket_id),
            NewOutbound {
                channel: Channel::Matrix,
                destination: ROOM.to_owned(),
                placement: Placement::Direct,
                body: MessageBody::Edit {
                    target: "$card".to_owned(),
                    text: "card: my bike was stolen, Kouter 1".to_owned(),
                },
                media: None,
            },
        ),
    ];
    store.commit(row, &edit, T0 + 2).await.unwrap();
    let edit_row = all_due(&*store, Channel::Matrix, T0 + 2).await[0].id;
    store
        .outbox_sent(edit_row, "$edit", T0 + 2, T0 + 2)
        .await
        .unwrap();

    // A message to the room is on its way when the erasure happens.
    let row = inbox_row(&*store, "more-a", T0 + 3).await;
    let more = vec![
        Change::TouchTicket(ticket_id),
        Change::send(
            Some(ticket_id),
            text(
                Channel::Matrix,
                ROOM,
                Placement::TicketThread,
                "my bike was red",
            ),
        ),
    ];
    store.commit(row, &more, T0 + 3).await.unwrap();
    let in_flight = all_due(&*store, Channel::Matrix, T0 + 4).await[0].id;

    // The resident asks for erasure.
    let row = inbox_row(&*store, "erase-a", T0 + 5).await;
    let erase = vec![
        Change::EraseResident(a.id),
        Change::send(
            None,
            text(Channel::Telegram, &a.chat_id, Placement::Direct, "deleted"),
        ),
    ];
    store.commit(row, &erase, T0 + 5).await.unwrap();
    // The delivery finishes after the erasure: it is taken back.
    store
        .outbox_sent(in_flight, "$late", T0 + 6, T0 + 6)
        .await
        .unwrap();
    assert_eq!(store.resident_get(a.id).await.unwrap(), None);
    assert_eq!(store.ticket_get(ticket_id).await.unwrap(), None);
    assert!(store.ticket_history(ticket_id).await.unwrap().is_empty());
    assert!(
        !store.inbox_has("telegram", "u_1-1").await.unwrap(),
        "what they sent goes"
    );
    assert!(
        store.inbox_has("telegram", "ux1-1").await.unwrap(),
        "not someone else's"
    );
    assert!(store.resident_get(b.id).await.unwrap().is_some());
    // koban's copies in the room are queued for redaction; the resident gets
    // the confirmation; nothing else of theirs is left in the outbox.
    let mut targets = Vec::new();
    let mut to_resident = Vec::new();
    loop {
        let matrix = all_due(&*store, Channel::Matrix, T0 + 10).await;
        let telegram = all_due(&*store, Channel::Telegram, T0 + 10).await;
        if matrix.is_empty() && telegram.is_empty() {
            break;
        }
        for item in matrix.iter().chain(&telegram) {
            match &item.body {
                MessageBody::Delete { target } => {
                    assert_eq!(item.destination, ROOM);
                    assert_eq!(item.ticket_id, None);
                    targets.push(target.clone());
                }
                MessageBody::Text { text } => to_resident.push(text.clone()),
                other => panic!("unexpected row {other:?}"),
            }
            store
                .outbox_sent(item.id, "done", T0 + 10, T0 + 10)
                .await
                .unwrap();
        }
    }
    targets.sort();
    assert_eq!(targets, ["$card", "$edit", "$img", "$late"]);
    assert_eq!(to_resident, ["deleted"]);

    // Retention: closed tickets, idle residents without tickets, old events.
    let c = resident(&*store, "u3").await;
    let d = resident(&*store, "u4").await;
    let open_ticket = |resident_id: i64, id: i64| {
        vec![
            Change::OpenTicket(NewTicket {
                id,
                resident_id,
                kind: TicketKind::Question,
                queue_id: "north".to_owned(),
                room_id: ROOM.to_owned(),
                category: None,
                card: "card".to_owned(),
            }),
            Change::history(id, history("resident", "2", "a question")),
        ]
    };
    let (tc, td) = (
        store.ticket_reserve_id().await.unwrap(),
        store.ticket_reserve_id().await.unwrap(),
    );
    let row = inbox_row(&*store, "open-c", T0).await;
    store.commit(row, &open_ticket(c.id, tc), T0).await.unwrap();
    let row = inbox_row(&*store, "open-d", T0).await;
    store.commit(row, &open_ticket(d.id, td), T0).await.unwrap();
    let row = inbox_row(&*store, "close-c", T0 + 20).await;
    let close = vec![
        Change::TouchTicket(tc),
        Change::status(tc, TicketStatus::Closed),
    ];
    store.commit(row, &close, T0 + 20).await.unwrap();
    store
        .inbox_record(&[new_inbox("still-waiting", T0)], &[])
        .await
        .unwrap();

    let purged = store.purge(T0 + 100, T0 + 200).await.unwrap();
    assert_eq!(purged.tickets, 1);
    assert_eq!(store.ticket_get(tc).await.unwrap(), None, "closed long ago");
    assert!(store.ticket_get(td).await.unwrap().is_some(), "open: kept");
    assert!(store.resident_get(d.id).await.unwrap().is_some());
    assert_eq!(
        store.resident_get(c.id).await.unwrap(),
        None,
        "nothing left of them"
    );
    assert_eq!(
        store.resident_get(b.id).await.unwrap(),
        None,
        "idle, no tickets"
    );
    assert!(purged.residents >= 2);
    assert!(purged.inbox > 0);
    assert!(
        store.inbox_has("telegram", "still-waiting").await.unwrap(),
        "unprocessed events stay"
    );
    assert_eq!(
        store.purge(T0 + 100, T0 + 300).await.unwrap(),
        Default::default()
    );
}

fn in_conversation(external_id: &str, conversation: &str, received_at: Millis) -> NewInbox {
    NewInbox {
        conversation: Some(conversation.to_owned()),
        ..new_inbox(external_id, received_at)
    }
}

async fn inbox_due_holds_back_only_the_postponed_conversation(store: Arc<dyn Store>) {
    store
        .inbox_record(
            &[
                in_conversation("a1", "telegram:a", T0),
                in_conversation("b1", "telegram:b", T0 + 1),
                in_conversation("a2", "telegram:a", T0 + 2),
                in_conversation("b2", "telegram:b", T0 + 3),
                new_inbox("timer", T0 + 4),
            ],
            &[],
        )
        .await
        .unwrap();
    let due = |now| {
        let store = store.clone();
        async move {
            store
                .inbox_due(now, 100)
                .await
                .unwrap()
                .into_iter()
                .map(|i| i.external_id)
                .collect::<Vec<_>>()
        }
    };
    // One event per conversation: the oldest; events without one are free.
    assert_eq!(due(T0 + 10).await, ["a1", "b1", "timer"]);
    // a1 waits (a download that may pass): a2 must not overtake it, b goes on.
    let a1 = store.inbox_due(T0 + 10, 100).await.unwrap()[0].id;
    store
        .inbox_postpone(a1, T0 + 1_000, "media download: timeout")
        .await
        .unwrap();
    assert_eq!(due(T0 + 10).await, ["b1", "timer"]);
    let b1 = store.inbox_due(T0 + 10, 100).await.unwrap()[0].id;
    store.commit(b1, &[], T0 + 10).await.unwrap();
    assert_eq!(due(T0 + 10).await, ["b2", "timer"]);
    // Once due again, a1 comes before a2.
    assert_eq!(due(T0 + 1_000).await, ["a1", "b2", "timer"]);
}

async fn unprocessable_events_are_set_aside_and_can_be_retried(store: Arc<dyn Store>) {
    store
        .inbox_record(
            &[
                in_conversation("bad", "telegram:a", T0),
                in_conversation("next", "telegram:a", T0 + 1),
            ],
            &[],
        )
        .await
        .unwrap();
    let bad = store.inbox_due(T0, 10).await.unwrap()[0].clone();
    assert_eq!(bad.external_id, "bad");
    assert!(store.inbox_dead(10).await.unwrap().is_empty());
    store
        .inbox_give_up(bad.id, "panic: index out of bounds", T0 + 5)
        .await
        .unwrap();
    let dead = store.inbox_dead(10).await.unwrap();
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0].id, bad.id);
    assert_eq!(dead[0].external_id, "bad");
    assert_eq!(dead[0].dead_at, T0 + 5);
    assert_eq!(dead[0].error, "panic: index out of bounds");
    // The conversation goes on without it.
    let due: Vec<_> = store.inbox_due(T0 + 5, 10).await.unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].external_id, "next");
    store.commit(due[0].id, &[], T0 + 6).await.unwrap();
    // Retried by the operator: due again, no longer listed.
    assert_eq!(
        store
            .inbox_retry(Some(bad.id + 1_000), T0 + 7)
            .await
            .unwrap(),
        0
    );
    assert_eq!(store.inbox_retry(None, T0 + 7).await.unwrap(), 1);
    assert!(store.inbox_dead(10).await.unwrap().is_empty());
    let due = store.inbox_due(T0 + 7, 10).await.unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].id, bad.id);
    assert_eq!(due[0].attempts, 0);
}

async fn failed_messages_are_listed_and_sent_again(store: Arc<dyn Store>) {
    enqueue(
        &*store,
        "m1",
        T0,
        vec![
            text(Channel::Matrix, ROOM, Placement::Direct, "first"),
            text(Channel::Matrix, "!other:x", Placement::Direct, "second"),
        ],
    )
    .await;
    let due = all_due(&*store, Channel::Matrix, T0).await;
    assert_eq!(due.len(), 2);
    let first = due.iter().find(|i| text_of(i) == "first").unwrap().id;
    store
        .outbox_failed(first, "permanent: M_FORBIDDEN", T0 + 1)
        .await
        .unwrap();
    let failed = store.outbox_list("failed", 10).await.unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].id, first);
    assert_eq!(failed[0].destination, ROOM);
    assert_eq!(failed[0].channel, "matrix");
    assert_eq!(failed[0].error, "permanent: M_FORBIDDEN");
    let pending = store.outbox_list("pending", 10).await.unwrap();
    assert_eq!(pending.len(), 1);
    assert_ne!(pending[0].id, first);
    assert_eq!(store.outbox_retry_failed(None, T0 + 50).await.unwrap(), 1);
    assert!(store.outbox_list("failed", 10).await.unwrap().is_empty());
    let again = all_due(&*store, Channel::Matrix, T0 + 50).await;
    let row = again.iter().find(|i| i.id == first).expect("due again");
    assert_eq!(row.attempts, 0);
    assert_eq!(row.created_at, T0 + 50, "the retry horizon starts again");
    assert_eq!(
        store
            .outbox_retry_failed(Some(first), T0 + 60)
            .await
            .unwrap(),
        0
    );
}

async fn one_lease_holder_at_a_time(store: Arc<dyn Store>) {
    let g1 = store
        .lease_acquire("koban", "host:1:a", T0 + 30, T0, None)
        .await
        .unwrap()
        .expect("free lease taken");
    // A second process waits: it is told who holds the lease.
    let other = store
        .lease_acquire("koban", "host:2:b", T0 + 40, T0 + 10, None)
        .await
        .unwrap()
        .expect_err("held by the first");
    assert_eq!(other.holder, "host:1:a");
    assert_eq!(other.generation, g1);
    assert_eq!(other.expires_at, T0 + 30);
    // The holder renews; a stale generation cannot.
    assert!(
        store
            .lease_renew("koban", "host:1:a", g1, T0 + 60)
            .await
            .unwrap()
    );
    assert!(
        !store
            .lease_renew("koban", "host:1:a", g1 + 1, T0 + 60)
            .await
            .unwrap()
    );
    assert!(
        !store
            .lease_renew("koban", "host:2:b", g1, T0 + 60)
            .await
            .unwrap()
    );
    // Expired: the standby takes over with a new generation, and the old
    // holder can no longer renew.
    let g2 = store
        .lease_acquire("koban", "host:2:b", T0 + 100, T0 + 61, None)
        .await
        .unwrap()
        .expect("expired lease taken over");
    assert!(g2 > g1);
    assert!(
        !store
            .lease_renew("koban", "host:1:a", g1, T0 + 90)
            .await
            .unwrap()
    );
    // A takeover of a known-dead holder names the generation it saw.
    let g3 = store
        .lease_acquire("koban", "host:3:c", T0 + 130, T0 + 70, Some(g2))
        .await
        .unwrap()
        .expect("takeover of the generation seen");
    assert!(g3 > g2);
    assert!(
        store
            .lease_acquire("koban", "host:4:d", T0 + 140, T0 + 71, Some(g2))
            .await
            .unwrap()
            .is_err(),
        "a stale generation does not take over"
    );
    // Released: free at once.
    store.lease_release("koban", "host:3:c", g3).await.unwrap();
    assert!(
        store
            .lease_acquire("koban", "host:4:d", T0 + 140, T0 + 72, None)
            .await
            .unwrap()
            .is_ok()
    );
}

// ---------------------------------------------------------------------------
// Claims and lanes
// ---------------------------------------------------------------------------

/// The lease a delivery worker works under in these tests (held until far
/// beyond the times they use).
async fn worker_lease(s: &dyn Store) -> i64 {
    s.lease_acquire("koban", "host:1:a", T0 + 10_000_000, T0, None)
        .await
        .expect("lease")
        .expect("free")
}

fn claimant(holder: &str, generation: i64) -> Claimant {
    Claimant {
        holder: holder.to_owned(),
        lease: "koban".to_owned(),
        generation,
    }
}

async fn claimed_rows_go_to_one_worker_until_sent_or_expired(store: Arc<dyn Store>) {
    let s = store.as_ref();
    let generation = worker_lease(s).await;
    enqueue(
        s,
        "claims",
        T0,
        vec![
            text(Channel::Telegram, "100", Placement::Direct, "a1"),
            text(Channel::Telegram, "100", Placement::Direct, "a2"),
            text(Channel::Telegram, "200", Placement::Direct, "b1"),
        ],
    )
    .await;
    let claim = |holder: &'static str, now: Millis| async move {
        s.outbox_claim(
            Channel::Telegram,
            &claimant(holder, generation),
            now,
            now + 60_000,
            10,
        )
        .await
        .expect("outbox_claim")
        .iter()
        .map(|i| text_of(i).to_owned())
        .collect::<Vec<_>>()
    };
    // The oldest row of each destination, to the first worker only.
    assert_eq!(claim("w1", T0 + 1).await, ["a1", "b1"]);
    assert!(
        claim("w2", T0 + 2).await.is_empty(),
        "claimed rows are not handed out twice"
    );
    assert!(all_due(s, Channel::Telegram, T0 + 2).await.is_empty());
    // Sent: its claim ends, and the next row of that chat may go.
    let a1 = s
        .outbox_claim(
            Channel::Telegram,
            &claimant("w1", generation),
            T0 + 3,
            T0 + 60_000,
            10,
        )
        .await
        .expect("reclaim by the same holder");
    assert!(a1.is_empty(), "a live claim holds for its own holder too");
    let rows = s.outbox_list("pending", 10).await.expect("list");
    let a1_id = rows[0].id;
    s.outbox_sent(a1_id, "9001", T0 + 3, T0 + 3)
        .await
        .expect("sent");
    assert_eq!(claim("w2", T0 + 4).await, ["a2"]);
    // Claims that expired (their worker died) are taken over: w1's on b1
    // and, a moment later, w2's on a2.
    assert_eq!(claim("w3", T0 + 60_002).await, ["b1"]);
    assert_eq!(claim("w3", T0 + 61_000).await, ["a2"]);
    // At start-up, claims of earlier holders are freed.
    let freed = s
        .outbox_release_claims(Channel::Telegram, "w9")
        .await
        .expect("release");
    assert_eq!(freed, 2, "a2 and b1, both held by w3");
    assert_eq!(claim("w9", T0 + 61_001).await, ["a2", "b1"]);
}

async fn a_koban_that_lost_its_lease_claims_nothing(store: Arc<dyn Store>) {
    let s = store.as_ref();
    enqueue(
        s,
        "fenced",
        T0,
        vec![text(Channel::Telegram, "100", Placement::Direct, "hello")],
    )
    .await;
    let old = s
        .lease_acquire("koban", "host:1:a", T0 + 10_000, T0, None)
        .await
        .unwrap()
        .expect("free");
    let claim = |c: Claimant, now: Millis| async move {
        s.outbox_claim(Channel::Telegram, &c, now, now + 60_000, 10)
            .await
            .expect("claim")
            .len()
    };
    // Past its expiry, the old holder's generation claims nothing, though
    // the row is due and unclaimed.
    assert_eq!(claim(claimant("old", old), T0 + 10_000).await, 0);
    // A standby takes the lease over: the old generation stays fenced out,
    // the new one claims.
    let new = s
        .lease_acquire("koban", "host:2:b", T0 + 30_000, T0 + 10_001, None)
        .await
        .unwrap()
        .expect("expired lease taken over");
    assert!(new > old);
    assert_eq!(claim(claimant("old", old), T0 + 10_002).await, 0);
    assert_eq!(claim(claimant("new", new), T0 + 10_002).await, 1);
    // A lease of another name is no fence for this one.
    let other = Claimant {
        lease: "other".to_owned(),
        ..claimant("new", new)
    };
    s.outbox_release_claims(Channel::Telegram, "nobody")
        .await
        .expect("release");
    assert_eq!(claim(other, T0 + 10_003).await, 0);
}

async fn the_interactive_lane_goes_before_the_bulk_lane(store: Arc<dyn Store>) {
    let s = store.as_ref();
    let w1 = claimant("w1", worker_lease(s).await);
    let inbox_id = inbox_row(s, "broadcast", T0).await;
    let bulk: Vec<Change> = (0..5)
        .map(|i| Change::Send {
            ticket_id: None,
            message: text(
                Channel::Telegram,
                &format!("{}", 300 + i),
                Placement::Direct,
                "news",
            ),
            lane: Lane::Bulk,
        })
        .collect();
    s.commit(inbox_id, &bulk, T0).await.expect("commit bulk");
    enqueue(
        s,
        "answer",
        T0 + 1,
        vec![text(Channel::Telegram, "100", Placement::Direct, "answer")],
    )
    .await;
    let first = s
        .outbox_claim(Channel::Telegram, &w1, T0 + 2, T0 + 60_000, 2)
        .await
        .expect("claim");
    let texts: Vec<&str> = first.iter().map(text_of).collect();
    assert_eq!(
        texts,
        ["answer", "news"],
        "the answer first, though queued last"
    );
    let rest = s
        .outbox_claim(Channel::Telegram, &w1, T0 + 2, T0 + 60_000, 10)
        .await
        .expect("claim");
    assert_eq!(rest.len(), 4, "then the rest of the broadcast");
}
