//! Storage: SQLite (default, embedded, WAL) for one police zone; PostgreSQL
//! for scale. The backend is chosen from the URL scheme; migrations for both
//! are embedded and applied at start (`migrations/sqlite`,
//! `migrations/postgres`, same versions, append-only).
//!
//! Layout: `db.rs` holds the connection ([`Database`]) and the `execute!` /
//! `fetch!` macros that run one statement, written once, on the native
//! driver of either backend; `repos/` has one repository per aggregate
//! (residents, tickets, history, drafts, inbox, outbox, media, leases,
//! erasure, retention, kv); `commit.rs` applies what an inbound event
//! decided, in one transaction; `rows.rs` has the database rows and their
//! conversion to domain types. [`Store`] is the interface the rest of koban
//! uses.
//!
//! Rules: lookups return `Result<Option<T>>` (not found is not an error);
//! domain types never derive database traits; timestamps are Unix
//! milliseconds.
//!
//! Adding a query: 1. write it once in the aggregate's file in `repos/` with
//! portable SQL (`$1` placeholders, `ON CONFLICT`, `RETURNING`), asking
//! [`Database::dialect`] only where the dialects differ; 2. add the method to
//! [`Store`] and its one-line delegation; 3. cover it in `tests/storage.rs`,
//! which runs on both.

mod commit;
mod db;
mod repos;
mod rows;

use std::sync::Arc;

use async_trait::async_trait;

use crate::clock::Millis;
use crate::domain::conversation::{Conversation, Kind};
use crate::domain::moderation::{AuditEntry, Held, Sanction, StoredRule};
use crate::domain::{Author, Change, Channel, MessageBody, Placement, Resident, Ticket};

pub use db::{Database, Dialect};

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error("inbound event {0} is already processed or unknown")]
    AlreadyProcessed(i64),
    #[error("unsupported database URL scheme (expected sqlite:// or postgres://)")]
    UnsupportedUrl,
}

pub type Result<T, E = StorageError> = std::result::Result<T, E>;

/// An inbound event to record before it is acknowledged to the platform.
#[derive(Debug, Clone)]
pub struct NewInbox {
    /// `telegram` or `matrix`.
    pub source: String,
    /// Telegram `update_id` or Matrix `event_id`: the deduplication key.
    pub external_id: String,
    /// The normalized [`crate::domain::InboundEvent`] as JSON.
    pub payload: String,
    pub received_at: Millis,
    /// Events of one conversation are handled in order (see
    /// [`crate::domain::InboundEvent::conversation`]); erasure finds a
    /// resident's events by it.
    pub conversation: Option<String>,
}

impl NewInbox {
    pub fn event(
        source: &str,
        external_id: String,
        event: &crate::domain::InboundEvent,
        received_at: Millis,
    ) -> serde_json::Result<Self> {
        Ok(Self {
            source: source.to_owned(),
            external_id,
            payload: serde_json::to_string(event)?,
            received_at,
            conversation: event.conversation(),
        })
    }
}

#[derive(Debug, Clone)]
pub struct InboxItem {
    pub id: i64,
    pub source: String,
    pub external_id: String,
    pub payload: String,
    pub received_at: Millis,
    pub attempts: i64,
}

#[derive(Debug, Clone)]
pub struct NewResident {
    pub channel: Channel,
    pub external_id: String,
    pub chat_id: String,
    /// Used only when the resident is new.
    pub language: String,
    pub platform_language: Option<String>,
}

#[derive(Debug, Clone)]
pub struct OutboxItem {
    pub id: i64,
    pub channel: Channel,
    pub destination: String,
    pub placement: Placement,
    pub ticket_id: Option<i64>,
    pub media_id: Option<i64>,
    pub body: MessageBody,
    pub attempts: i64,
    pub created_at: Millis,
    pub first_attempt_at: Option<Millis>,
    /// Interactive (replies, cards) or bulk (broadcasts): senders let the
    /// interactive lane go first.
    pub lane: crate::domain::outbound::Lane,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Media {
    pub id: i64,
    pub content_type: String,
    pub file_name: String,
    pub width: i64,
    pub height: i64,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryRow {
    pub author: Author,
    pub external_id: String,
    pub body: String,
    pub created_at: Millis,
}

/// What one retention pass deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Purged {
    pub tickets: u64,
    pub residents: u64,
    pub inbox: u64,
    pub outbox: u64,
    pub media: u64,
}

/// An outgoing row, as far as edits and deletions need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentRow {
    pub id: i64,
    pub channel: Channel,
    pub destination: String,
    pub ticket_id: Option<i64>,
    pub remote_id: Option<String>,
}

