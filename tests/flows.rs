//! Flows through the real inbox processor and database (SQLite and
//! PostgreSQL), with an injected clock, where time matters: report drafts
//! survive a restart of the processor, idle drafts expire with a notice (and
//! their photos go) while a draft the resident went on with is left alone;
//! outside a queue's hours residents learn when to expect an answer, and a
//! ticket past its target gets one reminder. An officer's answer in the
//! thread of a card whose delivery is not recorded yet waits for it and then
//! reaches the resident; an answer in a thread that is no ticket's is not
//! lost silently. Redacting another officer's answer deletes the resident's
//! copy only when the redacting member may redact in the room.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

#[path = "support/db.rs"]
mod db;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use db::{on_postgres, on_sqlite, with_store};
use koban::clock::{MockClock, SharedClock};
use koban::config::{MediaConfig, ReportConfig, ZoneConfig};
use koban::domain::area::Areas;
use koban::domain::hours::{BusinessHours, Targets};
use koban::domain::inbound::OfficerChange;
use koban::domain::report::Step;
use koban::domain::{
    Change, Channel, InboundEvent, MessageBody, OfficerMessage, Placement, ResidentContent,
    ResidentMessage,
};
use koban::features::engine::EngineSettings;
use koban::features::engine::QueueDesk;
use koban::i18n::Localizer;
use koban::pipeline::{Authority, ConversationExpiry, Cx, Pipeline, TargetWatch};
use koban::storage::{NewInbox, OutboxItem, Store};
use tokio::sync::Notify;

/// 2026-03-01T00:00:00Z.
const T0: i64 = 1_772_323_200_000;
const EXPIRY: Duration = Duration::from_secs(120 * 60);

struct Bot {
    store: Arc<dyn Store>,
    clock: MockClock,
    pipeline: Pipeline,
    expiry: ConversationExpiry,
}

