//! Values the engine's tests share: settings with two queues, a resident,
//! a ticket, a message. Tests change what matters to them with struct
//! update syntax.

use crate::config::{ReportConfig, ZoneConfig};
use crate::domain::area::Areas;
use crate::domain::model::{Channel, Resident, Ticket, TicketKind};
use crate::domain::{Conversation, ResidentContent, ResidentMessage};
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
