//! Flows through the real inbox processor and database (SQLite and
//! PostgreSQL), with an injected clock, where time matters: report drafts
//! survive a restart of the processor, idle drafts expire with a notice (and
//! their photos go) while a draft the resident went on with is left alone;
//! outside a queue's hours residents learn when to expect an answer, and a
//! ticket past its target gets one reminder.

#[path = "support/db.rs"]
mod db;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use db::{on_postgres, on_sqlite, with_store};
use koban::clock::{MockClock, SharedClock};
use koban::config::{MediaConfig, ReportConfig, ZoneConfig};
use koban::domain::area::Areas;
use koban::domain::engine::QueueDesk;
use koban::domain::hours::{BusinessHours, Targets};
use koban::domain::report::Step;
use koban::domain::{
    Channel, EngineSettings, InboundEvent, MessageBody, ResidentContent, ResidentMessage,
};
use koban::i18n::Localizer;
use koban::pipeline::{DraftExpiry, Pipeline, TargetWatch};
use koban::storage::{NewInbox, Store};
use tokio::sync::Notify;

/// 2026-03-01T00:00:00Z.
const T0: i64 = 1_772_323_200_000;
const EXPIRY: Duration = Duration::from_secs(120 * 60);

struct Bot {
    store: Arc<dyn Store>,
    clock: MockClock,
    pipeline: Pipeline,
    expiry: DraftExpiry,
}

/// Telegram update ids: unique across restarts, as on Telegram.
static NEXT_UPDATE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Bot {
    fn new(store: Arc<dyn Store>, clock: MockClock) -> Self {
        Self::with_desks(store, clock, Vec::new())
    }

    fn with_desks(store: Arc<dyn Store>, clock: MockClock, desks: Vec<QueueDesk>) -> Self {
        let shared: SharedClock = Arc::new(clock.clone());
        let pipeline = Pipeline {
            store: store.clone(),
            localizer: Arc::new(Localizer::builtin("en").expect("locales")),
            settings: EngineSettings {
                zone: ZoneConfig::default(),
                areas: Areas::default(),
                default_queue_id: "general".into(),
                default_queue_room: "!queue:hs".into(),
                queue_rooms: vec![("general".into(), "!queue:hs".into())],
                routes: Vec::new(),
                report: ReportConfig::default(),
                desks,
            },
            media: MediaConfig::default(),
            clock: shared.clone(),
            telegram_media: None,
            matrix_media: None,
            authority: None,
            min_power: HashMap::new(),
            coordination_room: None,
            wake: Arc::new(Notify::new()),
            wake_delivery: Vec::new(),
        };
        let expiry = DraftExpiry {
            store: store.clone(),
            clock: shared,
            after: EXPIRY,
            wake: Arc::new(Notify::new()),
        };
        Self {
            store,
            clock,
            pipeline,
            expiry,
        }
    }

    /// Records a Telegram message from resident 77 (as the receiver does)
    /// and lets the processor handle it.
    async fn resident(&mut self, content: ResidentContent) {
        let update = NEXT_UPDATE.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let event = InboundEvent::Resident(ResidentMessage {
            channel: Channel::Telegram,
            user_id: "77".into(),
            chat_id: "77".into(),
            message_id: update.to_string(),
            language_hint: Some("en".into()),
            content,
        });
        let item = NewInbox::event("telegram", update.to_string(), &event, self.clock_now())
            .expect("json");
        self.store.inbox_record(&[item], &[]).await.expect("record");
        self.pipeline.run_once().await.expect("process");
    }

    async fn press(&mut self, data: &str) {
        self.resident(ResidentContent::Callback {
            query_id: format!("q-{data}"),
            data: data.into(),
        })
        .await;
    }

    fn clock_now(&self) -> i64 {
        use koban::clock::Clock;
        self.clock.now_ms()
    }

    /// Everything sent to the resident since the last call.
    async fn said(&self) -> Vec<String> {
        self.drain(Channel::Telegram).await
    }

    /// Everything sent to the queue room since the last call (each marked
    /// delivered, so a card's event id becomes its thread root).
    async fn room_said(&self) -> Vec<String> {
        self.drain(Channel::Matrix).await
    }

    async fn drain(&self, channel: Channel) -> Vec<String> {
        let mut texts = Vec::new();
        loop {
            let now = self.clock_now();
            let due = self
                .store
                .outbox_due(channel, now, 100)
                .await
                .expect("outbox");
            if due.is_empty() {
                break;
            }
            for item in due {
                if let MessageBody::Text { text }
                | MessageBody::Menu { text, .. }
                | MessageBody::Edit { text, .. } = &item.body
                {
                    texts.push(text.replace(['\u{2068}', '\u{2069}'], ""));
                }
                self.store
                    .outbox_sent(item.id, &format!("$event{}", item.id), now, now)
                    .await
                    .expect("mark sent");
            }
        }
        texts
    }

    async fn draft_step(&self) -> Option<Step> {
        self.draft().await.map(|(_, d)| d.step)
    }

    /// The resident's id and draft.
    async fn draft(&self) -> Option<(i64, koban::domain::report::ReportDraft)> {
        let resident = self
            .store
            .resident_upsert(
                &koban::storage::NewResident {
                    channel: Channel::Telegram,
                    external_id: "77".into(),
                    chat_id: "77".into(),
                    language: "en".into(),
                    platform_language: None,
                },
                self.clock_now(),
            )
            .await
            .expect("resident");
        self.store
            .draft_get(resident.id)
            .await
            .expect("draft")
            .map(|d| (resident.id, d))
    }
}

