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
use matrix_sdk::ruma::api::client::filter::FilterDefinition;
use matrix_sdk::ruma::api::client::sync::sync_events::v3::Filter;
use serde_json::Value;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use super::{RoomKind, to_inbound};
use crate::clock::SharedClock;
use crate::delivery::backoff_delay;
use crate::storage::{NewInbox, Store};

const TOKEN_KEY: &str = "matrix.sync_token";
/// Per room, the newest event koban has seen there (`matrix.seen.<room id>`):
/// back-pagination after a gap stops at it. Event ids, never timestamps:
/// `origin_server_ts` is whatever the sender's homeserver says.
const SEEN_PREFIX: &str = "matrix.seen.";
/// At most this many `/messages` pages per room after a gap.
const MAX_BACKFILL_PAGES: usize = 20;

fn seen_key(room_id: &str) -> String {
    format!("{SEEN_PREFIX}{room_id}")
}

/// Where back-pagination stops: at the newest event seen before the gap, or
/// at koban's own join (nothing before it was meant for koban).
fn is_gap_start(event: &Value, seen: Option<&str>, bot_user: &str) -> bool {
    let id = event.get("event_id").and_then(Value::as_str);
    if id.is_some() && id == seen {
        return true;
    }
    event.get("type").and_then(Value::as_str) == Some("m.room.member")
        && event.get("state_key").and_then(Value::as_str) == Some(bot_user)
        && event.pointer("/content/membership").and_then(Value::as_str) == Some("join")
}

/// The events of one page (newest first) up to the gap's start, and whether
/// the start was reached.
fn take_until_seen<'a>(
    page: &'a [Value],
    seen: Option<&str>,
    bot_user: &str,
) -> (Vec<&'a Value>, bool) {
    let mut out = Vec::new();
    for event in page {
        if is_gap_start(event, seen, bot_user) {
            return (out, true);
        }
        out.push(event);
    }
    (out, false)
}

/// Whether an invite is one koban should take: a configured officer room,
/// or (if residents may invite) a direct chat with nobody else in it.
fn invite_is_resident_dm(stripped_state: &[Value], bot_user: &str) -> bool {
    let mut direct = false;
    let mut others = 0;
    for event in stripped_state {
        if event.get("type").and_then(Value::as_str) != Some("m.room.member") {
            continue;
        }
        let member = event.get("state_key").and_then(Value::as_str);
        let membership = event.pointer("/content/membership").and_then(Value::as_str);
        if member == Some(bot_user) {
            direct = event.pointer("/content/is_direct").and_then(Value::as_bool) == Some(true);
        } else if matches!(membership, Some("join" | "invite")) {
            others += 1;
        }
    }
    direct && others <= 1
}

pub struct SyncLoop {
    pub client: Client,
    pub store: Arc<dyn Store>,
    pub clock: SharedClock,
    pub bot_user: String,
    pub queue_rooms: HashSet<String>,
    /// Read-only news rooms: joined on invite, never read as messages to koban.
    pub news_rooms: HashSet<String>,
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
                result = self.sync_round(false) => result,
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

