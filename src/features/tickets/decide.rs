//! Questions as tickets: whether a message opens one, its card, a
//! resident's edits, the out-of-hours note, and passing a resident's words
//! (and image) on to the officers. Pure.

use fluent::FluentValue;

use crate::clock::Millis;
use crate::domain::Change;
use crate::domain::change::NewTicket;
use crate::domain::history::Author;
use crate::domain::inbound::ResidentMessage;
use crate::domain::intent::{ResidentInput, ResidentIntent};
use crate::domain::model::{Channel, Resident, Ticket, TicketKind, TicketStatus, reference_for};
use crate::domain::outbound::neutralize_bidi;
use crate::domain::outbound::{
    CleanImage, HistoryEntry, MediaRef, MessageBody, NewOutbound, Placement, quote, separate_urls,
};
use crate::domain::routing::TicketFacts;
use crate::domain::text::is_blank;
use crate::features::engine::{
    Attachment, Engine, ImageRefusal, ResidentState, SPLICE, channel_name, mb, splice,
};
use crate::i18n::args;

impl Engine<'_> {
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
    pub(crate) fn new_card(&self, ticket: &mut NewTicket, card: String) -> String {
        let card = separate_urls(&card);
        ticket.card = card.clone();
        self.card_text(&Ticket {
            category: ticket.category.clone(),
            ..Ticket::opened(
                ticket.id,
                ticket.resident_id,
                ticket.kind,
                ticket.queue_id.clone(),
                ticket.room_id.clone(),
                card,
                0,
            )
        })
    }

    /// The resident edited a message that is part of their open ticket:
    /// the thread shows the new text with the original (both kept).
    pub(crate) fn resident_edit(
        &self,
        out: &mut Vec<Change>,
        st: &ResidentState<'_>,
        original: &str,
        text: &str,
    ) {
        let (Some(ticket), Some(before)) = (st.open_ticket, st.edited_original) else {
            // An edit of a menu choice, a command or a closed ticket's
            // message: nothing for the officers.
            return;
        };
        let resident = st.resident;
        out.push(Change::TouchTicket(ticket.id));
        out.push(Change::history(
            ticket.id,
            HistoryEntry {
                author: Author::ResidentEdit,
                external_id: original.to_owned(),
                body: text.to_owned(),
            },
        ));
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
    pub(crate) fn out_of_hours(&self, lang: &str, queue_id: &str, now: Millis) -> Option<String> {
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
    pub(crate) fn refusal_text(&self, lang: &str, refusal: ImageRefusal) -> String {
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

    /// Passes a resident's words (and image) on to the officers: a new ticket
    /// card, or the open ticket's thread.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn relay(
        &self,
        out: &mut Vec<Change>,
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
        let (ticket_id, room, reference, opened) = match (open_ticket, new_ticket_id) {
            (Some(ticket), _) => (ticket.id, ticket.room_id.clone(), ticket.reference(), None),
            (None, Some(id)) => {
                let (queue_id, room_id) = self.settings.queue_for(&TicketFacts {
                    category: None,
                    area: resident.area_id.as_deref(),
                    language: &resident.language,
                });
                let ticket = NewTicket {
                    id,
                    resident_id: resident.id,
                    kind: TicketKind::Question,
                    queue_id,
                    room_id: room_id.clone(),
                    category: None,
                    card: String::new(),
                };
                let reference = reference_for(TicketKind::Question, id, now);
                (id, room_id, reference, Some(ticket))
            }
            (None, None) => {
                // The caller did not reserve an id: a programming error, but
                // the resident still gets an answer and the message is kept.
                tracing::error!(
                    resident = resident.id,
                    "relay without open ticket or reserved id"
                );
                let text = self.loc.t(lang, "something-went-wrong");
                out.push(Change::send(None, self.to_resident(resident, text)));
                return;
            }
        };
        let send = |out: &mut Vec<Change>, message: NewOutbound| {
            out.push(Change::send(Some(ticket_id), message))
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
        let entry = HistoryEntry {
            author: Author::Resident,
            external_id: msg.message_id.clone(),
            body: match (text, &image) {
                (Some(t), Some(_)) => format!("[photo] {t}"),
                (Some(t), None) => t.to_owned(),
                (None, _) => "[photo]".to_owned(),
            },
        };

        // The resident answered: the officers' turn again.
        let claimed = open_ticket.filter(|t| t.status == TicketStatus::Waiting);
        let is_new = opened.is_some();
        let hours_note = opened
            .as_ref()
            .and_then(|t| self.out_of_hours(lang, &t.queue_id, now));
        // A long text: the card (or first thread message) carries its
        // beginning, the rest follows in the thread.
        let thread_parts = match opened {
            Some(mut ticket) => {
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
                let text = self.new_card(&mut ticket, card);
                out.push(Change::OpenTicket(ticket));
                out.push(Change::history(ticket_id, entry));
                send(
                    out,
                    queue_msg(Placement::TicketRoot, MessageBody::Text { text }, None),
                );
                rest
            }
            None => {
                out.push(Change::TouchTicket(ticket_id));
                out.push(Change::history(ticket_id, entry));
                if let Some(ticket) = claimed {
                    let mut after = ticket.clone();
                    after.status = TicketStatus::Claimed;
                    self.edit_card(out, &after);
                }
                text.map(|t| self.thread_parts(t)).unwrap_or_default()
            }
        };
        for part in thread_parts {
            let body = self.thread_text(resident, &part);
            send(
                out,
                queue_msg(
                    Placement::TicketThread,
                    MessageBody::Text { text: body },
                    None,
                ),
            );
        }

        let has_image = image.is_some();
        if let Some(image) = image {
            let caption = self.loc.text(
                officer_lang,
                "thread-photo",
                Some(&args(&[("pseudonym", resident.pseudonym.as_str().into())])),
            );
            send(
                out,
                queue_msg(
                    Placement::TicketThread,
                    MessageBody::Image {
                        caption: Some(caption),
                    },
                    Some(image),
                ),
            );
        }

        if is_new {
            let opened = self.loc.text(
                lang,
                "ticket-opened",
                Some(&args(&[("reference", reference.as_str().into())])),
            );
            let mut text = format!("{opened}\n\n{}", self.emergency_note(lang));
            if let Some(note) = hours_note {
                text = format!("{text}\n\n{note}");
            }
            send(out, self.to_resident(resident, text));
        } else if has_image {
            let text = self.loc.text(
                lang,
                "photos-forwarded",
                Some(&args(&[
                    ("count", FluentValue::from(1)),
                    ("reference", reference.as_str().into()),
                ])),
            );
            send(out, self.to_resident(resident, text));
        }
        if let Some(ticket) = claimed {
            out.push(Change::status(ticket.id, TicketStatus::Claimed));
        }
    }
}
