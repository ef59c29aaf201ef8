//! Failover benchmark: two `koban` binaries on one PostgreSQL database (a
//! fresh one from `KOBAN_TEST_POSTGRES_URL`, dropped afterwards), the
//! Telegram Bot API emulator and the local Synapse (`scripts/bench.sh`
//! starts it). 300 residents' messages stream in at 20 a second while the
//! leader is killed (SIGKILL) five times; each time the standby takes over
//! and a new standby starts. Prints the takeover times (from the kill to
//! the standby's "koban is running") as min / median / max, and how many
//! messages did not arrive exactly once.

// A failed unwrap is a failed test (or a bench that cannot run).
#![allow(clippy::unwrap_used)]

#[path = "../tests/support/mod.rs"]
mod support;

#[path = "../tests/support/db.rs"]
mod db;

use std::time::Duration;

fn main() {
    if std::env::var("KOBAN_TEST_SYNAPSE_URL").is_err()
        || std::env::var("KOBAN_TEST_POSTGRES_URL").is_err()
    {
        eprintln!("failover bench needs a homeserver and PostgreSQL: run scripts/bench.sh");
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    runtime.block_on(db::on_postgres(|url| async move {
        let world = support::World::new().await;
        let run = support::failover::run(&world, &url, 5, 300, Duration::from_secs(60)).await;
        let mut ms: Vec<u128> = run.takeovers.iter().map(|d| d.as_millis()).collect();
        ms.sort_unstable();
        println!("failover: 5 SIGKILLs of the leader, 300 messages at 20/s, PostgreSQL");
        println!(
            "takeover (kill -> standby serving) ms: min {} / median {} / max {}   all: {:?}",
            ms[0],
            ms[ms.len() / 2],
            ms[ms.len() - 1],
            run.takeovers
                .iter()
                .map(|d| d.as_millis())
                .collect::<Vec<_>>()
        );
        println!(
            "messages not exactly once in the queue room: {}   Telegram replies repeated: {}",
            run.problems.len(),
            run.telegram_repeats
        );
    }));
}
