//! What an inbound event changes: a list of typed changes, applied in order
//! by one commit (`storage::commit`) in the transaction that marks the event
//! processed. Each variant belongs to one aggregate and is applied by its
//! repository; a new feature adds its variants and its repository, nothing
//! else.

use super::conversation::ConversationChange;
use super::history::HistoryEntry;
use super::inbound::InboundEvent;
use super::model::{TicketKind, TicketStatus};
use super::moderation::{ModerationChange, NewAudit};
use super::outbound::{Lane, NewOutbound, Outcome, TicketChange, TicketUpdate};

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

impl Outcome {
    /// The outcome as the list of changes the commit applies, in order: an
    /// erasure first, then the ticket, its history and the messages (which
    /// refer to the ticket), then the rest.
    pub fn into_changes(self) -> Vec<Change> {
        let mut changes = Vec::new();
        if let Some(resident_id) = self.erase {
            changes.push(Change::EraseResident(resident_id));
        }
        let ticket_id = match self.ticket {
            TicketChange::None => None,
            TicketChange::Open {
                id,
                resident_id,
                kind,
                queue_id,
                room_id,
                category,
                card,
            } => {
                changes.push(Change::OpenTicket(NewTicket {
                    id,
                    resident_id,
                    kind,
                    queue_id,
                    room_id,
                    category,
                    card,
                }));
                Some(id)
            }
            TicketChange::Existing { ticket_id } => {
                changes.push(Change::TouchTicket(ticket_id));
                Some(ticket_id)
            }
        };
        if let Some(ticket_id) = ticket_id {
            changes.extend(
                self.history
                    .into_iter()
                    .map(|entry| Change::History { ticket_id, entry }),
            );
        }
        changes.extend(self.outbox.into_iter().map(|message| Change::Send {
            ticket_id,
            message,
            lane: Lane::Interactive,
        }));
        if let Some((ticket_id, status)) = self.set_status {
            changes.push(Change::TicketStatus { ticket_id, status });
        }
        if let Some(update) = self.update {
            changes.push(Change::UpdateTicket(update));
        }
        if let Some((key, value)) = self.set_kv {
            changes.push(Change::Kv { key, value });
        }
        changes.extend(
            self.reassign
                .into_iter()
                .map(|(ticket_id, assignee)| Change::Reassign {
                    ticket_id,
                    assignee,
                }),
        );
        let resident = |resident_id, change| Change::Resident {
            resident_id,
            change,
        };
        if let Some((id, area)) = self.set_area {
            changes.push(resident(id, ResidentChange::Area(area)));
        }
        if let Some((id, language)) = self.set_language {
            changes.push(resident(id, ResidentChange::Language(language)));
        }
        // The awaited comment first: a report started by the same event
        // comes after it.
        if let Some((resident_id, feedback)) = self.feedback {
            changes.push(Change::Conversation {
                resident_id,
                change: match feedback {
                    Some(ticket_id) => ConversationChange::AwaitFeedback { ticket_id },
                    None => ConversationChange::EndFeedback,
                },
            });
        }
        if let Some((resident_id, change)) = self.draft {
            changes.push(Change::Conversation {
                resident_id,
                change: ConversationChange::Report(change),
            });
        }
        changes
    }
}
