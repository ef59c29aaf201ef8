//! Matrix timeline events (as JSON) → platform-free inbound events.

use serde_json::Value;

use crate::domain::inbound::OfficerChange;
use crate::domain::{
    Channel, FileRef, InboundEvent, OfficerMessage, ResidentContent, ResidentMessage,
};

/// What a room is to koban.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoomKind {
    /// An officer queue room from the configuration.
    Queue,
    /// A resident's direct room with the bot.
    Resident,
    /// Anything else: ignored.
    Other,
}

/// Converts a timeline event. `None` for events koban does not act on: its
/// own messages, state events, edits, reactions, notices.
pub fn to_inbound(
    room_id: &str,
    kind: RoomKind,
    bot_user: &str,
    event: &Value,
) -> Option<InboundEvent> {
    let kind_of_event = event.get("type")?.as_str()?;
    let sender = event.get("sender")?.as_str()?;
    if sender == bot_user {
        return None;
    }
    let event_id = event.get("event_id")?.as_str()?;
    let content = event.get("content")?;
    if kind_of_event == "m.room.redaction" {
        // Room versions up to 10 carry `redacts` at the top; 11 and later in
        // the content.
        let target = content
            .get("redacts")
            .or_else(|| event.get("redacts"))
            .and_then(Value::as_str)?;
        return (kind == RoomKind::Queue).then(|| {
            InboundEvent::OfficerRedaction(OfficerChange {
                room_id: room_id.to_owned(),
                event_id: event_id.to_owned(),
                sender: sender.to_owned(),
                target: target.to_owned(),
                body: String::new(),
            })
        });
    }
    if kind_of_event == "m.reaction" {
        // Shortcuts on a ticket's card: 👀 takes it, ✅ closes it.
        let relates = content.get("m.relates_to")?;
        if kind != RoomKind::Queue
            || relates.get("rel_type").and_then(Value::as_str) != Some("m.annotation")
        {
            return None;
        }
        let key = relates.get("key").and_then(Value::as_str)?;
        let command = match key.trim_end_matches('\u{fe0f}') {
            "👀" => "!claim",
            "✅" => "!close",
            _ => return None,
        };
        return Some(InboundEvent::Officer(OfficerMessage {
            room_id: room_id.to_owned(),
            event_id: event_id.to_owned(),
            sender: sender.to_owned(),
            thread_root: Some(relates.get("event_id")?.as_str()?.to_owned()),
            body: command.to_owned(),
            via_reaction: true,
            sender_name: None,
        }));
    }
    if kind_of_event != "m.room.message" {
        return None;
    }
    let relates = content.get("m.relates_to");
    let rel_type = relates
        .and_then(|r| r.get("rel_type"))
        .and_then(Value::as_str);
    if rel_type == Some("m.replace") {
        let target = relates?.get("event_id")?.as_str()?.to_owned();
        let new_body = content
            .get("m.new_content")
            .and_then(|c| c.get("body"))
            .and_then(Value::as_str)?
            .to_owned();
        return match kind {
            RoomKind::Queue => Some(InboundEvent::OfficerEdit(OfficerChange {
                room_id: room_id.to_owned(),
                event_id: event_id.to_owned(),
                sender: sender.to_owned(),
                target,
                body: new_body,
            })),
            RoomKind::Resident => Some(resident(
                sender,
                room_id,
                event_id,
                ResidentContent::Edit {
                    original: target,
                    text: new_body,
                },
            )),
            RoomKind::Other => None,
        };
    }
    let msgtype = content.get("msgtype").and_then(Value::as_str).unwrap_or("");
    let body = content.get("body").and_then(Value::as_str).unwrap_or("");
    match kind {
        RoomKind::Other => None,
        RoomKind::Queue => {
            if !matches!(msgtype, "m.text" | "m.emote") {
                return None;
            }
            let thread_root = if rel_type == Some("m.thread") {
                relates
                    .and_then(|r| r.get("event_id"))
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            } else {
                None
            };
            Some(InboundEvent::Officer(OfficerMessage {
                room_id: room_id.to_owned(),
                event_id: event_id.to_owned(),
                sender: sender.to_owned(),
                thread_root,
                body: body.to_owned(),
                via_reaction: false,
                sender_name: None,
            }))
        }
        RoomKind::Resident => {
            let content = match msgtype {
                "m.text" => {
                    // Matrix clients keep "/" for their own commands; residents
                    // use "!start" as well.
                    let text = body.strip_prefix('!').map(|rest| format!("/{rest}"));
                    ResidentContent::from_text(text.as_deref().unwrap_or(body))
                }
                "m.image" | "m.file" => {
                    let Some(url) = content.get("url").and_then(Value::as_str) else {
                        // Encrypted media (content.file) is not supported yet.
                        return Some(resident(
                            sender,
                            room_id,
                            event_id,
                            ResidentContent::Unsupported {
                                what: "encrypted-file".to_owned(),
                            },
                        ));
                    };
                    let info = content.get("info");
                    ResidentContent::Image {
                        file: FileRef {
                            id: url.to_owned(),
                            size: info.and_then(|i| i.get("size")).and_then(Value::as_u64),
                            file_name: content
                                .get("filename")
                                .and_then(Value::as_str)
                                .or(Some(body))
                                .map(str::to_owned),
                        },
                        caption: content
                            .get("filename")
                            .and_then(Value::as_str)
                            .filter(|f| *f != body)
                            .map(|_| body.to_owned()),
                    }
                }
                "m.location" => match content
                    .get("geo_uri")
                    .and_then(Value::as_str)
                    .and_then(parse_geo_uri)
                {
                    Some((latitude, longitude)) => ResidentContent::Location {
                        latitude,
                        longitude,
                    },
                    None => ResidentContent::Unsupported {
                        what: "location".to_owned(),
                    },
                },
                "m.notice" => return None,
                other => ResidentContent::Unsupported {
                    what: other.trim_start_matches("m.").to_owned(),
                },
            };
            Some(resident(sender, room_id, event_id, content))
        }
    }
}