/// An inbound event that could not be processed at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadLetter {
    pub id: i64,
    pub source: String,
    pub external_id: String,
    pub received_at: Millis,
    pub dead_at: Millis,
    pub attempts: i64,
    pub error: String,
}

/// An outgoing row as operators see it (`koban outbox`): no content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxSummary {
    pub id: i64,
    pub channel: String,
    pub destination: String,
    pub placement: String,
    pub attempts: i64,
    pub created_at: Millis,
    pub next_attempt_at: Millis,
    pub error: String,
}

/// Who holds a lease that could not be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaseHolder {
    pub holder: String,
    pub generation: i64,
    pub expires_at: Millis,
}

/// Who claims outbox rows: a delivery worker, and the database lease it
/// works under. The lease's generation is a fencing token: a claim succeeds
/// only while that generation holds the lease unexpired, so a koban that
/// lost its lease (paused, cut off, replaced by a standby) sends nothing
/// more.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimant {
    /// Names the worker's claims (`outbox.claimed_by`).
    pub holder: String,
    /// The lease's name.
    pub lease: String,
    pub generation: i64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub pending: i64,
    pub sent: i64,
    pub failed: i64,
    /// Emptied by an erasure before they were delivered.
    pub cancelled: i64,
}

/// Delivery timing of one outgoing row that an inbound event caused, for the
/// relay-latency benchmark.
#[derive(Debug, Clone, Copy)]
pub struct RelayTiming {
    pub received_at: Millis,
    pub first_attempt_at: Millis,
    pub sent_at: Millis,
}

pub use repos::events::EventStore;

