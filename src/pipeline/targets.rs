//! The answer-target timer: tickets that missed their queue's first-answer
//! or resolution target become `TargetMissed` inbox events; handling one
//! posts the single reminder in the ticket's thread.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::clock::SharedClock;
use crate::domain::InboundEvent;
use crate::domain::hours::{Breach, Targets};
use crate::storage::{NewInbox, Store};

/// How often the timer looks for tickets past their target.
const PERIOD: Duration = Duration::from_secs(60);

pub struct TargetWatch {
    pub store: Arc<dyn Store>,
    pub clock: SharedClock,
    /// Queue id → its targets.
    pub targets: Vec<(String, Targets)>,
    pub wake: Arc<Notify>,
}

impl TargetWatch {
    pub async fn run(self, shutdown: CancellationToken) {
        if self.targets.iter().all(|(_, t)| *t == Targets::default()) {
            return shutdown.cancelled().await;
        }
        while !shutdown.is_cancelled() {
            match self.run_once().await {
                Ok(0) => {}
                Ok(_) => self.wake.notify_one(),
                Err(e) => tracing::error!(error = %e, "target watch: storage error"),
            }
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(PERIOD) => {}
            }
        }
    }

    /// Queues an event for every ticket past a target; returns how many
    /// were new.
    pub async fn run_once(&self) -> crate::storage::Result<u64> {
        let now = self.clock.now_ms();
        let items: Vec<NewInbox> = self
            .store
            .tickets_to_watch()
            .await?
            .into_iter()
            .filter_map(|t| {
                let (_, targets) = self.targets.iter().find(|(q, _)| *q == t.queue_id)?;
                let kind = match targets.breach(&t, now)? {
                    Breach::FirstResponse { .. } => "first",
                    Breach::Resolution { .. } => "resolution",
                };
                Some((t, kind))
            })
            .map(|(t, kind)| {
                // One event per ticket and kind of target.
                let id = format!("target-missed:{}:{kind}", t.id);
                NewInbox::event(
                    "koban",
                    id,
                    &InboundEvent::TargetMissed { ticket_id: t.id },
                    now,
                )
                .expect("inbound events serialize to JSON")
            })
            .collect();
        if items.is_empty() {
            return Ok(0);
        }
        self.store.inbox_record(&items, &[]).await
    }
}
