//! The report-draft timer: drafts left untouched longer than the configured
//! time become `DraftExpired` inbox events, handled (and retried, and
//! deduplicated) like anything else that arrives.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::clock::SharedClock;
use crate::domain::InboundEvent;
use crate::storage::{NewInbox, Store};

/// How often the timer looks for idle drafts.
const PERIOD: Duration = Duration::from_secs(30);

pub struct DraftExpiry {
    pub store: Arc<dyn Store>,
    pub clock: SharedClock,
    /// How long a draft may stay untouched.
    pub after: Duration,
    /// Woken when expiry events were recorded.
    pub wake: Arc<Notify>,
}

impl DraftExpiry {
    pub async fn run(self, shutdown: CancellationToken) {
        while !shutdown.is_cancelled() {
            match self.run_once().await {
                Ok(0) => {}
                Ok(n) => {
                    tracing::debug!(drafts = n, "idle report drafts queued for expiry");
                    self.wake.notify_one();
                }
                Err(e) => tracing::error!(error = %e, "draft expiry: storage error"),
            }
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(PERIOD) => {}
            }
        }
    }

    /// Records an expiry event for every idle draft; returns how many were new.
    pub async fn run_once(&self) -> crate::storage::Result<u64> {
        let now = self.clock.now_ms();
        let after = i64::try_from(self.after.as_millis()).unwrap_or(i64::MAX);
        let idle = self
            .store
            .drafts_idle_since(now.saturating_sub(after))
            .await?;
        if idle.is_empty() {
            return Ok(0);
        }
        let items: Vec<NewInbox> = idle
            .into_iter()
            .map(|(resident_id, updated_at)| {
                let event = InboundEvent::DraftExpired {
                    resident_id,
                    updated_at,
                };
                // The same idle draft is queued once.
                let id = format!("draft-expired:{resident_id}:{updated_at}");
                NewInbox::event("koban", id, &event, now).expect("inbound events serialize to JSON")
            })
            .collect();
        self.store.inbox_record(&items, &[]).await
    }
}
