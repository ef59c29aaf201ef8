//! What every feature's decisions share: the engine (zone settings and
//! texts), the state a resident's message is decided on, neutral screens,
//! and splitting texts to the platforms' limits. Each feature adds its own
//! decisions to [`Engine`] in its `decide.rs`. Pure: no I/O, no clock reads
//! (time is passed in), so every rule is testable without any service.

use fluent::{FluentArgs, FluentValue};

use crate::config::{ReportConfig, ZoneConfig};
use crate::domain::Change;
use crate::domain::area::Areas;
use crate::domain::conversation::{Conversation, Lifetimes};
use crate::domain::menu::Action;
use crate::domain::model::{Channel, Resident, Ticket};
use crate::domain::outbound::Button;
use crate::domain::outbound::{
    CARD_EDIT_BUDGET_BYTES, CleanImage, MessageBody, NewOutbound, Placement, card_edit_bytes, quote,
};
use crate::domain::report::{GeoPoint, ReportDraft};
use crate::domain::routing::{RouteRule, TicketFacts, route};
use crate::features::privacy::Export;
use crate::i18n::{Localizer, args};

/// Zone facts the engine needs.
#[derive(Debug, Clone)]
pub struct EngineSettings {
    pub zone: ZoneConfig,
    pub areas: Areas,
    pub default_queue_id: String,
    pub default_queue_room: String,
    /// Queue id → room id.
    pub queue_rooms: Vec<(String, String)>,
    pub routes: Vec<RouteRule>,
    pub report: ReportConfig,
    /// Each queue's name, hours and targets.
    pub desks: Vec<QueueDesk>,
}

impl EngineSettings {
    /// How long each kind of conversation may stay untouched.
    pub fn lifetimes(&self) -> Lifetimes {
        Lifetimes::new(self.report.draft_expiry_minutes)
    }
}

/// What the engine knows of a queue besides its room.
#[derive(Debug, Clone, Default)]
pub struct QueueDesk {
    pub id: String,
    /// Human name, shown to residents with the officers' role.
    pub name: String,
    /// `None`: always open.
    pub hours: Option<crate::domain::hours::BusinessHours>,
    pub targets: crate::domain::hours::Targets,
    /// Show residents the officer's display name before the role.
    pub officer_names: bool,
}

impl<'s> ResidentState<'s> {
    /// Their report in progress.
    pub fn draft(&self) -> Option<&'s ReportDraft> {
        self.conversation.draft()
    }
}

/// What koban knows about a resident when their message is handled.
#[derive(Debug, Clone, Copy)]
pub struct ResidentState<'s> {
    pub resident: &'s Resident,
    /// Their most recent ticket that is not closed.
    pub open_ticket: Option<&'s Ticket>,
    /// Where their conversation stands (a report in progress, an awaited
    /// comment).
    pub conversation: &'s Conversation,
    /// Their latest tickets, newest first (for `/myreports`).
    pub tickets: &'s [Ticket],
    /// The closed ticket a rating or comment is about.
    pub rated_ticket: Option<&'s Ticket>,
    /// For an edit: the original text, as the open ticket's history has it.
    pub edited_original: Option<&'s str>,
    /// For `/mydata`: all their tickets with what they may see of them.
    pub export: Option<&'s Export>,
}

impl EngineSettings {
    pub fn desk(&self, queue_id: &str) -> Option<&QueueDesk> {
        self.desks.iter().find(|d| d.id == queue_id)
    }

    /// The queue (id, room) for a new ticket.
    pub fn queue_for(&self, facts: &TicketFacts<'_>) -> (String, String) {
        let id = route(&self.routes, facts, &self.default_queue_id);
        let room = self
            .queue_rooms
            .iter()
            .find(|(q, _)| q == id)
            .map(|(_, room)| room.clone())
            .unwrap_or_else(|| self.default_queue_room.clone());
        (id.to_owned(), room)
    }
}

