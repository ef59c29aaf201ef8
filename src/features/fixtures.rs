//! Values the engine's tests share: settings with two queues, a resident,
//! a ticket, a message. Tests change what matters to them with struct
//! update syntax. And views of a decision's changes: the messages it sends,
//! the history it writes, the ticket it opens or touches…

use crate::config::{ReportConfig, ZoneConfig};
use crate::domain::area::Areas;
use crate::domain::change::NewTicket;
use crate::domain::history::HistoryEntry;
use crate::domain::model::{Channel, Resident, Ticket, TicketKind, TicketStatus};
use crate::domain::outbound::{NewOutbound, TicketUpdate};
use crate::domain::report::DraftChange;
use crate::domain::{Change, Conversation, ConversationChange, ResidentContent, ResidentMessage};
use crate::features::engine::{EngineSettings, ResidentState};

/// 2026-03-01T00:00:00Z.
pub const T0: i64 = 1_772_323_200_000;

/// Queues `north` (default) and `south`, no areas, no routes.
pub fn settings() -> EngineSettings {
    EngineSettings {
        zone: ZoneConfig::default(),
        areas: Areas::default(),
        default_queue_id: "north".into(),
        default_queue_room: "!north:hs".into(),
        queue_rooms: vec![
            ("north".into(), "!north:hs".into()),
            ("south".into(), "!south:hs".into()),
        ],
        routes: Vec::new(),
        report: ReportConfig::default(),
        desks: Vec::new(),
    }
}

/// An English-speaking Telegram resident (id 1, chat "c").
pub fn resident() -> Resident {
    Resident {
        id: 1,
        channel: Channel::Telegram,
        external_id: "u".into(),
        chat_id: "c".into(),
        pseudonym: "Resident KITE".into(),
        language: "en".into(),
        platform_language: None,
        area_id: None,
        menu: Vec::new(),
        created_at: 0,
        last_seen_at: 0,
    }
}

/// A new question of resident 1 in `north`, its card delivered as `$card<id>`.
pub fn ticket(id: i64) -> Ticket {
    Ticket {
        root_event_id: Some(format!("$card{id}")),
        ..Ticket::opened(
            id,
            1,
            TicketKind::Question,
            "north".into(),
            "!north:hs".into(),
            format!("card {id}"),
            T0,
        )
    }
}

/// A conversation with nothing in progress.
pub static IDLE: Conversation = Conversation::Idle;

/// What the engine knows of `resident` when nothing else is going on.
pub fn state(resident: &Resident) -> ResidentState<'_> {
    ResidentState {
        resident,
        open_ticket: None,
        conversation: &IDLE,
        tickets: &[],
        rated_ticket: None,
        edited_original: None,
        export: None,
    }
}

/// A message from resident 1 on `channel`.
pub fn message(channel: Channel, content: ResidentContent) -> ResidentMessage {
    ResidentMessage {
        channel,
        user_id: "u".into(),
        chat_id: "c".into(),
        message_id: "1".into(),
        language_hint: None,
        content,
    }
}

/// Text without Fluent's bidi isolation marks.
pub fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// The one value found, if any (a decision makes each of these changes at
/// most once).
fn at_most_one<T: std::fmt::Debug>(found: Vec<T>) -> Option<T> {
    assert!(found.len() < 2, "more than one: {found:?}");
    found.into_iter().next()
}

/// The messages the changes send, in order.
pub fn sends(changes: &[Change]) -> Vec<&NewOutbound> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Send { message, .. } => Some(message),
            _ => None,
        })
        .collect()
}

/// The history entries the changes write, in order.
pub fn histories(changes: &[Change]) -> Vec<&HistoryEntry> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::History { entry, .. } => Some(entry),
            _ => None,
        })
        .collect()
}

/// The ticket the changes open.
pub fn opened(changes: &[Change]) -> Option<&NewTicket> {
    at_most_one(
        changes
            .iter()
            .filter_map(|c| match c {
                Change::OpenTicket(ticket) => Some(ticket),
                _ => None,
            })
            .collect(),
    )
}

/// The existing ticket the changes touch.
pub fn touched(changes: &[Change]) -> Option<i64> {
    at_most_one(
        changes
            .iter()
            .filter_map(|c| match c {
                Change::TouchTicket(id) => Some(*id),
                _ => None,
            })
            .collect(),
    )
}

/// The ticket status the changes set: (ticket id, status).
pub fn status(changes: &[Change]) -> Option<(i64, TicketStatus)> {
    at_most_one(
        changes
            .iter()
            .filter_map(|c| match c {
                Change::TicketStatus { ticket_id, status } => Some((*ticket_id, *status)),
                _ => None,
            })
            .collect(),
    )
}

/// The changes to a ticket's desk fields.
pub fn ticket_update(changes: &[Change]) -> Option<&TicketUpdate> {
    at_most_one(
        changes
            .iter()
            .filter_map(|c| match c {
                Change::UpdateTicket(update) => Some(update),
                _ => None,
            })
            .collect(),
    )
}

/// The tickets that change hands: (ticket id, new assignee).
pub fn reassigned(changes: &[Change]) -> Vec<(i64, String)> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Reassign {
                ticket_id,
                assignee,
            } => Some((*ticket_id, assignee.clone())),
            _ => None,
        })
        .collect()
}

/// The key/value entry the changes store: (key, value).
pub fn kv(changes: &[Change]) -> Option<(&str, &str)> {
    at_most_one(
        changes
            .iter()
            .filter_map(|c| match c {
                Change::Kv { key, value } => Some((key.as_str(), value.as_str())),
                _ => None,
            })
            .collect(),
    )
}

/// The changes to residents' conversations: (resident id, change), in order.
pub fn conversation(changes: &[Change]) -> Vec<(i64, &ConversationChange)> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Conversation {
                resident_id,
                change,
            } => Some((*resident_id, change)),
            _ => None,
        })
        .collect()
}

/// The awaited comment: (resident id, `Some(ticket id)` when one is now
/// awaited, `None` when none is any more).
pub fn feedback(changes: &[Change]) -> Option<(i64, Option<i64>)> {
    at_most_one(
        conversation(changes)
            .into_iter()
            .filter_map(|(resident_id, change)| match change {
                ConversationChange::AwaitFeedback { ticket_id } => {
                    Some((resident_id, Some(*ticket_id)))
                }
                ConversationChange::EndFeedback => Some((resident_id, None)),
                ConversationChange::Report(_) => None,
            })
            .collect(),
    )
}

/// The change to the resident's report draft: (resident id, change).
pub fn draft_change(changes: &[Change]) -> Option<(i64, &DraftChange)> {
    at_most_one(
        conversation(changes)
            .into_iter()
            .filter_map(|(resident_id, change)| match change {
                ConversationChange::Report(draft) => Some((resident_id, draft)),
                _ => None,
            })
            .collect(),
    )
}