/// `geo:51.05,3.72;u=35` → (51.05, 3.72).
fn parse_geo_uri(uri: &str) -> Option<(f64, f64)> {
    let coords = uri.strip_prefix("geo:")?.split(';').next()?;
    let mut parts = coords.split(',');
    let lat: f64 = parts.next()?.trim().parse().ok()?;
    let lon: f64 = parts.next()?.trim().parse().ok()?;
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
}

fn resident(sender: &str, room_id: &str, event_id: &str, content: ResidentContent) -> InboundEvent {
    InboundEvent::Resident(ResidentMessage {
        channel: Channel::Matrix,
        user_id: sender.to_owned(),
        chat_id: room_id.to_owned(),
        message_id: event_id.to_owned(),
        language_hint: None,
        content,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn officer_thread_reply() {
        let ev = json!({
            "type": "m.room.message", "sender": "@officer:hs", "event_id": "$reply",
            "content": {"msgtype": "m.text", "body": "We will look into it",
                "m.relates_to": {"rel_type": "m.thread", "event_id": "$root"}}
        });
        let Some(InboundEvent::Officer(m)) = to_inbound("!q", RoomKind::Queue, "@koban:hs", &ev)
        else {
            panic!("expected an officer message");
        };
        assert_eq!(m.thread_root.as_deref(), Some("$root"));
        assert_eq!(m.body, "We will look into it");
    }

    #[test]
    fn own_messages_are_ignored_and_edits_are_changes() {
        let own = json!({"type": "m.room.message", "sender": "@koban:hs", "event_id": "$1",
            "content": {"msgtype": "m.text", "body": "hi"}});
        assert!(to_inbound("!r", RoomKind::Resident, "@koban:hs", &own).is_none());
        let edit = json!({"type": "m.room.message", "sender": "@r:hs", "event_id": "$2",
            "content": {"msgtype": "m.text", "body": "* hi", "m.new_content": {"msgtype": "m.text", "body": "hi there"},
                "m.relates_to": {"rel_type": "m.replace", "event_id": "$1"}}});
        let Some(InboundEvent::Resident(m)) =
            to_inbound("!r", RoomKind::Resident, "@koban:hs", &edit)
        else {
            panic!("a resident's edit");
        };
        assert_eq!(
            m.content,
            ResidentContent::Edit {
                original: "$1".into(),
                text: "hi there".into()
            }
        );
        let Some(InboundEvent::OfficerEdit(c)) =
            to_inbound("!q", RoomKind::Queue, "@koban:hs", &edit)
        else {
            panic!("an officer's edit");
        };
        assert_eq!((c.target.as_str(), c.body.as_str()), ("$1", "hi there"));
        for redaction in [
            json!({"type": "m.room.redaction", "sender": "@o:hs", "event_id": "$3", "content": {"redacts": "$1"}}),
            json!({"type": "m.room.redaction", "sender": "@o:hs", "event_id": "$3", "redacts": "$1", "content": {}}),
        ] {
            let Some(InboundEvent::OfficerRedaction(c)) =
                to_inbound("!q", RoomKind::Queue, "@koban:hs", &redaction)
            else {
                panic!("a redaction in a queue room");
            };
            assert_eq!(c.target, "$1");
            assert!(to_inbound("!r", RoomKind::Resident, "@koban:hs", &redaction).is_none());
        }
    }

    #[test]
    fn card_reactions_are_commands() {
        let reaction = |key: &str| {
            json!({"type": "m.reaction", "sender": "@o:hs", "event_id": "$r",
                "content": {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$card", "key": key}}})
        };
        let Some(InboundEvent::Officer(m)) =
            to_inbound("!q", RoomKind::Queue, "@koban:hs", &reaction("✅"))
        else {
            panic!("✅ closes");
        };
        assert_eq!(
            (m.body.as_str(), m.thread_root.as_deref(), m.via_reaction),
            ("!close", Some("$card"), true)
        );
        let Some(InboundEvent::Officer(m)) =
            to_inbound("!q", RoomKind::Queue, "@koban:hs", &reaction("👀"))
        else {
            panic!("👀 claims");
        };
        assert_eq!(m.body, "!claim");
        assert!(to_inbound("!q", RoomKind::Queue, "@koban:hs", &reaction("👍")).is_none());
        assert!(to_inbound("!r", RoomKind::Resident, "@koban:hs", &reaction("✅")).is_none());
    }

    #[test]
    fn geo_uris() {
        assert_eq!(parse_geo_uri("geo:51.05,3.72;u=35"), Some((51.05, 3.72)));
        assert_eq!(parse_geo_uri("geo:91,3"), None);
        assert_eq!(parse_geo_uri("http://x"), None);
    }

    #[test]
    fn resident_bang_command_and_image() {
        let cmd = json!({"type": "m.room.message", "sender": "@r:hs", "event_id": "$1",
            "content": {"msgtype": "m.text", "body": "!start"}});
        let Some(InboundEvent::Resident(m)) =
            to_inbound("!r", RoomKind::Resident, "@koban:hs", &cmd)
        else {
            panic!("expected a resident message");
        };
        assert!(matches!(m.content, ResidentContent::Command { ref name, .. } if name == "start"));
        let img = json!({"type": "m.room.message", "sender": "@r:hs", "event_id": "$2",
            "content": {"msgtype": "m.image", "body": "IMG_1.jpg", "url": "mxc://hs/abc", "info": {"size": 1234}}});
        let Some(InboundEvent::Resident(m)) =
            to_inbound("!r", RoomKind::Resident, "@koban:hs", &img)
        else {
            panic!("expected a resident message");
        };
        assert!(
            matches!(m.content, ResidentContent::Image { ref file, .. } if file.id == "mxc://hs/abc" && file.size == Some(1234))
        );
    }
}
