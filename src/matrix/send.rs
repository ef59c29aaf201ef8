//! Outbox rows → Matrix. The transaction id is derived from the row id, so a
//! retry after a crash or a timeout returns the event already sent instead of
//! sending it twice (the homeserver remembers transaction ids per device).

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use matrix_sdk::Client;
use matrix_sdk::media::{MediaFormat, MediaRequestParameters};
use matrix_sdk::ruma::api::error::{ErrorKind, RetryAfter};
use matrix_sdk::ruma::events::room::MediaSource as RumaMediaSource;
use matrix_sdk::ruma::{OwnedMxcUri, OwnedTransactionId, RoomId};
use serde_json::{Value, json};

use crate::delivery::{SendError, Sender};
use crate::domain::{Channel, FileRef, MessageBody, Placement};
use crate::pipeline::{FetchError, MediaSource};
use crate::storage::{OutboxItem, Store};

pub struct MatrixSender {
    pub client: Client,
    pub store: Arc<dyn Store>,
    pub install_id: String,
}

fn classify(e: &matrix_sdk::Error) -> SendError {
    match e.client_api_error_kind() {
        Some(ErrorKind::LimitExceeded(data)) => {
            let retry_after = match &data.retry_after {
                Some(RetryAfter::Delay(d)) => *d,
                _ => Duration::from_secs(5),
            };
            SendError::RateLimited { retry_after }
        }
        Some(ErrorKind::Forbidden) | Some(ErrorKind::NotFound) | Some(ErrorKind::TooLarge) => {
            SendError::Permanent(e.to_string())
        }
        _ => SendError::Transient(e.to_string()),
    }
}

impl MatrixSender {
    fn thread_relation(root: &str) -> Value {
        json!({
            "rel_type": "m.thread",
            "event_id": root,
            "is_falling_back": true,
            "m.in_reply_to": { "event_id": root },
        })
    }

    async fn thread_root(&self, item: &OutboxItem) -> Result<Option<String>, SendError> {
        if item.placement != Placement::TicketThread {
            return Ok(None);
        }
        let ticket_id = item
            .ticket_id
            .ok_or_else(|| SendError::Permanent("thread message without ticket".into()))?;
        let ticket = self
            .store
            .ticket_get(ticket_id)
            .await
            .map_err(|e| SendError::Transient(e.to_string()))?
            .ok_or_else(|| SendError::Permanent("ticket is gone".into()))?;
        match ticket.root_event_id {
            Some(root) => Ok(Some(root)),
            None => Err(SendError::NotReady("ticket card not delivered yet".into())),
        }
    }

    async fn content(&self, item: &OutboxItem) -> Result<Value, SendError> {
        let mut content = match &item.body {
            MessageBody::Text { text } | MessageBody::Menu { text, .. } => {
                json!({ "msgtype": "m.text", "body": text })
            }
            MessageBody::Edit { target, text } => {
                // An edit is not part of a thread: its relation is the
                // replacement.
                return Ok(json!({
                    "msgtype": "m.text",
                    "body": format!("* {text}"),
                    "m.new_content": { "msgtype": "m.text", "body": text },
                    "m.relates_to": { "rel_type": "m.replace", "event_id": target },
                }));
            }
            MessageBody::CallbackAnswer { .. } => {
                return Err(SendError::Permanent(
                    "button answers exist only on Telegram".into(),
                ));
            }
            MessageBody::Delete { .. } => {
                return Err(SendError::Permanent(
                    "deletions are sent as redactions".into(),
                ));
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
                let mime: mime::Mime = media
                    .content_type
                    .parse()
                    .map_err(|_| SendError::Permanent("bad content type".into()))?;
                let size = media.bytes.len();
                let uploaded = self
                    .client
                    .media()
                    .upload(&mime, media.bytes, None)
                    .await
                    .map_err(|e| classify(&e))?;
                let uri: OwnedMxcUri = uploaded.content_uri;
                json!({
                    "msgtype": "m.image",
                    "body": caption.clone().unwrap_or_else(|| media.file_name.clone()),
                    "filename": media.file_name,
                    "url": uri.to_string(),
                    "info": { "mimetype": media.content_type, "w": media.width, "h": media.height, "size": size },
                })
            }
        };
        if let Some(root) = self.thread_root(item).await? {
            content["m.relates_to"] = Self::thread_relation(&root);
        }
        Ok(content)
    }
}

#[async_trait]
impl Sender for MatrixSender {
    fn channel(&self) -> Channel {
        Channel::Matrix
    }

    async fn send(&self, item: &OutboxItem) -> Result<String, SendError> {
        let room_id = <&RoomId>::try_from(item.destination.as_str())
            .map_err(|_| SendError::Permanent(format!("bad room id {:?}", item.destination)))?;
        let Some(room) = self.client.get_room(room_id) else {
            return Err(SendError::Permanent(format!(
                "koban is not in room {room_id}"
            )));
        };
        if let MessageBody::Delete { target } = &item.body {
            let event_id = <&matrix_sdk::ruma::EventId>::try_from(target.as_str())
                .map_err(|_| SendError::Permanent(format!("bad event id {target:?}")))?;
            let txn: OwnedTransactionId = format!("koban.{}.{}", self.install_id, item.id).into();
            let response = room
                .redact(event_id, None, Some(txn))
                .await
                .map_err(|e| classify(&e.into()))?;
            return Ok(response.event_id.to_string());
        }
        // Resolve the thread root before uploading anything.
        self.thread_root(item).await?;
        let content = self.content(item).await?;
        let txn: OwnedTransactionId = format!("koban.{}.{}", self.install_id, item.id).into();
        let result = room
            .send_raw("m.room.message", content)
            .with_transaction_id(&txn)
            .await
            .map_err(|e| classify(&e))?;
        Ok(result.response.event_id.to_string())
    }
}

/// Downloads files residents sent on Matrix (authenticated media).
pub struct MatrixMedia {
    pub client: Client,
}

#[async_trait]
impl MediaSource for MatrixMedia {
    async fn fetch(&self, file: &FileRef, max_bytes: u64) -> Result<Vec<u8>, FetchError> {
        let uri = OwnedMxcUri::from(file.id.as_str());
        if !uri.is_valid() {
            return Err(FetchError::Permanent(format!(
                "not an mxc URI: {}",
                file.id
            )));
        }
        let request = MediaRequestParameters {
            source: RumaMediaSource::Plain(uri),
            format: MediaFormat::File,
        };
        let bytes = self
            .client
            .media()
            .get_media_content(&request, false)
            .await
            .map_err(|e| match e.client_api_error_kind() {
                Some(ErrorKind::NotFound) | Some(ErrorKind::Forbidden) => {
                    FetchError::Permanent(e.to_string())
                }
                _ => FetchError::Transient(e.to_string()),
            })?;
        if bytes.len() as u64 > max_bytes {
            return Err(FetchError::TooLarge {
                size: bytes.len() as u64,
                max: max_bytes,
            });
        }
        Ok(bytes)
    }
}
