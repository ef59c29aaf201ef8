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

/// The id of a button press koban does not act on (see [`to_inbound`]): it
/// is still answered, so that the button stops spinning.
pub fn ignored_callback(update: &Update) -> Option<&str> {
    match &update.kind {
        UpdateKind::CallbackQuery(q) if private_chat_id(q).is_none() => Some(q.id.0.as_str()),
        _ => None,
    }
}

/// The private chat a button was pressed in. Buttons from groups (a
/// message of koban's forwarded or posted there) and from inline messages
/// (which belong to no chat koban knows) have none.
fn private_chat_id(q: &CallbackQuery) -> Option<i64> {
    let chat = q.message.as_ref()?.chat();
    chat.is_private().then_some(chat.id.0)
}

fn callback(q: &CallbackQuery) -> Option<InboundEvent> {
    if q.from.is_bot {
        return None;
    }
    // koban's buttons are meant for private chats with the bot only.
    let Some(chat_id) = private_chat_id(q) else {
        tracing::debug!(
            query = %q.id.0,
            "button press outside a private chat ignored"
        );
        return None;
    };
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A button press on a message of koban's in the chat `chat`.
    fn press(chat: serde_json::Value) -> Update {
        update(serde_json::json!({
            "update_id": 10,
            "callback_query": {
                "id": "4382",
                "from": {"id": 77, "is_bot": false, "first_name": "Ana", "language_code": "ro"},
                "chat_instance": "-99",
                "data": "m",
                "message": {
                    "message_id": 5,
                    "date": 1_700_000_000,
                    "chat": chat,
                    "from": {"id": 1, "is_bot": true, "first_name": "koban"},
                    "text": "What would you like to do?"
                }
            }
        }))
    }

    /// Parsed from text, as updates arrive.
    fn update(json: serde_json::Value) -> Update {
        serde_json::from_str(&json.to_string()).expect("an update")
    }

    #[test]
    fn button_presses_count_only_in_private_chats() {
        let private = press(serde_json::json!({"id": 77, "type": "private", "first_name": "Ana"}));
        let Some(InboundEvent::Resident(m)) = to_inbound(&private) else {
            panic!("a private press is a resident's event: {:?}", private.kind);
        };
        assert_eq!(m.chat_id, "77");
        assert!(matches!(m.content, ResidentContent::Callback { ref data, .. } if data == "m"));
        assert_eq!(ignored_callback(&private), None);

        for chat in [
            serde_json::json!({"id": -100123, "type": "supergroup", "title": "Street"}),
            serde_json::json!({"id": -5, "type": "group", "title": "Neighbours"}),
        ] {
            let group = press(chat);
            assert_eq!(to_inbound(&group), None, "a press in a group is ignored");
            assert_eq!(ignored_callback(&group), Some("4382"), "but answered");
        }

        // A press on an inline message belongs to no chat of koban's.
        let mut inline = serde_json::to_value(&private).expect("serializes");
        let q = &mut inline["callback_query"];
        q.as_object_mut().expect("object").remove("message");
        q["inline_message_id"] = "AAA".into();
        let inline = update(inline);
        assert_eq!(to_inbound(&inline), None);
        assert_eq!(ignored_callback(&inline), Some("4382"));
    }
}
