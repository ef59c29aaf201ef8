//! Features: each kind of inbound event is handled by one feature, in its
//! own folder: `mod.rs` loads what it needs through the ports and the store
//! (read-only); `decide.rs` (with files in `decide/` once it grows long)
//! holds its pure decisions, which return the list of changes
//! (`Vec<Change>`), and their tests. The pipeline commits the changes with
//! the event in one transaction; it knows no feature by name.
//!
//! The residents' feature routes a resident's message by its intent and
//! conversation to the decisions of the library, tickets, the report and
//! privacy; the desk and the coordination room handle the officers' rooms.
//! `engine.rs` is what their decisions share.
//!
//! Adding a feature: a folder here implementing [`Feature`], a line in
//! [`all`], its change variants in `domain/change.rs` with their
//! repository in `storage/repos/`. See the README, "Adding a feature".

pub mod coordination;
pub mod desk;
pub mod engine;
pub mod events;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod library;
pub mod moderation;
pub mod privacy;
pub mod report;
pub mod residents;
pub mod tickets;

use std::collections::HashMap;
use std::sync::Arc;

use async_trait::async_trait;

use crate::clock::SharedClock;
use crate::config::MediaConfig;
use crate::domain::{Change, InboundEvent};
use crate::features::engine::EngineSettings;
use crate::features::engine::{CONTACT_HOLDERS_KEY, ContactHolders};
use crate::i18n::Localizer;
use crate::ports::{Authority, MediaSource};
use crate::storage::{InboxItem, StorageError, Store};

pub use coordination::Coordination;
pub use desk::Desk;
pub use events::Events;
pub use moderation::Moderation;
pub use residents::Residents;

/// Why an event could not be handled now.
#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// Something that may pass (a download, a homeserver lookup): the event
    /// is tried again later, holding back only its own conversation.
    #[error("{0}")]
    Retry(String),
}

/// One feature: the inbound events it handles and what they change.
#[async_trait]
pub trait Feature: Send + Sync {
    /// `Ok(None)`: not this feature's event (the next feature is asked).
    async fn handle(
        &self,
        cx: &Cx,
        item: &InboxItem,
        event: &InboundEvent,
    ) -> Result<Option<Vec<Change>>, ProcessError>;
}

/// Every feature, in the order they are asked.
pub fn all() -> Vec<Box<dyn Feature>> {
    vec![
        // First: it keeps back what must not reach anyone.
        Box::new(Moderation::default()),
        // Before the residents' feature: it takes the events actions only.
        Box::new(Events),
        Box::new(Residents),
        Box::new(Coordination),
        Box::new(Desk),
    ]
}

/// What features work with: the store, texts, settings, time and the ports.
pub struct Cx {
    pub store: Arc<dyn Store>,
    pub localizer: Arc<Localizer>,
    pub settings: EngineSettings,
    pub media: MediaConfig,
    pub clock: SharedClock,
    pub telegram_media: Option<Arc<dyn MediaSource>>,
    pub matrix_media: Option<Arc<dyn MediaSource>>,
    /// Decides who may act on tickets; `None` lets every room member act.
    pub authority: Option<Arc<dyn Authority>>,
    /// Queue room (and coordination room) → the power level needed to act there.
    pub min_power: HashMap<String, i64>,
    /// The coordinators' room (`!stats`, `!handover`), if any.
    pub coordination_room: Option<String>,
    /// Screening and the moderation room; `None`: nothing is screened.
    pub moderation: Option<Arc<moderation::ModerationSettings>>,
    /// Events: time zone, reminders, waiting lists, broadcast batches.
    pub events: crate::config::EventsConfig,
    /// This installation's stable id (part of calendar UIDs).
    pub install_id: String,
    /// How residents reach koban, for posts in news channels.
    pub bot_links: BotLinks,
}

/// koban's own addresses, once the platforms told them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BotLinks {
    /// The Telegram bot's username (from `getMe`).
    pub telegram: Option<String>,
    /// koban's Matrix user id.
    pub matrix: Option<String>,
}

impl Cx {
    /// `Some(level needed)` when `user` may not act in `room`: not a joined
    /// member, or below the room's power level. Without an authority,
    /// everyone may.
    pub(crate) async fn refused(
        &self,
        room: &str,
        user: &str,
    ) -> Result<Option<i64>, ProcessError> {
        let Some(authority) = &self.authority else {
            return Ok(None);
        };
        let needed = self.min_power.get(room).copied().unwrap_or(50);
        let level = authority
            .power_level(room, user)
            .await
            .map_err(|e| ProcessError::Retry(format!("power level lookup: {e}")))?;
        Ok(level.is_none_or(|l| l < needed).then_some(needed))
    }

    /// The resident who sent `msg` (created at their first message; their
    /// chat, last contact and reported language kept up to date).
    pub(crate) async fn resident_of(
        &self,
        msg: &crate::domain::ResidentMessage,
        now: crate::clock::Millis,
    ) -> crate::storage::Result<crate::domain::Resident> {
        self.store
            .resident_upsert(
                &crate::storage::NewResident {
                    channel: msg.channel,
                    external_id: msg.user_id.clone(),
                    chat_id: msg.chat_id.clone(),
                    language: self.localizer.negotiate(msg.language_hint.as_deref()),
                    platform_language: msg.language_hint.clone(),
                },
                now,
            )
            .await
    }

    /// Who holds the area contact roles after handovers.
    pub(crate) async fn contact_holders(&self) -> crate::storage::Result<ContactHolders> {
        Ok(self
            .store
            .kv_get(CONTACT_HOLDERS_KEY)
            .await?
            .and_then(|v| serde_json::from_str(&v).ok())
            .unwrap_or_default())
    }
}