    /// One `/sync` round: answer invites, record new events with the next
    /// token. The first round after start-up does not wait for new events,
    /// so that koban serves at once even when its rooms are quiet.
    pub async fn sync_round(&self, first_round: bool) -> anyhow::Result<()> {
        let token = self.store.kv_get(TOKEN_KEY).await?;
        let first_start = token.is_none();
        let filter = FilterDefinition::with_lazy_loading();
        let mut settings = SyncSettings::default().filter(Filter::FilterDefinition(filter));
        let timeout = if first_round || first_start {
            Duration::ZERO
        } else {
            Duration::from_secs(u64::from(self.timeout_secs))
        };
        settings = settings.timeout(timeout);
        if let Some(token) = &token {
            settings = settings.token(token.clone());
        }
        let response = self.client.sync_once(settings).await?;

        for (room_id, invite) in &response.rooms.invited {
            let stripped: Vec<Value> = invite
                .invite_state
                .events
                .iter()
                .filter_map(|e| serde_json::from_str(e.json().get()).ok())
                .collect();
            self.on_invite(room_id, &stripped).await;
        }

        let received_at = self.clock.now_ms();
        let mut items = Vec::new();
        let mut marks: Vec<(String, String)> = Vec::new();
        for (room_id, update) in &response.rooms.joined {
            if self.news_rooms.contains(room_id.as_str()) {
                // koban only posts there.
                continue;
            }
            let kind = self.room_kind(room_id);
            if kind == RoomKind::Other {
                self.leave_other(room_id).await;
                continue;
            }
            let mut events: Vec<Value> = Vec::new();
            let seen = self.store.kv_get(&seen_key(room_id.as_str())).await?;
            if !first_start
                && update.timeline.limited
                && let Some(prev) = &update.timeline.prev_batch
            {
                events = self.backfill(room_id, prev.clone(), seen.as_deref()).await;
            }
            for event in &update.timeline.events {
                match serde_json::from_str::<Value>(event.raw().json().get()) {
                    Ok(value) => events.push(value),
                    Err(e) => tracing::warn!(room = %room_id, error = %e, "unreadable event"),
                }
            }
            if let Some(newest) = events
                .iter()
                .rev()
                .find_map(|e| e.get("event_id").and_then(Value::as_str))
            {
                marks.push((seen_key(room_id.as_str()), newest.to_owned()));
            }
            if first_start {
                // First start: take the current state without handling history.
                continue;
            }
            for event in events {
                let Some(event_id) = event.get("event_id").and_then(Value::as_str) else {
                    continue;
                };
                let Some(inbound) = to_inbound(room_id.as_str(), kind, &self.bot_user, &event)
                else {
                    continue;
                };
                items.push(NewInbox::event(
                    "matrix",
                    event_id.to_owned(),
                    &inbound,
                    received_at,
                )?);
            }
        }
        let mut cursor: Vec<(&str, &str)> = vec![(TOKEN_KEY, response.next_batch.as_str())];
        cursor.extend(marks.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let new = self.store.inbox_record(&items, &cursor).await?;
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
            // A direct room: the bot and one resident, nobody else joined or
            // invited (a "direct" chat can be started with several people).
            Some(room) if room.joined_members_count() + room.invited_members_count() <= 2 => {
                RoomKind::Resident
            }
            _ => RoomKind::Other,
        }
    }

    /// A room that is neither configured nor a direct chat with one
    /// resident (a group chat, or a direct chat someone else joined): koban
    /// does not stay where others would read what it sends a resident.
    async fn leave_other(&self, room_id: &OwnedRoomId) {
        let Some(room) = self.client.get_room(room_id) else {
            return;
        };
        tracing::info!(
            room = %room_id,
            joined = room.joined_members_count(),
            invited = room.invited_members_count(),
            "left a room that is neither a configured room nor a direct chat with one resident"
        );
        if let Err(e) = room.leave().await {
            tracing::warn!(room = %room_id, error = %e, "could not leave room");
        }
    }

    /// Joins configured officer rooms and residents' direct chats; any other
    /// invite is declined, with a log line.
    async fn on_invite(&self, room_id: &OwnedRoomId, stripped: &[Value]) {
        let is_queue = self.queue_rooms.contains(room_id.as_str());
        let inviter = stripped
            .iter()
            .find(|e| {
                e.get("type").and_then(Value::as_str) == Some("m.room.member")
                    && e.get("state_key").and_then(Value::as_str) == Some(self.bot_user.as_str())
            })
            .and_then(|e| e.get("sender").and_then(Value::as_str))
            .unwrap_or("unknown")
            .to_owned();
        let take = is_queue
            || self.news_rooms.contains(room_id.as_str())
            || (self.accept_invites && invite_is_resident_dm(stripped, &self.bot_user));
        if !take {
            tracing::info!(
                room = %room_id,
                inviter = %inviter,
                "declined an invite: not a configured room nor a resident's direct chat"
            );
            if let Some(room) = self.client.get_room(room_id)
                && let Err(e) = room.leave().await
            {
                tracing::warn!(room = %room_id, error = %e, "could not decline invite");
            }
            return;
        }
        match self.client.join_room_by_id(room_id).await {
            Ok(_) => tracing::info!(room = %room_id, queue = is_queue, "joined room on invite"),
            Err(e) => tracing::warn!(room = %room_id, error = %e, "could not join invited room"),
        }
    }

