//! The officers' desk in the queue rooms: answers in a ticket's thread,
//! `!` commands, edits and redactions passed on to the resident, reminders
//! of missed targets, and notices when a delivery failed.

/// The pure decisions: what the desk says and changes.
pub(crate) mod decide;

use async_trait::async_trait;

use crate::domain::Change;
use crate::domain::intent::{DeskCommand, DeskIntent};
use crate::domain::{
    Author, Channel, InboundEvent, MessageBody, NewOutbound, OfficerAct, OfficerMessage, Placement,
};
use crate::features::engine::Engine;
use crate::features::{Cx, Feature, ProcessError};
use crate::storage::InboxItem;

/// Attempts to find a ticket for an officer's thread message whose card may
/// still be on its way.
const ROOT_WAIT_ATTEMPTS: i64 = 5;

pub struct Desk;

#[async_trait]
impl Feature for Desk {
    async fn handle(
        &self,
        cx: &Cx,
        item: &InboxItem,
        event: &InboundEvent,
    ) -> Result<Option<Vec<Change>>, ProcessError> {
        let changes = match event {
            InboundEvent::Officer(msg) => cx.officer(item, msg).await?,
            InboundEvent::OfficerEdit(change) => cx.officer_change(change, false).await?,
            InboundEvent::OfficerRedaction(change) => cx.officer_change(change, true).await?,
            InboundEvent::TargetMissed { ticket_id } => {
                let now = cx.clock.now_ms();
                let ticket = cx.store.ticket_get(*ticket_id).await?;
                let breach = ticket.as_ref().and_then(|t| {
                    cx.settings
                        .desk(&t.queue_id)
                        .and_then(|d| d.targets.breach(t, now))
                });
                match (ticket, breach) {
                    (Some(ticket), Some(breach)) => {
                        Engine::new(&cx.settings, &cx.localizer).overdue(&ticket, breach)
                    }
                    _ => Vec::new(),
                }
            }
            InboundEvent::DeliveryFailed {
                ticket_id,
                error,
                card,
            } => match cx.store.ticket_get(*ticket_id).await? {
                Some(ticket) if *card => cx.card_failed(&ticket, error),
                Some(ticket) => {
                    Engine::new(&cx.settings, &cx.localizer).delivery_failed(&ticket, error)
                }
                None => Vec::new(),
            },
            _ => return Ok(None),
        };
        Ok(Some(changes))
    }
}

impl Cx {
    async fn officer(
        &self,
        item: &InboxItem,
        msg: &OfficerMessage,
    ) -> Result<Vec<Change>, ProcessError> {
        let ticket = match &msg.thread_root {
            Some(root) => self.store.ticket_by_root(&msg.room_id, root).await?,
            None => None,
        };
        if msg.via_reaction && ticket.is_none() {
            // A reaction on something that is not a ticket's card.
            return Ok(Vec::new());
        }
        if let (Some(root), None) = (&msg.thread_root, &ticket) {
            // The card's event id may not be recorded yet (a crash between
            // sending the card and recording it, or the card still on its
            // way): wait while a card to this room is pending.
            let card_pending = self.store.outbox_card_pending(&msg.room_id).await?;
            if card_pending || item.attempts + 1 < ROOT_WAIT_ATTEMPTS {
                return Err(ProcessError::Retry("thread root not known yet".to_owned()));
            }
            // A thread on one of koban's own messages that is no ticket's
            // card now (a notice, or a card that moved with a transfer), or
            // on a message koban answered: the officer must know nobody
            // received this.
            let on_kobans = self
                .store
                .outbox_by_remote_id(Channel::Matrix, root)
                .await?
                .is_some()
                || !self.store.outbox_of_event("matrix", root).await?.is_empty();
            if on_kobans {
                tracing::warn!(room = %msg.room_id, root = %root, "officer wrote in a thread that is not a ticket's");
                let notice = NewOutbound {
                    channel: Channel::Matrix,
                    destination: msg.room_id.clone(),
                    placement: Placement::Direct,
                    body: MessageBody::Text {
                        text: self.localizer.text(
                            self.localizer.default_language(),
                            "notice-thread-not-ticket",
                            None,
                        ),
                    },
                    media: None,
                };
                return Ok(vec![Change::send(None, notice)]);
            }
        }
        let resident = match &ticket {
            Some(t) => self.store.resident_get(t.resident_id).await?,
            None => None,
        };
        let engine = Engine::new(&self.settings, &self.localizer);
        if let Some(ticket) = &ticket
            && let Some(needed) = self.refused(&msg.room_id, &msg.sender).await?
        {
            tracing::warn!(room = %msg.room_id, sender = %msg.sender, needed, "officer action refused");
            return Ok(engine.officer_refused(ticket, msg, needed));
        }
        let intent = DeskIntent::parse(&msg.body);
        let transfer = match &intent {
            DeskIntent::Command(DeskCommand::Transfer(target)) => Some(target.as_str()),
            _ => None,
        };
        let history: Vec<String> = match (&ticket, transfer) {
            (Some(t), Some(_)) => self
                .store
                .ticket_history(t.id)
                .await?
                .into_iter()
                .filter(|h| {
                    h.author == Author::Resident || h.author.act() == Some(OfficerAct::Answer)
                })
                .map(|h| {
                    let who = match h.author.user() {
                        Some(officer) => officer.to_owned(),
                        None => resident
                            .as_ref()
                            .map(|r| r.pseudonym.clone())
                            .unwrap_or_default(),
                    };
                    format!("{who}: {}", h.body)
                })
                .collect(),
            _ => Vec::new(),
        };
        // A transfer to a queue room koban has not joined would leave the
        // ticket without a card: refuse it here, where membership is known.
        if let (Some(ticket), Some(authority)) = (&ticket, &self.authority)
            && let Some(target) = transfer
            && let Some((_, room)) = self
                .settings
                .queue_rooms
                .iter()
                .find(|(id, _)| id == target)
            && !authority.bot_in_room(room).await
        {
            tracing::warn!(queue = target, room = %room, "transfer to a room koban is not in");
            return Ok(engine.transfer_unreachable(ticket, target));
        }
        let mut msg = msg.clone();
        if let (Some(ticket), Some(authority)) = (&ticket, &self.authority)
            && self
                .settings
                .desk(&ticket.queue_id)
                .is_some_and(|d| d.officer_names)
        {
            msg.sender_name = authority.display_name(&msg.room_id, &msg.sender).await;
        }
        Ok(engine.officer_message(
            ticket.as_ref().zip(resident.as_ref()),
            &history,
            &msg,
            &intent,
        ))
    }