async fn drafts_survive_a_restart_and_idle_ones_expire(store: Arc<dyn Store>) {
    let clock = MockClock::new(T0);
    let mut bot = Bot::new(store.clone(), clock.clone());
    bot.resident(ResidentContent::Command {
        name: "report".into(),
        args: String::new(),
    })
    .await;
    bot.press("rc:theft").await;
    bot.press("rd:n").await;
    assert_eq!(bot.draft_step().await, Some(Step::When));
    bot.said().await;

    // The processor restarts (a new one on the same database): the resident
    // goes on where they were.
    drop(bot);
    let mut bot = Bot::new(store.clone(), clock.clone());
    clock.advance(Duration::from_secs(100 * 60));
    bot.press("rw:t").await;
    assert_eq!(bot.draft_step().await, Some(Step::Where));
    assert!(
        bot.said()
            .await
            .iter()
            .any(|t| t.contains("Where did it happen"))
    );

    // 119 minutes after the last step: not yet.
    clock.advance(Duration::from_secs(119 * 60));
    assert_eq!(bot.expiry.run_once().await.expect("expiry"), 0);
    // 121 minutes: the draft is discarded and the resident told.
    clock.advance(Duration::from_secs(2 * 60));
    assert_eq!(bot.expiry.run_once().await.expect("expiry"), 1);
    assert_eq!(
        bot.expiry.run_once().await.expect("expiry"),
        0,
        "queued once"
    );
    bot.pipeline.run_once().await.expect("process");
    assert_eq!(bot.draft_step().await, None);
    let said = bot.said().await;
    assert!(
        said.iter()
            .any(|t| t.contains("unfinished report (Theft) was deleted") && t.contains("120")),
        "{said:?}"
    );

    // An expiry decided from a stale reading (the resident went on in the
    // meantime) leaves the draft alone.
    bot.press("rep").await;
    bot.press("rc:drugs").await;
    let (resident_id, before) = bot.draft().await.expect("draft");
    clock.advance(Duration::from_secs(60));
    bot.press("rd:n").await;
    let stale = InboundEvent::DraftExpired {
        resident_id,
        updated_at: before.updated_at,
    };
    store
        .inbox_record(
            &[
                NewInbox::event("koban", "stale-expiry".into(), &stale, bot.clock_now())
                    .expect("json"),
            ],
            &[],
        )
        .await
        .expect("record");
    bot.pipeline.run_once().await.expect("process");
    assert_eq!(bot.draft_step().await, Some(Step::When), "still there");
    assert!(
        !bot.said().await.iter().any(|t| t.contains("was deleted")),
        "no expiry notice for an active draft"
    );
    assert_eq!(store.inbox_unprocessed().await.expect("count"), 0);
}

