//! koban's Telegram delivery on its own: the real delivery worker and
//! `TelegramSender` on a fresh SQLite file, sending to the Telegram
//! emulator. Rows are queued through the store as the inbox processor
//! queues them (an inbound event, then one commit of `Change::Send`s in a
//! lane). For the delivery tests and the broadcast benchmark; needs no
//! homeserver.
#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use koban::clock::{SharedClock, SystemClock};
use koban::config::DeliveryConfig;
use koban::delivery::Worker;
use koban::delivery::pace::PaceLimits;
use koban::domain::outbound::Lane;
use koban::domain::{Change, Channel, MessageBody, NewOutbound, Placement};
use koban::storage::{Claimant, Database, NewInbox, OutboxCounts, Store};
use koban::telegram::TelegramSender;
use tokio::sync::Notify;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use super::telegram::TelegramEmulator;

/// A running delivery worker for Telegram.
pub struct Delivery {
    pub store: Arc<dyn Store>,
    pub clock: SharedClock,
    /// Woken after each enqueue, as the inbox processor does.
    pub wake: Arc<Notify>,
    url: String,
    events: AtomicU64,
    shutdown: CancellationToken,
    task: Option<JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl Delivery {
    /// A fresh database; the worker starts sending to `tg` at once, paced
    /// to `limits`.
    pub async fn start(tg: &TelegramEmulator, limits: PaceLimits) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("koban.db").display());
        let store: Arc<dyn Store> =
            Arc::new(Database::connect(&url, 4).await.expect("connect SQLite"));
        let clock: SharedClock = Arc::new(SystemClock);
        let now = clock.now_ms();
        let holder = "bench:1:delivery".to_owned();
        let generation = store
            .lease_acquire("koban", &holder, now + 86_400_000, now, None)
            .await
            .expect("lease")
            .expect("the lease is free");
        let api = url::Url::parse(&tg.api_url()).expect("emulator URL");
        let bot = teloxide::Bot::new(tg.token()).set_api_url(api);
        let sender = Arc::new(TelegramSender::with_limits(
            bot,
            tg.token(),
            store.clone(),
            limits,
        ));
        let wake = Arc::new(Notify::new());
        let worker = Worker {
            claimant: Claimant {
                holder,
                lease: "koban".to_owned(),
                generation,
            },
            store: store.clone(),
            sender,
            clock: clock.clone(),
            config: DeliveryConfig::default(),
            wake: wake.clone(),
        };
        let shutdown = CancellationToken::new();
        let task = tokio::spawn(worker.run(shutdown.clone()));
        Self {
            store,
            clock,
            wake,
            url,
            events: AtomicU64::new(0),
            shutdown,
            task: Some(task),
            _dir: dir,
        }
    }

    /// Queues one text per `(chat, text)` in `lane`, in one commit (as a
    /// broadcast or a reply would be), and wakes the worker.
    pub async fn enqueue(&self, lane: Lane, rows: &[(i64, String)]) {
        let n = self.events.fetch_add(1, Ordering::SeqCst);
        let external_id = format!("event-{n}");
        let now = self.clock.now_ms();
        let recorded = self
            .store
            .inbox_record(
                &[NewInbox {
                    source: "koban".to_owned(),
                    external_id: external_id.clone(),
                    payload: "{}".to_owned(),
                    received_at: now,
                    conversation: None,
                }],
                &[],
            )
            .await
            .expect("record the event");
        assert_eq!(recorded, 1);
        let inbox_id = self
            .store
            .inbox_due(i64::MAX, 1000)
            .await
            .expect("inbox_due")
            .into_iter()
            .find(|i| i.external_id == external_id)
            .expect("the event is due")
            .id;
        let changes: Vec<Change> = rows
            .iter()
            .map(|(chat, text)| Change::Send {
                ticket_id: None,
                message: NewOutbound {
                    channel: Channel::Telegram,
                    destination: chat.to_string(),
                    placement: Placement::Direct,
                    body: MessageBody::Text { text: text.clone() },
                    media: None,
                },
                lane,
            })
            .collect();
        self.store
            .commit(inbox_id, &changes, self.clock.now_ms())
            .await
            .expect("commit the sends");
        self.wake.notify_one();
    }

    pub async fn counts(&self) -> OutboxCounts {
        self.store.outbox_counts().await.expect("outbox counts")
    }

    /// Rows of `lane` recorded as sent.
    pub async fn sent(&self, lane: Lane) -> i64 {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&self.url)
            .await
            .expect("open the database");
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND lane = ?")
            .bind(lane.as_str())
            .fetch_one(&mut conn)
            .await
            .expect("count sent rows")
    }

    /// Queued → recorded as sent, in ms, of every sent row of `lane`.
    pub async fn latencies(&self, lane: Lane) -> Vec<i64> {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&self.url)
            .await
            .expect("open the database");
        let mut rows: Vec<i64> = sqlx::query_scalar(
            "SELECT sent_at - created_at FROM outbox WHERE status = 'sent' AND lane = ?",
        )
        .bind(lane.as_str())
        .fetch_all(&mut conn)
        .await
        .expect("latencies");
        rows.sort_unstable();
        rows
    }

    /// Stops the worker (sends in flight finish).
    pub async fn stop(mut self) {
        self.shutdown.cancel();
        if let Some(task) = self.task.take() {
            task.await.expect("worker task");
        }
    }
}

/// The `p`th percentile of sorted values (nearest rank).
pub fn percentile(sorted: &[i64], p: f64) -> i64 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}