/// Everything koban keeps. Features with their own repository add their
/// store trait here as a supertrait (events: [`EventStore`]).
#[async_trait]
pub trait Store: EventStore + Send + Sync + 'static {
    async fn kv_get(&self, key: &str) -> Result<Option<String>>;
    async fn kv_set(&self, key: &str, value: &str) -> Result<()>;

    /// Records inbound events, ignoring ones already recorded (same source
    /// and external id), and in the same transaction stores `cursor` (
    /// key/values such as the Matrix sync token). Returns how many were new.
    async fn inbox_record(&self, items: &[NewInbox], cursor: &[(&str, &str)]) -> Result<u64>;
    async fn inbox_has(&self, source: &str, external_id: &str) -> Result<bool>;
    /// Unprocessed events whose time has come, oldest first.
    async fn inbox_due(&self, now: Millis, limit: i64) -> Result<Vec<InboxItem>>;
    /// Processing failed for a reason that may pass: try again later.
    async fn inbox_postpone(&self, id: i64, until: Millis, error: &str) -> Result<()>;
    /// Processing failed for good: mark it done with the error kept.
    async fn inbox_give_up(&self, id: i64, error: &str, now: Millis) -> Result<()>;
    async fn inbox_unprocessed(&self) -> Result<i64>;
    /// Events that could not be processed at all (dead letters), oldest first.
    async fn inbox_dead(&self, limit: i64) -> Result<Vec<DeadLetter>>;
    /// Puts a dead letter (or, with `None`, all of them) back in the queue.
    /// Returns how many.
    async fn inbox_retry(&self, id: Option<i64>, now: Millis) -> Result<u64>;

    /// Finds or creates the resident (with a fresh pseudonym), refreshing
    /// where replies go and when they were last seen.
    async fn resident_upsert(&self, new: &NewResident, now: Millis) -> Result<Resident>;
    async fn resident_get(&self, id: i64) -> Result<Option<Resident>>;
    /// The options (encoded actions) of the numbered list just shown in the
    /// resident's chat `chat_id` on `channel`, so that a reply "3" means the
    /// third. Written by the adapter that numbers them, once it was sent.
    async fn resident_menu_shown(
        &self,
        channel: Channel,
        chat_id: &str,
        options: &[String],
    ) -> Result<()>;

    /// Reserves the id of a ticket about to be opened.
    async fn ticket_reserve_id(&self) -> Result<i64>;
    async fn ticket_get(&self, id: i64) -> Result<Option<Ticket>>;
    /// The resident's ticket that is not closed and saw the latest activity
    /// (with two open, the conversation they are in).
    async fn ticket_open_for(&self, resident_id: i64) -> Result<Option<Ticket>>;
    async fn ticket_by_root(&self, room_id: &str, root_event_id: &str) -> Result<Option<Ticket>>;
    async fn ticket_history(&self, ticket_id: i64) -> Result<Vec<HistoryRow>>;
    /// Retention: deletes tickets closed before `before` (with their
    /// history, messages and photos; koban's copies in Matrix are queued for
    /// redaction), residents last seen before it who have nothing left,
    /// processed inbound events, delivered or failed messages and unused
    /// photos older than it.
    async fn purge(&self, before: Millis, now: Millis) -> Result<Purged>;
    /// Tickets opened at or after `since`.
    async fn tickets_created_since(&self, since: Millis) -> Result<Vec<Ticket>>;
    /// Tickets not closed that `assignee` has.
    async fn tickets_assigned_open(&self, assignee: &str) -> Result<Vec<Ticket>>;
    /// Tickets not closed and not yet reminded of a missed target.
    async fn tickets_to_watch(&self) -> Result<Vec<Ticket>>;
    /// The resident's tickets, newest first.
    async fn tickets_of_resident(&self, resident_id: i64, limit: i64) -> Result<Vec<Ticket>>;

    /// Where the resident's conversation stands (idle when nothing is in
    /// progress).
    async fn conversation_get(&self, resident_id: i64) -> Result<Conversation>;
    /// Conversations of `kind` not changed since before `before`: (resident
    /// id, last change), oldest first, at most 100.
    async fn conversations_idle(&self, kind: Kind, before: Millis) -> Result<Vec<(i64, Millis)>>;

    /// Applies what was decided for inbox row `inbox_id`, change by change
    /// in order, and marks the row processed, all in one transaction.
    /// [`StorageError::AlreadyProcessed`] if it was processed before.
    async fn commit(&self, inbox_id: i64, changes: &[Change], now: Millis) -> Result<()>;

    /// Pending rows of a channel whose time has come, only the oldest pending
    /// row per destination (so messages to one chat keep their order).
    async fn outbox_due(
        &self,
        channel: Channel,
        now: Millis,
        limit: i64,
    ) -> Result<Vec<OutboxItem>>;
    /// Claims due rows for a delivery worker until `until`: the oldest
    /// pending row of each destination, interactive lane first, none another
    /// worker holds a live claim on; nothing unless the claimant's lease
    /// generation is current and unexpired at `now`. Sent, postponed and
    /// failed rows lose their claim.
    async fn outbox_claim(
        &self,
        channel: Channel,
        claimant: &Claimant,
        now: Millis,
        until: Millis,
        limit: i64,
    ) -> Result<Vec<OutboxItem>>;
    /// Frees every claim on this channel's rows not held by `holder`.
    async fn outbox_release_claims(&self, channel: Channel, holder: &str) -> Result<u64>;
    /// Earliest `next_attempt_at` of a pending row of this channel.
    async fn outbox_next_due(&self, channel: Channel) -> Result<Option<Millis>>;
    /// Delivered. A ticket card's event id becomes the ticket's thread root.
    async fn outbox_sent(
        &self,
        id: i64,
        remote_id: &str,
        attempted_at: Millis,
        now: Millis,
    ) -> Result<()>;
    /// Not delivered yet; try again at `until`.
    async fn outbox_postpone(
        &self,
        id: i64,
        until: Millis,
        error: &str,
        counts_as_attempt: bool,
        attempted_at: Millis,
    ) -> Result<()>;
    /// Given up: kept with its error for operators, never silently dropped.
    async fn outbox_failed(&self, id: i64, error: &str, now: Millis) -> Result<()>;
    async fn outbox_counts(&self) -> Result<OutboxCounts>;
    /// Rows with this status (`pending`, `failed`, …), oldest first.
    async fn outbox_list(&self, status: &str, limit: i64) -> Result<Vec<OutboxSummary>>;
    /// Sends a failed row (or, with `None`, every failed row) again.
    async fn outbox_retry_failed(&self, id: Option<i64>, now: Millis) -> Result<u64>;

    /// Takes the lease `name` for `holder` until `expires_at` if it is free,
    /// expired, already this holder's, or has generation
    /// `take_over_generation` (a holder known to be dead). Returns the new
    /// generation, or who holds it.
    async fn lease_acquire(
        &self,
        name: &str,
        holder: &str,
        expires_at: Millis,
        now: Millis,
        take_over_generation: Option<i64>,
    ) -> Result<std::result::Result<i64, LeaseHolder>>;
    /// Extends the lease; `false` if it is no longer this holder's generation.
    async fn lease_renew(
        &self,
        name: &str,
        holder: &str,
        generation: i64,
        expires_at: Millis,
    ) -> Result<bool>;
    async fn lease_release(&self, name: &str, holder: &str, generation: i64) -> Result<()>;
    async fn outbox_remote_id(&self, id: i64) -> Result<Option<String>>;
    /// Whether a ticket's card to this room is still waiting to be posted.
    async fn outbox_card_pending(&self, room_id: &str) -> Result<bool>;
    /// Whether an edit of `target` newer than row `id` waits to be sent to
    /// the same destination (then row `id` need not be: an edit replaces
    /// the whole text).
    async fn outbox_newer_edit(&self, id: i64, destination: &str, target: &str) -> Result<bool>;
    /// The message koban sent that has this platform id (event or message
    /// id), if it was sent.
    async fn outbox_by_remote_id(
        &self,
        channel: Channel,
        remote_id: &str,
    ) -> Result<Option<SentRow>>;
    /// The messages an inbound event caused (source and external id of the
    /// event), with where each went and, once delivered, its platform id.
    async fn outbox_of_event(&self, source: &str, external_id: &str) -> Result<Vec<SentRow>>;
    /// The newest history entry of a ticket for a platform message id.
    /// (author, body).
    async fn history_of_message(
        &self,
        ticket_id: i64,
        external_id: &str,
    ) -> Result<Option<(Author, String)>>;
    async fn relay_timings(&self, channel: Channel) -> Result<Vec<RelayTiming>>;

    async fn media_get(&self, id: i64) -> Result<Option<Media>>;

    /// What a conversation received since `since`, newest first, at most
    /// `limit` (for rate and repetition rules, and to find a reported
    /// message's event).
    async fn inbox_recent_of(
        &self,
        conversation: &str,
        since: Millis,
        limit: i64,
    ) -> Result<Vec<InboxItem>>;

    /// The resident of an account, if known (nothing is created).
    async fn resident_find(&self, channel: Channel, external_id: &str) -> Result<Option<Resident>>;
    /// The resident officers know by this pseudonym.
    async fn resident_by_pseudonym(&self, pseudonym: &str) -> Result<Option<Resident>>;

    /// A held message by its number.
    async fn moderation_held(&self, id: i64) -> Result<Option<Held>>;
    /// The resident's messages still held, oldest first.
    async fn moderation_held_pending_of(&self, resident_id: i64) -> Result<Vec<Held>>;
    /// Held messages waiting for a moderator, oldest first.
    async fn moderation_held_pending(&self, limit: i64) -> Result<Vec<Held>>;
    /// The held message whose card in `room` is the event `event_id`.
    async fn moderation_held_by_card(&self, room: &str, event_id: &str) -> Result<Option<Held>>;
    /// The account's block, else its mute if it lasts past `now`.
    async fn moderation_sanction(
        &self,
        channel: Channel,
        user_id: &str,
        now: Millis,
    ) -> Result<Option<Sanction>>;
    /// Warnings the account received since `since`.
    async fn moderation_warnings_since(
        &self,
        channel: Channel,
        user_id: &str,
        since: Millis,
    ) -> Result<i64>;
    /// The rules moderators added, by id.
    async fn moderation_rules(&self) -> Result<Vec<StoredRule>>;

    /// The newest audit entries, newest first.
    async fn audit_recent(&self, limit: i64) -> Result<Vec<AuditEntry>>;
    /// Audit entries after `after_seq`, oldest first.
    async fn audit_page(&self, after_seq: i64, limit: i64) -> Result<Vec<AuditEntry>>;
    /// Drops the content copies of audit entries older than `before`.
    async fn audit_drop_content_before(&self, before: Millis) -> Result<u64>;
}

