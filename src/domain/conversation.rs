//! Where a resident's conversation with koban stands: one state per
//! resident, stored in one place (the `conversations` table), with one
//! expiry rule. A resident with no stored conversation is idle.

use crate::clock::Millis;

use super::report::{DraftChange, ReportDraft};

/// How long a comment on a rating is awaited.
pub const FEEDBACK_WINDOW_MS: Millis = 30 * 60_000;

/// A resident's conversation.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Conversation {
    /// Nothing in progress: a text is a question, a button a menu choice.
    #[default]
    Idle,
    /// Writing a report through the guided steps; the draft carries the
    /// time of its last change.
    Reporting(Box<ReportDraft>),
    /// koban asked for a comment on the rating of this closed ticket.
    Feedback { ticket_id: i64, since: Millis },
}

/// The stored kinds of conversation (`conversations.kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Reporting,
    Feedback,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Reporting, Kind::Feedback];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Reporting => "reporting",
            Kind::Feedback => "feedback",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// How long each kind of conversation may stay untouched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifetimes {
    pub reporting: Millis,
    pub feedback: Millis,
}

impl Lifetimes {
    /// A draft lives `draft_expiry_minutes` (configured); a comment is
    /// awaited [`FEEDBACK_WINDOW_MS`].
    pub fn new(draft_expiry_minutes: u64) -> Self {
        Self {
            reporting: i64::try_from(draft_expiry_minutes)
                .unwrap_or(i64::MAX / 60_000)
                .saturating_mul(60_000),
            feedback: FEEDBACK_WINDOW_MS,
        }
    }

    pub fn of(&self, kind: Kind) -> Millis {
        match kind {
            Kind::Reporting => self.reporting,
            Kind::Feedback => self.feedback,
        }
    }
}

impl Conversation {
    pub fn kind(&self) -> Option<Kind> {
        match self {
            Conversation::Idle => None,
            Conversation::Reporting(_) => Some(Kind::Reporting),
            Conversation::Feedback { .. } => Some(Kind::Feedback),
        }
    }

    /// When the conversation last changed (`None` when idle).
    pub fn updated_at(&self) -> Option<Millis> {
        match self {
            Conversation::Idle => None,
            Conversation::Reporting(draft) => Some(draft.updated_at),
            Conversation::Feedback { since, .. } => Some(*since),
        }
    }

    /// The one expiry rule: a conversation ends once it has been left
    /// untouched for its kind's lifetime.
    pub fn expired(&self, now: Millis, lifetimes: &Lifetimes) -> bool {
        match (self.kind(), self.updated_at()) {
            (Some(kind), Some(at)) => now >= at.saturating_add(lifetimes.of(kind)),
            _ => false,
        }
    }

    pub fn draft(&self) -> Option<&ReportDraft> {
        match self {
            Conversation::Reporting(draft) => Some(draft),
            _ => None,
        }
    }

    pub fn into_draft(self) -> Option<ReportDraft> {
        match self {
            Conversation::Reporting(draft) => Some(*draft),
            _ => None,
        }
    }

    /// The ticket whose rating koban awaits a comment on, while the question
    /// still stands at `now`.
    pub fn awaited_feedback(&self, now: Millis, lifetimes: &Lifetimes) -> Option<i64> {
        match self {
            Conversation::Feedback { ticket_id, .. } if !self.expired(now, lifetimes) => {
                Some(*ticket_id)
            }
            _ => None,
        }
    }
}

/// How an event changes a resident's conversation.
#[derive(Debug, Clone, PartialEq)]
pub enum ConversationChange {
    /// The report in progress changes (or starts, or ends).
    Report(DraftChange),
    /// Await a comment on the rating of this ticket. A report in progress
    /// is never replaced by it.
    AwaitFeedback { ticket_id: i64 },
    /// Stop awaiting a comment (a report in progress stays).
    EndFeedback,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reporting(updated_at: Millis) -> Conversation {
        let mut draft = ReportDraft::new(0);
        draft.updated_at = updated_at;
        Conversation::Reporting(Box::new(draft))
    }

    #[test]
    fn every_kind_expires_by_the_same_rule() {
        let lifetimes = Lifetimes::new(60);
        assert_eq!(lifetimes.reporting, 3_600_000);
        assert!(!Conversation::Idle.expired(i64::MAX, &lifetimes));
        let draft = reporting(1_000);
        assert!(!draft.expired(1_000 + 3_599_999, &lifetimes));
        assert!(draft.expired(1_000 + 3_600_000, &lifetimes));
        let feedback = Conversation::Feedback {
            ticket_id: 7,
            since: 1_000,
        };
        assert_eq!(feedback.awaited_feedback(1_000, &lifetimes), Some(7));
        assert_eq!(
            feedback.awaited_feedback(1_000 + FEEDBACK_WINDOW_MS - 1, &lifetimes),
            Some(7)
        );
        assert_eq!(
            feedback.awaited_feedback(1_000 + FEEDBACK_WINDOW_MS, &lifetimes),
            None
        );
        assert!(feedback.expired(1_000 + FEEDBACK_WINDOW_MS, &lifetimes));
        assert_eq!(draft.awaited_feedback(1_000, &lifetimes), None);
    }

    #[test]
    fn kinds_round_trip_and_only_a_report_has_a_draft() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(Kind::parse("idle"), None);
        assert!(reporting(5).draft().is_some());
        assert_eq!(reporting(5).updated_at(), Some(5));
        assert!(Conversation::Idle.draft().is_none());
        assert_eq!(Conversation::Idle.kind(), None);
    }
}
