//! Broadcast benchmark: how close to Telegram's allowed rate a broadcast
//! goes out, how many sends Telegram refuses with a 429, and how long
//! residents wait for their replies meanwhile.
//!
//! The Telegram emulator enforces Telegram's limits (sliding windows: 30
//! messages in any second overall, per chat at most 3 in any 3 seconds, 20 a
//! minute per group), answering 429 with `retry_after` beyond them. Against
//! it:
//!
//! 1. koban: 10,000 bulk-lane outbox rows to 10,000 chats (one commit through
//!    the store, SQLite file in a temporary directory), sent by koban's real
//!    delivery worker and `TelegramSender`; meanwhile 20 residents each get a
//!    reply (an interactive-lane row) every 5 seconds, staggered, until the
//!    broadcast is out. Interactive latency: row queued → recorded as sent.
//! 2. teloxide's `Throttle` adaptor (`Bot::throttle` with its default
//!    limits) on a fresh emulator: the same 10,000 sends, all started at once
//!    as a naive broadcaster would, and the residents' replies sent through
//!    the same bot at the same pace. Interactive latency: send started →
//!    answered.
//!
//! Rate: sends accepted between the first and the last accepted one, as a
//! share of 30 per second. 429s: share of sends answered 429.
//!
//! Tunables: KOBAN_BENCH_BROADCAST (10000 chats; e.g. 1000 for a quick run
//! of under two minutes), KOBAN_BENCH_RESIDENTS (20), KOBAN_BENCH_ASK_SECS
//! (5). A full run takes about 17 minutes (koban about 6.5, Throttle longer).
//! Run: `cargo bench --bench broadcast` (also in `scripts/bench.sh`).

// A failed unwrap is a failed test (or a bench that cannot run).
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/telegram.rs"]
mod telegram;

#[path = "../tests/support/delivery.rs"]
mod delivery;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use koban::delivery::pace::PaceLimits;
use koban::domain::outbound::Lane;
use teloxide::requests::{Requester, RequesterExt};
use teloxide::types::ChatId;
use tokio_util::sync::CancellationToken;

use delivery::{Delivery, percentile};
use telegram::{FloodStats, Limits, TelegramEmulator};

const FIRST_CHAT: i64 = 10_000_000;
const FIRST_RESIDENT: i64 = 9_000_000;
const ALLOWED_PER_SECOND: f64 = 30.0;

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Setup {
    chats: usize,
    residents: usize,
    ask_every: Duration,
}

struct Figures {
    flood: FloodStats,
    interactive: Vec<i64>,
    failed: u64,
    runtime: Duration,
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(run());
}

async fn emulator(setup: &Setup) -> TelegramEmulator {
    let tg = TelegramEmulator::start_with_limits(Limits::telegram()).await;
    for i in 0..setup.chats as i64 {
        tg.user(FIRST_CHAT + i, "Subscriber", Some("en"));
    }
    for i in 0..setup.residents as i64 {
        tg.user(FIRST_RESIDENT + i, "Resident", Some("en"));
    }
    tg
}

async fn run() {
    let setup = Setup {
        chats: env_num("KOBAN_BENCH_BROADCAST", 10_000) as usize,
        residents: env_num("KOBAN_BENCH_RESIDENTS", 20).max(1) as usize,
        ask_every: Duration::from_secs(env_num("KOBAN_BENCH_ASK_SECS", 5).max(1)),
    };
    println!(
        "broadcast: {} chats, {} residents each getting a reply every {} s meanwhile; \
         emulator limits: 30/s overall, 3 per 3 s per chat, 20/min per group",
        setup.chats,
        setup.residents,
        setup.ask_every.as_secs()
    );
    let started = Instant::now();
    let koban = koban_run(&setup).await;
    report("koban", &koban);
    let throttle = throttle_run(&setup).await;
    println!();
    println!(
        "{:<18} {:>9} {:>9} {:>8} {:>7} {:>9} {:>9} {:>9} {:>9}",
        "", "sends", "rate", "429s", "failed", "reply p50", "reply p95", "reply max", "runtime"
    );
    for (name, f) in [("koban", &koban), ("teloxide Throttle", &throttle)] {
        println!(
            "{:<18} {:>9} {:>8.1}% {:>7.2}% {:>7} {:>7} ms {:>7} ms {:>7} ms {:>8.0} s",
            name,
            f.flood.accepted,
            100.0 * f.flood.rate() / ALLOWED_PER_SECOND,
            100.0 * f.flood.limited_share(),
            f.failed,
            percentile(&f.interactive, 50.0),
            percentile(&f.interactive, 95.0),
            f.interactive.last().copied().unwrap_or(0),
            f.runtime.as_secs_f64(),
        );
    }
    println!(
        "rate: accepted sends per second (first to last) as a share of 30/s; 429s: share of \
         sends answered 429; replies: {} (koban) / {} (Throttle) interactive sends; \
         total runtime {:.0} s",
        koban.interactive.len(),
        throttle.interactive.len(),
        started.elapsed().as_secs_f64()
    );
}

