//! The conversation engine: given what arrived and the current state, decides
//! what koban says and which tickets change. Pure: no I/O, no clock reads
//! (time is passed in), so every rule is testable without any service.

mod coordination;
mod desk;
#[cfg(test)]
pub(crate) mod fixtures;
mod privacy;
mod report;

pub use coordination::Handover;
pub use privacy::ExportTicket;

use fluent::{FluentArgs, FluentValue};

use super::area::Areas;
use super::conversation::{Conversation, Lifetimes};
use super::history::Author;
use super::inbound::ResidentMessage;
use super::intent::{ResidentInput, ResidentIntent};
use super::menu::{ADVICE_TOPICS, Action, RIGHTS_TOPICS};
use super::model::{Channel, Resident, Ticket, TicketKind, TicketStatus, reference_for};
use super::outbound::{Button, neutralize_bidi};
use super::outbound::{
    CARD_EDIT_BUDGET_BYTES, CleanImage, HistoryEntry, MediaRef, MessageBody, NewOutbound, Outcome,
    Placement, TicketChange, card_edit_bytes, quote, separate_urls,
};
use super::report::{GeoPoint, ReportDraft};
use super::routing::{RouteRule, TicketFacts, route};
use super::text::is_blank;
use crate::clock::Millis;
use crate::config::{ReportConfig, ZoneConfig};
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
    pub export: Option<&'s [ExportTicket]>,
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
    settings: &'a EngineSettings,
    loc: &'a Localizer,
    /// Area contacts handed over (see [`ContactHolders`]).
    contacts: Option<&'a ContactHolders>,
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
pub(super) fn matrix_cost(c: char) -> usize {
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
pub(super) const MATRIX_CARD_COST: usize = 16 * 1024;

/// Most [`matrix_cost`] of one message in a ticket's thread.
pub(super) const MATRIX_THREAD_COST: usize = 40 * 1024;

/// Telegram's limit for one message, in UTF-16 code units.
pub(super) const TELEGRAM_MAX_UNITS: usize = 4096;

/// Room kept in a Telegram piece for its number ("(12/12)") and a line
/// break.
const NUMBER_ROOM: usize = 16;

/// `text` in pieces of at most `max`, measured by `cost` per character:
/// cut at a paragraph break, else at a line break, else after a sentence,
/// else at a space, and only when none is near enough between characters.
/// Joined, the pieces are `text`; nothing is left out.
pub(super) fn split_text(text: &str, max: usize, cost: impl Fn(char) -> usize) -> Vec<String> {
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
fn best_cut(window: &str) -> Option<usize> {
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
pub(super) fn numbered(parts: Vec<String>) -> Vec<String> {
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
fn trimmed(parts: Vec<String>) -> Vec<String> {
    parts
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// A stand-in for a value spliced into a formatted text after formatting.
const SPLICE: &str = "KOBAN-SPLICE-VALUE";

/// `formatted` (a text formatted with [`SPLICE`] as one argument) with
/// `value` in its place, not isolated: quoted resident text and links go
/// on their own lines. A label before the stand-in keeps its text, without
/// trailing spaces.
pub(super) fn splice(formatted: &str, value: &str) -> String {
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

fn mb(bytes: u64) -> String {
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

    /// Whether handling this message opens a ticket, so that the caller can
    /// reserve its id (the reference appears in the texts).
    pub fn opens_ticket(
        &self,
        st: &ResidentState<'_>,
        input: &ResidentInput,
        attachment: Option<&Attachment>,
    ) -> bool {
        if st.draft().is_some() {
            // Everything typed goes into the draft; only its confirmation
            // opens a ticket.
            return self.confirms_draft(st, input);
        }
        if st.open_ticket.is_some() {
            return false;
        }
        match &input.intent {
            ResidentIntent::Text(_) => true,
            ResidentIntent::Image { .. } => matches!(attachment, Some(Attachment::Image { .. })),
            _ => false,
        }
    }

    /// Stores `card` as the new ticket's card and returns the text to post
    /// (with the status lines).
    fn new_card(&self, out: &mut Outcome, card: String) -> String {
        let TicketChange::Open {
            id,
            resident_id,
            kind,
            queue_id,
            room_id,
            category,
            card: stored,
        } = &mut out.ticket
        else {
            return card;
        };
        let card = separate_urls(&card);
        *stored = card.clone();
        self.card_text(&Ticket {
            category: category.clone(),
            ..Ticket::opened(
                *id,
                *resident_id,
                *kind,
                queue_id.clone(),
                room_id.clone(),
                card,
                0,
            )
        })
    }

    /// The resident edited a message that is part of their open ticket:
    /// the thread shows the new text with the original (both kept).
    fn resident_edit(&self, out: &mut Outcome, st: &ResidentState<'_>, original: &str, text: &str) {
        let (Some(ticket), Some(before)) = (st.open_ticket, st.edited_original) else {
            // An edit of a menu choice, a command or a closed ticket's
            // message: nothing for the officers.
            return;
        };
        let resident = st.resident;
        out.ticket = TicketChange::Existing {
            ticket_id: ticket.id,
        };
        out.history.push(HistoryEntry {
            author: Author::ResidentEdit,
            external_id: original.to_owned(),
            body: text.to_owned(),
        });
        // The new text quoted, as everything a resident writes; the earlier
        // version on one line, without bidirectional controls.
        let before: String = neutralize_bidi(before)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let formatted = self.loc.text(
            self.loc.default_language(),
            "thread-edited",
            Some(&args(&[
                ("pseudonym", resident.pseudonym.as_str().into()),
                ("text", SPLICE.into()),
                ("original", before.into()),
            ])),
        );
        self.thread_notice(out, ticket, splice(&formatted, &quote(text)));
    }

    /// Outside the new ticket's queue's hours: when to expect an answer.
    fn out_of_hours(&self, lang: &str, ticket: &TicketChange, now: Millis) -> Option<String> {
        let TicketChange::Open { queue_id, .. } = ticket else {
            return None;
        };
        let hours = self.settings.desk(queue_id)?.hours.as_ref()?;
        if hours.is_open(now) {
            return None;
        }
        let next = hours.next_open(now)?;
        Some(self.loc.text(
            lang,
            "out-of-hours",
            Some(&args(&[
                ("hours", hours.text.as_str().into()),
                ("when", hours.format(next).into()),
            ])),
        ))
    }

    /// Why an image was not accepted, in the resident's language.
    fn refusal_text(&self, lang: &str, refusal: ImageRefusal) -> String {
        match refusal {
            ImageRefusal::TooLarge { size, max } => self.loc.text(
                lang,
                "image-too-large",
                Some(&args(&[
                    ("size_mb", mb(size).into()),
                    ("max_mb", mb(max).into()),
                ])),
            ),
            ImageRefusal::NotAnImage => self.loc.t(lang, "image-not-image"),
            ImageRefusal::Failed => self.loc.t(lang, "image-failed"),
        }
    }

    fn to_resident(&self, resident: &Resident, text: String) -> NewOutbound {
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
    pub(super) fn resident_parts(&self, resident: &Resident, text: &str) -> Vec<String> {
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
    pub(super) fn fit_card(
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
    pub(super) fn thread_parts(&self, text: &str) -> Vec<String> {
        if text.trim().is_empty() {
            return Vec::new();
        }
        trimmed(split_text(text, MATRIX_THREAD_COST, matrix_cost))
    }

    /// A resident's words in the thread, quoted below their pseudonym.
    pub(super) fn thread_text(&self, resident: &Resident, part: &str) -> String {
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

    fn emergency_note(&self, lang: &str) -> String {
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

    /// Handles a resident's message. `new_ticket_id` must be set when
    /// [`Engine::opens_ticket`] said so.
    pub fn resident_message(
        &self,
        st: &ResidentState<'_>,
        msg: &ResidentMessage,
        input: &ResidentInput,
        attachment: Option<Attachment>,
        new_ticket_id: Option<i64>,
        now: Millis,
    ) -> Outcome {
        let resident = st.resident;
        let open_ticket = st.open_ticket;
        let lang = resident.language.as_str();
        let mut out = Outcome::nothing();
        let dispatch =
            |out: &mut Outcome, action: Action| self.dispatch(out, st, action, new_ticket_id, now);
        if let Conversation::Feedback { .. } = st.conversation {
            // Whatever comes next answers koban's question, or moves on; a
            // text long after the question is a new message, not a comment.
            out.feedback = Some((resident.id, None));
            if let ResidentIntent::Text(text) = &input.intent
                && st
                    .conversation
                    .awaited_feedback(now, &self.settings.lifetimes())
                    .is_some()
                && st.rated_ticket.is_some()
            {
                self.feedback(&mut out, st, text);
                return out;
            }
        }
        if let Some(query_id) = &input.callback {
            out.outbox.push(NewOutbound {
                channel: resident.channel,
                destination: resident.chat_id.clone(),
                placement: Placement::Direct,
                body: MessageBody::CallbackAnswer {
                    query_id: query_id.clone(),
                    text: None,
                },
                media: None,
            });
        }
        // Where a note goes: into the report step in progress, else above
        // the main menu.
        let with_note = |out: &mut Outcome, note: String| match st.draft() {
            Some(draft) => self.report_step(out, resident, draft, Some(note)),
            None => self.screen(out, resident, lang, self.menu_screen(lang, Some(note))),
        };
        match &input.intent {
            ResidentIntent::Start => self.onboarding(&mut out, resident),
            ResidentIntent::Act(action) => dispatch(&mut out, action.clone()),
            ResidentIntent::UnknownLink => {
                let note = self.loc.t(lang, "unknown-payload");
                self.screen(&mut out, resident, lang, self.menu_screen(lang, Some(note)));
            }
            ResidentIntent::Cancel => match st.draft() {
                Some(_) => self.report_cancel(&mut out, resident),
                None => {
                    let note = self.loc.t(lang, "nothing-to-cancel");
                    self.screen(&mut out, resident, lang, self.menu_screen(lang, Some(note)));
                }
            },
            ResidentIntent::Help => {
                let help = self.loc.t(lang, "help");
                self.screen(&mut out, resident, lang, self.menu_screen(lang, Some(help)));
            }
            ResidentIntent::UnknownCommand(command) => {
                let note = self.loc.text(
                    lang,
                    "unknown-command",
                    Some(&args(&[
                        ("command", command.as_str().into()),
                        ("channel", channel_name(resident.channel).into()),
                    ])),
                );
                with_note(&mut out, note);
            }
            ResidentIntent::StaleButton => with_note(&mut out, self.loc.t(lang, "stale-button")),
            ResidentIntent::ChoiceExpected => {
                with_note(&mut out, self.loc.t(lang, "choice-expected"));
            }
            ResidentIntent::Location(point) => match st.draft() {
                Some(draft) => self.report_location(&mut out, resident, draft, *point),
                None => match self.settings.areas.locate(point.latitude, point.longitude) {
                    Some(area) => {
                        let id = area.id.clone();
                        self.act(&mut out, resident, Action::SetArea(id));
                    }
                    None => {
                        let note = if self.settings.areas.0.is_empty() {
                            None
                        } else {
                            Some(self.loc.t(lang, "area-outside"))
                        };
                        self.screen(&mut out, resident, lang, self.areas_screen(lang, note));
                    }
                },
            },
            ResidentIntent::Edit { original, text } => {
                self.resident_edit(&mut out, st, original, text);
            }
            ResidentIntent::Unsupported => match st.draft() {
                Some(draft) => self.report_unsupported(&mut out, resident, draft),
                None => {
                    let note = self.loc.t(lang, "unsupported-message");
                    self.screen(&mut out, resident, lang, self.menu_screen(lang, Some(note)));
                }
            },
            ResidentIntent::Blank => match st.draft() {
                Some(draft) => {
                    let note = self.loc.t(lang, "report-empty-text");
                    self.report_step(&mut out, resident, draft, Some(note));
                }
                None => {
                    let text = self.loc.t(lang, "unsupported-message");
                    out.outbox.push(self.to_resident(resident, text));
                }
            },
            ResidentIntent::Text(text) => match st.draft() {
                Some(draft) => self.report_text(&mut out, resident, draft, text),
                None => self.relay(
                    &mut out,
                    resident,
                    open_ticket,
                    msg,
                    Some(text.as_str()),
                    None,
                    new_ticket_id,
                    now,
                ),
            },
            ResidentIntent::Image { caption } if st.draft().is_some() => {
                if let Some(draft) = st.draft() {
                    self.report_photo(&mut out, resident, draft, attachment, caption.as_deref());
                }
            }
            ResidentIntent::Image { caption } => match attachment {
                Some(Attachment::Image { image, .. }) => {
                    self.relay(
                        &mut out,
                        resident,
                        open_ticket,
                        msg,
                        caption.as_deref(),
                        Some(image),
                        new_ticket_id,
                        now,
                    );
                }
                Some(Attachment::Refused(refusal)) => {
                    let text = self.refusal_text(lang, refusal);
                    out.outbox.push(self.to_resident(resident, text));
                }
                None => {
                    let text = self.loc.t(lang, "image-failed");
                    out.outbox.push(self.to_resident(resident, text));
                }
            },
        }
        out
    }

    /// Carries out an action from a button, a numbered choice or a link.
    fn dispatch(
        &self,
        out: &mut Outcome,
        st: &ResidentState<'_>,
        action: Action,
        new_ticket_id: Option<i64>,
        now: Millis,
    ) {
        match action {
            Action::Report => self.report_start(out, st, now),
            Action::MyReports => self.my_reports(out, st),
            Action::Rate(ticket_id, n) => self.rate(out, st, ticket_id, n),
            Action::MyData => self.export(out, st),
            Action::Erase => self.erase_ask(out, st.resident),
            Action::EraseConfirm => self.erase(out, st.resident),
            Action::Reporting(a) => self.report_action(out, st, a, new_ticket_id, now),
            other => self.act(out, st.resident, other),
        }
    }

    /// Passes a resident's words (and image) on to the officers: a new ticket
    /// card, or the open ticket's thread.
    #[allow(clippy::too_many_arguments)]
    fn relay(
        &self,
        out: &mut Outcome,
        resident: &Resident,
        open_ticket: Option<&Ticket>,
        msg: &ResidentMessage,
        text: Option<&str>,
        image: Option<CleanImage>,
        new_ticket_id: Option<i64>,
        now: Millis,
    ) {
        let officer_lang = self.loc.default_language();
        let lang = resident.language.as_str();
        let (room, reference, is_new) = match (open_ticket, new_ticket_id) {
            (Some(ticket), _) => {
                out.ticket = TicketChange::Existing {
                    ticket_id: ticket.id,
                };
                // The resident answered: the officers' turn again.
                if ticket.status == TicketStatus::Waiting {
                    out.set_status = Some((ticket.id, TicketStatus::Claimed));
                    let mut after = ticket.clone();
                    after.status = TicketStatus::Claimed;
                    self.edit_card(out, &after);
                }
                (ticket.room_id.clone(), ticket.reference(), false)
            }
            (None, Some(id)) => {
                let (queue_id, room_id) = self.settings.queue_for(&TicketFacts {
                    category: None,
                    area: resident.area_id.as_deref(),
                    language: &resident.language,
                });
                out.ticket = TicketChange::Open {
                    id,
                    resident_id: resident.id,
                    kind: TicketKind::Question,
                    queue_id,
                    room_id: room_id.clone(),
                    category: None,
                    card: String::new(),
                };
                (room_id, reference_for(TicketKind::Question, id, now), true)
            }
            (None, None) => {
                // The caller did not reserve an id: a programming error, but
                // the resident still gets an answer and the message is kept.
                tracing::error!(
                    resident = resident.id,
                    "relay without open ticket or reserved id"
                );
                out.outbox
                    .push(self.to_resident(resident, self.loc.t(lang, "something-went-wrong")));
                return;
            }
        };
        let queue_msg =
            |placement: Placement, body: MessageBody, media: Option<CleanImage>| NewOutbound {
                channel: Channel::Matrix,
                destination: room.clone(),
                placement,
                body,
                media: media.map(MediaRef::New),
            };

        let text = text.filter(|t| !is_blank(t));
        out.history.push(HistoryEntry {
            author: Author::Resident,
            external_id: msg.message_id.clone(),
            body: match (text, &image) {
                (Some(t), Some(_)) => format!("[photo] {t}"),
                (Some(t), None) => t.to_owned(),
                (None, _) => "[photo]".to_owned(),
            },
        });

        // A long text: the card (or first thread message) carries its
        // beginning, the rest follows in the thread.
        let thread_parts = if is_new {
            let card_for = |value: &str| {
                let formatted = self.loc.text(
                    officer_lang,
                    "card-question",
                    Some(&args(&[
                        ("reference", reference.as_str().into()),
                        ("pseudonym", resident.pseudonym.as_str().into()),
                        ("channel", channel_name(resident.channel).into()),
                        ("language", resident.language.as_str().into()),
                        ("text", SPLICE.into()),
                    ])),
                );
                splice(&formatted, value)
            };
            let (card, rest) = match text {
                Some(t) => self.fit_card(t, |first| card_for(&quote(first))),
                None => (
                    card_for(&self.loc.t(officer_lang, "card-no-text")),
                    Vec::new(),
                ),
            };
            let text = self.new_card(out, card);
            out.outbox.push(queue_msg(
                Placement::TicketRoot,
                MessageBody::Text { text },
                None,
            ));
            rest
        } else {
            text.map(|t| self.thread_parts(t)).unwrap_or_default()
        };
        for part in thread_parts {
            let body = self.thread_text(resident, &part);
            out.outbox.push(queue_msg(
                Placement::TicketThread,
                MessageBody::Text { text: body },
                None,
            ));
        }

        let has_image = image.is_some();
        if let Some(image) = image {
            let caption = self.loc.text(
                officer_lang,
                "thread-photo",
                Some(&args(&[("pseudonym", resident.pseudonym.as_str().into())])),
            );
            out.outbox.push(queue_msg(
                Placement::TicketThread,
                MessageBody::Image {
                    caption: Some(caption),
                },
                Some(image),
            ));
        }

        if is_new {
            let opened = self.loc.text(
                lang,
                "ticket-opened",
                Some(&args(&[("reference", reference.as_str().into())])),
            );
            let mut text = format!("{opened}\n\n{}", self.emergency_note(lang));
            if let Some(note) = self.out_of_hours(lang, &out.ticket, now) {
                text = format!("{text}\n\n{note}");
            }
            out.outbox.push(self.to_resident(resident, text));
        } else if has_image {
            let text = self.loc.text(
                lang,
                "photos-forwarded",
                Some(&args(&[
                    ("count", FluentValue::from(1)),
                    ("reference", reference.as_str().into()),
                ])),
            );
            out.outbox.push(self.to_resident(resident, text));
        }
    }
}

fn channel_name(channel: Channel) -> &'static str {
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

/// Matrix words that bring the menu back, whatever the language.
impl Engine<'_> {
    /// Arguments every content text may use.
    fn zone_args(&self) -> FluentArgs<'static> {
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

    fn zt(&self, lang: &str, id: &str) -> String {
        self.loc.text(lang, id, Some(&self.zone_args()))
    }

    /// Sends a screen the way the resident's channel can show it.
    fn screen(&self, out: &mut Outcome, resident: &Resident, lang: &str, screen: Screen) {
        // A neutral screen: the adapter renders it. Where choices are
        // typed as numbers (Matrix), the options shown are remembered, in
        // the order the adapter numbers them, so that "3" means the third.
        if resident.channel == Channel::Matrix {
            out.set_menu = Some((
                resident.id,
                screen
                    .rows
                    .iter()
                    .flatten()
                    .map(|(_, a)| a.encode())
                    .collect(),
            ));
        }
        let body = MessageBody::Menu {
            text: screen.text,
            buttons: screen
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
        };
        out.outbox.push(NewOutbound {
            channel: resident.channel,
            destination: resident.chat_id.clone(),
            placement: Placement::Direct,
            body,
            media: None,
        });
    }

    fn label(&self, lang: &str, id: &str, action: Action) -> (String, Action) {
        (self.loc.t(lang, id), action)
    }

    fn menu_row(&self, lang: &str) -> Vec<(String, Action)> {
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

    fn language_rows(&self, current: &str) -> Vec<Vec<(String, Action)>> {
        let options: Vec<(String, Action)> = self
            .loc
            .languages()
            .map(|l| {
                let name = self.loc.t(l, "language-name");
                let label = if l == current {
                    format!("✓ {name}")
                } else {
                    name
                };
                (label, Action::SetLanguage(l.to_owned()))
            })
            .collect();
        options.chunks(2).map(<[_]>::to_vec).collect()
    }

    /// `/start`: welcome, language choice (the messenger's language is
    /// preselected), then privacy notice, emergency note and menu.
    fn onboarding(&self, out: &mut Outcome, resident: &Resident) {
        let lang = resident.language.as_str();
        let welcome = self.zt(lang, "welcome");
        let mut rows = self.language_rows(lang);
        rows.push(vec![self.label(lang, "button-continue", Action::Continue)]);
        let text = format!(
            "{welcome}\n\n{}\n\n{}",
            self.emergency_note(lang),
            self.loc.t(lang, "choose-language")
        );
        self.screen(out, resident, lang, Screen { text, rows });
    }

    fn areas_screen(&self, lang: &str, note: Option<String>) -> Screen {
        let default = self.loc.default_language();
        let areas = &self.settings.areas.0;
        let body = if areas.is_empty() {
            self.loc.t(lang, "area-none")
        } else {
            self.loc.t(lang, "area-choose")
        };
        let mut rows: Vec<Vec<(String, Action)>> = areas
            .iter()
            .map(|a| {
                vec![(
                    a.name(lang, default).to_owned(),
                    Action::SetArea(a.id.clone()),
                )]
            })
            .collect();
        rows.push(self.menu_row(lang));
        Screen {
            text: match note {
                Some(note) => format!("{note}\n\n{body}"),
                None => body,
            },
            rows,
        }
    }

    fn contact_screen(&self, lang: &str, area_id: Option<&str>, note: Option<String>) -> Screen {
        let area = area_id.and_then(|id| self.settings.areas.get(id));
        if area.is_none() && !self.settings.areas.0.is_empty() {
            let no_area = self.loc.t(lang, "contact-no-area");
            return self.areas_screen(
                lang,
                Some(note.map_or(no_area.clone(), |n| format!("{n}\n\n{no_area}"))),
            );
        };
        let default = self.loc.default_language();
        let mut lines = Vec::new();
        if let Some(note) = note {
            lines.push(note);
            lines.push(String::new());
        }
        // A zone without areas shows only its stations and numbers.
        if let Some(area) = area {
            lines.push(self.loc.text(
                lang,
                "contact-title",
                Some(&args(&[(
                    "area",
                    area.name(lang, default).to_owned().into(),
                )])),
            ));
            for officer in &area.officers {
                // After a handover, the incoming officer holds the role; the
                // outgoing officer's personal phone number is not shown.
                let holder = officer
                    .matrix_id
                    .as_ref()
                    .and_then(|id| self.contacts?.get(id));
                let name = holder.map_or(officer.name.clone(), |h| h.name.clone());
                lines.push(self.loc.text(
                    lang,
                    "contact-officer",
                    Some(&args(&[
                        ("name", name.into()),
                        ("role", officer.role.clone().into()),
                    ])),
                ));
                if let (Some(phone), None) = (&officer.phone, holder) {
                    let phone = self.loc.text(
                        lang,
                        "contact-phone",
                        Some(&args(&[("phone", phone.clone().into())])),
                    );
                    lines.push(format!("  {phone}"));
                }
            }
        }
        if !self.settings.zone.stations.is_empty() {
            lines.push(String::new());
        }
        for station in &self.settings.zone.stations {
            // Opening hours are optional: without them, no empty brackets.
            let id = if station.hours.trim().is_empty() {
                "contact-station-no-hours"
            } else {
                "contact-station"
            };
            lines.push(self.loc.text(
                lang,
                id,
                Some(&args(&[
                    ("name", station.name.clone().into()),
                    ("address", station.address.clone().into()),
                    ("hours", station.hours.clone().into()),
                ])),
            ));
        }
        lines.push(String::new());
        lines.push(self.zt(lang, "contact-numbers"));
        Screen {
            text: lines.join("\n"),
            rows: vec![
                vec![self.label(lang, "menu-area", Action::Areas)],
                self.menu_row(lang),
            ],
        }
    }

    /// Carries out a menu action.
    fn act(&self, out: &mut Outcome, resident: &Resident, action: Action) {
        let lang = resident.language.as_str();
        let back_menu = |back: Action| {
            vec![vec![
                self.label(lang, "button-back", back),
                self.label(lang, "button-menu", Action::Menu),
            ]]
        };
        let screen = match action {
            Action::Menu => self.menu_screen(lang, None),
            Action::Languages => {
                let mut rows = self.language_rows(lang);
                rows.push(self.menu_row(lang));
                Screen {
                    text: self.loc.t(lang, "choose-language"),
                    rows,
                }
            }
            Action::SetLanguage(new) => {
                if !self.loc.has(&new) {
                    let note = self.loc.t(lang, "stale-button");
                    return self.screen(out, resident, lang, self.menu_screen(lang, Some(note)));
                }
                out.set_language = Some((resident.id, new.clone()));
                let text = format!(
                    "{}\n\n{}\n\n{}",
                    self.loc.t(&new, "language-set"),
                    self.zt(&new, "privacy-notice"),
                    self.emergency_note(&new)
                );
                self.screen(out, resident, &new, self.menu_screen(&new, Some(text)));
                return;
            }
            Action::Continue => {
                let text = format!(
                    "{}\n\n{}",
                    self.zt(lang, "privacy-notice"),
                    self.emergency_note(lang)
                );
                self.menu_screen(lang, Some(text))
            }
            Action::AdviceList => {
                let mut rows: Vec<_> = ADVICE_TOPICS
                    .iter()
                    .map(|t| {
                        vec![self.label(lang, &format!("advice-{t}-title"), Action::Advice(t))]
                    })
                    .collect();
                rows.push(self.menu_row(lang));
                Screen {
                    text: self.loc.t(lang, "advice-list"),
                    rows,
                }
            }
            Action::Advice(topic) => Screen {
                text: self.zt(lang, &format!("advice-{topic}")),
                rows: back_menu(Action::AdviceList),
            },
            Action::RightsList => {
                let mut rows: Vec<_> = RIGHTS_TOPICS
                    .iter()
                    .map(|t| {
                        vec![self.label(lang, &format!("rights-{t}-title"), Action::Rights(t))]
                    })
                    .collect();
                rows.push(self.menu_row(lang));
                Screen {
                    text: self.loc.t(lang, "rights-list"),
                    rows,
                }
            }
            Action::Rights(topic) => Screen {
                text: self.zt(lang, &format!("rights-{topic}")),
                rows: back_menu(Action::RightsList),
            },
            Action::Contact => self.contact_screen(lang, resident.area_id.as_deref(), None),
            Action::Areas => self.areas_screen(lang, None),
            Action::SetArea(id) => match self.settings.areas.get(&id) {
                Some(area) => {
                    out.set_area = Some((resident.id, area.id.clone()));
                    let note = self.loc.text(
                        lang,
                        "area-set",
                        Some(&args(&[(
                            "area",
                            area.name(lang, self.loc.default_language())
                                .to_owned()
                                .into(),
                        )])),
                    );
                    self.contact_screen(lang, Some(&area.id), Some(note))
                }
                None => {
                    let note = self.loc.t(lang, "unknown-payload");
                    self.menu_screen(lang, Some(note))
                }
            },
            Action::Privacy => Screen {
                text: format!(
                    "{}\n\n{}",
                    self.zt(lang, "privacy-notice"),
                    self.loc.t(lang, "privacy-rights")
                ),
                rows: vec![
                    vec![
                        self.label(lang, "button-mydata", Action::MyData),
                        self.label(lang, "button-erase-ask", Action::Erase),
                    ],
                    self.menu_row(lang),
                ],
            },
            Action::Ask => Screen {
                text: self.loc.t(lang, "question-prompt"),
                rows: vec![self.menu_row(lang)],
            },
            // Handled by `dispatch`, which knows the resident's draft.
            Action::Report
            | Action::MyReports
            | Action::Reporting(_)
            | Action::Rate(..)
            | Action::MyData
            | Action::Erase
            | Action::EraseConfirm => self.menu_screen(lang, None),
            Action::Events => Screen {
                text: self.loc.t(lang, "coming-soon-events"),
                rows: vec![self.menu_row(lang)],
            },
        };
        self.screen(out, resident, lang, screen);
    }
}

/// The engine's entry points with the message parsed as the pipeline
/// parses it, for the tests.
#[cfg(test)]
impl Engine<'_> {
    pub(crate) fn resident_said(
        &self,
        st: &ResidentState<'_>,
        msg: &ResidentMessage,
        attachment: Option<Attachment>,
        new_ticket_id: Option<i64>,
        now: Millis,
    ) -> Outcome {
        let input = ResidentInput::parse(&msg.content, msg.channel, &st.resident.menu);
        self.resident_message(st, msg, &input, attachment, new_ticket_id, now)
    }

    pub(crate) fn opens_ticket_for(
        &self,
        st: &ResidentState<'_>,
        msg: &ResidentMessage,
        attachment: Option<&Attachment>,
    ) -> bool {
        let input = ResidentInput::parse(&msg.content, msg.channel, &st.resident.menu);
        self.opens_ticket(st, &input, attachment)
    }

    pub(crate) fn officer_said(
        &self,
        ticket_and_resident: Option<(&Ticket, &Resident)>,
        history: &[String],
        msg: &crate::domain::OfficerMessage,
    ) -> Outcome {
        let intent = crate::domain::intent::DeskIntent::parse(&msg.body);
        self.officer_message(ticket_and_resident, history, msg, &intent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ResidentContent;

    use crate::domain::engine::fixtures::{message, state as st};

    fn settings() -> EngineSettings {
        EngineSettings {
            default_queue_id: "general".into(),
            default_queue_room: "!q:hs".into(),
            queue_rooms: vec![
                ("general".into(), "!q:hs".into()),
                ("ar".into(), "!ar:hs".into()),
            ],
            routes: vec![RouteRule {
                queue: "ar".into(),
                languages: vec!["ar".into()],
                ..Default::default()
            }],
            ..fixtures::settings()
        }
    }

    fn resident(channel: Channel, menu: &[&str]) -> Resident {
        Resident {
            channel,
            menu: menu.iter().map(|m| (*m).to_owned()).collect(),
            ..fixtures::resident()
        }
    }

    fn texts(outcome: &Outcome) -> Vec<String> {
        outcome
            .outbox
            .iter()
            .filter_map(|o| match &o.body {
                MessageBody::Text { text } | MessageBody::Menu { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn an_unknown_button_is_answered_and_shows_the_menu() {
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let r = resident(Channel::Telegram, &[]);
        let msg = message(
            Channel::Telegram,
            ResidentContent::Callback {
                query_id: "q1".into(),
                data: "a:no-such-topic".into(),
            },
        );
        let out = engine.resident_said(&st(&r), &msg, None, None, 0);
        assert!(matches!(
            &out.outbox[0].body,
            MessageBody::CallbackAnswer { query_id, .. } if query_id == "q1"
        ));
        let MessageBody::Menu { text, buttons, .. } = &out.outbox[1].body else {
            panic!("a menu follows: {:?}", out.outbox[1].body);
        };
        assert!(text.contains("no longer valid"), "{text}");
        assert!(buttons.iter().flatten().any(|b| b.data == "A"));
    }

    #[test]
    fn stations_without_opening_hours_show_no_empty_brackets() {
        let loc = Localizer::builtin("en").expect("locales");
        let mut settings = settings();
        settings.zone.stations = vec![
            crate::config::StationConfig {
                name: "Central".into(),
                address: "Market 1".into(),
                hours: "Mon–Fri 8:00–17:00".into(),
            },
            crate::config::StationConfig {
                name: "North".into(),
                address: "Dock 4".into(),
                hours: String::new(),
            },
        ];
        let engine = Engine::new(&settings, &loc);
        let r = resident(Channel::Telegram, &[]);
        let press = message(
            Channel::Telegram,
            ResidentContent::Callback {
                query_id: "q".into(),
                data: Action::Contact.encode(),
            },
        );
        let shown = texts(&engine.resident_said(&st(&r), &press, None, None, 0)).join("\n");
        let shown = crate::domain::engine::fixtures::plain(&shown);
        assert!(
            shown.contains("Central: Market 1 (Mon–Fri 8:00–17:00)"),
            "{shown}"
        );
        assert!(shown.contains("North: Dock 4"), "{shown}");
        assert!(!shown.contains("()"), "{shown}");
    }

    #[test]
    fn a_message_of_invisible_characters_is_answered_like_an_empty_one() {
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let invisible =
            "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF} \u{2066}\u{2069}\u{202E}\u{FE0F}\u{00A0}\n";
        assert!(is_blank(invisible));
        assert!(!is_blank("\u{200B}a"));
        for channel in [Channel::Telegram, Channel::Matrix] {
            let r = resident(channel, &[]);
            let msg = message(
                channel,
                ResidentContent::Text {
                    text: invisible.into(),
                },
            );
            assert!(!engine.opens_ticket_for(&st(&r), &msg, None), "no ticket");
            let out = engine.resident_said(&st(&r), &msg, None, None, 0);
            assert_eq!(out.ticket, TicketChange::None);
            let empty = message(channel, ResidentContent::Text { text: " ".into() });
            let answer = engine.resident_said(&st(&r), &empty, None, None, 0);
            assert!(!texts(&out).is_empty(), "an answer");
            assert_eq!(texts(&out), texts(&answer), "the same as for an empty one");
            assert!(
                out.outbox
                    .iter()
                    .all(|o| o.destination == r.chat_id && o.placement == Placement::Direct),
                "nothing for the officers"
            );
        }

        // In a report, the draft stays as it was and its step is shown again.
        let r = resident(Channel::Telegram, &[]);
        let mut draft = ReportDraft::new(0);
        draft.step = crate::domain::report::Step::Where;
        let conversation = Conversation::Reporting(Box::new(draft));
        let state = ResidentState {
            conversation: &conversation,
            ..st(&r)
        };
        let msg = message(
            Channel::Telegram,
            ResidentContent::Text {
                text: invisible.into(),
            },
        );
        assert!(!engine.opens_ticket_for(&state, &msg, None));
        let out = engine.resident_said(&state, &msg, None, None, 0);
        assert!(out.draft.is_none(), "the draft is kept as it is");
        assert!(
            texts(&out)[0].contains(&loc.t("en", "report-empty-text")),
            "{:?}",
            texts(&out)
        );
    }

    #[test]
    fn a_very_long_question_is_split_between_card_and_thread() {
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let r = resident(Channel::Matrix, &[]);
        let long = "ä".repeat(MATRIX_THREAD_COST / 4 + MATRIX_CARD_COST / 4 + 10);
        let msg = message(
            Channel::Matrix,
            ResidentContent::Text { text: long.clone() },
        );
        let out = engine.resident_said(&st(&r), &msg, None, Some(9), 0);
        let to_room: Vec<(Placement, String)> = out
            .outbox
            .iter()
            .filter(|o| o.destination == "!q:hs")
            .filter_map(|o| match &o.body {
                MessageBody::Text { text } => Some((o.placement, text.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(to_room.len(), 3, "card + two thread messages");
        assert_eq!(to_room[0].0, Placement::TicketRoot);
        assert!(card_edit_bytes(&to_room[0].1) <= CARD_EDIT_BUDGET_BYTES);
        for (_, text) in &to_room[1..] {
            let content = crate::domain::outbound::matrix_text_content(text);
            let bytes = serde_json::to_vec(&content).expect("json").len();
            assert!(bytes < 60 * 1024, "{bytes} bytes");
        }
        let relayed: usize = to_room
            .iter()
            .map(|(_, t)| t.chars().filter(|c| *c == 'ä').count())
            .sum();
        assert_eq!(relayed, long.chars().count(), "nothing is lost");
        assert_eq!(out.history[0].body, long, "the history keeps it whole");
    }

    #[test]
    fn texts_are_split_at_paragraphs_and_sentences_never_cut() {
        let text = format!(
            "{}\n\n{}. {}",
            "a".repeat(50),
            "b".repeat(40),
            "c".repeat(40)
        );
        let parts = split_text(&text, 70, |_| 1);
        assert_eq!(parts.concat(), text, "nothing is left out");
        assert_eq!(parts[0], format!("{}\n\n", "a".repeat(50)));
        assert_eq!(parts[1], format!("{}. ", "b".repeat(40)));
        // No boundary at all: between characters, never more than `max`.
        let parts = split_text(&"😀".repeat(10), 7, char::len_utf16);
        assert!(parts.iter().all(|p| p.encode_utf16().count() <= 7));
        assert_eq!(parts.concat(), "😀".repeat(10));
        assert_eq!(split_text("", 5, |_| 1), vec![String::new()]);
    }

    #[test]
    fn a_long_officer_answer_reaches_a_telegram_resident_whole() {
        use crate::domain::OfficerMessage;
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let r = resident(Channel::Telegram, &[]);
        let ticket = Ticket {
            root_event_id: Some("$root".into()),
            status: TicketStatus::Claimed,
            assignee: Some("@ana:hs".into()),
            resident_id: r.id,
            ..fixtures::ticket(4)
        };
        // 10,000 characters in sentences, some outside the BMP (two UTF-16
        // units each), and paragraphs.
        let mut answer = String::new();
        let mut i = 0;
        while answer.chars().count() < 10_000 {
            answer.push_str(&format!("Sentence {i} about the case 🚲 and what we do. "));
            if i % 9 == 8 {
                answer.push_str("\n\n");
            }
            i += 1;
        }
        let msg = OfficerMessage {
            room_id: ticket.room_id.clone(),
            event_id: "$a".into(),
            sender: "@ana:hs".into(),
            thread_root: Some("$root".into()),
            body: answer.clone(),
            via_reaction: false,
            sender_name: None,
        };
        let out = engine.officer_said(Some((&ticket, &r)), &[], &msg);
        let sent: Vec<String> = out
            .outbox
            .iter()
            .filter(|o| o.destination == r.chat_id)
            .filter_map(|o| match &o.body {
                MessageBody::Text { text } => Some(text.clone()),
                _ => None,
            })
            .collect();
        assert!(sent.len() >= 3, "{} messages", sent.len());
        let n = sent.len();
        for (k, part) in sent.iter().enumerate() {
            assert!(part.encode_utf16().count() <= TELEGRAM_MAX_UNITS);
            assert!(
                part.starts_with(&format!("({}/{n})\n", k + 1)),
                "{part:.40}"
            );
        }
        let joined: String = sent.concat();
        for sentence in answer.split(". ").filter(|s| !s.trim().is_empty()) {
            assert!(joined.contains(sentence.trim()), "{sentence:?} is missing");
        }
        // Split after a sentence, not inside one.
        for part in &sent[..n - 1] {
            assert!(
                part.trim_end().ends_with('.'),
                "{:?}",
                &part[part.len() - 20..]
            );
        }
    }

    #[test]
    fn matrix_numbers_choose_and_other_text_is_a_question() {
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let r = resident(Channel::Matrix, &["m", "A"]);
        let text = |t: &str| message(Channel::Matrix, ResidentContent::Text { text: t.into() });

        let out = engine.resident_said(&st(&r), &text("2"), None, None, 0);
        assert!(
            texts(&out)[0].contains("Crime prevention advice"),
            "{:?}",
            texts(&out)
        );
        assert_eq!(
            out.set_menu.as_ref().map(|(_, m)| m.len()),
            Some(9),
            "8 topics + menu"
        );

        let out = engine.resident_said(&st(&r), &text("7"), None, None, 0);
        assert!(
            texts(&out)[0].contains("Please choose"),
            "{:?}",
            texts(&out)
        );

        let question = text("12 bikes were stolen on our street");
        assert!(engine.opens_ticket_for(&st(&r), &question, None));
        let out = engine.resident_said(&st(&r), &question, None, Some(5), 0);
        assert!(
            matches!(out.ticket, TicketChange::Open { id: 5, ref queue_id, .. } if queue_id == "general")
        );
        // Routing: an Arabic-speaking resident's question goes to the "ar" queue.
        let mut arabic = r.clone();
        arabic.language = "ar".into();
        let out = engine.resident_said(&st(&arabic), &question, None, Some(6), 0);
        assert!(
            matches!(out.ticket, TicketChange::Open { ref room_id, .. } if room_id == "!ar:hs")
        );
        assert!(
            out.outbox
                .iter()
                .any(|o| o.destination == "!ar:hs" && o.placement == Placement::TicketRoot)
        );
    }
}
