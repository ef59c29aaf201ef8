//! Relay benchmark: bot-added latency of resident → queue relay and memory.
//!
//! Runs the real `koban` binary against the Telegram Bot API emulator and the
//! local Synapse (`scripts/bench.sh` starts it), sends 1,000 messages from 50
//! residents at 10 messages/s, and reads koban's own timestamps from its
//! database: `received_at` (when `getUpdates` returned the update) and
//! `first_attempt_at` (when the Matrix send was issued). Also prints the
//! resident set size (RSS) when idle after start-up and sync, and the peak.
//!
//! Tunables: KOBAN_BENCH_MESSAGES (1000), KOBAN_BENCH_RATE (10 per second).

// A failed unwrap is a failed test (or a bench that cannot run).
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use koban::domain::Channel;

fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn rss_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with(field))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn percentile(sorted: &[i64], p: f64) -> i64 {
    if sorted.is_empty() {
        return 0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn main() {
    if std::env::var("KOBAN_TEST_SYNAPSE_URL").is_err() {
        eprintln!("relay bench needs a homeserver: run scripts/bench.sh");
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(run());
}

async fn run() {
    let messages = env_num("KOBAN_BENCH_MESSAGES", 1000) as usize;
    let rate = env_num("KOBAN_BENCH_RATE", 10).max(1);
    let world = support::World::new().await;
    let mut child = world.spawn_binary();
    let pid = child.id();
    world
        .officer
        .wait_joined(&world.queue, &world.bot.user_id, support::WAIT)
        .await;
    // Let start-up and the first syncs settle.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let idle_rss = rss_kib(pid, "VmRSS:").unwrap_or(0);

    let residents: Vec<_> = (0..50)
        .map(|i| world.tg.user(900_000 + i, &format!("Bench{i}"), Some("en")))
        .collect();
    let interval = Duration::from_micros(1_000_000 / rate);
    let started = Instant::now();
    let mut ticker = tokio::time::interval(interval);
    for i in 0..messages {
        ticker.tick().await;
        let r = &residents[i % residents.len()];
        world
            .tg
            .send_text(r, &format!("bench message {i:05} about a parked car"));
    }
    let send_secs = started.elapsed().as_secs_f64();

    let store = world.store().await;
    let deadline = Instant::now() + Duration::from_secs(300);
    let timings = loop {
        let timings = store
            .relay_timings(Channel::Matrix)
            .await
            .expect("read timings");
        if timings.len() >= messages || Instant::now() > deadline {
            break timings;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    let peak_rss = rss_kib(pid, "VmHWM:").unwrap_or(0);
    let loaded_rss = rss_kib(pid, "VmRSS:").unwrap_or(0);

    let mut issue: Vec<i64> = timings
        .iter()
        .map(|t| t.first_attempt_at - t.received_at)
        .collect();
    let mut done: Vec<i64> = timings.iter().map(|t| t.sent_at - t.received_at).collect();
    issue.sort_unstable();
    done.sort_unstable();

    println!(
        "relay benchmark: {} messages at {rate}/s from {} residents ({send_secs:.1} s), {} relayed",
        messages,
        residents.len(),
        timings.len()
    );
    println!(
        "  bot-added latency, update received → Matrix send issued: p50 {} ms, p90 {} ms, p99 {} ms, max {} ms",
        percentile(&issue, 50.0),
        percentile(&issue, 90.0),
        percentile(&issue, 99.0),
        issue.last().copied().unwrap_or(0)
    );
    println!(
        "  update received → Matrix send acknowledged by Synapse: p50 {} ms, p99 {} ms",
        percentile(&done, 50.0),
        percentile(&done, 99.0)
    );
    println!(
        "  RSS: idle after start-up and sync {:.1} MiB, after load {:.1} MiB, peak {:.1} MiB",
        idle_rss as f64 / 1024.0,
        loaded_rss as f64 / 1024.0,
        peak_rss as f64 / 1024.0
    );
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let _ = child.wait();
    assert_eq!(timings.len(), messages, "every message was relayed");
}