/// Connects to the database the URL names, creating a SQLite file if
/// missing, and applies migrations.
pub async fn connect(url: &str, max_connections: u32) -> Result<Arc<dyn Store>> {
    Ok(Arc::new(Database::connect(url, max_connections).await?))
}

#[async_trait]
impl Store for Database {
    async fn kv_get(&self, key: &str) -> crate::storage::Result<Option<String>> {
        repos::kv::get(self, key).await
    }

    async fn kv_set(&self, key: &str, value: &str) -> crate::storage::Result<()> {
        repos::kv::set(self, key, value).await
    }

    async fn inbox_record(
        &self,
        items: &[crate::storage::NewInbox],
        cursor: &[(&str, &str)],
    ) -> crate::storage::Result<u64> {
        repos::inbox::record(self, items, cursor).await
    }

    async fn inbox_has(&self, source: &str, external_id: &str) -> crate::storage::Result<bool> {
        repos::inbox::has(self, source, external_id).await
    }

    async fn inbox_due(
        &self,
        now: crate::clock::Millis,
        limit: i64,
    ) -> crate::storage::Result<Vec<crate::storage::InboxItem>> {
        repos::inbox::due(self, now, limit).await
    }

    async fn inbox_postpone(
        &self,
        id: i64,
        until: crate::clock::Millis,
        error: &str,
    ) -> crate::storage::Result<()> {
        repos::inbox::postpone(self, id, until, error).await
    }

