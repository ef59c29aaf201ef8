//! Two koban processes on one PostgreSQL database: exactly one leads (polls
//! Telegram, runs the Matrix sync and device, sends); the other waits as a
//! standby and takes over when the leader is killed.

use std::time::Duration;

use crate::db::on_postgres;
use crate::support::{World, failover};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Synapse and PostgreSQL: run scripts/test.sh (it starts Synapse and uses the local PostgreSQL)"]
async fn the_standby_takes_over_from_a_killed_leader_losing_nothing() {
    on_postgres(|url| async move {
        let world = World::new().await;
        // 200 messages from 20 residents at 20 a second; the leader is
        // killed (SIGKILL) in the middle of the stream.
        let run = failover::run(&world, &url, 1, 200, Duration::from_secs(15)).await;
        assert!(
            run.problems.is_empty(),
            "every message exactly once in the queue room: {:?}\n{}",
            run.problems,
            world.log()
        );
        // Replies in flight at the kill may go twice (the Bot API has no
        // idempotency key); at most one batch of concurrent sends.
        assert!(
            run.telegram_repeats <= koban::delivery::CONCURRENCY,
            "{} replies repeated",
            run.telegram_repeats
        );
        assert_eq!(run.takeovers.len(), 1);
        assert!(run.takeovers[0] < Duration::from_secs(15));
    })
    .await;
}