/// What became of a resident's image before the engine saw it.
#[derive(Debug, Clone, PartialEq)]
pub enum Attachment {
    Image {
        image: CleanImage,
        /// GPS coordinates found in the original's metadata (never passed on
        /// unless the resident agrees to use them).
        location: Option<GeoPoint>,
    },
    Refused(ImageRefusal),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageRefusal {
    TooLarge {
        size: u64,
        max: u64,
    },
    NotAnImage,
    /// Decoding, re-encoding or the download failed for good.
    Failed,
}

pub struct Engine<'a> {
    pub(crate) settings: &'a EngineSettings,
    pub(crate) loc: &'a Localizer,
    /// Area contacts handed over (see [`ContactHolders`]).
    pub(crate) contacts: Option<&'a ContactHolders>,
}

/// Who now holds the contact role of configured area officers after
/// `!handover`: configured Matrix ID → (Matrix ID, display name) of the
/// current holder.
pub type ContactHolders = std::collections::BTreeMap<String, ContactHolder>;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ContactHolder {
    pub matrix_id: String,
    pub name: String,
}

/// The key/value entry that stores [`ContactHolders`].
pub const CONTACT_HOLDERS_KEY: &str = "area-contact-holders";

/// What a character of a text costs, at most, in a Matrix message's
/// serialized content: its plain body (JSON-escaped) and its formatted body
/// (HTML-escaped) together. Matrix limits events in bytes.
pub(crate) fn matrix_cost(c: char) -> usize {
    match c {
        '"' => 2 + 6,
        '&' | '\'' => 1 + 5,
        '<' | '>' => 1 + 4,
        '\\' => 2 + 1,
        c if c < ' ' => 6 + 6,
        c => 2 * c.len_utf8(),
    }
}

/// Most [`matrix_cost`] of a resident's text on a new card (whose edits
/// carry it twice; see [`CARD_EDIT_BUDGET_BYTES`]).
pub(crate) const MATRIX_CARD_COST: usize = 16 * 1024;

/// Most [`matrix_cost`] of one message in a ticket's thread.
pub(crate) const MATRIX_THREAD_COST: usize = 40 * 1024;

/// Telegram's limit for one message, in UTF-16 code units.
pub(crate) const TELEGRAM_MAX_UNITS: usize = 4096;

/// Room kept in a Telegram piece for its number ("(12/12)") and a line
/// break.
pub(crate) const NUMBER_ROOM: usize = 16;

