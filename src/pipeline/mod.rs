//! Inbox processing: takes recorded inbound events in order, fetches and
//! cleans attachments, asks the engine what to do, and commits the outcome
//! (tickets, history, outbox rows) together with marking the event processed.
//! A crash at any point leaves the event unprocessed, so it is handled again
//! after restart: exactly once as far as the database is concerned.

mod expiry;
mod retention;
mod targets;

pub use expiry::DraftExpiry;
pub use retention::Retention;
pub use targets::TargetWatch;

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::clock::SharedClock;
use crate::config::MediaConfig;
use crate::delivery::backoff_delay;
use crate::domain::engine::{Attachment, ImageRefusal};
use crate::domain::engine::{CONTACT_HOLDERS_KEY, ContactHolders, ResidentState};
use crate::domain::intent::{
    CoordinationCommand, DeskCommand, DeskIntent, ResidentInput, ResidentIntent,
};
use crate::domain::menu::Action;
use crate::domain::model::Awaiting;
use crate::domain::{
    Author, Channel, Engine, EngineSettings, FileRef, InboundEvent, OfficerAct, OfficerMessage,
    Outcome, ResidentContent, ResidentMessage,
};
use crate::i18n::Localizer;
use crate::media::{self, MediaError};
use crate::storage::{InboxItem, NewResident, StorageError, Store};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("file of {size} bytes is over the {max} byte limit")]
    TooLarge { size: u64, max: u64 },
    #[error("file cannot be fetched: {0}")]
    Permanent(String),
    #[error("file fetch failed, may pass: {0}")]
    Transient(String),
}

/// Downloads files residents sent, from the platform they came from.
#[async_trait]
pub trait MediaSource: Send + Sync {
    async fn fetch(&self, file: &FileRef, max_bytes: u64) -> Result<Vec<u8>, FetchError>;
}

/// Who may act in an officer room: powers come from Matrix.
#[async_trait]
pub trait Authority: Send + Sync {
    /// The user's power level in the room; `None` if they are not a joined
    /// member. Room creators in room version 12 have `i64::MAX`.
    async fn power_level(&self, room_id: &str, user_id: &str) -> Result<Option<i64>, String>;
    /// The power level a member needs to redact other members' events.
    async fn redact_level(&self, room_id: &str) -> Result<i64, String>;
    /// Whether koban itself has joined the room.
    async fn bot_in_room(&self, room_id: &str) -> bool;
    /// The user's display name in the room, if they set one.
    async fn display_name(&self, room_id: &str, user_id: &str) -> Option<String>;
}

#[derive(Debug, thiserror::Error)]
enum ProcessError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("{0}")]
    Retry(String),
}

/// Tickets listed by `/myreports`.
const MY_REPORTS: i64 = 10;

/// A retried event is logged at its first attempts and then every 60th.
const MAX_ATTEMPTS: i64 = 8;
/// Attempts at downloading a resident's file before they are told it could
/// not be used (each bounded by `media.download_timeout_secs`).
const MEDIA_ATTEMPTS: i64 = 3;
/// Attempts to find a ticket for an officer's thread message whose card may
/// still be on its way.
const ROOT_WAIT_ATTEMPTS: i64 = 5;

pub struct Pipeline {
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
    pub min_power: std::collections::HashMap<String, i64>,
    /// The coordinators' room (`!stats`, `!handover`), if any.
    pub coordination_room: Option<String>,
    /// Woken by receivers when new events are recorded.
    pub wake: Arc<Notify>,
    /// Woken when new outbox rows exist.
    pub wake_delivery: Vec<Arc<Notify>>,
}

