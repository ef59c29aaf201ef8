//! Retention: once an hour, data older than the zone's retention period goes
//! (see [`crate::storage::Store::purge`]). Open tickets are kept, however old.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::clock::SharedClock;
use crate::storage::{Purged, Store};

const PERIOD: Duration = Duration::from_secs(3600);
const DAY_MS: i64 = 86_400_000;

pub struct Retention {
    pub store: Arc<dyn Store>,
    pub clock: SharedClock,
    pub days: u32,
    /// How long audit entries keep the content they are about.
    pub audit_days: u32,
    /// Woken when redactions were queued.
    pub wake_delivery: Arc<Notify>,
}

impl Retention {
    pub async fn run(self, shutdown: CancellationToken) {
        while !shutdown.is_cancelled() {
            match self.run_once().await {
                Ok(purged) if purged != Purged::default() => {
                    tracing::info!(
                        tickets = purged.tickets,
                        residents = purged.residents,
                        inbox = purged.inbox,
                        outbox = purged.outbox,
                        media = purged.media,
                        days = self.days,
                        "retention: old data deleted"
                    );
                    self.wake_delivery.notify_one();
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "retention: storage error"),
            }
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(PERIOD) => {}
            }
        }
    }

    pub async fn run_once(&self) -> crate::storage::Result<Purged> {
        let now = self.clock.now_ms();
        let dropped = self
            .store
            .audit_drop_content_before(now - i64::from(self.audit_days) * DAY_MS)
            .await?;
        if dropped > 0 {
            tracing::info!(
                entries = dropped,
                days = self.audit_days,
                "retention: audit entries keep no content after their retention"
            );
        }
        self.store
            .purge(now - i64::from(self.days) * DAY_MS, now)
            .await
    }
}