    /// Pages back from `from` until the newest event seen before the gap
    /// (`seen`), koban's own join or the room's start; returns the events
    /// oldest first.
    async fn backfill(
        &self,
        room_id: &OwnedRoomId,
        from: String,
        seen: Option<&str>,
    ) -> Vec<Value> {
        let Some(room) = self.client.get_room(room_id) else {
            return Vec::new();
        };
        let mut collected: Vec<Value> = Vec::new();
        let mut from = Some(from);
        for _ in 0..MAX_BACKFILL_PAGES {
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
            let values: Vec<Value> = page
                .chunk
                .iter()
                .filter_map(|e| serde_json::from_str(e.raw().json().get()).ok())
                .collect();
            let (events, reached) = take_until_seen(&values, seen, &self.bot_user);
            collected.extend(events.into_iter().cloned());
            if reached || page.chunk.is_empty() {
                break;
            }
            from = page.end;
        }
        tracing::info!(room = %room_id, events = collected.len(), "paged back after a limited sync");
        collected.reverse();
        collected
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn msg(id: &str, ts: i64) -> Value {
        json!({"type": "m.room.message", "event_id": id, "origin_server_ts": ts, "sender": "@r:hs", "content": {"body": id}})
    }

    #[test]
    fn back_pagination_stops_at_the_seen_event_whatever_the_timestamps() {
        // Newest first, as /messages returns them backwards; one event was
        // dated years ahead by its sender's homeserver.
        let far_future = 4_102_444_800_000;
        let page = vec![
            msg("$c", 1_000),
            msg("$b", far_future),
            msg("$a", 900),
            msg("$seen", 800),
            msg("$old", 700),
        ];
        let (events, reached) = take_until_seen(&page, Some("$seen"), "@koban:hs");
        let ids: Vec<_> = events
            .iter()
            .map(|e| e["event_id"].as_str().expect("every event has an id"))
            .collect();
        assert_eq!(ids, ["$c", "$b", "$a"]);
        assert!(reached);
        // The next gap, after the future-dated event was seen: still paged back.
        let page = vec![msg("$e", 1_100), msg("$d", 1_050), msg("$c", 1_000)];
        let (events, reached) = take_until_seen(&page, Some("$c"), "@koban:hs");
        assert_eq!(events.len(), 2);
        assert!(reached);
    }

    #[test]
    fn back_pagination_without_a_mark_stops_at_kobans_join() {
        let join = json!({"type": "m.room.member", "event_id": "$j", "state_key": "@koban:hs", "sender": "@koban:hs", "content": {"membership": "join"}});
        let page = vec![msg("$b", 2), join, msg("$a", 1)];
        let (events, reached) = take_until_seen(&page, None, "@koban:hs");
        assert_eq!(events.len(), 1);
        assert!(reached);
    }

    #[test]
    fn only_direct_chats_with_one_other_person_are_taken() {
        let me = |direct: bool| json!({"type": "m.room.member", "state_key": "@koban:hs", "sender": "@r:hs", "content": {"membership": "invite", "is_direct": direct}});
        let other = |who: &str| json!({"type": "m.room.member", "state_key": who, "sender": who, "content": {"membership": "join"}});
        assert!(invite_is_resident_dm(
            &[me(true), other("@r:hs")],
            "@koban:hs"
        ));
        assert!(!invite_is_resident_dm(
            &[me(false), other("@r:hs")],
            "@koban:hs"
        ));
        assert!(!invite_is_resident_dm(
            &[me(true), other("@r:hs"), other("@s:hs")],
            "@koban:hs"
        ));
    }
}