impl Pipeline {
    pub async fn run(self, shutdown: CancellationToken) {
        tracing::info!("inbox processor started");
        while !shutdown.is_cancelled() {
            let handled = match self.run_once().await {
                Ok(n) => n,
                Err(e) => {
                    tracing::error!(error = %e, "inbox: storage error");
                    0
                }
            };
            if handled == 0 {
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = self.wake.notified() => {}
                    _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                }
            }
        }
        tracing::info!("inbox processor stopped");
    }

    /// Handles every due event once; returns how many were looked at.
    pub async fn run_once(&self) -> crate::storage::Result<usize> {
        use futures::FutureExt;
        let due = self.store.inbox_due(self.clock.now_ms(), 32).await?;
        let count = due.len();
        for item in due {
            let span = tracing::info_span!("inbox.process", inbox = item.id, source = %item.source);
            let run = std::panic::AssertUnwindSafe(self.process(&item).instrument(span));
            match run.catch_unwind().await {
                Ok(Ok(()) | Err(ProcessError::Storage(StorageError::AlreadyProcessed(_)))) => {
                    self.wake_delivery();
                }
                Ok(Err(e)) => self.failed(&item, &e.to_string()).await?,
                Err(panic) => {
                    let what = panic
                        .downcast_ref::<&str>()
                        .map(|s| (*s).to_owned())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".to_owned());
                    self.dead_letter(&item, &format!("panic: {what}")).await?;
                }
            }
        }
        Ok(count)
    }

    fn wake_delivery(&self) {
        for wake in &self.wake_delivery {
            wake.notify_one();
        }
    }

    /// Errors that may pass (storage, homeserver, downloads) are retried
    /// for as long as it takes; the event holds back only its own
    /// conversation.
    async fn failed(&self, item: &InboxItem, error: &str) -> crate::storage::Result<()> {
        let now = self.clock.now_ms();
        let delay = backoff_delay(
            u32::try_from(item.attempts + 1).unwrap_or(u32::MAX),
            Duration::from_secs(60),
        );
        let log_at = [1, 3, MAX_ATTEMPTS];
        if log_at.contains(&(item.attempts + 1)) || (item.attempts + 1) % 60 == 0 {
            tracing::warn!(
                inbox = item.id,
                attempts = item.attempts + 1,
                error,
                retry_in_ms = delay.as_millis() as u64,
                "inbound event will be retried"
            );
        }
        self.store
            .inbox_postpone(item.id, now + delay.as_millis() as i64, error)
            .await
    }

    /// A truly unprocessable event (unreadable, or processing it panicked):
    /// set aside where `koban inbox` lists it, and the resident, if it was
    /// theirs, is asked to try again.
    async fn dead_letter(&self, item: &InboxItem, error: &str) -> crate::storage::Result<()> {
        let now = self.clock.now_ms();
        tracing::error!(
            inbox = item.id,
            source = %item.source,
            error,
            "inbound event could not be processed: set aside (see `koban inbox`)"
        );
        let sorry = match serde_json::from_str::<InboundEvent>(&item.payload) {
            Ok(InboundEvent::Resident(msg)) => {
                let lang = self.localizer.negotiate(msg.language_hint.as_deref());
                Some(crate::domain::NewOutbound {
                    channel: msg.channel,
                    destination: msg.chat_id.clone(),
                    placement: crate::domain::Placement::Direct,
                    body: crate::domain::MessageBody::Text {
                        text: {
                            let mut args = fluent::FluentArgs::new();
                            args.set("emergency", self.settings.zone.emergency_number.clone());
                            args.set("police", self.settings.zone.police_number.clone());
                            format!(
                                "{}\n\n{}",
                                self.localizer.text(&lang, "error-try-again", None),
                                self.localizer.text(&lang, "emergency-note", Some(&args))
                            )
                        },
                    },
                    media: None,
                })
            }
            _ => None,
        };
        if let Some(sorry) = sorry {
            let outcome = Outcome {
                outbox: vec![sorry],
                ..Outcome::nothing()
            };
            match self
                .store
                .commit(item.id, &outcome.into_changes(), now)
                .await
            {
                Ok(()) | Err(StorageError::AlreadyProcessed(_)) => self.wake_delivery(),
                Err(e) => return Err(e),
            }
        }
        self.store.inbox_give_up(item.id, error, now).await
    }

    async fn process(&self, item: &InboxItem) -> Result<(), ProcessError> {
        let event: InboundEvent = match serde_json::from_str(&item.payload) {
            Ok(event) => event,
            Err(e) => {
                self.dead_letter(item, &format!("unreadable payload: {e}"))
                    .await?;
                return Ok(());
            }
        };
        match event {
            InboundEvent::Resident(msg) => self.resident(item, &msg).await,
            InboundEvent::Officer(msg) => self.officer(item, &msg).await,
            InboundEvent::OfficerEdit(change) => self.officer_change(item, &change, false).await,
            InboundEvent::OfficerRedaction(change) => {
                self.officer_change(item, &change, true).await
            }
            InboundEvent::DraftExpired {
                resident_id,
                updated_at,
            } => self.draft_expired(item, resident_id, updated_at).await,
            InboundEvent::TargetMissed { ticket_id } => {
                let now = self.clock.now_ms();
                let ticket = self.store.ticket_get(ticket_id).await?;
                let breach = ticket.as_ref().and_then(|t| {
                    self.settings
                        .desk(&t.queue_id)
                        .and_then(|d| d.targets.breach(t, now))
                });
                let outcome = match (ticket, breach) {
                    (Some(ticket), Some(breach)) => {
                        Engine::new(&self.settings, &self.localizer).overdue(&ticket, breach)
                    }
                    _ => Outcome::nothing(),
                };
                self.store
                    .commit(item.id, &outcome.into_changes(), now)
                    .await?;
                Ok(())
            }
            InboundEvent::DeliveryFailed {
                ticket_id,
                error,
                card,
            } => {
                let now = self.clock.now_ms();
                let outcome = match self.store.ticket_get(ticket_id).await? {
                    Some(ticket) if card => self.card_failed(&ticket, &error),
                    Some(ticket) => Engine::new(&self.settings, &self.localizer)
                        .delivery_failed(&ticket, &error),
                    None => Outcome::nothing(),
                };
                self.store
                    .commit(item.id, &outcome.into_changes(), now)
                    .await?;
                Ok(())
            }
        }
    }

    /// A ticket's card could not be posted for good: say so where
    /// coordinators read it (the coordination room, else the queue room).
    /// The card's thread waits; `koban outbox --retry` posts the card again
    /// and its thread follows.
    fn card_failed(&self, ticket: &crate::domain::Ticket, error: &str) -> Outcome {
        tracing::error!(ticket = ticket.id, room = %ticket.room_id, error, "a ticket card could not be posted");
        let mut args = fluent::FluentArgs::new();
        args.set("reference", ticket.reference());
        args.set("error", error.to_owned());
        let text = self.localizer.text(
            self.localizer.default_language(),
            "notice-card-failed",
            Some(&args),
        );
        Outcome {
            outbox: vec![crate::domain::NewOutbound {
                channel: Channel::Matrix,
                destination: self
                    .coordination_room
                    .clone()
                    .unwrap_or_else(|| ticket.room_id.clone()),
                placement: crate::domain::Placement::Direct,
                body: crate::domain::MessageBody::Text { text },
                media: None,
            }],
            ..Outcome::nothing()
        }
    }

    /// The expiry timer fired: discard the draft (telling the resident)
    /// unless they went on with it since.
    async fn draft_expired(
        &self,
        item: &InboxItem,
        resident_id: i64,
        updated_at: i64,
    ) -> Result<(), ProcessError> {
        let now = self.clock.now_ms();
        let resident = self.store.resident_get(resident_id).await?;
        let draft = self.store.draft_get(resident_id).await?;
        let outcome = match (resident, draft) {
            (Some(resident), Some(draft)) if draft.updated_at == updated_at => {
                tracing::info!(resident = resident_id, "report draft expired");
                Engine::new(&self.settings, &self.localizer).draft_expired(&resident, &draft)
            }
            _ => Outcome::nothing(),
        };
        self.store
            .commit(item.id, &outcome.into_changes(), now)
            .await?;
        Ok(())
    }

    async fn resident(&self, item: &InboxItem, msg: &ResidentMessage) -> Result<(), ProcessError> {
        let now = self.clock.now_ms();
        let resident = self
            .store
            .resident_upsert(
                &NewResident {
                    channel: msg.channel,
                    external_id: msg.user_id.clone(),
                    chat_id: msg.chat_id.clone(),
                    language: self.localizer.negotiate(msg.language_hint.as_deref()),
                    platform_language: msg.language_hint.clone(),
                },
                now,
            )
            .await?;
        let open_ticket = self.store.ticket_open_for(resident.id).await?;
        let draft = self.store.draft_get(resident.id).await?;
        // What the message asks for decides what is loaded for it.
        let input = ResidentInput::parse(&msg.content, msg.channel, &resident.menu);
        let tickets = if input.action() == Some(&Action::MyReports) {
            self.store
                .tickets_of_resident(resident.id, MY_REPORTS)
                .await?
        } else {
            Vec::new()
        };
        let attachment = match &msg.content {
            ResidentContent::Image { file, .. } => {
                Some(self.attachment(msg.channel, file, item.attempts).await?)
            }
            _ => None,
        };
        // The closed ticket a rating button, or the comment after one, is
        // about.
        let rated_id = match (&input.intent, &resident.awaiting) {
            (ResidentIntent::Act(Action::Rate(id, _)), _) => Some(*id),
            (ResidentIntent::Text(_), Some(Awaiting::Feedback { ticket_id, .. })) => {
                Some(*ticket_id)
            }
            _ => None,
        };
        let rated = match rated_id {
            Some(id) => self.store.ticket_get(id).await?,
            None => None,
        };
        let edited_original = match (&msg.content, &open_ticket) {
            (ResidentContent::Edit { original, .. }, Some(t)) => self
                .store
                .history_of_message(t.id, original)
                .await?
                .filter(|(author, _)| author.is_resident())
                .map(|(_, body)| body),
            _ => None,
        };
        let export = if input.action() == Some(&Action::MyData) {
            Some(self.export(resident.id).await?)
        } else {
            None
        };
        let state = ResidentState {
            export: export.as_deref(),
            edited_original: edited_original.as_deref(),
            rated_ticket: rated.as_ref(),
            resident: &resident,
            open_ticket: open_ticket.as_ref(),
            draft: draft.as_ref(),
            tickets: &tickets,
        };
        let holders = self.contact_holders().await?;
        let engine = Engine::new(&self.settings, &self.localizer).with_contacts(&holders);
        let new_ticket_id = if engine.opens_ticket(&state, &input, attachment.as_ref()) {
            Some(self.store.ticket_reserve_id().await?)
        } else {
            None
        };
        let outcome = engine.resident_message(&state, msg, &input, attachment, new_ticket_id, now);
        self.store
            .commit(item.id, &outcome.into_changes(), now)
            .await?;
        Ok(())
    }

    /// Downloads and cleans an image. Errors that may pass are retried (the
    /// event stays in the inbox); the rest become a refusal the resident is
    /// told about.
    async fn attachment(
        &self,
        channel: Channel,
        file: &FileRef,
        attempts: i64,
    ) -> Result<Attachment, ProcessError> {
        let max = self.media.max_download_bytes;
        if let Some(size) = file.size
            && size > max
        {
            return Ok(Attachment::Refused(ImageRefusal::TooLarge { size, max }));
        }
        let source = match channel {
            Channel::Telegram => self.telegram_media.as_ref(),
            Channel::Matrix => self.matrix_media.as_ref(),
        };
        let Some(source) = source else {
            tracing::error!(channel = channel.as_str(), "no media source for channel");
            return Ok(Attachment::Refused(ImageRefusal::Failed));
        };
        let limit = Duration::from_secs(self.media.download_timeout_secs.max(1));
        let fetched = tokio::time::timeout(limit, source.fetch(file, max))
            .await
            .unwrap_or_else(|_| {
                Err(FetchError::Transient(format!(
                    "download took longer than {}s",
                    limit.as_secs()
                )))
            });
        let bytes = match fetched {
            Ok(bytes) => bytes,
            Err(FetchError::TooLarge { size, max }) => {
                return Ok(Attachment::Refused(ImageRefusal::TooLarge { size, max }));
            }
            Err(FetchError::Transient(e)) if attempts + 1 < MEDIA_ATTEMPTS => {
                return Err(ProcessError::Retry(format!("media download: {e}")));
            }
            Err(e) => {
                tracing::warn!(error = %e, "media download failed for good");
                return Ok(Attachment::Refused(ImageRefusal::Failed));
            }
        };
        let max_pixels = self.media.max_pixels;
        let cleaned = tokio::task::spawn_blocking(move || {
            media::sanitize(&bytes, max_pixels).map(|image| (image, media::exif_location(&bytes)))
        })
        .await
        .map_err(|e| ProcessError::Retry(format!("image task: {e}")))?;
        Ok(match cleaned {
            Ok((image, location)) => Attachment::Image { image, location },
            Err(MediaError::NotAnImage) => Attachment::Refused(ImageRefusal::NotAnImage),
            Err(e) => {
                tracing::warn!(error = %e, "image refused");
                Attachment::Refused(ImageRefusal::Failed)
            }
        })
    }

    /// An officer edited or redacted a message: bridge it to the resident's
    /// copy, if the original was an answer to them.
    async fn officer_change(
        &self,
        item: &InboxItem,
        change: &crate::domain::inbound::OfficerChange,
        redacted: bool,
    ) -> Result<(), ProcessError> {
        let now = self.clock.now_ms();
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
            self.store.commit(item.id, &[], now).await?;
            return Ok(());
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
            self.store.commit(item.id, &[], now).await?;
            return Ok(());
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
                self.store.commit(item.id, &[], now).await?;
                return Ok(());
            }
        }
        if let Some(needed) = self.refused(&change.room_id, &change.sender).await? {
            tracing::warn!(room = %change.room_id, sender = %change.sender, needed, "officer change refused");
            self.store.commit(item.id, &[], now).await?;
            return Ok(());
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
        let outcome = Engine::new(&self.settings, &self.localizer).officer_change(
            &ticket,
            &resident,
            change,
            redacted,
            &sent,
            officer_name.as_deref(),
        );
        self.store
            .commit(item.id, &outcome.into_changes(), now)
            .await?;
        Ok(())
    }

    /// `Some(level needed)` when `user` may not act in `room`: not a joined
    /// member, or below the room's power level. Without an authority,
    /// everyone may.
    async fn refused(&self, room: &str, user: &str) -> Result<Option<i64>, ProcessError> {
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

    /// A resident's tickets with what they may see of them: their own
    /// messages and the officers' answers, not internal notes.
    async fn export(
        &self,
        resident_id: i64,
    ) -> crate::storage::Result<Vec<crate::domain::engine::ExportTicket>> {
        let mut out = Vec::new();
        for ticket in self.store.tickets_of_resident(resident_id, 1000).await? {
            let lines = self
                .store
                .ticket_history(ticket.id)
                .await?
                .into_iter()
                .filter_map(|h| {
                    let from_resident = match h.author.act() {
                        _ if h.author.is_resident() => true,
                        Some(OfficerAct::Answer | OfficerAct::Edit | OfficerAct::Closed) => false,
                        _ => return None,
                    };
                    (!h.body.trim().is_empty()).then_some((from_resident, h.body, h.created_at))
                })
                .collect();
            out.push(crate::domain::engine::ExportTicket { ticket, lines });
        }
        Ok(out)
    }

    /// Who holds the area contact roles after handovers.
    async fn contact_holders(&self) -> crate::storage::Result<ContactHolders> {
        Ok(self
            .store
            .kv_get(CONTACT_HOLDERS_KEY)
            .await?
            .and_then(|v| serde_json::from_str(&v).ok())
            .unwrap_or_default())
    }

    /// A message in the coordination room: only `!` commands matter.
    async fn coordination(
        &self,
        item: &InboxItem,
        msg: &OfficerMessage,
    ) -> Result<(), ProcessError> {
        let now = self.clock.now_ms();
        let Some(command) = CoordinationCommand::parse(&msg.body) else {
            self.store.commit(item.id, &[], now).await?;
            return Ok(());
        };
        let engine = Engine::new(&self.settings, &self.localizer);
        if let Some(needed) = self.refused(&msg.room_id, &msg.sender).await? {
            tracing::warn!(room = %msg.room_id, sender = %msg.sender, needed, "coordination command refused");
            let outcome = engine.coordination_refused(msg, needed);
            self.store
                .commit(item.id, &outcome.into_changes(), now)
                .await?;
            return Ok(());
        }
        let outcome = match command {
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
        self.store
            .commit(item.id, &outcome.into_changes(), now)
            .await?;
        Ok(())
    }

    async fn officer(&self, item: &InboxItem, msg: &OfficerMessage) -> Result<(), ProcessError> {
        if self.coordination_room.as_deref() == Some(msg.room_id.as_str()) {
            return self.coordination(item, msg).await;
        }
        let now = self.clock.now_ms();
        let ticket = match &msg.thread_root {
            Some(root) => self.store.ticket_by_root(&msg.room_id, root).await?,
            None => None,
        };
        if msg.via_reaction && ticket.is_none() {
            // A reaction on something that is not a ticket's card.
            self.store.commit(item.id, &[], now).await?;
            return Ok(());
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
                let outcome = Outcome {
                    outbox: vec![crate::domain::NewOutbound {
                        channel: Channel::Matrix,
                        destination: msg.room_id.clone(),
                        placement: crate::domain::Placement::Direct,
                        body: crate::domain::MessageBody::Text {
                            text: self.localizer.text(
                                self.localizer.default_language(),
                                "notice-thread-not-ticket",
                                None,
                            ),
                        },
                        media: None,
                    }],
                    ..Outcome::nothing()
                };
                self.store
                    .commit(item.id, &outcome.into_changes(), now)
                    .await?;
                return Ok(());
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
            let outcome = engine.officer_refused(ticket, msg, needed);
            self.store
                .commit(item.id, &outcome.into_changes(), now)
                .await?;
            return Ok(());
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
            let outcome = engine.transfer_unreachable(ticket, target);
            self.store
                .commit(item.id, &outcome.into_changes(), now)
                .await?;
            return Ok(());
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
        let outcome = engine.officer_message(
            ticket.as_ref().zip(resident.as_ref()),
            &history,
            &msg,
            &intent,
        );
        self.store
            .commit(item.id, &outcome.into_changes(), now)
            .await?;
        Ok(())
    }
}
