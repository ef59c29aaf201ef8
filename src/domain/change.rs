//! What an inbound event changes: a list of typed changes, applied in order
//! by one commit (`storage::commit`) in the transaction that marks the event
//! processed. Each variant belongs to one aggregate and is applied by its
//! repository; a new feature adds its variants and its repository, nothing
//! else.
//!
//! The decisions list the changes in this order: an erasure first; the
//! ticket opened or touched, then its history and the messages (which refer
//! to the ticket); then the ticket's status and other fields, key/value
//! entries, reassignments, the resident (area, then language) and last the
//! conversation (an awaited comment, then a report).

use super::conversation::ConversationChange;
use super::event::EventChange;
use super::history::HistoryEntry;
use super::inbound::InboundEvent;
use super::model::{TicketKind, TicketStatus};
use super::moderation::{ModerationChange, NewAudit};
use super::outbound::{Lane, NewOutbound, TicketUpdate};
use super::report::DraftChange;

#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Erase the resident and everything kept about them. Comes first: later
    /// changes must not refer to their tickets.
    EraseResident(i64),
    OpenTicket(NewTicket),
    /// The ticket saw activity (it is the one the resident is talking in).
    TouchTicket(i64),
    History {
        ticket_id: i64,
        entry: HistoryEntry,
    },
    /// An outgoing message, as an outbox row in its lane.
    Send {
        ticket_id: Option<i64>,
        message: NewOutbound,
        lane: Lane,
    },
    TicketStatus {
        ticket_id: i64,
        status: TicketStatus,
    },
    UpdateTicket(TicketUpdate),
    /// The ticket changes hands (a handover).
    Reassign {
        ticket_id: i64,
        assignee: String,
    },
    Resident {
        resident_id: i64,
        change: ResidentChange,
    },
    /// The resident's conversation (a report in progress, an awaited
    /// comment).
    Conversation {
        resident_id: i64,
        change: ConversationChange,
    },
    /// A key/value entry (small shared state such as contact holders).
    Kv {
        key: String,
        value: String,
    },
    /// Held messages, sanctions, warnings and moderators' rules.
    Moderation(ModerationChange),
    /// Events, answers, subscriptions and broadcasts.
    Events(EventChange),
    /// An entry appended to the audit log (chained to the one before).
    Audit(NewAudit),
    /// A new inbound event, handled after this one like any other (a
    /// released message): `external_id` is unique for `source`.
    Enqueue {
        source: String,
        external_id: String,
        event: Box<InboundEvent>,
    },
}

/// A ticket to open, with an id reserved beforehand.
#[derive(Debug, Clone, PartialEq)]
pub struct NewTicket {
    pub id: i64,
    pub resident_id: i64,
    pub kind: TicketKind,
    pub queue_id: String,
    pub room_id: String,
    /// The report category (reports only).
    pub category: Option<String>,
    /// The card's text without its status lines.
    pub card: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ResidentChange {
    Language(String),
    Area(String),
}

impl Change {
    /// An outgoing message in the interactive lane, about `ticket_id` (the
    /// ticket the event opens or touches, if any).
    pub fn send(ticket_id: Option<i64>, message: NewOutbound) -> Self {
        Change::Send {
            ticket_id,
            message,
            lane: Lane::Interactive,
        }
    }

    pub fn history(ticket_id: i64, entry: HistoryEntry) -> Self {
        Change::History { ticket_id, entry }
    }

    /// Claim, close or reopen a ticket.
    pub fn status(ticket_id: i64, status: TicketStatus) -> Self {
        Change::TicketStatus { ticket_id, status }
    }

    pub fn language(resident_id: i64, language: String) -> Self {
        Change::Resident {
            resident_id,
            change: ResidentChange::Language(language),
        }
    }

    pub fn area(resident_id: i64, area: String) -> Self {
        Change::Resident {
            resident_id,
            change: ResidentChange::Area(area),
        }
    }

    /// Await the resident's comment on the rating of a ticket.
    pub fn await_feedback(resident_id: i64, ticket_id: i64) -> Self {
        Change::Conversation {
            resident_id,
            change: ConversationChange::AwaitFeedback { ticket_id },
        }
    }

    /// No longer await a comment from the resident.
    pub fn end_feedback(resident_id: i64) -> Self {
        Change::Conversation {
            resident_id,
            change: ConversationChange::EndFeedback,
        }
    }

    /// A change to the resident's report draft.
    pub fn draft(resident_id: i64, change: DraftChange) -> Self {
        Change::Conversation {
            resident_id,
            change: ConversationChange::Report(change),
        }
    }
}
