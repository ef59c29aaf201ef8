//! The conversation engine: given what arrived and the current state, decides
//! what koban says and which tickets change. Pure: no I/O, no clock reads
//! (time is passed in), so every rule is testable without any service.

use fluent_bundle::FluentValue;

use super::inbound::{OfficerMessage, ResidentContent, ResidentMessage};
use super::model::{Channel, Resident, Ticket, TicketKind, reference_for};
use super::outbound::{
    CleanImage, HistoryEntry, MessageBody, NewOutbound, Outcome, Placement, TicketChange,
};
use crate::clock::Millis;
use crate::i18n::{Localizer, args};

/// Zone facts the engine needs.
#[derive(Debug, Clone)]
pub struct EngineSettings {
    pub zone_name: String,
    pub emergency_number: String,
    pub police_number: String,
    pub default_queue_id: String,
    pub default_queue_room: String,
}

/// What became of a resident's image before the engine saw it.
#[derive(Debug, Clone, PartialEq)]
pub enum Attachment {
    Image(CleanImage),
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
}

fn mb(bytes: u64) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

impl<'a> Engine<'a> {
    pub fn new(settings: &'a EngineSettings, loc: &'a Localizer) -> Self {
        Self { settings, loc }
    }

    /// Whether handling this message opens a ticket, so that the caller can
    /// reserve its id (the reference appears in the texts).
    pub fn opens_ticket(
        content: &ResidentContent,
        attachment: Option<&Attachment>,
        open_ticket: Option<&Ticket>,
    ) -> bool {
        if open_ticket.is_some() {
            return false;
        }
        match content {
            ResidentContent::Text { text } => !text.trim().is_empty(),
            ResidentContent::Image { .. } => matches!(attachment, Some(Attachment::Image(_))),
            ResidentContent::Command { .. } | ResidentContent::Unsupported { .. } => false,
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

    fn emergency_note(&self, lang: &str) -> String {
        self.loc.text(
            lang,
            "emergency-note",
            Some(&args(&[
                ("emergency", self.settings.emergency_number.as_str().into()),
                ("police", self.settings.police_number.as_str().into()),
            ])),
        )
    }

    /// Handles a resident's message. `new_ticket_id` must be set when
    /// [`Engine::opens_ticket`] said so.
    pub fn resident_message(
        &self,
        resident: &Resident,
        open_ticket: Option<&Ticket>,
        msg: &ResidentMessage,
        attachment: Option<Attachment>,
        new_ticket_id: Option<i64>,
        now: Millis,
    ) -> Outcome {
        let lang = resident.language.as_str();
        let mut out = Outcome::nothing();
        match &msg.content {
            ResidentContent::Command { name, .. } if name == "start" || name == "help" => {
                let welcome = self.loc.text(
                    lang,
                    "welcome",
                    Some(&args(&[("zone", self.settings.zone_name.as_str().into())])),
                );
                let text = format!("{welcome}\n\n{}", self.emergency_note(lang));
                out.outbox.push(self.to_resident(resident, text));
            }
            ResidentContent::Command { name, .. } => {
                let text = self.loc.text(
                    lang,
                    "unknown-command",
                    Some(&args(&[("command", format!("/{name}").into())])),
                );
                out.outbox.push(self.to_resident(resident, text));
            }
            ResidentContent::Unsupported { .. } => {
                let text = self.loc.t(lang, "unsupported-message");
                out.outbox.push(self.to_resident(resident, text));
            }
            ResidentContent::Text { text } if text.trim().is_empty() => {
                let text = self.loc.t(lang, "unsupported-message");
                out.outbox.push(self.to_resident(resident, text));
            }
            ResidentContent::Text { text } => {
                self.relay(
                    &mut out,
                    resident,
                    open_ticket,
                    msg,
                    Some(text.as_str()),
                    None,
                    new_ticket_id,
                    now,
                );
            }
            ResidentContent::Image { caption, .. } => match attachment {
                Some(Attachment::Image(image)) => {
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
                    let text = match refusal {
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
                    };
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
                (ticket.room_id.clone(), ticket.reference(), false)
            }
            (None, Some(id)) => {
                out.ticket = TicketChange::Open {
                    id,
                    resident_id: resident.id,
                    kind: TicketKind::Question,
                    queue_id: self.settings.default_queue_id.clone(),
                    room_id: self.settings.default_queue_room.clone(),
                };
                (
                    self.settings.default_queue_room.clone(),
                    reference_for(TicketKind::Question, id, now),
                    true,
                )
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
                media,
            };

        let text = text.filter(|t| !t.trim().is_empty());
        out.history.push(HistoryEntry {
            author: "resident".to_owned(),
            external_id: msg.message_id.clone(),
            body: match (text, &image) {
                (Some(t), Some(_)) => format!("[photo] {t}"),
                (Some(t), None) => t.to_owned(),
                (None, _) => "[photo]".to_owned(),
            },
        });

        if is_new {
            let card_text = text
                .map(str::to_owned)
                .unwrap_or_else(|| self.loc.t(officer_lang, "card-no-text"));
            let card = self.loc.text(
                officer_lang,
                "card-question",
                Some(&args(&[
                    ("reference", reference.as_str().into()),
                    ("pseudonym", resident.pseudonym.as_str().into()),
                    ("channel", channel_name(resident.channel).into()),
                    ("language", resident.language.as_str().into()),
                    ("text", card_text.into()),
                ])),
            );
            out.outbox.push(queue_msg(
                Placement::TicketRoot,
                MessageBody::Text { text: card },
                None,
            ));
        } else if let Some(t) = text {
            let body = self.loc.text(
                officer_lang,
                "thread-text",
                Some(&args(&[
                    ("pseudonym", resident.pseudonym.as_str().into()),
                    ("text", t.into()),
                ])),
            );
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
            let text = format!("{opened}\n\n{}", self.emergency_note(lang));
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

    /// Handles a message in a queue room. A message in a ticket's thread is
    /// the officer's answer to the resident.
    pub fn officer_message(
        &self,
        ticket_and_resident: Option<(&Ticket, &Resident)>,
        msg: &OfficerMessage,
    ) -> Outcome {
        let mut out = Outcome::nothing();
        let Some((ticket, resident)) = ticket_and_resident else {
            return out;
        };
        let body = msg.body.trim();
        if body.is_empty() {
            return out;
        }
        let lang = resident.language.as_str();
        out.ticket = TicketChange::Existing {
            ticket_id: ticket.id,
        };
        out.history.push(HistoryEntry {
            author: format!("officer:{}", msg.sender),
            external_id: msg.event_id.clone(),
            body: body.to_owned(),
        });
        let role = self.loc.t(lang, "officer-role");
        let text = self.loc.text(
            lang,
            "officer-reply",
            Some(&args(&[
                ("role", role.into()),
                ("reference", ticket.reference().into()),
                ("text", body.into()),
            ])),
        );
        out.outbox.push(self.to_resident(resident, text));
        out
    }
}

fn channel_name(channel: Channel) -> &'static str {
    match channel {
        Channel::Telegram => "Telegram",
        Channel::Matrix => "Matrix",
    }
}
