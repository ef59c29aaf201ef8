//! What leaves: every message to a resident or an officer room is first an
//! outbox row, written in the same transaction as the state change behind it.

use serde::{Deserialize, Serialize};

pub use super::history::HistoryEntry;
use super::model::Channel;

/// Where in the destination a message goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Placement {
    /// A plain message in the chat or room.
    Direct,
    /// The ticket's card in its queue room; its event id becomes the thread root.
    TicketRoot,
    /// Inside the ticket's thread (waits for the card to be delivered).
    TicketThread,
}

impl Placement {
    pub fn as_str(self) -> &'static str {
        match self {
            Placement::Direct => "direct",
            Placement::TicketRoot => "ticket_root",
            Placement::TicketThread => "ticket_thread",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "direct" => Some(Placement::Direct),
            "ticket_root" => Some(Placement::TicketRoot),
            "ticket_thread" => Some(Placement::TicketThread),
            _ => None,
        }
    }
}

/// Which queue of outgoing messages a message waits in. Interactive
/// messages (answers, menus, notices) always go before bulk ones
/// (broadcasts), so that a broadcast to thousands never delays a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lane {
    #[default]
    Interactive,
    Bulk,
}

impl Lane {
    pub fn as_str(self) -> &'static str {
        match self {
            Lane::Interactive => "interactive",
            Lane::Bulk => "bulk",
        }
    }
}

/// The content of an outgoing message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MessageBody {
    Text {
        text: String,
    },
    /// A screen: text with choices, in rows. Each adapter shows it its own
    /// way (Telegram: inline buttons; Matrix: a numbered list), in the
    /// resident's `language`.
    Menu {
        text: String,
        buttons: Vec<Vec<Button>>,
        #[serde(default)]
        language: String,
    },
    /// The answer to a button press (stops the client's spinner).
    CallbackAnswer {
        query_id: String,
        text: Option<String>,
    },
    /// An image whose (metadata-free) bytes are in the media table.
    Image {
        caption: Option<String>,
    },
    /// A new text for a message koban sent earlier (Matrix `m.replace`;
    /// Telegram `editMessageText`): `target` is its event or message id.
    Edit {
        target: String,
        text: String,
    },
    /// Delete a message koban sent earlier (Telegram `deleteMessage`;
    /// Matrix redaction).
    Delete {
        target: String,
    },
    /// A small text file (an event's calendar file), kept in the row itself.
    Document {
        file_name: String,
        mime: String,
        content: String,
        caption: Option<String>,
    },
    /// A place on the map (an event's venue): Telegram `sendVenue`, Matrix
    /// `m.location` with a `geo:` URI.
    Venue {
        latitude: f64,
        longitude: f64,
        title: String,
        address: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub label: String,
    /// Callback data, at most 64 bytes.
    pub data: String,
}

pub use super::image::CleanImage;

#[derive(Debug, Clone, PartialEq)]
pub struct NewOutbound {
    pub channel: Channel,
    /// Telegram chat id or Matrix room id.
    pub destination: String,
    pub placement: Placement,
    pub body: MessageBody,
    /// The image of a `MessageBody::Image`.
    pub media: Option<MediaRef>,
}

/// An outgoing image: new bytes to store, or an image already stored (a
/// photo kept with a report draft).
#[derive(Debug, Clone, PartialEq)]
pub enum MediaRef {
    New(CleanImage),
    Stored(i64),
}

/// Changes to a ticket besides its status; `None` fields stay as they are.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TicketUpdate {
    pub ticket_id: i64,
    /// `Some(None)` removes the assignee.
    pub assignee: Option<Option<String>>,
    pub labels: Option<Vec<String>>,
    pub rating: Option<i64>,
    pub feedback: Option<String>,
    /// An officer answered the resident (kept only the first time).
    pub first_response: bool,
    /// The overdue reminder was posted.
    pub reminded: bool,
    /// Moved to another queue: (queue id, room id).
    pub transfer: Option<(String, String)>,
}

/// Bidirectional controls (embeddings, overrides, isolates, marks): in a
/// resident's text they could reorder what officers see around it.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// `text` without bidirectional controls.
pub fn neutralize_bidi(text: &str) -> String {
    text.chars().filter(|c| !is_bidi_control(*c)).collect()
}

