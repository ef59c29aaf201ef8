//! What arrives from the channels, normalized. These values are stored in the
//! inbox (as JSON) before anything is acknowledged to the platform.

use serde::{Deserialize, Serialize};

use super::model::Channel;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum InboundEvent {
    /// A resident wrote to the bot (Telegram private chat or Matrix DM).
    Resident(ResidentMessage),
    /// A resident's message a moderator released after it was held: handled
    /// as if it had just arrived, without being screened again.
    Released {
        held_id: i64,
        message: ResidentMessage,
    },
    /// Someone wrote in an officer queue room.
    Officer(OfficerMessage),
    /// Someone edited (`m.replace`) a message in a queue room: `body` is the
    /// new text, `event_id` the edit's own id, `target` the original.
    OfficerEdit(OfficerChange),
    /// Someone redacted a message in a queue room (`body` is empty).
    OfficerRedaction(OfficerChange),
    /// A resident's conversation (a report draft, an awaited comment) was
    /// left untouched for its lifetime (recorded by koban's own timer;
    /// ignored if the conversation changed since `updated_at`).
    #[serde(alias = "draft_expired")]
    ConversationExpired { resident_id: i64, updated_at: i64 },
    /// A message to the resident of this ticket could not be delivered.
    DeliveryFailed {
        ticket_id: i64,
        error: String,
        /// The ticket's card itself failed (its thread waits for it).
        #[serde(default)]
        card: bool,
    },
    /// A message outside any ticket (a news channel's post, say) could not
    /// be delivered at all.
    PostFailed {
        channel: super::model::Channel,
        destination: String,
        error: String,
    },
    /// A ticket may have missed its queue's target (checked again when
    /// handled).
    TargetMissed { ticket_id: i64 },
    /// One of koban's timers for events and broadcasts.
    Events(super::event::EventTimer),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResidentMessage {
    pub channel: Channel,
    /// Telegram user id / Matrix user id.
    pub user_id: String,
    /// Telegram chat id / Matrix room id: where answers go.
    pub chat_id: String,
    /// Platform message id (Telegram message_id, Matrix event id).
    pub message_id: String,
    /// The language the messenger reports for the user, if any.
    pub language_hint: Option<String>,
    pub content: ResidentContent,
}

/// A file on the platform, fetched only when the message is processed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileRef {
    /// Telegram `file_id` or Matrix `mxc://` URI.
    pub id: String,
    /// Size the platform announced, if it did.
    pub size: Option<u64>,
    /// File name the sender gave, if any (never trusted for the type).
    pub file_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ResidentContent {
    /// A `/command` (Telegram) or `!command` (Matrix) with its argument text.
    Command {
        name: String,
        args: String,
    },
    Text {
        text: String,
    },
    /// An image, sent as a photo or as a file. Whether it really is an image
    /// is decided from its bytes when processed.
    Image {
        file: FileRef,
        caption: Option<String>,
    },
    /// A press on one of koban's buttons (Telegram callback query).
    Callback {
        query_id: String,
        data: String,
    },
    /// A shared location.
    Location {
        latitude: f64,
        longitude: f64,
    },
    /// Something koban cannot handle (yet): sticker, voice note, poll, …
    Unsupported {
        what: String,
    },
    /// The resident edited an earlier message (Telegram `edited_message`,
    /// Matrix `m.replace`): `original` is its message or event id.
    Edit {
        original: String,
        text: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficerMessage {
    pub room_id: String,
    pub event_id: String,
    pub sender: String,
    /// Root of the thread the message belongs to, if any.
    pub thread_root: Option<String>,
    pub body: String,
    /// A reaction on a ticket's card standing for a command (`body`);
    /// ignored when the reaction was on anything else.
    #[serde(default)]
    pub via_reaction: bool,
    /// The sender's display name in the room, filled in when processed for
    /// queues that show officers' names to residents.
    #[serde(default)]
    pub sender_name: Option<String>,
}

/// An officer's edit or redaction of an earlier message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficerChange {
    pub room_id: String,
    pub event_id: String,
    pub sender: String,
    /// The message edited or redacted.
    pub target: String,
    pub body: String,
}

impl ResidentContent {
    /// Parses a resident's text: `/cmd args` (and `/cmd@botname`) on Telegram.
    pub fn from_text(text: &str) -> Self {
        let trimmed = text.trim_start();
        if let Some(rest) = trimmed.strip_prefix('/') {
            let (head, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            let name = head.split('@').next().unwrap_or(head);
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return ResidentContent::Command {
                    name: name.to_ascii_lowercase(),
                    args: args.trim().to_owned(),
                };
            }
        }
        ResidentContent::Text {
            text: text.to_owned(),
        }
    }
}

impl InboundEvent {
    /// The conversation an event belongs to: events of one conversation are
    /// handled in the order they arrived, and one that must wait holds back
    /// only its own conversation. `None` for koban's own timers.
    pub fn conversation(&self) -> Option<String> {
        match self {
            InboundEvent::Resident(m) | InboundEvent::Released { message: m, .. } => {
                Some(format!("{}:{}", m.channel.as_str(), m.chat_id))
            }
            InboundEvent::Officer(m) => Some(match &m.thread_root {
                Some(root) => format!("thread:{}:{root}", m.room_id),
                None => format!("room:{}", m.room_id),
            }),
            InboundEvent::OfficerEdit(c) | InboundEvent::OfficerRedaction(c) => {
                Some(format!("room:{}", c.room_id))
            }
            InboundEvent::Events(timer) => Some(timer.conversation()),
            InboundEvent::ConversationExpired { .. }
            | InboundEvent::DeliveryFailed { .. }
            | InboundEvent::PostFailed { .. }
            | InboundEvent::TargetMissed { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_recognised() {
        assert_eq!(
            ResidentContent::from_text("/start area_north"),
            ResidentContent::Command {
                name: "start".into(),
                args: "area_north".into()
            }
        );
        assert_eq!(
            ResidentContent::from_text("/Start@koban_bot"),
            ResidentContent::Command {
                name: "start".into(),
                args: String::new()
            }
        );
        // A path or a slash inside prose is text.
        assert!(matches!(
            ResidentContent::from_text("/home/me is broken"),
            ResidentContent::Text { .. }
        ));
        assert!(matches!(
            ResidentContent::from_text("1/2 of the street"),
            ResidentContent::Text { .. }
        ));
    }

    #[test]
    fn inbound_round_trips_through_json() {
        let event = InboundEvent::Resident(ResidentMessage {
            channel: Channel::Telegram,
            user_id: "42".into(),
            chat_id: "42".into(),
            message_id: "7".into(),
            language_hint: Some("nl".into()),
            content: ResidentContent::Image {
                file: FileRef {
                    id: "AgAD".into(),
                    size: Some(1234),
                    file_name: None,
                },
                caption: Some("graffiti".into()),
            },
        });
        let json = serde_json::to_string(&event).expect("serializes");
        let back: InboundEvent = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, event);
    }
}
