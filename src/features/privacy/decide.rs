//! Residents' data rights in the chat: `/mydata` shows everything koban
//! keeps about them, `/erase` deletes it (after a confirmation); an officer
//! can erase on a resident's request with `!erase` in the ticket's thread.

use fluent::FluentValue;

use crate::clock::Millis;
use crate::domain::Change;
use crate::domain::OfficerMessage;
use crate::domain::menu::Action;
use crate::domain::model::{Channel, Resident, Ticket, TicketKind, TicketStatus};
use crate::domain::outbound::{MessageBody, NewOutbound, Placement};
use crate::features::engine::{Engine, ResidentState, Screen, channel_name};
use crate::i18n::args;

/// A ticket and its history as the resident may see it: what they wrote and
/// what officers answered (no internal notes).
#[derive(Debug, Clone)]
pub struct ExportTicket {
    pub ticket: Ticket,
    /// (from the resident?, text, when).
    pub lines: Vec<(bool, String, Millis)>,
}

/// Everything `/mydata` shows besides the profile.
#[derive(Debug, Clone, Default)]
pub struct Export {
    pub tickets: Vec<ExportTicket>,
    pub subscriptions: Vec<crate::domain::event::Topic>,
    /// Their answers to events: (event title, answer).
    pub answers: Vec<(String, crate::domain::event::Rsvp)>,
}

fn date(at: Millis, format: &str) -> String {
    chrono::DateTime::from_timestamp_millis(at)
        .map(|d| d.format(format).to_string())
        .unwrap_or_default()
}

