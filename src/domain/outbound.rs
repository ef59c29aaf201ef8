//! What leaves: every message to a resident or an officer room is first an
//! outbox row, written in the same transaction as the state change behind it.

use serde::{Deserialize, Serialize};

use super::model::{Awaiting, Channel, TicketKind, TicketStatus};
use super::report::DraftChange;

/// Where in the destination a message goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Placement {
    /// A plain message in the chat or room.
    Direct,
    /// The ticket's card in its queue room; its event id becomes the thread root.
    TicketRoot,
    /// Inside the ticket's thread (waits for the card to be delivered).
    TicketThread,
}

impl Placement {
    pub fn as_str(self) -> &'static str {
        match self {
            Placement::Direct => "direct",
            Placement::TicketRoot => "ticket_root",
            Placement::TicketThread => "ticket_thread",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "direct" => Some(Placement::Direct),
            "ticket_root" => Some(Placement::TicketRoot),
            "ticket_thread" => Some(Placement::TicketThread),
            _ => None,
        }
    }
}

/// The content of an outgoing message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MessageBody {
    Text {
        text: String,
    },
    /// Text with buttons (Telegram inline keyboard; rows of buttons).
    Menu {
        text: String,
        buttons: Vec<Vec<Button>>,
    },
    /// The answer to a button press (stops the client's spinner).
    CallbackAnswer {
        query_id: String,
        text: Option<String>,
    },
    /// An image whose (metadata-free) bytes are in the media table.
    Image {
        caption: Option<String>,
    },
    /// A new text for a message koban sent earlier (Matrix `m.replace`;
    /// Telegram `editMessageText`): `target` is its event or message id.
    Edit {
        target: String,
        text: String,
    },
    /// Delete a message koban sent earlier (Telegram `deleteMessage`;
    /// Matrix redaction).
    Delete {
        target: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub label: String,
    /// Callback data, at most 64 bytes.
    pub data: String,
}

/// An image that passed the checks and lost its metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanImage {
    pub content_type: String,
    pub file_name: String,
    pub width: u32,
    pub height: u32,
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NewOutbound {
    pub channel: Channel,
    /// Telegram chat id or Matrix room id.
    pub destination: String,
    pub placement: Placement,
    pub body: MessageBody,
    /// The image of a `MessageBody::Image`.
    pub media: Option<MediaRef>,
}

/// An outgoing image: new bytes to store, or an image already stored (a
/// photo kept with a report draft).
#[derive(Debug, Clone, PartialEq)]
pub enum MediaRef {
    New(CleanImage),
    Stored(i64),
}

/// What happens to the resident's ticket.
#[derive(Debug, Clone, PartialEq)]
pub enum TicketChange {
    None,
    /// Open a new ticket (with an id reserved beforehand) in this queue; rows
    /// with ticket placements refer to it.
    Open {
        id: i64,
        resident_id: i64,
        kind: TicketKind,
        queue_id: String,
        room_id: String,
        /// The report category (reports only).
        category: Option<String>,
        /// The card's text without its status lines.
        card: String,
    },
    /// Rows with ticket placements refer to this existing ticket.
    Existing {
        ticket_id: i64,
    },
}

/// A line of a ticket's history (append-only).
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    /// `resident`, `officer:<matrix id>` or `koban`.
    pub author: String,
    /// Platform id of the message (Telegram message id, Matrix event id).
    pub external_id: String,
    pub body: String,
}

/// Everything one inbound event causes, committed in one transaction together
/// with marking the event processed.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub ticket: TicketChange,
    pub history: Vec<HistoryEntry>,
    pub outbox: Vec<NewOutbound>,
    /// Set the resident's language (after a choice or first contact).
    pub set_language: Option<(i64, String)>,
    /// Set the resident's area.
    pub set_area: Option<(i64, String)>,
    /// Remember the numbered options shown to a Matrix resident (encoded
    /// actions), so that a reply "3" means the third.
    pub set_menu: Option<(i64, Vec<String>)>,
    /// Claim, close or reopen a ticket.
    pub set_status: Option<(i64, TicketStatus)>,
    /// The resident's report draft (resident id, change).
    pub draft: Option<(i64, DraftChange)>,
    /// Changes to a ticket's desk fields.
    pub update: Option<TicketUpdate>,
    /// What the resident's next text answers (`None` inside: nothing).
    pub set_awaiting: Option<(i64, Option<Awaiting>)>,
    /// Tickets that change hands (ticket id, new assignee): a handover.
    pub reassign: Vec<(i64, String)>,
    /// A key/value entry to store with the rest (key, value).
    pub set_kv: Option<(String, String)>,
    /// Erase this resident and everything kept about them, before the rest
    /// of the outcome is applied (its rows must not refer to their tickets).
    pub erase: Option<i64>,
}

/// Changes to a ticket besides its status; `None` fields stay as they are.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TicketUpdate {
    pub ticket_id: i64,
    /// `Some(None)` removes the assignee.
    pub assignee: Option<Option<String>>,
    pub labels: Option<Vec<String>>,
    pub rating: Option<i64>,
    pub feedback: Option<String>,
    /// An officer answered the resident (kept only the first time).
    pub first_response: bool,
    /// The overdue reminder was posted.
    pub reminded: bool,
    /// Moved to another queue: (queue id, room id).
    pub transfer: Option<(String, String)>,
}

impl Outcome {
    pub fn nothing() -> Self {
        Self {
            ticket: TicketChange::None,
            history: Vec::new(),
            outbox: Vec::new(),
            set_language: None,
            set_area: None,
            set_menu: None,
            set_status: None,
            draft: None,
            update: None,
            set_awaiting: None,
            reassign: Vec::new(),
            set_kv: None,
            erase: None,
        }
    }
}
