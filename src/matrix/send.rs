//! Outbox rows → Matrix. The transaction id is derived from the row id, so a
//! retry after a crash or a timeout returns the event already sent instead of
//! sending it twice (the homeserver remembers transaction ids per device).

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use matrix_sdk::Client;
use matrix_sdk::ruma::api::error::{ErrorKind, RetryAfter};
use matrix_sdk::ruma::{OwnedMxcUri, OwnedTransactionId, RoomId};
use serde_json::{Value, json};

use crate::delivery::{SendError, Sender};
use crate::domain::outbound::{matrix_edit_content, matrix_text_content};
use crate::domain::{Channel, FileRef, MessageBody, Placement};

use super::render;
use crate::ports::{FetchError, MediaSource};
use crate::storage::{OutboxItem, Store};

pub struct MatrixSender {
    pub client: Client,
    pub store: Arc<dyn Store>,
    /// For what the adapter writes itself (how to choose from a list).
    pub localizer: Arc<crate::i18n::Localizer>,
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
            // Plain and formatted: residents' quoted words show as a block
            // quote, everything else escaped.
            MessageBody::Text { text } => matrix_text_content(text),
            MessageBody::Menu {
                text,
                buttons,
                language,
            } => matrix_text_content(&render::numbered(
                text,
                buttons,
                &self.localizer.t(language, "matrix-menu-hint"),
            )),
            MessageBody::Edit { target, text } => {
                // An edit is not part of a thread: its relation is the
                // replacement.
                let mut content = matrix_edit_content(target, text);
                content["m.mentions"] = json!({});
                content["m.new_content"]["m.mentions"] = json!({});
                return Ok(content);
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
            MessageBody::Document {
                file_name,
                mime,
                content,
                caption,
            } => {
                let parsed: mime::Mime = mime
                    .parse()
                    .map_err(|_| SendError::Permanent(format!("bad content type {mime:?}")))?;
                let size = content.len();
                let uploaded = self
                    .client
                    .media()
                    .upload(&parsed, content.clone().into_bytes(), None)
                    .await
                    .map_err(|e| classify(&e))?;
                json!({
                    "msgtype": "m.file",
                    "body": caption.clone().unwrap_or_else(|| file_name.clone()),
                    "filename": file_name,
                    "url": uploaded.content_uri.to_string(),
                    "info": { "mimetype": mime, "size": size },
                })
            }
            MessageBody::Venue {
                latitude,
                longitude,
                title,
                address,
            } => {
                let uri = format!("geo:{latitude},{longitude}");
                let description = format!("{title}, {address}");
                json!({
                    "msgtype": "m.location",
                    "body": format!("{description} ({uri})"),
                    "geo_uri": uri,
                    "org.matrix.msc3488.location": { "uri": uri, "description": description },
                    "org.matrix.msc1767.text": format!("{description} ({uri})"),
                })
            }
        };
        if let Some(root) = self.thread_root(item).await? {
            content["m.relates_to"] = Self::thread_relation(&root);
        }
        // Nobody is pinged by what koban sends: not a name a resident wrote,
        // not `@room`.
        content["m.mentions"] = json!({});
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
            // Rooms become known with the first sync, which may still be on
            // its way (homeserver unreachable at start): try again later.
            return Err(SendError::Transient(format!(
                "koban does not know room {room_id} (yet)"
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
        // A newer edit of the same message waits behind this one: it
        // replaces the whole text, so this one is skipped (a card whose
        // counts change many times a second is edited once per burst).
        if let MessageBody::Edit { target, .. } = &item.body
            && self
                .store
                .outbox_newer_edit(item.id, &item.destination, target)
                .await
                .map_err(|e| SendError::Transient(e.to_string()))?
        {
            tracing::debug!(outbox = item.id, "edit superseded by a newer one");
            return Ok(format!("superseded:{target}"));
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
        // The list was numbered here: remember its options, in that order,
        // so that the resident's "3" means the third.
        if let MessageBody::Menu { buttons, .. } = &item.body
            && item.placement == Placement::Direct
        {
            let options: Vec<String> = buttons.iter().flatten().map(|b| b.data.clone()).collect();
            if let Err(e) = self
                .store
                .resident_menu_shown(Channel::Matrix, &item.destination, &options)
                .await
            {
                tracing::warn!(outbox = item.id, error = %e, "could not remember the numbered options shown");
            }
        }
        Ok(result.response.event_id.to_string())
    }
}

/// Downloads files residents sent on Matrix (authenticated media), streamed
/// with a size cap checked before and during the download; the pipeline
/// bounds the time it may take.
pub struct MatrixMedia {
    pub client: Client,
    pub http: reqwest::Client,
}

impl MatrixMedia {
    pub fn new(client: Client) -> Self {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .read_timeout(Duration::from_secs(10))
            .build()
            .unwrap_or_default();
        Self { client, http }
    }
}

#[async_trait]
impl MediaSource for MatrixMedia {
    async fn fetch(&self, file: &FileRef, max_bytes: u64) -> Result<Vec<u8>, FetchError> {
        use futures::StreamExt;
        let uri = OwnedMxcUri::from(file.id.as_str());
        let (server, media_id) = uri
            .parts()
            .map_err(|_| FetchError::Permanent(format!("not an mxc URI: {}", file.id)))?;
        let mut url = self.client.homeserver();
        url.path_segments_mut()
            .map_err(|_| FetchError::Permanent("homeserver URL cannot be a base".into()))?
            .pop_if_empty()
            .extend([
                "_matrix",
                "client",
                "v1",
                "media",
                "download",
                server.as_str(),
                media_id,
            ]);
        let mut request = self.http.get(url);
        if let Some(token) = self.client.access_token() {
            request = request.bearer_auth(token);
        }
        let response = request
            .send()
            .await
            .map_err(|e| FetchError::Transient(e.without_url().to_string()))?;
        let status = response.status();
        if !status.is_success() {
            let why = format!("media download answered {status}");
            return Err(
                if status.is_server_error() || status == reqwest::StatusCode::TOO_MANY_REQUESTS {
                    FetchError::Transient(why)
                } else {
                    FetchError::Permanent(why)
                },
            );
        }
        if let Some(size) = response.content_length()
            && size > max_bytes
        {
            return Err(FetchError::TooLarge {
                size,
                max: max_bytes,
            });
        }
        let mut bytes = Vec::new();
        let mut body = response.bytes_stream();
        while let Some(chunk) = body.next().await {
            let chunk = chunk.map_err(|e| FetchError::Transient(e.without_url().to_string()))?;
            if (bytes.len() + chunk.len()) as u64 > max_bytes {
                return Err(FetchError::TooLarge {
                    size: (bytes.len() + chunk.len()) as u64,
                    max: max_bytes,
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        Ok(bytes)
    }
}