/// `text` in pieces of at most `max`, measured by `cost` per character:
/// cut at a paragraph break, else at a line break, else after a sentence,
/// else at a space, and only when none is near enough between characters.
/// Joined, the pieces are `text`; nothing is left out.
pub(crate) fn split_text(text: &str, max: usize, cost: impl Fn(char) -> usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let mut used = 0;
        let mut end = rest.len();
        for (i, c) in rest.char_indices() {
            used += cost(c);
            if used > max {
                end = i;
                break;
            }
        }
        if end == rest.len() {
            out.push(rest.to_owned());
            break;
        }
        let cut = best_cut(&rest[..end]).unwrap_or(end);
        // At least one character, whatever `max` is.
        let cut = if cut == 0 {
            rest.chars().next().map_or(rest.len(), char::len_utf8)
        } else {
            cut
        };
        out.push(rest[..cut].to_owned());
        rest = &rest[cut..];
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

/// Where to end a piece that may be at most `window`: the last paragraph
/// break, line break, sentence end or space, whichever comes first in that
/// order and leaves the piece at least a third of the window.
pub(crate) fn best_cut(window: &str) -> Option<usize> {
    let min = window.len() / 3;
    let after = |found: Option<(usize, &str)>| found.map(|(i, s)| i + s.len());
    let paragraph = after(window.rmatch_indices("\n\n").next());
    let line = after(window.rmatch_indices('\n').next());
    let sentence = [". ", "! ", "? ", "… ", "。", "؟ ", "! ", "; "]
        .iter()
        .filter_map(|p| after(window.rmatch_indices(p).next()))
        .max();
    let space = window
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map(|(i, c)| i + c.len_utf8());
    [paragraph, line, sentence, space]
        .into_iter()
        .flatten()
        .find(|&cut| cut > min)
}

/// Pieces numbered "(1/3)" when there are several.
pub(crate) fn numbered(parts: Vec<String>) -> Vec<String> {
    let n = parts.len();
    if n < 2 {
        return parts;
    }
    parts
        .into_iter()
        .enumerate()
        .map(|(i, p)| format!("({}/{n})\n{}", i + 1, p.trim()))
        .collect()
}

/// The pieces worth sending: trimmed, without empty ones.
pub(crate) fn trimmed(parts: Vec<String>) -> Vec<String> {
    parts
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// A stand-in for a value spliced into a formatted text after formatting.
pub(crate) const SPLICE: &str = "KOBAN-SPLICE-VALUE";

/// `formatted` (a text formatted with [`SPLICE`] as one argument) with
/// `value` in its place, not isolated: quoted resident text and links go
/// on their own lines. A label before the stand-in keeps its text, without
/// trailing spaces.
pub(crate) fn splice(formatted: &str, value: &str) -> String {
    let isolated = format!("\u{2068}{SPLICE}\u{2069}");
    let (before, after) = formatted
        .split_once(&isolated)
        .or_else(|| formatted.split_once(SPLICE))
        .unwrap_or((formatted, ""));
    let before = before.trim_end_matches([' ', '\t']);
    let after = after.trim_start_matches([' ', '\t']);
    match (
        before.is_empty() || before.ends_with('\n'),
        value.is_empty(),
    ) {
        (_, true) => format!("{before}{after}"),
        (true, false) => format!("{before}{value}{after}"),
        (false, false) => format!("{before}\n{value}{after}"),
    }
}

pub(crate) fn mb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

impl<'a> Engine<'a> {
    pub fn new(settings: &'a EngineSettings, loc: &'a Localizer) -> Self {
        Self {
            settings,
            loc,
            contacts: None,
        }
    }

    /// With the area contacts handed over so far.
    pub fn with_contacts(mut self, contacts: &'a ContactHolders) -> Self {
        self.contacts = Some(contacts);
        self
    }

    pub(crate) fn to_resident(&self, resident: &Resident, text: String) -> NewOutbound {
        NewOutbound {
            channel: resident.channel,
            destination: resident.chat_id.clone(),
            placement: Placement::Direct,
            body: MessageBody::Text { text },
            media: None,
        }
    }

    /// `text` for the resident in as many messages as their channel needs
    /// (Telegram: 4096 UTF-16 units each), split at paragraphs or
    /// sentences, numbered when split. Nothing is cut off.
    pub(crate) fn resident_parts(&self, resident: &Resident, text: &str) -> Vec<String> {
        let parts = match resident.channel {
            Channel::Telegram => {
                split_text(text, TELEGRAM_MAX_UNITS - NUMBER_ROOM, char::len_utf16)
            }
            Channel::Matrix => split_text(text, MATRIX_THREAD_COST, matrix_cost),
        };
        numbered(trimmed(parts))
    }

    /// A resident's text on a new card: `card` builds the card from the
    /// beginning of `text` (and quotes it), as much as lets every later edit of
    /// the card stay within Matrix's limit; the rest is for the thread.
    pub(crate) fn fit_card(
        &self,
        text: &str,
        card: impl Fn(&str) -> String,
    ) -> (String, Vec<String>) {
        let mut limit = MATRIX_CARD_COST;
        loop {
            let first = split_text(text, limit, matrix_cost)
                .into_iter()
                .next()
                .unwrap_or_default();
            let built = card(&first);
            if card_edit_bytes(&built) <= CARD_EDIT_BUDGET_BYTES || limit < 64 {
                let rest = &text[first.len()..];
                return (built, self.thread_parts(rest));
            }
            limit = limit * 2 / 3;
        }
    }

    /// A resident's text for the ticket's thread, in messages Matrix takes.
    pub(crate) fn thread_parts(&self, text: &str) -> Vec<String> {
        if text.trim().is_empty() {
            return Vec::new();
        }
        trimmed(split_text(text, MATRIX_THREAD_COST, matrix_cost))
    }

    /// A resident's words in the thread, quoted below their pseudonym.
    pub(crate) fn thread_text(&self, resident: &Resident, part: &str) -> String {
        let formatted = self.loc.text(
            self.loc.default_language(),
            "thread-text",
            Some(&args(&[
                ("pseudonym", resident.pseudonym.as_str().into()),
                ("text", SPLICE.into()),
            ])),
        );
        splice(&formatted, &quote(part))
    }

    pub(crate) fn emergency_note(&self, lang: &str) -> String {
        self.loc.text(
            lang,
            "emergency-note",
            Some(&args(&[
                (
                    "emergency",
                    self.settings.zone.emergency_number.as_str().into(),
                ),
                ("police", self.settings.zone.police_number.as_str().into()),
            ])),
        )
    }
}

pub(crate) fn channel_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Telegram => "Telegram",
        Channel::Matrix => "Matrix",
    }
}