#[tokio::test]
async fn sqlite_drafts_survive_a_restart_and_idle_ones_expire() {
    on_sqlite(|url| with_store(url, drafts_survive_a_restart_and_idle_ones_expire)).await;
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run scripts/test.sh, or set KOBAN_TEST_POSTGRES_URL and pass --include-ignored"]
async fn postgres_drafts_survive_a_restart_and_idle_ones_expire() {
    on_postgres(|url| with_store(url, drafts_survive_a_restart_and_idle_ones_expire)).await;
}

/// Saturday 2026-12-05, 10:00 UTC (11:00 in Brussels).
const SATURDAY: i64 = 1_796_464_800_000;

async fn outside_hours_residents_learn_when_and_late_tickets_get_one_reminder(
    store: Arc<dyn Store>,
) {
    let clock = MockClock::new(SATURDAY);
    let desk = QueueDesk {
        id: "general".into(),
        name: "General".into(),
        hours: BusinessHours::parse(&["mon-fri 08:00-17:00".into()], "Europe/Brussels")
            .expect("hours"),
        targets: Targets {
            first_response_minutes: Some(60),
            resolution_hours: None,
        },
        officer_names: false,
    };
    let mut bot = Bot::with_desks(store.clone(), clock.clone(), vec![desk.clone()]);
    let watch = TargetWatch {
        store: store.clone(),
        clock: Arc::new(clock.clone()),
        targets: vec![(desk.id.clone(), desk.targets.clone())],
        wake: Arc::new(Notify::new()),
    };
    bot.resident(ResidentContent::Text {
        text: "Our street light has been out for a week".into(),
    })
    .await;
    let said = bot.said().await;
    assert!(
        said.iter()
            .any(|t| t.contains("work mon-fri 08:00-17:00") && t.contains("from 2026-12-07 08:00")),
        "{said:?}"
    );
    let room = bot.room_said().await;
    assert!(room[0].contains("Status: new"), "{room:?}");

    clock.advance(Duration::from_secs(59 * 60));
    assert_eq!(watch.run_once().await.expect("watch"), 0);
    clock.advance(Duration::from_secs(2 * 60));
    assert_eq!(watch.run_once().await.expect("watch"), 1);
    bot.pipeline.run_once().await.expect("process");
    let room = bot.room_said().await;
    assert!(
        room.iter()
            .any(|t| t.contains("no answer for 60 minutes") && t.contains("nobody yet")),
        "{room:?}"
    );
    assert!(
        room.iter()
            .any(|t| t.contains("The first answer is overdue")),
        "the card shows it: {room:?}"
    );
    clock.advance(Duration::from_secs(3600));
    assert_eq!(watch.run_once().await.expect("watch"), 0, "one reminder");
    assert!(bot.said().await.is_empty(), "the resident is not bothered");
}

#[tokio::test]
async fn sqlite_outside_hours_residents_learn_when_and_late_tickets_get_one_reminder() {
    on_sqlite(|url| {
        with_store(
            url,
            outside_hours_residents_learn_when_and_late_tickets_get_one_reminder,
        )
    })
    .await;
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run scripts/test.sh, or set KOBAN_TEST_POSTGRES_URL and pass --include-ignored"]
async fn postgres_outside_hours_residents_learn_when_and_late_tickets_get_one_reminder() {
    on_postgres(|url| {
        with_store(
            url,
            outside_hours_residents_learn_when_and_late_tickets_get_one_reminder,
        )
    })
    .await;
}
