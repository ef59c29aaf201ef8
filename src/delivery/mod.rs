//! Delivery workers: take due outbox rows per channel, send them through the
//! channel's [`Sender`], and record the result. Rate limits are waited out
//! (they never count as failures); other errors that may pass are retried
//! with capped exponential backoff until the retry horizon (a day by
//! default); errors that will not pass fail the row at once. A failed row is
//! logged and kept (`koban outbox` lists and retries them), never silently
//! dropped. Rows to one destination go out in order; a ticket's thread
//! waits for its card.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use backon::BackoffBuilder;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::clock::{Millis, SharedClock};
use crate::config::DeliveryConfig;
use crate::domain::Channel;
use crate::storage::{Claimant, OutboxItem, Store};

pub mod pace;

/// How a send failed, and so what to do next.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The platform asked us to slow down: wait, then try again; not a failure.
    #[error("rate limited for {retry_after:?}")]
    RateLimited { retry_after: Duration },
    /// This row's destination must wait (its own rate limit, or a 429 about
    /// it): postpone this row only, others go on; not a failure.
    #[error("destination rate limited for {retry_after:?}")]
    DestinationRateLimited { retry_after: Duration },
    /// Something this row depends on is not there yet (a ticket thread's
    /// root card): try again shortly; not a failure.
    #[error("not ready: {0}")]
    NotReady(String),
    /// May pass (network, server error): retry with backoff.
    #[error("transient: {0}")]
    Transient(String),
    /// Will not pass (bot blocked, chat gone, bad request): give up now.
    #[error("permanent: {0}")]
    Permanent(String),
}

#[async_trait]
pub trait Sender: Send + Sync {
    fn channel(&self) -> Channel;
    /// Sends one row; returns the platform's id of the sent message.
    async fn send(&self, item: &OutboxItem) -> Result<String, SendError>;
}

/// Delay before retry number `attempt` (1-based): exponential with jitter,
/// from one second up to `max`.
pub fn backoff_delay(attempt: u32, max: Duration) -> Duration {
    backon::ExponentialBuilder::default()
        .with_min_delay(Duration::from_secs(1))
        .with_max_delay(max)
        .with_factor(2.0)
        .with_jitter()
        .without_max_times()
        .build()
        .nth(attempt.saturating_sub(1) as usize)
        .unwrap_or(max)
}

/// Whether a send failed because the recipient cannot be reached any more
/// (Telegram 403: blocked the bot, deactivated).
fn unreachable(e: &SendError) -> bool {
    matches!(e, SendError::Permanent(why)
        if why.contains("bot was blocked") || why.contains("user is deactivated")
            || why.contains("Forbidden"))
}

/// Sends in flight at once, each to a different destination. Most of them
/// wait in the sender's pacing; enough that the pacing never waits for the
/// database.
pub const CONCURRENCY: usize = 16;
/// With this many send slots free, claim more rows (a claim reads the
/// pending rows; one per send would be wasteful during a broadcast). New
/// rows (a wake-up) are claimed as soon as any slot is free.
const REFILL: usize = 4;

/// How long a worker's claim on the rows it is sending holds; a send takes
/// far less (downloads and uploads have their own timeouts).
const CLAIM_MS: Millis = 5 * 60_000;

pub struct Worker {
    /// Names this worker's claims on outbox rows, with the database lease
    /// (and its generation) they are fenced by.
    pub claimant: Claimant,
    pub store: Arc<dyn Store>,
    pub sender: Arc<dyn Sender>,
    pub clock: SharedClock,
    pub config: DeliveryConfig,
    pub wake: Arc<Notify>,
}