impl Engine<'_> {
    /// `/mydata`: everything koban keeps about the resident, in as many
    /// messages as it takes.
    pub(crate) fn export(&self, out: &mut Vec<Change>, st: &ResidentState<'_>) {
        let resident = st.resident;
        let lang = resident.language.as_str();
        let default = self.loc.default_language();
        let area = resident
            .area_id
            .as_deref()
            .and_then(|a| self.settings.areas.get(a))
            .map(|a| a.name(lang, default).to_owned())
            .unwrap_or_else(|| self.loc.t(lang, "report-value-none"));
        let mut lines = vec![
            self.loc.text(
                lang,
                "export-title",
                Some(&args(&[("pseudonym", resident.pseudonym.as_str().into())])),
            ),
            self.loc.text(
                lang,
                "export-profile",
                Some(&args(&[
                    ("language", self.loc.t(lang, "language-name").into()),
                    ("area", area.into()),
                    ("since", date(resident.created_at, "%Y-%m-%d").into()),
                    ("channel", channel_name(resident.channel).into()),
                ])),
            ),
        ];
        let export = st.export.cloned().unwrap_or_default();
        let tickets = &export.tickets;
        if tickets.is_empty() {
            lines.push(self.loc.t(lang, "export-none"));
        }
        if !export.subscriptions.is_empty() {
            let topics: Vec<String> = export
                .subscriptions
                .iter()
                .map(|t| self.loc.t(lang, &format!("topic-{}", t.as_str())))
                .collect();
            lines.push(self.loc.text(
                lang,
                "export-subscriptions",
                Some(&args(&[("topics", topics.join(", ").into())])),
            ));
        }
        for (title, rsvp) in &export.answers {
            use crate::domain::event::Rsvp;
            let answer = match rsvp {
                Rsvp::Going => "standing-going",
                Rsvp::Maybe => "standing-maybe",
                Rsvp::NotGoing => "standing-not-going",
                Rsvp::Waiting { .. } | Rsvp::Offered { .. } => "standing-waiting",
            };
            lines.push(self.loc.text(
                lang,
                "export-answer",
                Some(&args(&[
                    ("title", title.as_str().into()),
                    ("answer", self.loc.t(lang, answer).into()),
                ])),
            ));
        }
        if let Some(draft) = st.draft() {
            lines.push(self.loc.text(
                lang,
                "export-draft",
                Some(&args(&[("photos", FluentValue::from(draft.photos.len()))])),
            ));
        }
        for t in tickets {
            let status = match t.ticket.status {
                TicketStatus::Open => "status-open",
                TicketStatus::Claimed => "status-claimed",
                TicketStatus::Waiting => "status-waiting",
                TicketStatus::Closed => "status-closed",
            };
            let what = match (&t.ticket.kind, &t.ticket.category) {
                (TicketKind::Report, Some(c)) => self.category_name(lang, c),
                _ => self.loc.t(lang, "myreports-question"),
            };
            lines.push(String::new());
            lines.push(self.loc.text(
                lang,
                "myreports-line",
                Some(&args(&[
                    ("reference", t.ticket.reference().into()),
                    ("what", what.into()),
                    ("date", date(t.ticket.created_at, "%Y-%m-%d").into()),
                    ("status", self.loc.t(lang, status).into()),
                ])),
            ));
            for (from_resident, text, at) in &t.lines {
                let id = if *from_resident {
                    "export-line-you"
                } else {
                    "export-line-officer"
                };
                lines.push(self.loc.text(
                    lang,
                    id,
                    Some(&args(&[
                        ("time", date(*at, "%Y-%m-%d %H:%M").into()),
                        ("text", text.as_str().into()),
                    ])),
                ));
            }
        }
        lines.push(String::new());
        lines.push(self.loc.t(lang, "export-end"));
        let mut parts = self.resident_parts(resident, &lines.join("\n"));
        let last = parts.pop().unwrap_or_default();
        for part in parts {
            out.push(Change::send(None, self.to_resident(resident, part)));
        }
        let screen = Screen {
            text: last,
            rows: vec![
                vec![self.label(lang, "button-erase-ask", Action::Erase)],
                self.menu_row(lang),
            ],
        };
        out.push(Change::send(None, self.screen(resident, lang, screen)));
    }

    /// `/erase`: what it means, and a confirmation.
    pub(crate) fn erase_ask(&self, out: &mut Vec<Change>, resident: &Resident) {
        let lang = resident.language.as_str();
        let screen = Screen {
            text: self.loc.t(lang, "erase-confirm"),
            rows: vec![
                vec![self.label(lang, "button-erase", Action::EraseConfirm)],
                vec![self.label(lang, "button-keep", Action::Menu)],
            ],
        };
        out.push(Change::send(None, self.screen(resident, lang, screen)));
    }

    /// Confirmed: everything about the resident goes; they are told. These
    /// are all the changes of the event: nothing else may refer to the
    /// resident or their tickets.
    pub(crate) fn erase(&self, resident: &Resident) -> Vec<Change> {
        tracing::info!(resident = resident.id, "resident erased their data");
        let text = self.loc.t(&resident.language, "erase-done");
        vec![
            Change::EraseResident(resident.id),
            Change::send(None, self.to_resident(resident, text)),
        ]
    }

    /// `!erase` in a ticket's thread: an officer erases the resident's data
    /// at their request. As with [`Self::erase`], these are all the changes
    /// of the event.
    pub(crate) fn officer_erase(
        &self,
        ticket: &Ticket,
        resident: &Resident,
        msg: &OfficerMessage,
    ) -> Vec<Change> {
        tracing::info!(resident = resident.id, officer = %msg.sender, "resident's data erased by an officer");
        let text = self.loc.t(&resident.language, "erase-done");
        let mut out = vec![
            Change::EraseResident(resident.id),
            Change::send(None, self.to_resident(resident, text)),
        ];
        // The card and thread are being redacted: the notice goes to the room.
        let notice = self.loc.text(
            self.loc.default_language(),
            "notice-erased",
            Some(&args(&[
                ("pseudonym", resident.pseudonym.as_str().into()),
                ("user", msg.sender.as_str().into()),
            ])),
        );
        out.push(Change::send(
            None,
            NewOutbound {
                channel: Channel::Matrix,
                destination: ticket.room_id.clone(),
                placement: Placement::Direct,
                body: MessageBody::Text { text: notice },
                media: None,
            },
        ));
        out
    }
}