fn report(name: &str, f: &Figures) {
    println!(
        "{name}: {} sends in {:.0} s, {:.1}% of 30/s, {} answered 429 ({} global, {} per chat), \
         peak {} in a second",
        f.flood.accepted,
        f.runtime.as_secs_f64(),
        100.0 * f.flood.rate() / ALLOWED_PER_SECOND,
        f.flood.limited,
        f.flood.limited_global,
        f.flood.limited_chat,
        f.flood.peak_per_second
    );
}

async fn koban_run(setup: &Setup) -> Figures {
    let tg = emulator(setup).await;
    let d = Arc::new(Delivery::start(&tg, PaceLimits::telegram(30)).await);
    let started = Instant::now();
    let rows: Vec<(i64, String)> = (0..setup.chats as i64)
        .map(|i| {
            (
                FIRST_CHAT + i,
                format!("Broadcast: road closed tonight ({i})"),
            )
        })
        .collect();
    d.enqueue(Lane::Bulk, &rows).await;
    let enqueued = started.elapsed();
    let stop = CancellationToken::new();
    let asking = {
        let (d, stop) = (d.clone(), stop.clone());
        let residents = setup.residents;
        let tick = setup.ask_every / residents as u32;
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(tick);
            let mut n = 0usize;
            loop {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = ticker.tick() => {}
                }
                let resident = FIRST_RESIDENT + (n % residents) as i64;
                d.enqueue(
                    Lane::Interactive,
                    &[(resident, format!("Your report {n} is in."))],
                )
                .await;
                n += 1;
            }
        })
    };
    while d.sent(Lane::Bulk).await < setup.chats as i64 {
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    stop.cancel();
    asking.await.unwrap();
    while d.counts().await.pending > 0 {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let runtime = started.elapsed();
    let counts = d.counts().await;
    let interactive = d.latencies(Lane::Interactive).await;
    println!(
        "koban: {} rows queued in one commit in {:.1} s; outbox: {} sent, {} failed",
        setup.chats,
        enqueued.as_secs_f64(),
        counts.sent,
        counts.failed
    );
    Arc::into_inner(d)
        .expect("the asking task is done")
        .stop()
        .await;
    let flood = tg.flood();
    tg.shutdown().await;
    Figures {
        flood,
        interactive,
        failed: counts.failed as u64,
        runtime,
    }
}

async fn throttle_run(setup: &Setup) -> Figures {
    let tg = emulator(setup).await;
    let api = url::Url::parse(&tg.api_url()).unwrap();
    let bot = teloxide::Bot::new(tg.token())
        .set_api_url(api)
        .throttle(teloxide::adaptors::throttle::Limits::default());
    let started = Instant::now();
    let bulk: Vec<_> = (0..setup.chats as i64)
        .map(|i| {
            let bot = bot.clone();
            tokio::spawn(async move {
                bot.send_message(
                    ChatId(FIRST_CHAT + i),
                    format!("Broadcast: road closed tonight ({i})"),
                )
                .await
                .is_ok()
            })
        })
        .collect();
    let latencies = Arc::new(Mutex::new(Vec::new()));
    let failed = Arc::new(Mutex::new(0u64));
    let stop = CancellationToken::new();
    let asking = {
        let (bot, stop, latencies, failed) =
            (bot.clone(), stop.clone(), latencies.clone(), failed.clone());
        let residents = setup.residents;
        let tick = setup.ask_every / residents as u32;
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(tick);
            let mut replies = Vec::new();
            let mut n = 0usize;
            loop {
                tokio::select! {
                    _ = stop.cancelled() => break,
                    _ = ticker.tick() => {}
                }
                let resident = FIRST_RESIDENT + (n % residents) as i64;
                let (bot, latencies, failed) = (bot.clone(), latencies.clone(), failed.clone());
                replies.push(tokio::spawn(async move {
                    let asked = Instant::now();
                    match bot
                        .send_message(ChatId(resident), format!("Your report {n} is in."))
                        .await
                    {
                        Ok(_) => latencies
                            .lock()
                            .unwrap()
                            .push(asked.elapsed().as_millis() as i64),
                        Err(_) => *failed.lock().unwrap() += 1,
                    }
                }));
                n += 1;
            }
            for r in replies {
                r.await.unwrap();
            }
        })
    };
    let mut bulk_failed = 0u64;
    for task in bulk {
        if !task.await.unwrap() {
            bulk_failed += 1;
        }
    }
    stop.cancel();
    asking.await.unwrap();
    let runtime = started.elapsed();
    let mut interactive = latencies.lock().unwrap().clone();
    interactive.sort_unstable();
    let failed = bulk_failed + *failed.lock().unwrap();
    let flood = tg.flood();
    let figures = Figures {
        flood,
        interactive,
        failed,
        runtime,
    };
    report("teloxide Throttle", &figures);
    drop(bot);
    tg.shutdown().await;
    figures
}