fn ms(d: Duration) -> Millis {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

impl Worker {
    fn horizon_ms(&self) -> Millis {
        i64::try_from(self.config.retry_horizon_minutes)
            .unwrap_or(i64::MAX / 60_000)
            .saturating_mul(60_000)
    }

    /// Runs until `shutdown`; sends in flight when it fires are finished.
    ///
    /// Sends flow continuously: as sends complete, more rows are claimed
    /// (interactive lane first), so a reply queued during a broadcast is
    /// claimed within one send's time and, in the sender's pacing, goes
    /// before the bulk rows already waiting there.
    pub async fn run(self, shutdown: CancellationToken) {
        let channel = self.sender.channel();
        // Claims left by an earlier process (a crash) are freed: with one
        // koban per database, nobody else is sending them.
        match self
            .store
            .outbox_release_claims(channel, &self.claimant.holder)
            .await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(
                channel = channel.as_str(),
                rows = n,
                "freed claims of an earlier run"
            ),
            Err(e) => {
                tracing::error!(channel = channel.as_str(), error = %e, "delivery: storage error")
            }
        }
        tracing::info!(channel = channel.as_str(), "delivery worker started");
        // Each send is a task of its own: a send's transaction must go on
        // while this loop waits for a claim (the database lock).
        let this = Arc::new(self);
        let mut in_flight = tokio::task::JoinSet::new();
        // No claims before this time (a 429 about the whole channel, or a
        // storage error).
        let mut paused_until: Millis = 0;
        // Whether to claim at the next chance: at start, when woken (new
        // rows), and when a pause or a wait for due rows ends.
        let mut look = true;
        // Whether the last claim took fewer rows than it asked for: then a
        // completed send is worth a claim of its own (it may free the next
        // row to its destination).
        let mut drained = false;
        let mut completed_since_claim = 0usize;
        loop {
            let stopping = shutdown.is_cancelled();
            if stopping && in_flight.is_empty() {
                break;
            }
            let now = this.clock.now_ms();
            let free = CONCURRENCY.saturating_sub(in_flight.len());
            let claim = !stopping
                && paused_until <= now
                && free > 0
                && (look || (completed_since_claim > 0 && (drained || free >= REFILL)));
            if claim {
                look = false;
                completed_since_claim = 0;
                match this
                    .store
                    .outbox_claim(channel, &this.claimant, now, now + CLAIM_MS, free as i64)
                    .await
                {
                    Ok(due) => {
                        drained = due.len() < free;
                        for item in due {
                            let worker = this.clone();
                            in_flight.spawn(async move { worker.deliver(channel, item).await });
                        }
                    }
                    Err(e) => {
                        tracing::error!(channel = channel.as_str(), error = %e, "delivery: storage error");
                        paused_until = now + 1000;
                        look = true;
                    }
                }
                continue;
            }
            let wait = if paused_until > now {
                Duration::from_millis((paused_until - now) as u64)
            } else if in_flight.is_empty() {
                match this.store.outbox_next_due(channel).await {
                    Ok(Some(at)) => {
                        Duration::from_millis((at - this.clock.now_ms()).clamp(10, 1000) as u64)
                    }
                    _ => Duration::from_secs(1),
                }
            } else {
                // Completions drive the claims; look now and then for rows
                // that came due meanwhile.
                Duration::from_secs(1)
            };
            tokio::select! {
                Some(done) = in_flight.join_next(), if !in_flight.is_empty() => {
                    completed_since_claim += 1;
                    match done {
                        Ok(Ok(until)) => paused_until = paused_until.max(until),
                        Ok(Err(e)) => {
                            tracing::error!(channel = channel.as_str(), error = %e, "delivery: storage error");
                        }
                        Err(e) => {
                            tracing::error!(channel = channel.as_str(), error = %e, "delivery: a send failed to run");
                        }
                    }
                }
                _ = this.wake.notified(), if !stopping => look = true,
                _ = tokio::time::sleep(wait) => look = true,
                _ = shutdown.cancelled(), if !stopping => {}
            }
        }
        tracing::info!(channel = channel.as_str(), "delivery worker stopped");
    }

    /// Sends one claimed row and records the result as soon as the send
    /// completes, so that a storage error elsewhere cannot cause a message
    /// to go out twice. Returns until when the channel is paused (0: not).
    async fn deliver(&self, channel: Channel, item: OutboxItem) -> crate::storage::Result<Millis> {
        let attempted_at = self.clock.now_ms();
        let result = self.sender.send(&item).await;
        let mut until = 0;
        self.record(channel, item, attempted_at, result, &mut until)
            .await?;
        Ok(until)
    }

    async fn record(
        &self,
        channel: Channel,
        item: OutboxItem,
        attempted_at: Millis,
        result: Result<String, SendError>,
        paused_until: &mut Millis,
    ) -> crate::storage::Result<()> {
        let now = self.clock.now_ms();
        match result {
            Ok(remote_id) => {
                tracing::debug!(channel = channel.as_str(), outbox = item.id, "delivered");
                self.store
                    .outbox_sent(item.id, &remote_id, attempted_at, now)
                    .await
            }
            Err(SendError::RateLimited { retry_after }) => {
                let until = now + ms(retry_after);
                *paused_until = (*paused_until).max(until);
                tracing::warn!(
                    channel = channel.as_str(),
                    outbox = item.id,
                    retry_after_ms = ms(retry_after),
                    "rate limited: pausing sends"
                );
                self.store
                    .outbox_postpone(item.id, until, "rate limited", false, attempted_at)
                    .await
            }
            Err(SendError::DestinationRateLimited { retry_after }) => {
                tracing::debug!(
                    channel = channel.as_str(),
                    outbox = item.id,
                    retry_after_ms = ms(retry_after),
                    "destination rate limited: postponed"
                );
                self.store
                    .outbox_postpone(
                        item.id,
                        now + ms(retry_after),
                        "rate limited",
                        false,
                        attempted_at,
                    )
                    .await
            }
            Err(SendError::NotReady(why)) => {
                // A thread waits for its card however long the card takes
                // (retried, or failed and retried by the operator); it
                // looks again often at first, then every half minute.
                let waited = now - item.created_at;
                let again = if waited < 60_000 { 500 } else { 30_000 };
                self.store
                    .outbox_postpone(item.id, now + again, &why, false, attempted_at)
                    .await
            }
            Err(SendError::Transient(why)) if now - item.created_at < self.horizon_ms() => {
                let attempt = u32::try_from(item.attempts + 1).unwrap_or(u32::MAX);
                let delay =
                    backoff_delay(attempt, Duration::from_secs(self.config.max_backoff_secs));
                tracing::warn!(
                    channel = channel.as_str(),
                    outbox = item.id,
                    attempt,
                    retry_in_ms = ms(delay),
                    error = %why,
                    "send failed, will retry"
                );
                self.store
                    .outbox_postpone(item.id, now + ms(delay), &why, true, attempted_at)
                    .await
            }
            Err(e) => {
                tracing::error!(
                    channel = channel.as_str(),
                    outbox = item.id,
                    destination_kind = item.placement.as_str(),
                    attempts = item.attempts + 1,
                    error = %e,
                    "message could not be delivered: marked failed"
                );
                self.store
                    .outbox_failed(item.id, &e.to_string(), now)
                    .await?;
                // A resident who blocked the bot (or whose account is gone)
                // is skipped by broadcasts until they write again.
                if channel == Channel::Telegram && unreachable(&e) {
                    tracing::info!(
                        channel = channel.as_str(),
                        outbox = item.id,
                        "the resident blocked the bot: marked unreachable"
                    );
                    self.store
                        .resident_unreachable(channel, &item.destination, now)
                        .await?;
                }
                // Officers must know when their answer did not reach the
                // resident: a notice in the ticket's thread follows.
                let card = channel == Channel::Matrix
                    && item.placement == crate::domain::Placement::TicketRoot
                    && matches!(item.body, crate::domain::MessageBody::Text { .. });
                if let (true, Some(ticket_id), false) = (
                    channel == Channel::Telegram || card,
                    item.ticket_id,
                    matches!(
                        item.body,
                        crate::domain::MessageBody::CallbackAnswer { .. }
                            | crate::domain::MessageBody::Edit { .. }
                            | crate::domain::MessageBody::Delete { .. }
                    ),
                ) {
                    let event = crate::domain::InboundEvent::DeliveryFailed {
                        ticket_id,
                        error: e.to_string(),
                        card,
                    };
                    let id = format!("delivery-failed:{}", item.id);
                    let record = crate::storage::NewInbox::event("koban", id, &event, now)
                        .expect("inbound events serialize to JSON");
                    self.store.inbox_record(&[record], &[]).await?;
                } else if item.ticket_id.is_none()
                    && item.lane == crate::domain::outbound::Lane::Interactive
                    && !unreachable(&e)
                    && !matches!(
                        item.body,
                        crate::domain::MessageBody::CallbackAnswer { .. }
                            | crate::domain::MessageBody::Edit { .. }
                            | crate::domain::MessageBody::Delete { .. }
                    )
                {
                    // Whoever wrote it (a news channel's post) may want to
                    // know; the feature that knows the destination says so.
                    let event = crate::domain::InboundEvent::PostFailed {
                        channel,
                        destination: item.destination.clone(),
                        error: e.to_string(),
                    };
                    let id = format!("post-failed:{}", item.id);
                    let record = crate::storage::NewInbox::event("koban", id, &event, now)
                        .expect("inbound events serialize to JSON");
                    self.store.inbox_record(&[record], &[]).await?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let max = Duration::from_secs(60);
        let first = backoff_delay(1, max);
        assert!(
            first >= Duration::from_secs(1) && first <= Duration::from_secs(3),
            "{first:?}"
        );
        let tenth = backoff_delay(10, max);
        assert!(tenth <= max * 2, "{tenth:?}");
        assert!(tenth >= Duration::from_secs(30), "{tenth:?}");
    }
}
