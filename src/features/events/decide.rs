//! The events feature's pure decisions: what residents see of events and
//! subscriptions, what their answers change, the coordinators' commands,
//! and each step of a broadcast. No I/O; time is passed in.

use chrono::TimeZone;
use fluent::FluentValue;

use crate::clock::Millis;
use crate::config::EventsConfig;
use crate::domain::Change;
use crate::domain::calendar::{self, CalendarEvent, Method};
use crate::domain::event::{
    Announcement, AnnouncementStatus, Answer, AnswerOutcome, Broadcast, BroadcastKind,
    BroadcastProgress, Event, EventChange, EventDraft, EventStatus, EventText, EventTimer,
    Recipient, Rsvp, RsvpCounts, Topic,
};
use crate::domain::menu::{Action, EventAction};
use crate::domain::model::{Channel, Resident};
use crate::domain::outbound::{MessageBody, NewOutbound, Placement};
use crate::domain::{InboundEvent, OfficerMessage};
use crate::features::engine::Screen;
use crate::i18n::{Localizer, args};

use super::command::{AnnounceFields, Fields, TextField};

/// Events listed in the *Events* menu.
pub const LISTED: i64 = 8;

/// What the events' decisions need besides the state.
pub struct Planner<'a> {
    pub loc: &'a Localizer,
    pub config: &'a EventsConfig,
    pub tz: chrono_tz::Tz,
    /// Part of every calendar UID (stable for the installation).
    pub install_id: &'a str,
    pub coordination_room: Option<&'a str>,
    pub bot_links: &'a crate::features::BotLinks,
}

/// What a resident's event action is decided on.
pub struct ResidentEvents<'s> {
    pub resident: &'s Resident,
    /// The event the action names (`None`: unknown or gone).
    pub event: Option<&'s Event>,
    pub rsvp: Option<Rsvp>,
    pub counts: RsvpCounts,
    pub last_position: i64,
    /// Residents on the waiting list before this one (if they wait).
    pub waiting_ahead: i64,
    /// The first on the waiting list (offered a place a resident gives up).
    pub next_waiting: Option<&'s Recipient>,
    /// The event's card in the coordination room, once delivered.
    pub card: Option<&'s str>,
    /// Upcoming events of the resident's area (for the list).
    pub upcoming: &'s [Event],
    pub subscriptions: &'s [Topic],
}

/// What a broadcast is about.
pub enum Subject<'a> {
    Event {
        event: &'a Event,
        counts: &'a RsvpCounts,
    },
    Announcement(&'a Announcement),
}

/// What the event's card shows now.
pub struct Shown<'a> {
    pub counts: RsvpCounts,
    /// The card's Matrix event id, once delivered.
    pub card: Option<&'a str>,
}

fn to(channel: Channel, chat_id: &str, body: MessageBody) -> NewOutbound {
    NewOutbound {
        channel,
        destination: chat_id.to_owned(),
        placement: Placement::Direct,
        body,
        media: None,
    }
}

fn menu(text: String, rows: Vec<Vec<(String, Action)>>, lang: &str) -> MessageBody {
    Screen { text, rows }.body(lang)
}

/// chrono's locale for one of koban's languages.
fn chrono_locale(lang: &str) -> chrono::Locale {
    let name = match lang.split('-').next().unwrap_or(lang) {
        "ar" => "ar_SA",
        "de" => "de_DE",
        "fr" => "fr_FR",
        "nl" => "nl_NL",
        "ro" => "ro_RO",
        "tr" => "tr_TR",
        "uk" => "uk_UA",
        _ => "en_GB",
    };
    chrono::Locale::try_from(name).unwrap_or(chrono::Locale::en_GB)
}