    async fn inbox_give_up(
        &self,
        id: i64,
        error: &str,
        now: crate::clock::Millis,
    ) -> crate::storage::Result<()> {
        repos::inbox::give_up(self, id, error, now).await
    }

    async fn inbox_dead(
        &self,
        limit: i64,
    ) -> crate::storage::Result<Vec<crate::storage::DeadLetter>> {
        repos::inbox::dead(self, limit).await
    }

    async fn inbox_retry(
        &self,
        id: Option<i64>,
        now: crate::clock::Millis,
    ) -> crate::storage::Result<u64> {
        repos::inbox::retry(self, id, now).await
    }

    async fn inbox_unprocessed(&self) -> crate::storage::Result<i64> {
        repos::inbox::unprocessed(self).await
    }

    async fn resident_upsert(
        &self,
        new: &crate::storage::NewResident,
        now: crate::clock::Millis,
    ) -> crate::storage::Result<crate::domain::Resident> {
        repos::residents::upsert(self, new, now).await
    }

    async fn resident_menu_shown(
        &self,
        channel: Channel,
        chat_id: &str,
        options: &[String],
    ) -> Result<()> {
        repos::residents::menu_shown(self, channel, chat_id, options).await
    }

    async fn resident_get(
        &self,
        id: i64,
    ) -> crate::storage::Result<Option<crate::domain::Resident>> {
        repos::residents::get(self, id).await
    }

    async fn ticket_reserve_id(&self) -> crate::storage::Result<i64> {
        repos::tickets::reserve_id(self).await
    }

    async fn ticket_get(&self, id: i64) -> crate::storage::Result<Option<crate::domain::Ticket>> {
        repos::tickets::get(self, id).await
    }

    async fn ticket_open_for(
        &self,
        resident_id: i64,
    ) -> crate::storage::Result<Option<crate::domain::Ticket>> {
        repos::tickets::open_for(self, resident_id).await
    }

    async fn ticket_by_root(
        &self,
        room_id: &str,
        root_event_id: &str,
    ) -> crate::storage::Result<Option<crate::domain::Ticket>> {
        repos::tickets::by_root(self, room_id, root_event_id).await
    }

    async fn purge(
        &self,
        before: crate::clock::Millis,
        now: crate::clock::Millis,
    ) -> crate::storage::Result<crate::storage::Purged> {
        repos::retention::purge(self, before, now).await
    }

    async fn tickets_created_since(
        &self,
        since: crate::clock::Millis,
    ) -> crate::storage::Result<Vec<crate::domain::Ticket>> {
        repos::tickets::created_since(self, since).await
    }

