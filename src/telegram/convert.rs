//! Telegram updates → platform-free inbound events.

use teloxide::types::{CallbackQuery, Message, Update, UpdateKind};

use crate::domain::{Channel, FileRef, InboundEvent, ResidentContent, ResidentMessage};

/// Converts an update. `None` for updates koban does not act on (group
/// messages, service messages); they are still confirmed.
pub fn to_inbound(update: &Update) -> Option<InboundEvent> {
    match &update.kind {
        UpdateKind::Message(msg) => message(msg),
        UpdateKind::EditedMessage(msg) => edited(msg),
        UpdateKind::CallbackQuery(q) => callback(q),
        _ => None,
    }
}

fn callback(q: &CallbackQuery) -> Option<InboundEvent> {
    if q.from.is_bot {
        return None;
    }
    // Buttons only exist in private chats with the bot, whose chat id is
    // the user's id; prefer the message's chat when Telegram sends it.
    let chat_id = q
        .message
        .as_ref()
        .map(|m| m.chat().id.0)
        .unwrap_or(q.from.id.0 as i64);
    Some(InboundEvent::Resident(ResidentMessage {
        channel: Channel::Telegram,
        user_id: q.from.id.0.to_string(),
        chat_id: chat_id.to_string(),
        message_id: format!("callback:{}", q.id.0),
        language_hint: q.from.language_code.clone(),
        content: ResidentContent::Callback {
            query_id: q.id.0.clone(),
            // A game button has no data: answered as an old button.
            data: q.data.clone().unwrap_or_default(),
        },
    }))
}

fn message(msg: &Message) -> Option<InboundEvent> {
    if !msg.chat.is_private() {
        return None;
    }
    let from = msg.from.as_ref()?;
    if from.is_bot {
        return None;
    }
    let content = content(msg)?;
    Some(InboundEvent::Resident(ResidentMessage {
        channel: Channel::Telegram,
        user_id: from.id.0.to_string(),
        chat_id: msg.chat.id.0.to_string(),
        message_id: msg.id.0.to_string(),
        language_hint: from.language_code.clone(),
        content,
    }))
}

/// An edited text (or caption): the officers see the change.
fn edited(msg: &Message) -> Option<InboundEvent> {
    if !msg.chat.is_private() {
        return None;
    }
    let from = msg.from.as_ref()?;
    if from.is_bot {
        return None;
    }
    let text = msg.text().or(msg.caption())?;
    Some(InboundEvent::Resident(ResidentMessage {
        channel: Channel::Telegram,
        user_id: from.id.0.to_string(),
        chat_id: msg.chat.id.0.to_string(),
        message_id: format!("edit:{}", msg.id.0),
        language_hint: from.language_code.clone(),
        content: ResidentContent::Edit {
            original: msg.id.0.to_string(),
            text: text.to_owned(),
        },
    }))
}

fn content(msg: &Message) -> Option<ResidentContent> {
    if let Some(text) = msg.text() {
        return Some(ResidentContent::from_text(text));
    }
    let caption = msg.caption().map(str::to_owned);
    if let Some(sizes) = msg.photo() {
        // Telegram lists sizes smallest first; take the largest.
        let best = sizes
            .iter()
            .max_by_key(|p| u64::from(p.width) * u64::from(p.height))?;
        return Some(ResidentContent::Image {
            file: FileRef {
                id: best.file.id.to_string(),
                size: Some(u64::from(best.file.size)),
                file_name: None,
            },
            caption,
        });
    }
    if let Some(doc) = msg.document() {
        // Sent "as a file": the bytes decide whether it is an image.
        return Some(ResidentContent::Image {
            file: FileRef {
                id: doc.file.id.to_string(),
                size: Some(u64::from(doc.file.size)),
                file_name: doc.file_name.clone(),
            },
            caption,
        });
    }
    if let Some(location) = msg.location() {
        return Some(ResidentContent::Location {
            latitude: location.latitude,
            longitude: location.longitude,
        });
    }
    let what = if msg.sticker().is_some() {
        "sticker"
    } else if msg.voice().is_some() {
        "voice"
    } else if msg.video().is_some() || msg.video_note().is_some() || msg.animation().is_some() {
        "video"
    } else if msg.audio().is_some() {
        "audio"
    } else if msg.contact().is_some() {
        "contact"
    } else if msg.poll().is_some() {
        "poll"
    } else {
        // Service messages (pinned, joined, …) need no answer.
        return None;
    };
    Some(ResidentContent::Unsupported {
        what: what.to_owned(),
    })
}