impl Planner<'_> {
    fn t(&self, lang: &str, id: &str) -> String {
        self.loc.t(lang, id)
    }

    fn ta(&self, lang: &str, id: &str, pairs: &[(&str, FluentValue<'_>)]) -> String {
        self.loc.text(lang, id, Some(&args(pairs)))
    }

    /// "Thursday 10 December 2026, 17:00–18:30" in the zone's time and the
    /// language's words.
    pub fn when(&self, lang: &str, starts: Millis, ends: Millis) -> String {
        let locale = chrono_locale(lang);
        let (Some(s), Some(e)) = (
            self.tz.timestamp_millis_opt(starts).single(),
            self.tz.timestamp_millis_opt(ends).single(),
        ) else {
            return String::new();
        };
        let day = s.format_localized("%A %-d %B %Y", locale).to_string();
        if s.date_naive() == e.date_naive() {
            format!("{day}, {}–{}", s.format("%H:%M"), e.format("%H:%M"))
        } else {
            let end = e.format_localized("%A %-d %B %Y", locale).to_string();
            format!(
                "{day}, {} – {end}, {}",
                s.format("%H:%M"),
                e.format("%H:%M")
            )
        }
    }

    fn short_when(&self, lang: &str, at: Millis) -> String {
        self.tz
            .timestamp_millis_opt(at)
            .single()
            .map(|t| {
                t.format_localized("%a %-d %b, %H:%M", chrono_locale(lang))
                    .to_string()
            })
            .unwrap_or_default()
    }

    /// The event as a resident reads it, in `lang` (or the default
    /// language, said so).
    pub fn event_text(&self, event: &Event, lang: &str, counts: &RsvpCounts) -> String {
        let Some((text, fallback)) = event.text(lang) else {
            return String::new();
        };
        let mut lines = vec![format!("📅 {}", text.title)];
        lines.push(self.ta(
            lang,
            "event-when",
            &[(
                "when",
                self.when(lang, event.starts_at, event.ends_at).into(),
            )],
        ));
        if !event.place.is_empty() {
            lines.push(self.ta(
                lang,
                "event-place",
                &[("place", event.place.clone().into())],
            ));
        }
        if !text.audience.is_empty() {
            lines.push(self.ta(
                lang,
                "event-audience",
                &[("audience", text.audience.clone().into())],
            ));
        }
        if !text.accessibility.is_empty() {
            lines.push(self.ta(
                lang,
                "event-access",
                &[("access", text.accessibility.clone().into())],
            ));
        }
        if !text.description.is_empty() {
            lines.push(String::new());
            lines.push(text.description.clone());
        }
        lines.push(String::new());
        if event.status == EventStatus::Cancelled {
            lines.push(self.t(lang, "event-cancelled-note"));
        } else {
            if event.registration {
                lines.push(self.t(lang, "event-registration"));
            }
            if let Some(capacity) = event.capacity {
                let free = (capacity - counts.places_taken()).max(0);
                lines.push(if free == 0 || counts.waiting > 0 {
                    self.t(lang, "event-full")
                } else {
                    self.ta(
                        lang,
                        "event-places",
                        &[("free", free.into()), ("capacity", capacity.into())],
                    )
                });
            }
        }
        if fallback {
            let name = self.loc.t(&text.language, "language-name");
            lines.push(self.ta(lang, "event-fallback", &[("language", name.into())]));
        }
        lines.join("\n")
    }

    /// The answer buttons, the calendar and the place.
    fn event_rows(&self, lang: &str, event: &Event) -> Vec<Vec<(String, Action)>> {
        let e = |a| Action::Event(a);
        let id = event.id;
        let mut rows = Vec::new();
        if event.status == EventStatus::Published {
            rows.push(vec![
                (
                    self.t(lang, "button-going"),
                    e(EventAction::Answer(id, Answer::Going)),
                ),
                (
                    self.t(lang, "button-maybe"),
                    e(EventAction::Answer(id, Answer::Maybe)),
                ),
                (
                    self.t(lang, "button-not-going"),
                    e(EventAction::Answer(id, Answer::NotGoing)),
                ),
            ]);
        }
        let mut second = vec![(
            self.t(lang, "button-calendar"),
            e(EventAction::Calendar(id)),
        )];
        if !event.place.is_empty() || event.location.is_some() {
            second.push((self.t(lang, "button-place"), e(EventAction::Place(id))));
        }
        rows.push(second);
        rows
    }

    fn nav_row(&self, lang: &str) -> Vec<(String, Action)> {
        vec![
            (self.t(lang, "button-events"), Action::Events),
            (self.t(lang, "button-menu"), Action::Menu),
        ]
    }

    /// The invite (or its update) for one recipient.
    pub fn invite(
        &self,
        event: &Event,
        channel: Channel,
        chat_id: &str,
        lang: &str,
        intro: &str,
        counts: &RsvpCounts,
    ) -> NewOutbound {
        let text = format!(
            "{}\n\n{}",
            self.t(lang, intro),
            self.event_text(event, lang, counts)
        );
        to(
            channel,
            chat_id,
            menu(text, self.event_rows(lang, event), lang),
        )
    }

    /// The event's calendar file for `lang`.
    pub fn calendar(&self, event: &Event, lang: &str, stamp: Millis) -> MessageBody {
        let (text, _) = event.text(lang).unwrap_or((&EMPTY_TEXT, true));
        let uid = format!("event-{}@{}.koban", event.id, self.install_id);
        let method = if event.status == EventStatus::Cancelled {
            Method::Cancel
        } else {
            Method::Publish
        };
        let ics = calendar::ics(
            &CalendarEvent {
                uid: &uid,
                sequence: u32::try_from(event.sequence).unwrap_or(u32::MAX),
                title: &text.title,
                description: Some(text.description.as_str()).filter(|d| !d.is_empty()),
                location: Some(event.place.as_str()).filter(|p| !p.is_empty()),
                geo: event.location,
                url: event.map_url.as_deref(),
                starts_at: event.starts_at,
                ends_at: event.ends_at,
                stamp,
                organizer_name: None,
            },
            method,
        );
        MessageBody::Document {
            file_name: calendar::file_name(&text.title),
            mime: calendar::MIME.to_owned(),
            content: ics,
            caption: Some(self.ta(
                lang,
                "calendar-caption",
                &[("title", text.title.clone().into())],
            )),
        }
    }
}

static EMPTY_TEXT: EventText = EventText {
    language: String::new(),
    title: String::new(),
    description: String::new(),
    audience: String::new(),
    accessibility: String::new(),
};

/// Expand the broadcast's recipients after `cursor`, as the next inbox event.
fn expand(broadcast_id: i64, cursor: i64) -> Change {
    Change::Enqueue {
        source: "koban".to_owned(),
        external_id: format!("broadcast:{broadcast_id}:after:{cursor}"),
        event: Box::new(InboundEvent::Events(EventTimer::Expand { broadcast_id })),
    }
}

fn adjust(counts: &mut RsvpCounts, rsvp: Option<Rsvp>, by: i64) {
    match rsvp {
        Some(Rsvp::Going) => counts.going += by,
        Some(Rsvp::Maybe) => counts.maybe += by,
        Some(Rsvp::NotGoing) => counts.not_going += by,
        Some(Rsvp::Waiting { .. }) => counts.waiting += by,
        Some(Rsvp::Offered { .. }) => counts.offered += by,
        None => {}
    }
}

/// The event a draft describes (before it is stored).
pub fn event_of(id: i64, d: &EventDraft, created_by: &str, now: Millis) -> Event {
    Event {
        id,
        status: EventStatus::Draft,
        area: d.area.clone(),
        topic: d.topic.unwrap_or(Topic::Events),
        starts_at: d.starts_at,
        ends_at: d.ends_at,
        place: d.place.clone(),
        map_url: d.map_url.clone(),
        location: d.location,
        capacity: d.capacity,
        registration: d.registration,
        sequence: 0,
        publish_at: None,
        card_outbox: None,
        created_by: created_by.to_owned(),
        created_at: now,
        updated_at: now,
        texts: d.texts.clone(),
    }
}

mod broadcast;
mod channels;
mod residents;
mod room;
#[cfg(test)]
mod tests;
