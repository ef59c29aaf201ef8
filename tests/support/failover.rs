//! Failover between koban processes on one PostgreSQL database: a leader
//! and a standby run as real binaries; the leader is killed (SIGKILL) while
//! residents' messages stream in, the standby takes over, a new standby is
//! started, and so on. Used by the end-to-end test and the failover
//! benchmark.

use std::process::Child;
use std::time::{Duration, Instant};

use super::{World, eventually};

/// What a failover run saw.
pub struct Failover {
    /// From each kill to the standby's "koban is running".
    pub takeovers: Vec<Duration>,
    /// Messages that did not reach the queue room exactly once.
    pub problems: Vec<String>,
    /// Replies to residents on Telegram sent more than once (sends in
    /// flight at a kill: the Bot API cannot tell koban whether they went).
    pub telegram_repeats: usize,
}

const RUNNING: &str = "koban::app: koban is running";
const STANDBY: &str = "waiting as a standby";

fn count(log: &str, needle: &str) -> usize {
    log.matches(needle).count()
}

fn spawn(world: &World, database_url: &str) -> Child {
    world.spawn_binary_with(&[("KOBAN_DATABASE_URL", database_url)])
}

fn kill(child: &mut Child) {
    child.kill().expect("SIGKILL koban");
    child.wait().expect("reap koban");
}

/// Streams `messages` messages from 20 residents at 20 a second and kills
/// the leader `kills` times, evenly spread over the stream; each time the
/// standby must take over within `limit`.
pub async fn run(
    world: &World,
    database_url: &str,
    kills: usize,
    messages: usize,
    limit: Duration,
) -> Failover {
    let residents: Vec<_> = (0..20)
        .map(|i| world.tg.user(8100 + i, &format!("F{i}"), Some("en")))
        .collect();
    let mut leader = spawn(world, database_url);
    eventually(
        Duration::from_secs(60),
        "the first koban runs",
        async || count(&world.log(), RUNNING) == 1,
    )
    .await;
    let mut standby = spawn(world, database_url);
    eventually(Duration::from_secs(30), "a standby waits", async || {
        count(&world.log(), STANDBY) >= 1
    })
    .await;

    let per_round = messages / (kills + 1);
    let mut takeovers = Vec::new();
    let mut next = 0usize;
    let send = |next: &mut usize| {
        let r = &residents[*next % residents.len()];
        world
            .tg
            .send_text(r, &format!("failover line fo-{:03}", *next));
        *next += 1;
    };
    for round in 0..kills {
        // Half a round's messages, the kill, then the other half while the
        // standby takes over.
        for _ in 0..per_round / 2 {
            send(&mut next);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let standbys_before = count(&world.log(), STANDBY);
        kill(&mut leader);
        let killed = Instant::now();
        for _ in per_round / 2..per_round {
            send(&mut next);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        eventually(limit, "the standby takes over", async || {
            count(&world.log(), RUNNING) == round + 2
        })
        .await;
        takeovers.push(killed.elapsed());
        leader = standby;
        standby = spawn(world, database_url);
        // Each standby logs once that it waits.
        eventually(
            Duration::from_secs(30),
            "the next standby waits",
            async || count(&world.log(), STANDBY) > standbys_before,
        )
        .await;
    }
    while next < messages {
        send(&mut next);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    let needles: Vec<String> = (0..messages).map(|i| format!("fo-{i:03}")).collect();
    let problems = world
        .each_once_in_queue(&needles, Duration::from_secs(120))
        .await;
    // Residents are told their ticket number once, on their first message.
    let telegram_repeats = residents
        .iter()
        .map(|r| {
            world
                .tg
                .sent_to(r.id)
                .iter()
                .filter(|m| {
                    m.text
                        .as_deref()
                        .is_some_and(|t| t.contains("has been passed on"))
                })
                .count()
                .saturating_sub(1)
        })
        .sum();
    for mut child in [leader, standby] {
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status();
        let _ = child.wait();
    }
    Failover {
        takeovers,
        problems,
        telegram_repeats,
    }
}