    async fn tickets_assigned_open(
        &self,
        assignee: &str,
    ) -> crate::storage::Result<Vec<crate::domain::Ticket>> {
        repos::tickets::assigned_open(self, assignee).await
    }

    async fn tickets_to_watch(&self) -> crate::storage::Result<Vec<crate::domain::Ticket>> {
        repos::tickets::to_watch(self).await
    }

    async fn tickets_of_resident(
        &self,
        resident_id: i64,
        limit: i64,
    ) -> crate::storage::Result<Vec<crate::domain::Ticket>> {
        repos::tickets::of_resident(self, resident_id, limit).await
    }

    async fn conversation_get(&self, resident_id: i64) -> crate::storage::Result<Conversation> {
        repos::conversations::get(self, resident_id).await
    }

    async fn conversations_idle(
        &self,
        kind: Kind,
        before: crate::clock::Millis,
    ) -> crate::storage::Result<Vec<(i64, crate::clock::Millis)>> {
        repos::conversations::idle(self, kind, before).await
    }

    async fn ticket_history(
        &self,
        ticket_id: i64,
    ) -> crate::storage::Result<Vec<crate::storage::HistoryRow>> {
        repos::history::of_ticket(self, ticket_id).await
    }

    async fn commit(&self, inbox_id: i64, changes: &[Change], now: Millis) -> Result<()> {
        commit::commit(self, inbox_id, changes, now).await
    }

    async fn outbox_due(
        &self,
        channel: crate::domain::Channel,
        now: crate::clock::Millis,
        limit: i64,
    ) -> crate::storage::Result<Vec<crate::storage::OutboxItem>> {
        repos::outbox::due(self, channel, now, limit).await
    }

    async fn outbox_next_due(
        &self,
        channel: crate::domain::Channel,
    ) -> crate::storage::Result<Option<crate::clock::Millis>> {
        repos::outbox::next_due(self, channel).await
    }

    async fn outbox_sent(
        &self,
        id: i64,
        remote_id: &str,
        attempted_at: crate::clock::Millis,
        now: crate::clock::Millis,
    ) -> crate::storage::Result<()> {
        repos::outbox::sent(self, id, remote_id, attempted_at, now).await
    }

    async fn outbox_postpone(
        &self,
        id: i64,
        until: crate::clock::Millis,
        error: &str,
        counts_as_attempt: bool,
        attempted_at: crate::clock::Millis,
    ) -> crate::storage::Result<()> {
        repos::outbox::postpone(self, id, until, error, counts_as_attempt, attempted_at).await
    }

    async fn outbox_failed(
        &self,
        id: i64,
        error: &str,
        now: crate::clock::Millis,
    ) -> crate::storage::Result<()> {
        repos::outbox::failed(self, id, error, now).await
    }

    async fn outbox_counts(&self) -> crate::storage::Result<crate::storage::OutboxCounts> {
        repos::outbox::counts(self).await
    }

    async fn outbox_list(
        &self,
        status: &str,
        limit: i64,
    ) -> crate::storage::Result<Vec<crate::storage::OutboxSummary>> {
        repos::outbox::list(self, status, limit).await
    }

    async fn outbox_retry_failed(
        &self,
        id: Option<i64>,
        now: crate::clock::Millis,
    ) -> crate::storage::Result<u64> {
        repos::outbox::retry_failed(self, id, now).await
    }

    async fn lease_acquire(
        &self,
        name: &str,
        holder: &str,
        expires_at: crate::clock::Millis,
        now: crate::clock::Millis,
        take_over_generation: Option<i64>,
    ) -> crate::storage::Result<Result<i64, crate::storage::LeaseHolder>> {
        repos::leases::acquire(self, name, holder, expires_at, now, take_over_generation).await
    }

    async fn lease_renew(
        &self,
        name: &str,
        holder: &str,
        generation: i64,
        expires_at: crate::clock::Millis,
    ) -> crate::storage::Result<bool> {
        repos::leases::renew(self, name, holder, generation, expires_at).await
    }

    async fn lease_release(
        &self,
        name: &str,
        holder: &str,
        generation: i64,
    ) -> crate::storage::Result<()> {
        repos::leases::release(self, name, holder, generation).await
    }

