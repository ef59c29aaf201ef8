//! The coordinators' room: `!stats` and `!handover`; other talk there is
//! left alone.

/// The pure decisions: statistics and handovers.
pub(crate) mod decide;

use async_trait::async_trait;

use crate::domain::Change;
use crate::domain::intent::CoordinationCommand;
use crate::domain::{InboundEvent, OfficerMessage};
use crate::features::engine::Engine;
use crate::features::{Cx, Feature, ProcessError};
use crate::storage::InboxItem;

pub struct Coordination;

#[async_trait]
impl Feature for Coordination {
    async fn handle(
        &self,
        cx: &Cx,
        _item: &InboxItem,
        event: &InboundEvent,
    ) -> Result<Option<Vec<Change>>, ProcessError> {
        match event {
            InboundEvent::Officer(msg)
                if cx.coordination_room.as_deref() == Some(msg.room_id.as_str()) =>
            {
                cx.coordination(msg).await.map(Some)
            }
            _ => Ok(None),
        }
    }
}

impl Cx {
    /// A message in the coordination room: only `!` commands matter.
    async fn coordination(&self, msg: &OfficerMessage) -> Result<Vec<Change>, ProcessError> {
        let now = self.clock.now_ms();
        let Some(command) = CoordinationCommand::parse(&msg.body) else {
            return Ok(Vec::new());
        };
        let engine = Engine::new(&self.settings, &self.localizer);
        if let Some(needed) = self.refused(&msg.room_id, &msg.sender).await? {
            tracing::warn!(room = %msg.room_id, sender = %msg.sender, needed, "coordination command refused");
            return Ok(engine.coordination_refused(msg, needed));
        }
        let changes = match command {
            CoordinationCommand::Stats => {
                let since = now - 30 * 86_400_000;
                let tickets = self.store.tickets_created_since(since).await?;
                engine.stats(msg, &tickets, now)
            }
            CoordinationCommand::Handover(h) => {
                let tickets = self.store.tickets_assigned_open(&h.outgoing).await?;
                tracing::info!(outgoing = %h.outgoing, incoming = %h.incoming, tickets = tickets.len(), "handover");
                let holders = self.contact_holders().await?;
                let mut incoming_name = None;
                if let Some(authority) = &self.authority {
                    let rooms = std::iter::once(msg.room_id.as_str())
                        .chain(self.settings.queue_rooms.iter().map(|(_, r)| r.as_str()));
                    for room in rooms {
                        incoming_name = authority.display_name(room, &h.incoming).await;
                        if incoming_name.is_some() {
                            break;
                        }
                    }
                }
                let name = incoming_name.unwrap_or_else(|| h.incoming.clone());
                engine.handover(msg, &h, &tickets, &holders, &name)
            }
            CoordinationCommand::Help => engine.coordination_help(msg),
        };
        Ok(changes)
    }
}