/// Telegram update ids: unique across restarts, as on Telegram.
static NEXT_UPDATE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl Bot {
    fn new(store: Arc<dyn Store>, clock: MockClock) -> Self {
        Self::with_desks(store, clock, Vec::new())
    }

    fn with_desks(store: Arc<dyn Store>, clock: MockClock, desks: Vec<QueueDesk>) -> Self {
        let shared: SharedClock = Arc::new(clock.clone());
        let pipeline = Pipeline::new(
            Cx {
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
                moderation: None,
                events: koban::config::EventsConfig::default(),
                install_id: "flows".into(),
                bot_links: Default::default(),
            },
            Arc::new(Notify::new()),
            Vec::new(),
        );
        let expiry = ConversationExpiry {
            store: store.clone(),
            clock: shared,
            lifetimes: koban::domain::conversation::Lifetimes::new(EXPIRY.as_secs() / 60),
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
        self.deliver(channel)
            .await
            .iter()
            .filter_map(|item| match &item.body {
                MessageBody::Text { text }
                | MessageBody::Menu { text, .. }
                | MessageBody::Edit { text, .. } => {
                    Some(text.replace(['\u{2068}', '\u{2069}'], ""))
                }
                _ => None,
            })
            .collect()
    }

    /// Delivers every due row of the channel (row `n` gets the platform id
    /// `$eventn`) and returns them.
    async fn deliver(&self, channel: Channel) -> Vec<OutboxItem> {
        let mut delivered = Vec::new();
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
                self.store
                    .outbox_sent(item.id, &format!("$event{}", item.id), now, now)
                    .await
                    .expect("mark sent");
                delivered.push(item);
            }
        }
        delivered
    }

    /// Records an event from the queue room (as the Matrix sync loop does,
    /// keyed by its event id) and lets the processor handle what is due;
    /// returns how many events it looked at.
    async fn room_event(&mut self, event_id: &str, event: InboundEvent) -> usize {
        let item =
            NewInbox::event("matrix", event_id.into(), &event, self.clock_now()).expect("json");
        self.store.inbox_record(&[item], &[]).await.expect("record");
        self.pipeline.run_once().await.expect("process")
    }

    async fn draft_step(&self) -> Option<Step> {
        self.draft().await.map(|(_, d)| d.step)
    }

    /// The resident's id and draft.
    async fn draft(&self) -> Option<(i64, koban::domain::report::ReportDraft)> {
        let resident = self.resident_id().await;
        self.store
            .conversation_get(resident)
            .await
            .expect("draft")
            .into_draft()
            .map(|d| (resident, d))
    }

    /// Resident 77's id.
    async fn resident_id(&self) -> i64 {
        self.store
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
            .expect("resident")
            .id
    }

    /// Resident 77's open ticket.
    async fn open_ticket(&self) -> koban::domain::Ticket {
        let resident = self.resident_id().await;
        self.store
            .ticket_open_for(resident)
            .await
            .expect("ticket")
            .expect("the resident has an open ticket")
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
    let stale = InboundEvent::ConversationExpired {
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

const QUEUE: &str = "!queue:hs";
const LOTTE: &str = "@lotte:hs";

fn officer_says(
    event_id: &str,
    sender: &str,
    thread_root: Option<&str>,
    body: &str,
) -> InboundEvent {
    InboundEvent::Officer(OfficerMessage {
        room_id: QUEUE.into(),
        event_id: event_id.into(),
        sender: sender.into(),
        thread_root: thread_root.map(Into::into),
        body: body.into(),
        via_reaction: false,
        sender_name: None,
    })
}

fn redaction(event_id: &str, sender: &str, target: &str) -> InboundEvent {
    InboundEvent::OfficerRedaction(OfficerChange {
        room_id: QUEUE.into(),
        event_id: event_id.into(),
        sender: sender.into(),
        target: target.into(),
        body: String::new(),
    })
}

async fn unprocessed(store: &Arc<dyn Store>) -> i64 {
    store.inbox_unprocessed().await.expect("inbox count")
}

async fn dead(store: &Arc<dyn Store>) -> usize {
    store.inbox_dead(100).await.expect("dead letters").len()
}

async fn an_officers_answer_waits_for_its_card_and_then_reaches_the_resident(
    store: Arc<dyn Store>,
) {
    let clock = MockClock::new(T0);
    let mut bot = Bot::new(store.clone(), clock.clone());
    bot.resident(ResidentContent::Text {
        text: "Someone broke into the garden shed at number 4".into(),
    })
    .await;
    bot.said().await;
    let ticket = bot.open_ticket().await;
    assert_eq!(ticket.root_event_id, None, "the card is not delivered yet");

    // The card reached the room as `$card`, but koban has not recorded that
    // yet (it stopped in between, or the delivery is slow): the officer
    // already answers in the card's thread.
    let answer = "We will send a patrol by tonight, thank you.";
    let event = officer_says("$answer", LOTTE, Some("$card"), answer);
    assert_eq!(bot.room_event("$answer", event).await, 1);
    // While the card is pending the answer waits, however often it is tried:
    // postponed, not set aside, not dropped.
    for round in 1..=8 {
        assert_eq!(
            unprocessed(&store).await,
            1,
            "round {round}: the answer waits"
        );
        assert_eq!(dead(&store).await, 0, "round {round}: not set aside");
        assert!(bot.said().await.is_empty(), "round {round}: not sent yet");
        clock.advance(Duration::from_secs(3 * 60));
        assert_eq!(
            bot.pipeline.run_once().await.expect("process"),
            1,
            "round {round}: tried again"
        );
    }

    // The card's delivery is recorded: its event id becomes the thread root.
    let due = store
        .outbox_due(Channel::Matrix, bot.clock_now(), 100)
        .await
        .expect("outbox");
    let card = due
        .iter()
        .find(|r| r.placement == Placement::TicketRoot && r.destination == QUEUE)
        .expect("the card is still pending");
    store
        .outbox_sent(card.id, "$card", bot.clock_now(), bot.clock_now())
        .await
        .expect("mark the card sent");
    assert_eq!(
        store
            .ticket_get(ticket.id)
            .await
            .expect("ticket")
            .and_then(|t| t.root_event_id)
            .as_deref(),
        Some("$card")
    );
    clock.advance(Duration::from_secs(3 * 60));
    assert_eq!(bot.pipeline.run_once().await.expect("process"), 1);
    let said = bot.said().await;
    assert!(
        said.iter()
            .any(|t| t.contains(answer) && t.contains(&ticket.reference())),
        "the answer reaches the resident: {said:?}"
    );
    assert_eq!(unprocessed(&store).await, 0);
    assert_eq!(dead(&store).await, 0);
    let room = bot.room_said().await;
    let notice = bot.pipeline.localizer.t("en", "notice-thread-not-ticket");
    assert!(!room.contains(&notice), "no false alarm: {room:?}");
}

#[tokio::test]
async fn sqlite_an_officers_answer_waits_for_its_card_and_then_reaches_the_resident() {
    on_sqlite(|url| {
        with_store(
            url,
            an_officers_answer_waits_for_its_card_and_then_reaches_the_resident,
        )
    })
    .await;
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run scripts/test.sh, or set KOBAN_TEST_POSTGRES_URL and pass --include-ignored"]
async fn postgres_an_officers_answer_waits_for_its_card_and_then_reaches_the_resident() {
    on_postgres(|url| {
        with_store(
            url,
            an_officers_answer_waits_for_its_card_and_then_reaches_the_resident,
        )
    })
    .await;
}

async fn an_answer_in_a_thread_that_is_no_tickets_gets_a_notice_after_a_wait(
    store: Arc<dyn Store>,
) {
    let clock = MockClock::new(T0);
    let mut bot = Bot::new(store.clone(), clock.clone());
    bot.resident(ResidentContent::Text {
        text: "The traffic light at the school is broken".into(),
    })
    .await;
    bot.said().await;
    bot.room_said().await;
    // An officer types `!close` at the top of the room; koban says that
    // works in a ticket's thread only.
    bot.room_event("$close", officer_says("$close", LOTTE, None, "!close"))
        .await;
    let room = bot.room_said().await;
    assert_eq!(room.len(), 1, "{room:?}");
    // They answer in a thread on that message, as if it were the ticket's.
    let answer = "Fixed, the light works again.";
    let event = officer_says("$lost", LOTTE, Some("$close"), answer);
    assert_eq!(bot.room_event("$lost", event).await, 1);
    // The root might still turn out to be a card on its way: it waits first.
    assert_eq!(unprocessed(&store).await, 1, "it waits first");
    assert!(bot.room_said().await.is_empty(), "no notice at once");
    let mut rounds = 0;
    while unprocessed(&store).await > 0 {
        rounds += 1;
        assert!(rounds <= 20, "the wait ends");
        clock.advance(Duration::from_secs(3 * 60));
        bot.pipeline.run_once().await.expect("process");
    }
    assert_eq!(dead(&store).await, 0, "handled, not set aside");
    let notice = bot.pipeline.localizer.t("en", "notice-thread-not-ticket");
    let room = store
        .outbox_due(Channel::Matrix, bot.clock_now(), 100)
        .await
        .expect("outbox");
    assert!(
        room.iter().any(|r| r.destination == QUEUE
            && matches!(&r.body, MessageBody::Text { text } if text.replace(['\u{2068}', '\u{2069}'], "") == notice)),
        "the officer learns nobody received it: {room:?}"
    );
    assert!(bot.said().await.is_empty(), "nothing went to a resident");
}

#[tokio::test]
async fn sqlite_an_answer_in_a_thread_that_is_no_tickets_gets_a_notice_after_a_wait() {
    on_sqlite(|url| {
        with_store(
            url,
            an_answer_in_a_thread_that_is_no_tickets_gets_a_notice_after_a_wait,
        )
    })
    .await;
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run scripts/test.sh, or set KOBAN_TEST_POSTGRES_URL and pass --include-ignored"]
async fn postgres_an_answer_in_a_thread_that_is_no_tickets_gets_a_notice_after_a_wait() {
    on_postgres(|url| {
        with_store(
            url,
            an_answer_in_a_thread_that_is_no_tickets_gets_a_notice_after_a_wait,
        )
    })
    .await;
}

/// The queue room's power levels, as Matrix room state holds them: what
/// koban reads through its `Authority` port.
struct RoomPowers {
    users: HashMap<String, i64>,
    redact: i64,
}

#[async_trait::async_trait]
impl Authority for RoomPowers {
    async fn power_level(&self, room_id: &str, user_id: &str) -> Result<Option<i64>, String> {
        Ok(if room_id == QUEUE {
            self.users.get(user_id).copied()
        } else {
            None
        })
    }

    async fn redact_level(&self, room_id: &str) -> Result<i64, String> {
        if room_id == QUEUE {
            Ok(self.redact)
        } else {
            Err(format!("no power levels known for {room_id}"))
        }
    }

    async fn bot_in_room(&self, room_id: &str) -> bool {
        room_id == QUEUE
    }

    async fn display_name(&self, _room_id: &str, _user_id: &str) -> Option<String> {
        None
    }
}

/// Telegram messages koban deletes in the resident's chat, from what is due.
async fn deleted_for_resident(bot: &Bot) -> Vec<String> {
    bot.deliver(Channel::Telegram)
        .await
        .into_iter()
        .filter_map(|r| match r.body {
            MessageBody::Delete { target } if r.destination == "77" => Some(target),
            _ => None,
        })
        .collect()
}

async fn only_the_author_or_a_member_who_may_redact_deletes_the_residents_copy(
    store: Arc<dyn Store>,
) {
    const INTERN: &str = "@intern:hs";
    const SERGEANT: &str = "@sergeant:hs";
    let clock = MockClock::new(T0);
    let mut bot = Bot::new(store.clone(), clock.clone());
    // Answering takes power 10 in the queue room; redacting other members'
    // events takes 50 (Matrix's default). Lotte and the intern may answer
    // only; the sergeant may also redact.
    bot.pipeline.min_power.insert(QUEUE.into(), 10);
    bot.pipeline.authority = Some(Arc::new(RoomPowers {
        users: HashMap::from([
            (LOTTE.to_owned(), 20),
            (INTERN.to_owned(), 20),
            (SERGEANT.to_owned(), 50),
        ]),
        redact: 50,
    }));
    bot.resident(ResidentContent::Text {
        text: "My bike was stolen from the station rack".into(),
    })
    .await;
    bot.said().await;
    bot.room_said().await;
    let root = bot
        .open_ticket()
        .await
        .root_event_id
        .expect("card delivered");

    for (id, text) in [
        ("$first", "Which rack was it, the one at the north exit?"),
        ("$second", "Please bring the frame number to the station."),
    ] {
        bot.room_event(id, officer_says(id, LOTTE, Some(&root), text))
            .await;
    }
    let copies = bot.deliver(Channel::Telegram).await;
    let copy_of = |needle: &str| {
        copies
            .iter()
            .find(|r| {
                r.destination == "77"
                    && matches!(&r.body, MessageBody::Text { text } if text.contains(needle))
            })
            .map(|r| format!("$event{}", r.id))
            .unwrap_or_else(|| panic!("no copy of {needle:?} for the resident: {copies:?}"))
    };
    let first = copy_of("north exit");
    let second = copy_of("frame number");
    bot.room_said().await;

    // The intern's redaction of Lotte's answer: Matrix would not apply it,
    // and the resident keeps the answer.
    bot.room_event("$r1", redaction("$r1", INTERN, "$first"))
        .await;
    assert_eq!(unprocessed(&store).await, 0, "handled");
    assert_eq!(
        deleted_for_resident(&bot).await,
        Vec::<String>::new(),
        "a member below the redact level deletes nothing"
    );
    assert!(
        !bot.room_said()
            .await
            .iter()
            .any(|t| t.contains("also deleted in the resident's chat")),
        "and the room is not told it was"
    );

    // The sergeant, at the redact level, removes it.
    bot.room_event("$r2", redaction("$r2", SERGEANT, "$first"))
        .await;
    assert_eq!(deleted_for_resident(&bot).await, vec![first]);

    // Lotte, below the redact level, removes her own answer.
    bot.room_event("$r3", redaction("$r3", LOTTE, "$second"))
        .await;
    assert_eq!(deleted_for_resident(&bot).await, vec![second]);
    assert_eq!(unprocessed(&store).await, 0);
    assert_eq!(dead(&store).await, 0);
}

#[tokio::test]
async fn sqlite_only_the_author_or_a_member_who_may_redact_deletes_the_residents_copy() {
    on_sqlite(|url| {
        with_store(
            url,
            only_the_author_or_a_member_who_may_redact_deletes_the_residents_copy,
        )
    })
    .await;
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run scripts/test.sh, or set KOBAN_TEST_POSTGRES_URL and pass --include-ignored"]
async fn postgres_only_the_author_or_a_member_who_may_redact_deletes_the_residents_copy() {
    on_postgres(|url| {
        with_store(
            url,
            only_the_author_or_a_member_who_may_redact_deletes_the_residents_copy,
        )
    })
    .await;
}

/// An answer in the thread of one of koban's own messages that is no
/// ticket's card (here the room notice after a `!close` outside any thread)
/// gets the notice once the wait is over.
async fn a_thread_on_kobans_own_notice_gets_a_notice(store: Arc<dyn Store>) {
    let clock = MockClock::new(T0);
    let mut bot = Bot::new(store.clone(), clock.clone());
    bot.room_event("$close", officer_says("$close", LOTTE, None, "!close"))
        .await;
    let delivered = bot.deliver(Channel::Matrix).await;
    let kobans = format!("$event{}", delivered[0].id);
    bot.room_event(
        "$lost",
        officer_says("$lost", LOTTE, Some(&kobans), "an answer"),
    )
    .await;
    for _ in 0..20 {
        clock.advance(Duration::from_secs(180));
        bot.pipeline.run_once().await.unwrap();
    }
    assert_eq!(unprocessed(&store).await, 0);
    let room = bot.room_said().await;
    let notice = bot.pipeline.localizer.t("en", "notice-thread-not-ticket");
    assert!(
        room.contains(&notice),
        "the officer learns nobody received it: {room:?}"
    );
}

#[tokio::test]
async fn sqlite_a_thread_on_kobans_own_notice_gets_a_notice() {
    on_sqlite(|url| with_store(url, a_thread_on_kobans_own_notice_gets_a_notice)).await;
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run scripts/test.sh, or set KOBAN_TEST_POSTGRES_URL and pass --include-ignored"]
async fn postgres_a_thread_on_kobans_own_notice_gets_a_notice() {
    on_postgres(|url| with_store(url, a_thread_on_kobans_own_notice_gets_a_notice)).await;
}

/// After a transfer, an answer in the old card's thread is not lost
/// silently: the officer is told it reached nobody.
async fn an_answer_under_a_card_that_moved_gets_a_notice(store: Arc<dyn Store>) {
    let clock = MockClock::new(T0);
    let mut bot = Bot::new(store.clone(), clock.clone());
    bot.pipeline
        .settings
        .queue_rooms
        .push(("south".into(), "!south:hs".into()));
    bot.resident(ResidentContent::Text {
        text: "Loud party every night".into(),
    })
    .await;
    bot.said().await;
    bot.room_said().await;
    let old_root = bot.open_ticket().await.root_event_id.unwrap();
    bot.room_event(
        "$t",
        officer_says("$t", LOTTE, Some(&old_root), "!transfer south"),
    )
    .await;
    bot.room_said().await;
    assert_eq!(bot.open_ticket().await.room_id, "!south:hs");
    bot.room_event(
        "$late",
        officer_says("$late", "@ben:hs", Some(&old_root), "We will come tonight"),
    )
    .await;
    for _ in 0..20 {
        clock.advance(Duration::from_secs(180));
        bot.pipeline.run_once().await.unwrap();
    }
    assert_eq!(unprocessed(&store).await, 0);
    let said = bot.said().await;
    let room = bot.room_said().await;
    let notice = bot.pipeline.localizer.t("en", "notice-thread-not-ticket");
    assert!(
        room.contains(&notice),
        "the officer learns nobody received it: room {room:?}"
    );
    assert!(
        !said.iter().any(|t| t.contains("tonight")),
        "nothing from the old thread reaches the resident: {said:?}"
    );
}

#[tokio::test]
async fn sqlite_an_answer_under_a_card_that_moved_gets_a_notice() {
    on_sqlite(|url| with_store(url, an_answer_under_a_card_that_moved_gets_a_notice)).await;
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run scripts/test.sh, or set KOBAN_TEST_POSTGRES_URL and pass --include-ignored"]
async fn postgres_an_answer_under_a_card_that_moved_gets_a_notice() {
    on_postgres(|url| with_store(url, an_answer_under_a_card_that_moved_gets_a_notice)).await;
}

/// The answer keeps waiting for its card however many older messages are
/// queued ahead of it (an outage of the other platform).
async fn an_answer_waits_for_its_card_behind_a_backlog(store: Arc<dyn Store>) {
    let clock = MockClock::new(T0);
    let mut bot = Bot::new(store.clone(), clock.clone());
    // A backlog of 1000 pending rows older than the card.
    let item = NewInbox::event(
        "koban",
        "backlog".into(),
        &InboundEvent::TargetMissed { ticket_id: 0 },
        T0,
    )
    .unwrap();
    store.inbox_record(&[item], &[]).await.unwrap();
    let due = store.inbox_due(T0, 10).await.unwrap();
    let backlog: Vec<Change> = (0..1000)
        .map(|i| koban::domain::NewOutbound {
            channel: Channel::Telegram,
            destination: format!("x{i}"),
            placement: Placement::Direct,
            body: MessageBody::Text {
                text: "backlog".into(),
            },
            media: None,
        })
        .map(|message| Change::send(None, message))
        .collect();
    store.commit(due[0].id, &backlog, T0).await.unwrap();
    bot.resident(ResidentContent::Text {
        text: "Broken window at the library".into(),
    })
    .await;
    let answer = "On our way";
    bot.room_event(
        "$answer",
        officer_says("$answer", LOTTE, Some("$card"), answer),
    )
    .await;
    for _ in 0..8 {
        clock.advance(Duration::from_secs(180));
        bot.pipeline.run_once().await.unwrap();
    }
    assert_eq!(
        unprocessed(&store).await,
        1,
        "the answer still waits; dead={}",
        dead(&store).await
    );
}

#[tokio::test]
async fn sqlite_an_answer_waits_for_its_card_behind_a_backlog() {
    on_sqlite(|url| with_store(url, an_answer_waits_for_its_card_behind_a_backlog)).await;
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run scripts/test.sh, or set KOBAN_TEST_POSTGRES_URL and pass --include-ignored"]
async fn postgres_an_answer_waits_for_its_card_behind_a_backlog() {
    on_postgres(|url| with_store(url, an_answer_waits_for_its_card_behind_a_backlog)).await;
}
