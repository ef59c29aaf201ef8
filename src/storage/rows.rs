//! Rows as the database holds them, and their conversion to domain types
//! (domain types never derive database traits).

use crate::domain::{
    Author, Channel, MessageBody, Placement, Resident, Ticket, TicketKind, TicketStatus,
};

use super::{HistoryRow, InboxItem, Media, OutboxItem, StorageError};

#[derive(sqlx::FromRow)]
pub(super) struct ResidentRow {
    id: i64,
    channel: String,
    external_id: String,
    chat_id: String,
    pseudonym: String,
    language: String,
    platform_language: Option<String>,
    area_id: Option<String>,
    menu: String,
    created_at: i64,
    last_seen_at: i64,
}

impl TryFrom<ResidentRow> for Resident {
    type Error = StorageError;
    fn try_from(r: ResidentRow) -> Result<Self, StorageError> {
        Ok(Resident {
            id: r.id,
            channel: Channel::parse(&r.channel).ok_or_else(|| {
                StorageError::Corrupt(format!("resident channel {:?}", r.channel))
            })?,
            external_id: r.external_id,
            chat_id: r.chat_id,
            pseudonym: r.pseudonym,
            language: r.language,
            platform_language: r.platform_language,
            area_id: r.area_id,
            menu: serde_json::from_str(&r.menu).unwrap_or_default(),
            created_at: r.created_at,
            last_seen_at: r.last_seen_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct TicketRow {
    id: i64,
    resident_id: i64,
    kind: String,
    queue_id: String,
    room_id: String,
    root_event_id: Option<String>,
    status: String,
    category: Option<String>,
    card: String,
    assignee: Option<String>,
    labels: String,
    rating: Option<i64>,
    feedback: Option<String>,
    first_response_at: Option<i64>,
    reminded_at: Option<i64>,
    closed_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

impl TryFrom<TicketRow> for Ticket {
    type Error = StorageError;
    fn try_from(r: TicketRow) -> Result<Self, StorageError> {
        Ok(Ticket {
            id: r.id,
            resident_id: r.resident_id,
            kind: TicketKind::parse(&r.kind)
                .ok_or_else(|| StorageError::Corrupt(format!("ticket kind {:?}", r.kind)))?,
            queue_id: r.queue_id,
            room_id: r.room_id,
            root_event_id: r.root_event_id,
            status: TicketStatus::parse(&r.status)
                .ok_or_else(|| StorageError::Corrupt(format!("ticket status {:?}", r.status)))?,
            category: r.category,
            card: r.card,
            assignee: r.assignee,
            labels: serde_json::from_str(&r.labels).unwrap_or_default(),
            rating: r.rating,
            feedback: r.feedback,
            first_response_at: r.first_response_at,
            reminded_at: r.reminded_at,
            closed_at: r.closed_at,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct InboxRow {
    id: i64,
    source: String,
    external_id: String,
    payload: String,
    received_at: i64,
    attempts: i64,
}

impl From<InboxRow> for InboxItem {
    fn from(r: InboxRow) -> Self {
        InboxItem {
            id: r.id,
            source: r.source,
            external_id: r.external_id,
            payload: r.payload,
            received_at: r.received_at,
            attempts: r.attempts,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct OutboxRow {
    id: i64,
    channel: String,
    destination: String,
    placement: String,
    ticket_id: Option<i64>,
    media_id: Option<i64>,
    body: String,
    attempts: i64,
    created_at: i64,
    first_attempt_at: Option<i64>,
    pub(super) lane: String,
}

impl TryFrom<OutboxRow> for OutboxItem {
    type Error = StorageError;
    fn try_from(r: OutboxRow) -> Result<Self, StorageError> {
        let body: MessageBody = serde_json::from_str(&r.body)
            .map_err(|e| StorageError::Corrupt(format!("outbox {} body: {e}", r.id)))?;
        Ok(OutboxItem {
            id: r.id,
            channel: Channel::parse(&r.channel)
                .ok_or_else(|| StorageError::Corrupt(format!("outbox channel {:?}", r.channel)))?,
            destination: r.destination,
            placement: Placement::parse(&r.placement).ok_or_else(|| {
                StorageError::Corrupt(format!("outbox placement {:?}", r.placement))
            })?,
            ticket_id: r.ticket_id,
            media_id: r.media_id,
            body,
            attempts: r.attempts,
            created_at: r.created_at,
            first_attempt_at: r.first_attempt_at,
            lane: match r.lane.as_str() {
                "interactive" => crate::domain::outbound::Lane::Interactive,
                "bulk" => crate::domain::outbound::Lane::Bulk,
                other => {
                    return Err(StorageError::Corrupt(format!("outbox lane {other:?}")));
                }
            },
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct MediaRow {
    id: i64,
    content_type: String,
    file_name: String,
    width: i64,
    height: i64,
    bytes: Vec<u8>,
}

impl From<MediaRow> for Media {
    fn from(r: MediaRow) -> Self {
        Media {
            id: r.id,
            content_type: r.content_type,
            file_name: r.file_name,
            width: r.width,
            height: r.height,
            bytes: r.bytes,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct HistoryDbRow {
    author: String,
    external_id: String,
    body: String,
    created_at: i64,
}

impl TryFrom<HistoryDbRow> for HistoryRow {
    type Error = StorageError;
    fn try_from(r: HistoryDbRow) -> Result<Self, StorageError> {
        Ok(HistoryRow {
            author: author(&r.author)?,
            external_id: r.external_id,
            body: r.body,
            created_at: r.created_at,
        })
    }
}

/// A history line's author as stored (see [`Author::encode`]).
pub(super) fn author(stored: &str) -> Result<Author, StorageError> {
    Author::decode(stored)
        .ok_or_else(|| StorageError::Corrupt(format!("history author {stored:?}")))
}

/// Attempts to find a free pseudonym before giving up.
pub(super) const PSEUDONYM_TRIES: usize = 8;

/// What a cancelled outbox row keeps of its message: nothing.
pub(super) const ERASED_BODY: &str = r#"{"type":"text","text":""}"#;

/// The columns of `tickets` that [`TicketRow`] reads, in its order.
macro_rules! ticket_columns {
    () => {
        "id, resident_id, kind, queue_id, room_id, root_event_id, status, category, card, \
         assignee, labels, rating, feedback, first_response_at, reminded_at, closed_at, \
         created_at, updated_at"
    };
}

pub(crate) use ticket_columns;
