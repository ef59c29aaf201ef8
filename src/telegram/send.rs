//! Outbox rows → Telegram, paced under Telegram's limits (about 30 messages
//! per second overall, about one per second per chat with short bursts, 20
//! per minute per group; see [`crate::delivery::pace`]), and downloads of the
//! files residents send.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use teloxide::net::Download;
use teloxide::payloads::{AnswerCallbackQuerySetters, SendMessageSetters};
use teloxide::requests::Requester;
use teloxide::types::{
    CallbackQueryId, ChatId, FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile,
    MessageId,
};
use teloxide::{ApiError, Bot, RequestError};

use super::redact;
use crate::delivery::pace::{PaceLimits, Pacer, Scope};
use crate::delivery::{SendError, Sender};
use crate::domain::{Channel, FileRef, MessageBody};
use crate::ports::{FetchError, MediaSource};
use crate::storage::{OutboxItem, Store};

/// Longest a send waits for its chat's window before the row is postponed
/// instead (freeing its send slot).
const CHAT_HOLD: Duration = Duration::from_secs(2);

pub struct TelegramSender {
    bot: Bot,
    token: String,
    store: Arc<dyn Store>,
    pacer: Pacer,
}

impl TelegramSender {
    /// A sender paced to `per_second` messages overall and Telegram's other
    /// limits ([`PaceLimits::telegram`]).
    pub fn new(bot: Bot, token: String, store: Arc<dyn Store>, per_second: u32) -> Self {
        Self::with_limits(bot, token, store, PaceLimits::telegram(per_second))
    }

    pub fn with_limits(bot: Bot, token: String, store: Arc<dyn Store>, limits: PaceLimits) -> Self {
        Self {
            bot,
            token,
            store,
            pacer: Pacer::new(limits),
        }
    }

    fn classify(&self, e: RequestError) -> SendError {
        match e {
            RequestError::RetryAfter(s) => SendError::RateLimited {
                retry_after: Duration::from_secs(u64::from(s.seconds())),
            },
            RequestError::Api(api) => {
                let text = api.to_string();
                match api {
                    ApiError::BotBlocked
                    | ApiError::UserDeactivated
                    | ApiError::ChatNotFound
                    | ApiError::MessageTextIsEmpty
                    | ApiError::MessageIsTooLong
                    | ApiError::ButtonDataInvalid => SendError::Permanent(text),
                    _ if text.starts_with("Forbidden") || text.starts_with("Bad Request") => {
                        SendError::Permanent(text)
                    }
                    _ => SendError::Transient(text),
                }
            }
            RequestError::MigrateToChatId(_) => SendError::Permanent("chat migrated".to_owned()),
            other => SendError::Transient(redact(&other.to_string(), &self.token)),
        }
    }

    /// A 429 for a paced message to `chat` pauses the chat when the chat's
    /// own traffic explains it, else every send (Telegram does not say
    /// which limit it was).
    fn rate_limited(&self, chat: i64, retry_after: Duration) -> SendError {
        match self.pacer.refused(chat, retry_after) {
            Scope::Destination => {
                tracing::warn!(
                    retry_after_ms = retry_after.as_millis() as u64,
                    "telegram: 429 for a busy chat: pausing that chat"
                );
                SendError::DestinationRateLimited { retry_after }
            }
            Scope::All => SendError::RateLimited { retry_after },
        }
    }
}

/// Telegram's text limit, in UTF-16 code units; texts are cut at a char
/// boundary with an ellipsis rather than refused.
const MAX_TEXT: usize = 4096;

