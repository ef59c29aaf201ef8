use serde::{Deserialize, Serialize};

use crate::clock::Millis;

/// A messenger residents use to reach koban.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Telegram,
    Matrix,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Telegram => "telegram",
            Channel::Matrix => "matrix",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "telegram" => Some(Channel::Telegram),
            "matrix" => Some(Channel::Matrix),
            _ => None,
        }
    }
}

/// A resident as koban knows them. Officers only ever see `pseudonym`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resident {
    pub id: i64,
    pub channel: Channel,
    /// Telegram user id or Matrix user id. Never shown to officers.
    pub external_id: String,
    /// Where replies go: Telegram chat id or Matrix direct room id.
    pub chat_id: String,
    pub pseudonym: String,
    /// The locale koban speaks with this resident.
    pub language: String,
    /// What the messenger reported (Telegram `language_code`), kept as a
    /// contact attribute.
    pub platform_language: Option<String>,
    /// The area the resident chose (or that their location selected).
    pub area_id: Option<String>,
    /// Numbered options last shown on a channel without buttons (Matrix):
    /// encoded menu actions.
    pub menu: Vec<String>,
    pub created_at: Millis,
    pub last_seen_at: Millis,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TicketKind {
    /// A free question (the resident just wrote).
    Question,
    /// An incident report made through the guided flow.
    Report,
}

impl TicketKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TicketKind::Question => "question",
            TicketKind::Report => "report",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "question" => Some(TicketKind::Question),
            "report" => Some(TicketKind::Report),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TicketStatus {
    /// New: no officer has taken it yet.
    Open,
    /// An officer has taken it (`!claim`).
    Claimed,
    /// An officer answered; the resident's turn.
    Waiting,
    Closed,
}

impl TicketStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            TicketStatus::Open => "open",
            TicketStatus::Claimed => "claimed",
            TicketStatus::Waiting => "waiting",
            TicketStatus::Closed => "closed",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "open" => Some(TicketStatus::Open),
            "claimed" => Some(TicketStatus::Claimed),
            "waiting" => Some(TicketStatus::Waiting),
            "closed" => Some(TicketStatus::Closed),
            _ => None,
        }
    }
}

/// A conversation between one resident and one officer queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub id: i64,
    pub resident_id: i64,
    pub kind: TicketKind,
    pub queue_id: String,
    /// The queue's Matrix room.
    pub room_id: String,
    /// The ticket card's event id, once the card has been delivered; the
    /// ticket's thread hangs from it.
    pub root_event_id: Option<String>,
    pub status: TicketStatus,
    /// The report category (reports only).
    pub category: Option<String>,
    /// The card's text as first posted, without the status lines (the
    /// card is edited to show the current status below it).
    pub card: String,
    /// The officer (Matrix ID) who has the ticket.
    pub assignee: Option<String>,
    pub labels: Vec<String>,
    /// The resident's rating (1–5) after closing, and their comment.
    pub rating: Option<i64>,
    pub feedback: Option<String>,
    /// When an officer first answered the resident.
    pub first_response_at: Option<Millis>,
    /// When the overdue reminder was posted.
    pub reminded_at: Option<Millis>,
    pub closed_at: Option<Millis>,
    pub created_at: Millis,
    pub updated_at: Millis,
}

impl Ticket {
    /// A ticket as it is opened: new, nobody on it, nothing answered yet.
    pub fn opened(
        id: i64,
        resident_id: i64,
        kind: TicketKind,
        queue_id: String,
        room_id: String,
        card: String,
        created_at: Millis,
    ) -> Self {
        Self {
            id,
            resident_id,
            kind,
            queue_id,
            room_id,
            root_event_id: None,
            status: TicketStatus::Open,
            category: None,
            card,
            assignee: None,
            labels: Vec::new(),
            rating: None,
            feedback: None,
            first_response_at: None,
            reminded_at: None,
            closed_at: None,
            created_at,
            updated_at: created_at,
        }
    }

    /// The readable reference residents and officers quote, e.g. `Q-2026-00042`.
    pub fn reference(&self) -> String {
        reference_for(self.kind, self.id, self.created_at)
    }
}

pub fn reference_for(kind: TicketKind, id: i64, created_at: Millis) -> String {
    use chrono::Datelike;
    let year = chrono::DateTime::from_timestamp_millis(created_at)
        .map(|t| t.year())
        .unwrap_or(1970);
    let prefix = match kind {
        TicketKind::Question => "Q",
        TicketKind::Report => "R",
    };
    format!("{prefix}-{year}-{id:05}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_readable() {
        // 2026-03-01T00:00:00Z
        assert_eq!(
            reference_for(TicketKind::Question, 123, 1_772_323_200_000),
            "Q-2026-00123"
        );
        assert_eq!(
            reference_for(TicketKind::Question, 1_234_567, 1_772_323_200_000),
            "Q-2026-1234567"
        );
        assert_eq!(
            reference_for(TicketKind::Report, 123, 1_772_323_200_000),
            "R-2026-00123"
        );
    }
}