/// A screen: text and rows of options. Telegram shows the options as
/// buttons; Matrix as a numbered list.
#[derive(Debug, Clone)]
pub struct Screen {
    pub text: String,
    pub rows: Vec<Vec<(String, Action)>>,
}

impl Screen {
    /// The neutral message body: each adapter renders it (and, where
    /// choices are typed as numbers, remembers the options it numbered).
    pub fn body(self, lang: &str) -> MessageBody {
        MessageBody::Menu {
            text: self.text,
            buttons: self
                .rows
                .into_iter()
                .map(|row| {
                    row.into_iter()
                        .map(|(label, action)| Button {
                            label,
                            data: action.encode(),
                        })
                        .collect()
                })
                .collect(),
            language: lang.to_owned(),
        }
    }
}

/// Matrix words that bring the menu back, whatever the language.
impl Engine<'_> {
    /// Arguments every content text may use.
    pub(crate) fn zone_args(&self) -> FluentArgs<'static> {
        let z = &self.settings.zone;
        let mut a = FluentArgs::new();
        a.set("zone", FluentValue::from(z.name.clone()));
        a.set("emergency", FluentValue::from(z.emergency_number.clone()));
        a.set("police", FluentValue::from(z.police_number.clone()));
        a.set("helpline", FluentValue::from(z.helpline.clone()));
        a.set("oversight", FluentValue::from(z.oversight.clone()));
        a.set(
            "victim_support",
            FluentValue::from(z.victim_support.clone()),
        );
        a.set("equality_body", FluentValue::from(z.equality_body.clone()));
        a.set("retention_days", FluentValue::from(z.retention_days));
        a
    }

    pub(crate) fn zt(&self, lang: &str, id: &str) -> String {
        self.loc.text(lang, id, Some(&self.zone_args()))
    }

    /// A screen for the resident, the way their channel can show it.
    pub(crate) fn screen(&self, resident: &Resident, lang: &str, screen: Screen) -> NewOutbound {
        NewOutbound {
            channel: resident.channel,
            destination: resident.chat_id.clone(),
            placement: Placement::Direct,
            body: screen.body(lang),
            media: None,
        }
    }

    /// The main menu with `note` above it, about no ticket.
    pub(crate) fn menu_note(&self, out: &mut Vec<Change>, resident: &Resident, note: String) {
        let lang = resident.language.as_str();
        let screen = self.menu_screen(lang, Some(note));
        out.push(Change::send(None, self.screen(resident, lang, screen)));
    }

    pub(crate) fn label(&self, lang: &str, id: &str, action: Action) -> (String, Action) {
        (self.loc.t(lang, id), action)
    }

    pub(crate) fn menu_row(&self, lang: &str) -> Vec<(String, Action)> {
        vec![self.label(lang, "button-menu", Action::Menu)]
    }

    /// The main menu, with an optional note above it.
    pub fn menu_screen(&self, lang: &str, note: Option<String>) -> Screen {
        let title = self.loc.t(lang, "menu-title");
        let l = |id, a| self.label(lang, id, a);
        Screen {
            text: match note {
                Some(note) => format!("{note}\n\n{title}"),
                None => title,
            },
            rows: vec![
                vec![
                    l("menu-report", Action::Report),
                    l("menu-question", Action::Ask),
                ],
                vec![
                    l("menu-advice", Action::AdviceList),
                    l("menu-rights", Action::RightsList),
                ],
                vec![
                    l("menu-contact", Action::Contact),
                    l("menu-area", Action::Areas),
                ],
                vec![
                    l("menu-events", Action::Events),
                    l("menu-language", Action::Languages),
                ],
                vec![l("menu-privacy", Action::Privacy)],
            ],
        }
    }
}
