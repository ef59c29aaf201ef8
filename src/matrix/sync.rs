//! koban's own `/sync` loop. matrix-sdk stores its sync token before event
//! handlers run, so a crash would lose events; here the events of a sync
//! response and the next token are committed together, and only then is the
//! next `/sync` made with that token.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use matrix_sdk::Client;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::room::MessagesOptions;
use matrix_sdk::ruma::OwnedRoomId;
use serde_json::Value;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use super::{RoomKind, to_inbound};
use crate::clock::SharedClock;
use crate::delivery::backoff_delay;
use crate::storage::{NewInbox, Store};

const TOKEN_KEY: &str = "matrix.sync_token";
/// Newest `origin_server_ts` recorded: back-pagination after downtime stops
/// once it reaches events this old.
const HIGH_WATER_KEY: &str = "matrix.high_water_ts";
/// At most this many `/messages` pages per room after a gap.
const MAX_BACKFILL_PAGES: usize = 20;

pub struct SyncLoop {
    pub client: Client,
    pub store: Arc<dyn Store>,
    pub clock: SharedClock,
    pub bot_user: String,
    pub queue_rooms: HashSet<String>,
    pub accept_invites: bool,
    pub timeout_secs: u32,
    /// Woken after new events are committed.
    pub wake: Arc<Notify>,
}

impl SyncLoop {
    pub async fn run(self, shutdown: CancellationToken) {
        tracing::info!("matrix sync loop started");
        let mut failures = 0u32;
        while !shutdown.is_cancelled() {
            let result = tokio::select! {
                _ = shutdown.cancelled() => break,
                result = self.sync_round() => result,
            };
            match result {
                Ok(()) => failures = 0,
                Err(e) => {
                    failures += 1;
                    let delay = backoff_delay(failures, Duration::from_secs(30));
                    tracing::warn!(error = %e, retry_in_ms = delay.as_millis() as u64, "matrix sync failed");
                    tokio::select! {
                        _ = shutdown.cancelled() => break,
                        _ = tokio::time::sleep(delay) => {}
                    }
                }
            }
        }
        tracing::info!("matrix sync loop stopped");
    }

    /// One `/sync` round: join invited rooms, record new events with the next
    /// token. Public so that start-up can do a first round before serving.
    pub async fn sync_round(&self) -> anyhow::Result<()> {
        let token = self.store.kv_get(TOKEN_KEY).await?;
        let first_start = token.is_none();
        let mut settings = SyncSettings::default();
        settings = match &token {
            Some(token) => settings
                .token(token.clone())
                .timeout(Duration::from_secs(u64::from(self.timeout_secs))),
            // First start: take the current state without handling history.
            None => settings.timeout(Duration::ZERO),
        };
        let response = self.client.sync_once(settings).await?;

        for room_id in response.rooms.invited.keys() {
            self.on_invite(room_id).await;
        }

        let mut high_water: i64 = self
            .store
            .kv_get(HIGH_WATER_KEY)
            .await?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let received_at = self.clock.now_ms();
        let mut items = Vec::new();
        if !first_start {
            for (room_id, update) in &response.rooms.joined {
                let kind = self.room_kind(room_id);
                if kind == RoomKind::Other {
                    continue;
                }
                let mut events: Vec<Value> = Vec::new();
                if update.timeline.limited
                    && let Some(prev) = &update.timeline.prev_batch
                {
                    events = self.backfill(room_id, prev.clone(), high_water).await;
                }
                for event in &update.timeline.events {
                    match serde_json::from_str::<Value>(event.raw().json().get()) {
                        Ok(value) => events.push(value),
                        Err(e) => tracing::warn!(room = %room_id, error = %e, "unreadable event"),
                    }
                }
                for event in events {
                    if let Some(ts) = event.get("origin_server_ts").and_then(Value::as_i64) {
                        high_water = high_water.max(ts);
                    }
                    let Some(event_id) = event.get("event_id").and_then(Value::as_str) else {
                        continue;
                    };
                    let Some(inbound) = to_inbound(room_id.as_str(), kind, &self.bot_user, &event)
                    else {
                        continue;
                    };
                    items.push(NewInbox {
                        source: "matrix".to_owned(),
                        external_id: event_id.to_owned(),
                        payload: serde_json::to_string(&inbound)?,
                        received_at,
                    });
                }
            }
        } else {
            // Remember where "now" is so a later gap is not paged back past it.
            for update in response.rooms.joined.values() {
                for event in &update.timeline.events {
                    if let Ok(value) = serde_json::from_str::<Value>(event.raw().json().get())
                        && let Some(ts) = value.get("origin_server_ts").and_then(Value::as_i64)
                    {
                        high_water = high_water.max(ts);
                    }
                }
            }
        }
        let high_water = high_water.to_string();
        let new = self
            .store
            .inbox_record(
                &items,
                &[
                    (TOKEN_KEY, response.next_batch.as_str()),
                    (HIGH_WATER_KEY, high_water.as_str()),
                ],
            )
            .await?;
        if new > 0 {
            tracing::debug!(new, "matrix events recorded");
            self.wake.notify_one();
        }
        Ok(())
    }

    fn room_kind(&self, room_id: &OwnedRoomId) -> RoomKind {
        if self.queue_rooms.contains(room_id.as_str()) {
            return RoomKind::Queue;
        }
        match self.client.get_room(room_id) {
            // A direct room: the bot and one resident.
            Some(room) if room.joined_members_count() <= 2 => RoomKind::Resident,
            _ => RoomKind::Other,
        }
    }

    async fn on_invite(&self, room_id: &OwnedRoomId) {
        let is_queue = self.queue_rooms.contains(room_id.as_str());
        if !is_queue && !self.accept_invites {
            return;
        }
        match self.client.join_room_by_id(room_id).await {
            Ok(_) => tracing::info!(room = %room_id, queue = is_queue, "joined room on invite"),
            Err(e) => tracing::warn!(room = %room_id, error = %e, "could not join invited room"),
        }
    }

    /// Pages back from `from` until events reach `high_water` (already
    /// seen) or the room's start; returns the events oldest first.
    async fn backfill(&self, room_id: &OwnedRoomId, from: String, high_water: i64) -> Vec<Value> {
        let Some(room) = self.client.get_room(room_id) else {
            return Vec::new();
        };
        let mut collected: Vec<Value> = Vec::new();
        let mut from = Some(from);
        'pages: for _ in 0..MAX_BACKFILL_PAGES {
            let Some(token) = from.take() else { break };
            let mut options = MessagesOptions::backward();
            options.from = Some(token);
            options.limit = matrix_sdk::ruma::UInt::from(100u32);
            let page = match room.messages(options).await {
                Ok(page) => page,
                Err(e) => {
                    tracing::warn!(room = %room_id, error = %e, "back-pagination failed; events may arrive later");
                    break;
                }
            };
            for event in &page.chunk {
                let Ok(value) = serde_json::from_str::<Value>(event.raw().json().get()) else {
                    continue;
                };
                let ts = value
                    .get("origin_server_ts")
                    .and_then(Value::as_i64)
                    .unwrap_or(0);
                if ts < high_water {
                    break 'pages;
                }
                collected.push(value);
            }
            if page.chunk.is_empty() {
                break;
            }
            from = page.end;
        }
        tracing::info!(room = %room_id, events = collected.len(), "paged back after a limited sync");
        collected.reverse();
        collected
    }
}