    async fn outbox_claim(
        &self,
        channel: Channel,
        claimant: &Claimant,
        now: Millis,
        until: Millis,
        limit: i64,
    ) -> Result<Vec<OutboxItem>> {
        repos::outbox::claim(self, channel, claimant, now, until, limit).await
    }

    async fn outbox_release_claims(&self, channel: Channel, holder: &str) -> Result<u64> {
        repos::outbox::release_claims(self, channel, holder).await
    }

    async fn outbox_card_pending(&self, room_id: &str) -> Result<bool> {
        repos::outbox::card_pending(self, room_id).await
    }

    async fn outbox_newer_edit(&self, id: i64, destination: &str, target: &str) -> Result<bool> {
        repos::outbox::newer_edit(self, id, destination, target).await
    }

    async fn outbox_by_remote_id(
        &self,
        channel: Channel,
        remote_id: &str,
    ) -> Result<Option<SentRow>> {
        repos::outbox::by_remote_id(self, channel, remote_id).await
    }

    async fn outbox_remote_id(&self, id: i64) -> crate::storage::Result<Option<String>> {
        repos::outbox::remote_id(self, id).await
    }

    async fn outbox_of_event(
        &self,
        source: &str,
        external_id: &str,
    ) -> crate::storage::Result<Vec<crate::storage::SentRow>> {
        repos::outbox::of_event(self, source, external_id).await
    }

    async fn history_of_message(
        &self,
        ticket_id: i64,
        external_id: &str,
    ) -> crate::storage::Result<Option<(Author, String)>> {
        repos::history::of_message(self, ticket_id, external_id).await
    }

    async fn relay_timings(
        &self,
        channel: crate::domain::Channel,
    ) -> crate::storage::Result<Vec<crate::storage::RelayTiming>> {
        repos::outbox::relay_timings(self, channel).await
    }

    async fn media_get(&self, id: i64) -> crate::storage::Result<Option<crate::storage::Media>> {
        repos::media::get(self, id).await
    }

    async fn inbox_recent_of(
        &self,
        conversation: &str,
        since: Millis,
        limit: i64,
    ) -> Result<Vec<InboxItem>> {
        repos::inbox::recent_of(self, conversation, since, limit).await
    }

    async fn resident_find(&self, channel: Channel, external_id: &str) -> Result<Option<Resident>> {
        repos::residents::find(self, channel, external_id).await
    }

    async fn resident_by_pseudonym(&self, pseudonym: &str) -> Result<Option<Resident>> {
        repos::residents::by_pseudonym(self, pseudonym).await
    }

    async fn moderation_held(&self, id: i64) -> Result<Option<Held>> {
        repos::moderation::held(self, id).await
    }

    async fn moderation_held_pending_of(&self, resident_id: i64) -> Result<Vec<Held>> {
        repos::moderation::held_pending_of(self, resident_id).await
    }

    async fn moderation_held_pending(&self, limit: i64) -> Result<Vec<Held>> {
        repos::moderation::held_pending(self, limit).await
    }

    async fn moderation_held_by_card(&self, room: &str, event_id: &str) -> Result<Option<Held>> {
        repos::moderation::held_by_card(self, room, event_id).await
    }

    async fn moderation_sanction(
        &self,
        channel: Channel,
        user_id: &str,
        now: Millis,
    ) -> Result<Option<Sanction>> {
        repos::moderation::sanction(self, channel, user_id, now).await
    }

    async fn moderation_warnings_since(
        &self,
        channel: Channel,
        user_id: &str,
        since: Millis,
    ) -> Result<i64> {
        repos::moderation::warnings_since(self, channel, user_id, since).await
    }

    async fn moderation_rules(&self) -> Result<Vec<StoredRule>> {
        repos::moderation::rules(self).await
    }

    async fn audit_recent(&self, limit: i64) -> Result<Vec<AuditEntry>> {
        repos::audit::recent(self, limit).await
    }

    async fn audit_page(&self, after_seq: i64, limit: i64) -> Result<Vec<AuditEntry>> {
        repos::audit::page(self, after_seq, limit).await
    }

    async fn audit_drop_content_before(&self, before: Millis) -> Result<u64> {
        repos::audit::drop_content_before(self, before).await
    }
}
