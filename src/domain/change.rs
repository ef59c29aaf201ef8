//! What an inbound event changes: a list of typed changes, applied in order
//! by one commit (`storage::commit`) in the transaction that marks the event
//! processed. Each variant belongs to one aggregate and is applied by its
//! repository; a new feature adds its variants and its repository, nothing
//! else.

use std::fmt;

use super::model::{Awaiting, TicketKind, TicketStatus};
use super::outbound::{HistoryEntry, NewOutbound, TicketUpdate};
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
    /// An outgoing message, as an outbox row.
    Send {
        ticket_id: Option<i64>,
        message: NewOutbound,
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
    Draft {
        resident_id: i64,
        change: DraftChange,
    },
    /// A key/value entry (small shared state such as contact holders).
    Kv {
        key: String,
        value: String,
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
    /// The numbered options shown to a Matrix resident (encoded actions), so
    /// that a reply "3" means the third.
    Menu(Vec<String>),
    /// What the resident's next text answers (`None`: nothing).
    Awaiting(Option<Awaiting>),
}

/// Who wrote a line of a ticket's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Author {
    Resident,
    /// The resident edited an earlier message.
    ResidentEdit,
    /// koban itself (notices, failed deliveries).
    Koban,
    /// A member of an officers' room, by Matrix user id.
    Officer {
        act: OfficerAct,
        user: String,
    },
}

/// What an officer's history line records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficerAct {
    /// An answer the resident received.
    Answer,
    /// A later version of an answer.
    Edit,
    /// An answer taken back.
    Redacted,
    /// An internal note (never reaches the resident).
    Note,
    Assigned,
    Labels,
    Closed,
    Reopened,
    Transferred,
    /// Written while the ticket could not reach the resident.
    Unsent,
    /// Written by a member without the power to act.
    Refused,
}

impl OfficerAct {
    const ALL: [OfficerAct; 11] = [
        OfficerAct::Answer,
        OfficerAct::Edit,
        OfficerAct::Redacted,
        OfficerAct::Note,
        OfficerAct::Assigned,
        OfficerAct::Labels,
        OfficerAct::Closed,
        OfficerAct::Reopened,
        OfficerAct::Transferred,
        OfficerAct::Unsent,
        OfficerAct::Refused,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OfficerAct::Answer => "officer",
            OfficerAct::Edit => "officer-edit",
            OfficerAct::Redacted => "officer-redacted",
            OfficerAct::Note => "note",
            OfficerAct::Assigned => "assigned",
            OfficerAct::Labels => "labels",
            OfficerAct::Closed => "closed",
            OfficerAct::Reopened => "reopened",
            OfficerAct::Transferred => "transferred",
            OfficerAct::Unsent => "unsent",
            OfficerAct::Refused => "refused",
        }
    }
}

impl Author {
    pub fn officer(act: OfficerAct, user: &str) -> Self {
        Author::Officer {
            act,
            user: user.to_owned(),
        }
    }

    /// The stored form: `resident`, `resident-edit`, `koban` or
    /// `<act>:<matrix user id>`.
    pub fn encode(&self) -> String {
        self.to_string()
    }

    pub fn decode(s: &str) -> Option<Self> {
        match s {
            "resident" => Some(Author::Resident),
            "resident-edit" => Some(Author::ResidentEdit),
            "koban" => Some(Author::Koban),
            _ => {
                let (kind, user) = s.split_once(':')?;
                let act = OfficerAct::ALL.into_iter().find(|a| a.as_str() == kind)?;
                Some(Author::officer(act, user))
            }
        }
    }

    /// The resident wrote it (first version or edit).
    pub fn is_resident(&self) -> bool {
        matches!(self, Author::Resident | Author::ResidentEdit)
    }

    /// The officer's user id, for an officer's line.
    pub fn user(&self) -> Option<&str> {
        match self {
            Author::Officer { user, .. } => Some(user),
            _ => None,
        }
    }

    pub fn act(&self) -> Option<OfficerAct> {
        match self {
            Author::Officer { act, .. } => Some(*act),
            _ => None,
        }
    }
}

impl fmt::Display for Author {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Author::Resident => f.write_str("resident"),
            Author::ResidentEdit => f.write_str("resident-edit"),
            Author::Koban => f.write_str("koban"),
            Author::Officer { act, user } => write!(f, "{}:{user}", act.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authors_survive_their_stored_form() {
        let mut all = vec![Author::Resident, Author::ResidentEdit, Author::Koban];
        all.extend(
            OfficerAct::ALL
                .into_iter()
                .map(|act| Author::officer(act, "@ana:police.example")),
        );
        for author in all {
            assert_eq!(Author::decode(&author.encode()), Some(author.clone()));
        }
        assert_eq!(
            Author::officer(OfficerAct::Note, "@a:b").encode(),
            "note:@a:b"
        );
        assert_eq!(Author::decode("officer"), None);
        assert_eq!(Author::decode("wizard:@a:b"), None);
    }
}
