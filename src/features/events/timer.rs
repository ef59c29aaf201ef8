//! koban's timers for events: scheduled publications, reminders, offers of
//! freed places that ran out, and the progress of running broadcasts. Each
//! becomes an inbox event whose id names what it is for, so a timer fires
//! at most once however often it is looked at (and across restarts); the
//! events feature decides what it does.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::clock::SharedClock;
use crate::config::EventsConfig;
use crate::domain::InboundEvent;
use crate::domain::event::EventTimer;
use crate::storage::{NewInbox, Store};

/// How often the timers are looked at: reminders go out within this of
/// their time.
const PERIOD: Duration = Duration::from_secs(10);

pub struct EventTimers {
    pub store: Arc<dyn Store>,
    pub clock: SharedClock,
    pub config: EventsConfig,
    pub wake: Arc<Notify>,
}

impl EventTimers {
    pub async fn run(self, shutdown: CancellationToken) {
        while !shutdown.is_cancelled() {
            match self.run_once().await {
                Ok(0) => {}
                Ok(_) => self.wake.notify_one(),
                Err(e) => tracing::error!(error = %e, "event timers: storage error"),
            }
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(PERIOD) => {}
            }
        }
    }

    /// Records every timer that is due; returns how many were new.
    pub async fn run_once(&self) -> crate::storage::Result<u64> {
        let now = self.clock.now_ms();
        let mut due: Vec<(String, EventTimer)> = Vec::new();
        for event in self.store.events_due(now).await? {
            due.push((
                format!("publish:{}:{}", event.id, event.publish_at.unwrap_or(0)),
                EventTimer::Publish { event_id: event.id },
            ));
        }
        for id in self.store.announcements_due(now).await? {
            due.push((
                format!("announce:{id}"),
                EventTimer::Announce {
                    announcement_id: id,
                },
            ));
        }
        let longest = self.config.reminders_minutes.iter().max().copied();
        if let Some(longest) = longest {
            for event in self
                .store
                .events_starting(now, now + longest * 60_000)
                .await?
            {
                // Only the latest reminder that is due: after downtime,
                // one reminder, not all of them at once.
                let minutes = self
                    .config
                    .reminders_minutes
                    .iter()
                    .copied()
                    .filter(|m| event.starts_at - m * 60_000 <= now)
                    .min();
                if let Some(minutes) = minutes {
                    due.push((
                        format!("remind:{}:{minutes}:{}", event.id, event.starts_at),
                        EventTimer::Remind {
                            event_id: event.id,
                            minutes,
                        },
                    ));
                }
            }
        }
        for (event_id, resident_id, until) in self.store.rsvp_offers_expired(now).await? {
            due.push((
                format!("offer:{event_id}:{resident_id}:{until}"),
                EventTimer::OfferExpired {
                    event_id,
                    resident_id,
                },
            ));
        }
        for b in self.store.broadcasts_running().await? {
            let p = self.store.broadcast_progress(b.id).await?;
            due.push((
                format!(
                    "progress:{}:{}:{}:{}:{}:{}",
                    b.id, b.status, p.total, p.sent, p.failed, p.pending
                ),
                EventTimer::Progress { broadcast_id: b.id },
            ));
        }
        if due.is_empty() {
            return Ok(0);
        }
        let items = due
            .into_iter()
            .filter_map(|(id, timer)| {
                NewInbox::event("koban", id, &InboundEvent::Events(timer), now)
                    .inspect_err(|e| tracing::error!(error = %e, "event timer not recorded"))
                    .ok()
            })
            .collect::<Vec<_>>();
        self.store.inbox_record(&items, &[]).await
    }
}
