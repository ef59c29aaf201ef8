//! Inbox processing: takes recorded inbound events in order, hands each to
//! the feature that handles it (`features/`), and commits the changes it
//! returns together with marking the event processed. A crash at any point
//! leaves the event unprocessed, so it is handled again after restart:
//! exactly once as far as the database is concerned.

mod expiry;
mod retention;
mod targets;

pub use expiry::ConversationExpiry;
pub use retention::Retention;
pub use targets::TargetWatch;

pub use crate::features::{Cx, ProcessError};
pub use crate::ports::{Authority, FetchError, MediaSource};

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::delivery::backoff_delay;
use crate::domain::{Change, InboundEvent};
use crate::features::Feature;
use crate::storage::{InboxItem, StorageError};

/// A retried event is logged at its first attempts and then every 60th.
const MAX_ATTEMPTS: i64 = 8;

pub struct Pipeline {
    pub cx: Cx,
    /// The features, asked in order; the first that handles an event wins.
    pub features: Vec<Box<dyn Feature>>,
    /// Woken by receivers when new events are recorded.
    pub wake: Arc<Notify>,
    /// Woken when new outbox rows exist.
    pub wake_delivery: Vec<Arc<Notify>>,
}

impl std::ops::Deref for Pipeline {
    type Target = Cx;
    fn deref(&self) -> &Cx {
        &self.cx
    }
}

impl std::ops::DerefMut for Pipeline {
    fn deref_mut(&mut self) -> &mut Cx {
        &mut self.cx
    }
}

impl Pipeline {
    /// A pipeline with every feature ([`crate::features::all`]).
    pub fn new(cx: Cx, wake: Arc<Notify>, wake_delivery: Vec<Arc<Notify>>) -> Self {
        Self {
            cx,
            features: crate::features::all(),
            wake,
            wake_delivery,
        }
    }

    pub async fn run(self, shutdown: CancellationToken) {
        tracing::info!("inbox processor started");
        while !shutdown.is_cancelled() {
            let handled = match self.run_once().await {
                Ok(n) => n,
                Err(e) => {
                    tracing::error!(error = %e, "inbox: storage error");
                    0
                }
            };
            if handled == 0 {
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = self.wake.notified() => {}
                    _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                }
            }
        }
        tracing::info!("inbox processor stopped");
    }

    /// Handles every due event once; returns how many were looked at.
    pub async fn run_once(&self) -> crate::storage::Result<usize> {
        use futures::FutureExt;
        let due = self.store.inbox_due(self.clock.now_ms(), 32).await?;
        let count = due.len();
        for item in due {
            let span = tracing::info_span!("inbox.process", inbox = item.id, source = %item.source);
            let run = std::panic::AssertUnwindSafe(self.process(&item).instrument(span));
            match run.catch_unwind().await {
                Ok(Ok(()) | Err(ProcessError::Storage(StorageError::AlreadyProcessed(_)))) => {
                    self.wake_delivery();
                }
                Ok(Err(e)) => self.failed(&item, &e.to_string()).await?,
                Err(panic) => {
                    let what = panic
                        .downcast_ref::<&str>()
                        .map(|s| (*s).to_owned())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".to_owned());
                    self.dead_letter(&item, &format!("panic: {what}")).await?;
                }
            }
        }
        Ok(count)
    }

    fn wake_delivery(&self) {
        for wake in &self.wake_delivery {
            wake.notify_one();
        }
    }

    /// Errors that may pass (storage, homeserver, downloads) are retried
    /// for as long as it takes; the event holds back only its own
    /// conversation.
    async fn failed(&self, item: &InboxItem, error: &str) -> crate::storage::Result<()> {
        let now = self.clock.now_ms();
        let delay = backoff_delay(
            u32::try_from(item.attempts + 1).unwrap_or(u32::MAX),
            Duration::from_secs(60),
        );
        let log_at = [1, 3, MAX_ATTEMPTS];
        if log_at.contains(&(item.attempts + 1)) || (item.attempts + 1) % 60 == 0 {
            tracing::warn!(
                inbox = item.id,
                attempts = item.attempts + 1,
                error,
                retry_in_ms = delay.as_millis() as u64,
                "inbound event will be retried"
            );
        }
        self.store
            .inbox_postpone(item.id, now + delay.as_millis() as i64, error)
            .await
    }

    /// A truly unprocessable event (unreadable, or processing it panicked):
    /// set aside where `koban inbox` lists it, and the resident, if it was
    /// theirs, is asked to try again.
    async fn dead_letter(&self, item: &InboxItem, error: &str) -> crate::storage::Result<()> {
        let now = self.clock.now_ms();
        tracing::error!(
            inbox = item.id,
            source = %item.source,
            error,
            "inbound event could not be processed: set aside (see `koban inbox`)"
        );
        let sorry = match serde_json::from_str::<InboundEvent>(&item.payload) {
            Ok(InboundEvent::Resident(msg) | InboundEvent::Released { message: msg, .. }) => {
                let lang = self.localizer.negotiate(msg.language_hint.as_deref());
                Some(crate::domain::NewOutbound {
                    channel: msg.channel,
                    destination: msg.chat_id.clone(),
                    placement: crate::domain::Placement::Direct,
                    body: crate::domain::MessageBody::Text {
                        text: {
                            let mut args = fluent::FluentArgs::new();
                            args.set("emergency", self.settings.zone.emergency_number.clone());
                            args.set("police", self.settings.zone.police_number.clone());
                            format!(
                                "{}\n\n{}",
                                self.localizer.text(&lang, "error-try-again", None),
                                self.localizer.text(&lang, "emergency-note", Some(&args))
                            )
                        },
                    },
                    media: None,
                })
            }
            _ => None,
        };
        if let Some(sorry) = sorry {
            match self
                .store
                .commit(item.id, &[Change::send(None, sorry)], now)
                .await
            {
                Ok(()) | Err(StorageError::AlreadyProcessed(_)) => self.wake_delivery(),
                Err(e) => return Err(e),
            }
        }
        self.store.inbox_give_up(item.id, error, now).await
    }

    async fn process(&self, item: &InboxItem) -> Result<(), ProcessError> {
        let event: InboundEvent = match serde_json::from_str(&item.payload) {
            Ok(event) => event,
            Err(e) => {
                self.dead_letter(item, &format!("unreadable payload: {e}"))
                    .await?;
                return Ok(());
            }
        };
        let mut changes = Vec::new();
        for feature in &self.features {
            if let Some(c) = feature.handle(&self.cx, item, &event).await? {
                changes = c;
                break;
            }
        }
        // An event no feature handles (or one that changes nothing) is
        // marked processed all the same.
        self.store
            .commit(item.id, &changes, self.clock.now_ms())
            .await?;
        Ok(())
    }
}