    /// An officer edited or redacted a message: bridge it to the resident's
    /// copy, if the original was an answer to them.
    async fn officer_change(
        &self,
        change: &crate::domain::inbound::OfficerChange,
        redacted: bool,
    ) -> Result<Vec<Change>, ProcessError> {
        let sent = self.store.outbox_of_event("matrix", &change.target).await?;
        let ticket = match sent.iter().find_map(|r| r.ticket_id) {
            Some(id) => self.store.ticket_get(id).await?,
            None => None,
        };
        let resident = match &ticket {
            Some(t) => self.store.resident_get(t.resident_id).await?,
            None => None,
        };
        let (Some(ticket), Some(resident)) = (ticket, resident) else {
            return Ok(Vec::new());
        };
        // Only answers reach the resident's chat as such: not commands,
        // templates or reactions (whose effects stay), and only edits by
        // their author in the ticket's own room.
        let original = self
            .store
            .history_of_message(ticket.id, &change.target)
            .await?;
        // The newest line is the answer or its last edit.
        let is_answer = original.as_ref().is_some_and(|(author, body)| {
            matches!(author.act(), Some(OfficerAct::Answer | OfficerAct::Edit))
                && !body.starts_with("[template ")
                && (redacted || author.user() == Some(change.sender.as_str()))
        });
        if !is_answer
            || change.room_id != ticket.room_id
            || DeskCommand::parse(&change.body).is_some()
        {
            return Ok(Vec::new());
        }
        // Redacting someone else's answer deletes the resident's copy only
        // if the redacting member may redact others' events in the room.
        let author = original
            .as_ref()
            .and_then(|(author, _)| author.user().map(str::to_owned))
            .unwrap_or_default();
        if redacted
            && author != change.sender
            && let Some(authority) = &self.authority
        {
            let level = authority
                .power_level(&change.room_id, &change.sender)
                .await
                .map_err(ProcessError::Retry)?
                .unwrap_or(i64::MIN);
            let needed = authority
                .redact_level(&change.room_id)
                .await
                .map_err(ProcessError::Retry)?;
            if level < needed {
                tracing::warn!(room = %change.room_id, sender = %change.sender, level, needed, "redaction of another officer's answer by a member who may not redact: not bridged");
                return Ok(Vec::new());
            }
        }
        if let Some(needed) = self.refused(&change.room_id, &change.sender).await? {
            tracing::warn!(room = %change.room_id, sender = %change.sender, needed, "officer change refused");
            return Ok(Vec::new());
        }
        let officer_name = match &self.authority {
            Some(authority)
                if self
                    .settings
                    .desk(&ticket.queue_id)
                    .is_some_and(|d| d.officer_names) =>
            {
                authority
                    .display_name(&change.room_id, &change.sender)
                    .await
            }
            _ => None,
        };
        Ok(Engine::new(&self.settings, &self.localizer).officer_change(
            &ticket,
            &resident,
            change,
            redacted,
            &sent,
            officer_name.as_deref(),
        ))
    }

    /// A ticket's card could not be posted for good: say so where
    /// coordinators read it (the coordination room, else the queue room).
    /// The card's thread waits; `koban outbox --retry` posts the card again
    /// and its thread follows.
    fn card_failed(&self, ticket: &crate::domain::Ticket, error: &str) -> Vec<Change> {
        tracing::error!(ticket = ticket.id, room = %ticket.room_id, error, "a ticket card could not be posted");
        let mut args = fluent::FluentArgs::new();
        args.set("reference", ticket.reference());
        args.set("error", error.to_owned());
        let text = self.localizer.text(
            self.localizer.default_language(),
            "notice-card-failed",
            Some(&args),
        );
        let notice = NewOutbound {
            channel: Channel::Matrix,
            destination: self
                .coordination_room
                .clone()
                .unwrap_or_else(|| ticket.room_id.clone()),
            placement: Placement::Direct,
            body: MessageBody::Text { text },
            media: None,
        };
        vec![Change::send(None, notice)]
    }
}
