//! The conversation timer: conversations left untouched for their kind's
//! lifetime (a report draft, an awaited comment) become `ConversationExpired`
//! inbox events, handled (and retried, and deduplicated) like anything else
//! that arrives.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::clock::SharedClock;
use crate::domain::InboundEvent;
use crate::domain::conversation::{Kind, Lifetimes};
use crate::storage::{NewInbox, Store};

/// How often the timer looks for idle conversations.
const PERIOD: Duration = Duration::from_secs(30);

pub struct ConversationExpiry {
    pub store: Arc<dyn Store>,
    pub clock: SharedClock,
    /// How long each kind of conversation may stay untouched.
    pub lifetimes: Lifetimes,
    /// Woken when expiry events were recorded.
    pub wake: Arc<Notify>,
}

impl ConversationExpiry {
    pub async fn run(self, shutdown: CancellationToken) {
        while !shutdown.is_cancelled() {
            match self.run_once().await {
                Ok(0) => {}
                Ok(n) => {
                    tracing::debug!(conversations = n, "idle conversations queued for expiry");
                    self.wake.notify_one();
                }
                Err(e) => tracing::error!(error = %e, "conversation expiry: storage error"),
            }
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(PERIOD) => {}
            }
        }
    }

    /// Records an expiry event for every conversation past its lifetime;
    /// returns how many were new.
    pub async fn run_once(&self) -> crate::storage::Result<u64> {
        let now = self.clock.now_ms();
        let mut items = Vec::new();
        for kind in Kind::ALL {
            let before = now
                .saturating_sub(self.lifetimes.of(kind))
                .saturating_add(1);
            for (resident_id, updated_at) in self.store.conversations_idle(kind, before).await? {
                let event = InboundEvent::ConversationExpired {
                    resident_id,
                    updated_at,
                };
                // The same idle conversation is queued once.
                let prefix = match kind {
                    Kind::Reporting => "draft",
                    Kind::Feedback => "feedback",
                };
                let id = format!("{prefix}-expired:{resident_id}:{updated_at}");
                items.push(
                    NewInbox::event("koban", id, &event, now)
                        .expect("inbound events serialize to JSON"),
                );
            }
        }
        if items.is_empty() {
            return Ok(0);
        }
        self.store.inbox_record(&items, &[]).await
    }
}