fn fit_text(text: &str) -> String {
    if text.encode_utf16().count() <= MAX_TEXT {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut units = 0;
    for c in text.chars() {
        units += c.len_utf16();
        if units > MAX_TEXT - 1 {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

#[async_trait]
impl Sender for TelegramSender {
    fn channel(&self) -> Channel {
        Channel::Telegram
    }

    async fn send(&self, item: &OutboxItem) -> Result<String, SendError> {
        let chat: i64 = item
            .destination
            .parse()
            .map_err(|_| SendError::Permanent(format!("bad chat id {:?}", item.destination)))?;
        if let MessageBody::CallbackAnswer { query_id, text } = &item.body {
            // Not a message: no pacing. An expired query (button pressed long
            // ago, or answered already) is not worth retrying.
            let mut request = self
                .bot
                .answer_callback_query(CallbackQueryId(query_id.clone()));
            if let Some(text) = text {
                request = request.text(text.clone());
            }
            return match request.await {
                Ok(_) => Ok("callback".to_owned()),
                Err(RequestError::Api(api)) => Err(SendError::Permanent(api.to_string())),
                Err(e) => Err(self.classify(e)),
            };
        }
        if let MessageBody::Delete { target } = &item.body {
            let message_id: i32 = target
                .parse()
                .map_err(|_| SendError::Permanent(format!("bad message id {target:?}")))?;
            return match self
                .bot
                .delete_message(ChatId(chat), MessageId(message_id))
                .await
            {
                Ok(_) => Ok(format!("deleted:{target}")),
                Err(e) => Err(self.classify(e)),
            };
        }
        if let Err(wait) = self.pacer.acquire(chat, item.lane, CHAT_HOLD).await {
            // The chat is paused or its window is full for a while: the row
            // waits in the outbox, its send slot goes to others.
            return Err(SendError::DestinationRateLimited { retry_after: wait });
        }
        let result = match &item.body {
            MessageBody::Text { text } => self.bot.send_message(ChatId(chat), fit_text(text)).await,
            MessageBody::Menu { text, buttons, .. } => {
                let keyboard = InlineKeyboardMarkup::new(buttons.iter().map(|row| {
                    row.iter()
                        .map(|b| InlineKeyboardButton::callback(b.label.clone(), b.data.clone()))
                        .collect::<Vec<_>>()
                }));
                self.bot
                    .send_message(ChatId(chat), fit_text(text))
                    .reply_markup(keyboard)
                    .await
            }
            MessageBody::CallbackAnswer { .. } | MessageBody::Delete { .. } => {
                unreachable!("handled above")
            }
            MessageBody::Edit { target, text } => {
                let message_id: i32 = target
                    .parse()
                    .map_err(|_| SendError::Permanent(format!("bad message id {target:?}")))?;
                self.bot
                    .edit_message_text(ChatId(chat), MessageId(message_id), fit_text(text))
                    .await
            }
            MessageBody::Image { caption } => {
                let media_id = item
                    .media_id
                    .ok_or_else(|| SendError::Permanent("image row without media".into()))?;
                let media = self
                    .store
                    .media_get(media_id)
                    .await
                    .map_err(|e| SendError::Transient(e.to_string()))?
                    .ok_or_else(|| SendError::Permanent("media row is gone".into()))?;
                let mut request = self.bot.send_photo(
                    ChatId(chat),
                    InputFile::memory(media.bytes).file_name(media.file_name),
                );
                if let Some(caption) = caption {
                    use teloxide::payloads::SendPhotoSetters;
                    request = request.caption(caption.chars().take(1024).collect::<String>());
                }
                request.await
            }
            MessageBody::Venue {
                latitude,
                longitude,
                title,
                address,
            } => {
                // Telegram takes up to 255 characters for either.
                self.bot
                    .send_venue(
                        ChatId(chat),
                        *latitude,
                        *longitude,
                        title.chars().take(255).collect::<String>(),
                        address.chars().take(255).collect::<String>(),
                    )
                    .await
            }
            MessageBody::Document {
                file_name,
                content,
                caption,
                ..
            } => {
                let mut request = self.bot.send_document(
                    ChatId(chat),
                    InputFile::memory(content.clone().into_bytes()).file_name(file_name.clone()),
                );
                if let Some(caption) = caption {
                    use teloxide::payloads::SendDocumentSetters;
                    request = request.caption(caption.chars().take(1024).collect::<String>());
                }
                request.await
            }
        };
        match result {
            Ok(message) => Ok(message.id.0.to_string()),
            Err(RequestError::RetryAfter(s)) => {
                Err(self.rate_limited(chat, Duration::from_secs(u64::from(s.seconds()))))
            }
            Err(e) => Err(self.classify(e)),
        }
    }
}

/// Downloads files residents sent on Telegram (`getFile` + file download).
pub struct TelegramMedia {
    pub bot: Bot,
    pub token: String,
}

#[async_trait]
impl MediaSource for TelegramMedia {
    async fn fetch(&self, file: &FileRef, max_bytes: u64) -> Result<Vec<u8>, FetchError> {
        let meta = self
            .bot
            .get_file(FileId(file.id.clone()))
            .await
            .map_err(|e| match e {
                RequestError::Api(api) => {
                    let text = api.to_string();
                    if text.contains("too big") {
                        FetchError::TooLarge {
                            size: file.size.unwrap_or(max_bytes + 1),
                            max: max_bytes,
                        }
                    } else {
                        FetchError::Permanent(text)
                    }
                }
                other => FetchError::Transient(redact(&other.to_string(), &self.token)),
            })?;
        let size = u64::from(meta.meta.size);
        if size > max_bytes {
            return Err(FetchError::TooLarge {
                size,
                max: max_bytes,
            });
        }
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
        self.bot
            .download_file(&meta.path, &mut bytes)
            .await
            .map_err(|e| FetchError::Transient(redact(&e.to_string(), &self.token)))?;
        if bytes.len() as u64 > max_bytes {
            return Err(FetchError::TooLarge {
                size: bytes.len() as u64,
                max: max_bytes,
            });
        }
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::fit_text;

    #[test]
    fn long_texts_are_cut_to_telegram_limit() {
        let long = "é".repeat(5000);
        let fitted = fit_text(&long);
        assert!(fitted.encode_utf16().count() <= 4096);
        assert!(fitted.ends_with('…'));
        assert_eq!(fit_text("short"), "short");
    }
}
