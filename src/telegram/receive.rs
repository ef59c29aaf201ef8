//! The durable receive loop. teloxide's dispatcher confirms a batch before its
//! handlers run; here each batch is committed to the inbox first, and only the
//! next `getUpdates` call (with `offset` past the batch) confirms it.

use std::sync::Arc;
use std::time::Duration;

use teloxide::Bot;
use teloxide::payloads::GetUpdatesSetters;
use teloxide::requests::Requester;
use teloxide::types::AllowedUpdate;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use super::convert::ignored_callback;
use super::{redact, to_inbound};
use crate::clock::SharedClock;
use crate::delivery::backoff_delay;
use crate::storage::{NewInbox, Store};

pub struct ReceiveLoop {
    pub bot: Bot,
    pub token: String,
    pub store: Arc<dyn Store>,
    pub clock: SharedClock,
    pub poll_timeout_secs: u32,
    /// Woken after new events are committed.
    pub wake: Arc<Notify>,
}

impl ReceiveLoop {
    /// Answers a button press koban ignores (one pressed in a group), so
    /// that the button stops spinning. Best effort: it is not retried, and
    /// the receive loop does not wait for it.
    fn answer_ignored(&self, query: String) {
        let bot = self.bot.clone();
        let token = self.token.clone();
        tokio::spawn(async move {
            let answer = bot.answer_callback_query(teloxide::types::CallbackQueryId(query));
            match tokio::time::timeout(Duration::from_secs(10), answer).await {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => tracing::debug!(
                    error = %redact(&e.to_string(), &token),
                    "cannot answer an ignored button press"
                ),
                Err(_) => tracing::debug!("answering an ignored button press timed out"),
            }
        });
    }

    pub async fn run(self, shutdown: CancellationToken) {
        tracing::info!("telegram receive loop started");
        // Telegram remembers what was confirmed; starting without an offset
        // returns everything still unconfirmed (duplicates are ignored).
        let mut offset: Option<i32> = None;
        let mut failures: u32 = 0;
        loop {
            let mut request = self
                .bot
                .get_updates()
                .timeout(self.poll_timeout_secs)
                .allowed_updates(vec![
                    AllowedUpdate::Message,
                    AllowedUpdate::EditedMessage,
                    AllowedUpdate::CallbackQuery,
                ]);
            if let Some(offset) = offset {
                request = request.offset(offset);
            }
            let result = tokio::select! {
                _ = shutdown.cancelled() => break,
                result = request => result,
            };
            let updates = match result {
                Ok(updates) => updates,
                Err(e) => {
                    failures += 1;
                    let delay = backoff_delay(failures, Duration::from_secs(30));
                    tracing::warn!(
                        error = %redact(&e.to_string(), &self.token),
                        retry_in_ms = delay.as_millis() as u64,
                        "telegram getUpdates failed"
                    );
                    tokio::select! {
                        _ = shutdown.cancelled() => break,
                        _ = tokio::time::sleep(delay) => continue,
                    }
                }
            };
            failures = 0;
            if updates.is_empty() {
                continue;
            }
            let received_at = self.clock.now_ms();
            let mut items = Vec::with_capacity(updates.len());
            for update in &updates {
                let Some(event) = to_inbound(update) else {
                    tracing::debug!(update = update.id.0, "telegram update ignored");
                    if let Some(query) = ignored_callback(update) {
                        self.answer_ignored(query.to_owned());
                    }
                    continue;
                };
                match NewInbox::event("telegram", update.id.0.to_string(), &event, received_at) {
                    Ok(item) => items.push(item),
                    Err(e) => {
                        tracing::error!(update = update.id.0, error = %e, "cannot encode update")
                    }
                }
            }
            let last = updates.iter().map(|u| u.id.0).max().unwrap_or(0);
            // Commit before confirming. If the commit fails, the same offset
            // is asked again, so Telegram re-sends the batch.
            loop {
                match self.store.inbox_record(&items, &[]).await {
                    Ok(new) => {
                        tracing::debug!(received = updates.len(), new, "telegram updates recorded");
                        offset = Some(i32::try_from(i64::from(last) + 1).unwrap_or(i32::MAX));
                        self.wake.notify_one();
                        break;
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "cannot record telegram updates; retrying");
                        tokio::select! {
                            _ = shutdown.cancelled() => {
                                tracing::info!("telegram receive loop stopped (batch left unconfirmed)");
                                return;
                            }
                            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                        }
                    }
                }
            }
        }
        // Confirm the last committed batch so Telegram does not re-send it.
        if let Some(offset) = offset {
            let _ = tokio::time::timeout(
                Duration::from_secs(5),
                self.bot.get_updates().offset(offset).timeout(0).limit(1),
            )
            .await;
        }
        tracing::info!("telegram receive loop stopped");
    }
}