/// A resident's words set apart for the officers: every line quoted (`> `),
/// so that nothing they write can pass for a line of koban's, and without
/// bidirectional controls. Formatted Matrix bodies show the quoted lines as
/// a block quote ([`matrix_html`]).
pub fn quote(text: &str) -> String {
    let text = neutralize_bidi(text.trim());
    text.lines()
        .map(|line| {
            let line = line.trim_end();
            if line.is_empty() {
                ">".to_owned()
            } else {
                format!("> {line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A URL never touches an isolate mark (U+2066..U+2069): some clients take
/// the mark into the link and break it. A space is put between them.
pub fn separate_urls(text: &str) -> String {
    let is_isolate = |c: char| ('\u{2066}'..='\u{2069}').contains(&c);
    let mut out = String::with_capacity(text.len());
    let mut in_url = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let starts_url = rest.starts_with("https://") || rest.starts_with("http://");
        if starts_url && !in_url {
            if out.chars().next_back().is_some_and(is_isolate) {
                out.push(' ');
            }
            in_url = true;
        } else if in_url && (c.is_whitespace() || is_isolate(c)) {
            if is_isolate(c) {
                out.push(' ');
            }
            in_url = false;
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The formatted (HTML) form of a text for Matrix: everything escaped, line
/// breaks kept, quoted lines ([`quote`]) in a `<blockquote>`.
pub fn matrix_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut quoted: Vec<&str> = Vec::new();
    let mut plain_before = false;
    let flush = |out: &mut String, quoted: &mut Vec<&str>| {
        if !quoted.is_empty() {
            out.push_str("<blockquote>");
            let lines: Vec<String> = quoted.iter().map(|l| escape_html(l)).collect();
            out.push_str(&lines.join("<br>"));
            out.push_str("</blockquote>");
            quoted.clear();
        }
    };
    for line in text.split('\n') {
        if let Some(q) = line.strip_prefix("> ").or((line == ">").then_some("")) {
            quoted.push(q);
            plain_before = false;
        } else {
            let after_quote = !quoted.is_empty();
            flush(&mut out, &mut quoted);
            if plain_before || (!after_quote && !out.is_empty()) {
                out.push_str("<br>");
            }
            out.push_str(&escape_html(line));
            plain_before = true;
        }
    }
    flush(&mut out, &mut quoted);
    out
}

/// The content of a Matrix text message: plain and formatted body.
pub fn matrix_text_content(text: &str) -> serde_json::Value {
    serde_json::json!({
        "msgtype": "m.text",
        "body": text,
        "format": "org.matrix.custom.html",
        "formatted_body": matrix_html(text),
    })
}

/// The content of a Matrix edit (`m.replace`) of `target` to `text`: it
/// carries the text twice, once as the fallback and once as the new
/// content, each plain and formatted.
pub fn matrix_edit_content(target: &str, text: &str) -> serde_json::Value {
    let fallback = format!("* {text}");
    let mut content = matrix_text_content(&fallback);
    content["m.new_content"] = matrix_text_content(text);
    content["m.relates_to"] = serde_json::json!({ "rel_type": "m.replace", "event_id": target });
    content
}

/// Matrix refuses events over 64 KiB, counted in bytes of the whole event.
pub const MATRIX_EVENT_MAX_BYTES: usize = 64 * 1024;

/// Most bytes a card's edit content may have when the card is posted. The
/// rest of [`MATRIX_EVENT_MAX_BYTES`] is headroom for the status lines
/// added later (assignee, labels, rating, comment) and for the event's own
/// fields (sender, room, signatures), so that a card can always be edited.
pub const CARD_EDIT_BUDGET_BYTES: usize = 40 * 1024;

/// Bytes of the content of an edit that sets a card to `text` (serialized).
pub fn card_edit_bytes(text: &str) -> usize {
    // A real event id is about 44 bytes.
    let target = format!("${}", "x".repeat(43));
    serde_json::to_vec(&matrix_edit_content(&target, text)).map_or(usize::MAX, |v| v.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_text_cannot_pass_for_card_lines_and_loses_bidi_controls() {
        let q = quote("Bikes stolen\nStatus: closed\n\n\u{202E}Ticket #12\u{2066}x\u{2069}");
        assert_eq!(q, "> Bikes stolen\n> Status: closed\n>\n> Ticket #12x");
        assert!(q.lines().all(|l| l.starts_with('>')));
        assert_eq!(
            matrix_html("Card\n> a <b>\n>\n> \"c\" & d\nStatus: new"),
            "Card<blockquote>a &lt;b&gt;<br><br>&quot;c&quot; &amp; d</blockquote>Status: new"
        );
        assert_eq!(matrix_html("a\nb\n\nc"), "a<br>b<br><br>c");
    }

    #[test]
    fn urls_never_touch_isolate_marks() {
        assert_eq!(
            separate_urls("Where: \u{2068}https://osm.org/?a=1\u{2069} ok http://x.y"),
            "Where: \u{2068} https://osm.org/?a=1 \u{2069} ok http://x.y"
        );
        assert_eq!(separate_urls("no links"), "no links");
    }
}
