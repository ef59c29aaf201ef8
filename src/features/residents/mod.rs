//! Residents' messages in their private chats (Telegram) or direct rooms
//! (Matrix): menus, advice, questions that become tickets, the report flow,
//! ratings, data export and erasure; and the end of conversations left
//! untouched (report drafts, awaited comments).

/// The pure decisions: which feature handles the message.
pub(crate) mod decide;

use std::time::Duration;

use async_trait::async_trait;

use crate::domain::Change;
use crate::domain::intent::{ResidentInput, ResidentIntent};
use crate::domain::menu::Action;
use crate::domain::{
    Channel, Conversation, FileRef, InboundEvent, ResidentContent, ResidentMessage,
};
use crate::features::engine::{Attachment, Engine, ImageRefusal, ResidentState};
use crate::features::{Cx, Feature, ProcessError};
use crate::media::{self, MediaError};
use crate::ports::FetchError;
use crate::storage::InboxItem;

/// Tickets listed by `/myreports`.
const MY_REPORTS: i64 = 10;
/// Attempts at downloading a resident's file before they are told it could
/// not be used (each bounded by `media.download_timeout_secs`).
const MEDIA_ATTEMPTS: i64 = 3;

pub struct Residents;

#[async_trait]
impl Feature for Residents {
    async fn handle(
        &self,
        cx: &Cx,
        item: &InboxItem,
        event: &InboundEvent,
    ) -> Result<Option<Vec<Change>>, ProcessError> {
        match event {
            // A released message was screened by a moderator already.
            InboundEvent::Resident(msg) | InboundEvent::Released { message: msg, .. } => {
                cx.resident(item, msg).await.map(Some)
            }
            InboundEvent::ConversationExpired {
                resident_id,
                updated_at,
            } => cx
                .conversation_expired(*resident_id, *updated_at)
                .await
                .map(Some),
            _ => Ok(None),
        }
    }
}

impl Cx {
    async fn resident(
        &self,
        item: &InboxItem,
        msg: &ResidentMessage,
    ) -> Result<Vec<Change>, ProcessError> {
        let now = self.clock.now_ms();
        let resident = self.resident_of(msg, now).await?;
        let open_ticket = self.store.ticket_open_for(resident.id).await?;
        let conversation = self.store.conversation_get(resident.id).await?;
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
        let rated_id = match (&input.intent, &conversation) {
            (ResidentIntent::Act(Action::Rate(id, _)), _) => Some(*id),
            (ResidentIntent::Text(_), Conversation::Feedback { ticket_id, .. }) => Some(*ticket_id),
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
            export: export.as_ref(),
            edited_original: edited_original.as_deref(),
            rated_ticket: rated.as_ref(),
            resident: &resident,
            open_ticket: open_ticket.as_ref(),
            conversation: &conversation,
            tickets: &tickets,
        };
        let holders = self.contact_holders().await?;
        let engine = Engine::new(&self.settings, &self.localizer).with_contacts(&holders);
        let new_ticket_id = if engine.opens_ticket(&state, &input, attachment.as_ref()) {
            Some(self.store.ticket_reserve_id().await?)
        } else {
            None
        };
        Ok(engine.resident_message(&state, msg, &input, attachment, new_ticket_id, now))
    }

    /// Downloads and cleans an image. Errors that may pass are retried (the
    /// event stays in the inbox); the rest become a refusal the resident is
    /// told about.
    pub(crate) async fn attachment(
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

    /// The expiry timer fired: end the conversation (a discarded draft is
    /// told to the resident) unless it changed since.
    async fn conversation_expired(
        &self,
        resident_id: i64,
        updated_at: i64,
    ) -> Result<Vec<Change>, ProcessError> {
        let Some(resident) = self.store.resident_get(resident_id).await? else {
            return Ok(Vec::new());
        };
        let conversation = self.store.conversation_get(resident_id).await?;
        if conversation.updated_at() != Some(updated_at) {
            return Ok(Vec::new());
        }
        tracing::info!(
            resident = resident_id,
            kind = conversation.kind().map(|k| k.as_str()),
            "conversation expired"
        );
        Ok(Engine::new(&self.settings, &self.localizer)
            .conversation_expired(&resident, &conversation))
    }
}
