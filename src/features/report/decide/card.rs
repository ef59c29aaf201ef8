//! The finished report: its fields as the summary and the card show them,
//! the ticket with its card in the queue room that a confirmed draft
//! becomes, and the resident's list of their reports and questions.

use fluent::FluentValue;

use crate::clock::Millis;
use crate::domain::change::NewTicket;
use crate::domain::history::Author;
use crate::domain::menu::Action;
use crate::domain::model::{Resident, Ticket, TicketKind, TicketStatus, reference_for};
use crate::domain::outbound::{HistoryEntry, MediaRef, MessageBody, NewOutbound, Placement, quote};
use crate::domain::report::{DraftChange, ReportDraft, When};
use crate::domain::routing::TicketFacts;
use crate::domain::{Change, Channel};
use crate::features::engine::{Engine, ResidentState, SPLICE, Screen, channel_name, splice};
use crate::i18n::args;

impl Engine<'_> {
    /// The report's fields, one per line, in `lang`. `for_resident` leaves
    /// out what only officers need; for the officers, what the resident
    /// typed is quoted below its label and the map link has a line of its
    /// own. `description` is shown instead of the whole description (the
    /// summary's preview, the card's beginning).
    pub(super) fn report_fields(
        &self,
        lang: &str,
        resident: &Resident,
        draft: &ReportDraft,
        for_resident: bool,
        description: Option<&str>,
    ) -> String {
        let field = |id: &str, value: String| {
            self.loc
                .text(lang, id, Some(&args(&[("value", value.into())])))
        };
        // The resident's own words under a label.
        let typed = |id: &str, value: &str| {
            if for_resident {
                field(id, value.to_owned())
            } else {
                splice(&field(id, SPLICE.to_owned()), &quote(value))
            }
        };
        let none = || self.loc.t(lang, "report-value-none");
        let mut lines = Vec::new();
        let category = draft
            .category
            .as_deref()
            .map(|c| self.category_name(lang, c))
            .unwrap_or_else(none);
        lines.push(field("report-field-category", category));
        lines.push(match &draft.when {
            Some(When::Now) => field("report-field-when", self.loc.t(lang, "report-when-now")),
            Some(When::EarlierToday) => {
                field("report-field-when", self.loc.t(lang, "report-when-today"))
            }
            Some(When::Other(text)) => typed("report-field-when", text),
            None => field("report-field-when", none()),
        });
        match (&draft.location, &draft.address) {
            (Some(p), address) => {
                let mut place = vec![self.place_text(lang, p)];
                if for_resident {
                    place.extend(address.clone());
                    lines.push(field("report-field-where", place.join("\n")));
                } else {
                    lines.push(field("report-field-where", place.join("\n")));
                    // Never inside an isolate: some clients break the link.
                    lines.push(p.map_link());
                    lines.extend(address.as_deref().map(quote));
                }
            }
            (None, Some(address)) => lines.push(typed("report-field-where", address)),
            (None, None) => lines.push(field("report-field-where", none())),
        }
        let description = description.unwrap_or(&draft.description);
        lines.push(if description.is_empty() {
            field("report-field-what", none())
        } else {
            typed("report-field-what", description)
        });
        lines.push(self.loc.text(
            lang,
            "report-field-photos",
            Some(&args(&[("count", FluentValue::from(draft.photos.len()))])),
        ));
        lines.push(match &draft.contact {
            Some(c) => typed("report-field-contact", c),
            None => field(
                "report-field-contact",
                self.loc.text(
                    lang,
                    "report-contact-anonymous",
                    Some(&args(&[("pseudonym", resident.pseudonym.as_str().into())])),
                ),
            ),
        });
        lines.join("\n")
    }
    /// Confirmed: a report ticket with its card in the queue room, the
    /// photos in its thread, and the reference for the resident.
    pub(super) fn submit(
        &self,
        out: &mut Vec<Change>,
        st: &ResidentState<'_>,
        draft: &ReportDraft,
        id: i64,
        now: Millis,
    ) {
        let resident = st.resident;
        let lang = resident.language.as_str();
        let officer_lang = self.loc.default_language();
        let area = draft.area_id.as_deref().or(resident.area_id.as_deref());
        let (queue_id, room_id) = self.settings.queue_for(&TicketFacts {
            category: draft.category.as_deref(),
            area,
            language: &resident.language,
        });
        let reference = reference_for(TicketKind::Report, id, now);
        let mut ticket = NewTicket {
            id,
            resident_id: resident.id,
            kind: TicketKind::Report,
            queue_id,
            room_id: room_id.clone(),
            category: draft.category.clone(),
            card: String::new(),
        };
        let category = draft
            .category
            .as_deref()
            .map(|c| self.category_name(officer_lang, c))
            .unwrap_or_default();
        let area_name = area
            .and_then(|a| self.settings.areas.get(a))
            .map(|a| a.name(officer_lang, officer_lang).to_owned())
            .unwrap_or_else(|| self.loc.t(officer_lang, "report-value-none"));
        let build = |description: &str| {
            let fields =
                self.report_fields(officer_lang, resident, draft, false, Some(description));
            let formatted = self.loc.text(
                officer_lang,
                "card-report",
                Some(&args(&[
                    ("reference", reference.as_str().into()),
                    ("category", category.as_str().into()),
                    ("area", area_name.as_str().into()),
                    ("pseudonym", resident.pseudonym.as_str().into()),
                    ("channel", channel_name(resident.channel).into()),
                    ("language", resident.language.as_str().into()),
                    ("fields", SPLICE.into()),
                ])),
            );
            splice(&formatted, &fields)
        };
        let (card, rest) = self.fit_card(&draft.description, build);
        let text = self.new_card(&mut ticket, card);
        let hours_note = self.out_of_hours(lang, &ticket.queue_id, now);
        out.push(Change::OpenTicket(ticket));
        // The history keeps the report whole; the card carries the start of
        // a long description and the thread the rest.
        out.push(Change::history(
            id,
            HistoryEntry {
                author: Author::Resident,
                external_id: format!("report:{id}"),
                body: self.report_fields(officer_lang, resident, draft, false, None),
            },
        ));
        let to_room = |placement, body, media| {
            let message = NewOutbound {
                channel: Channel::Matrix,
                destination: room_id.clone(),
                placement,
                body,
                media,
            };
            Change::send(Some(id), message)
        };
        out.push(to_room(
            Placement::TicketRoot,
            MessageBody::Text { text },
            None,
        ));
        for part in rest {
            let text = self.thread_text(resident, &part);
            out.push(to_room(
                Placement::TicketThread,
                MessageBody::Text { text },
                None,
            ));
        }
        let total = draft.photos.len();
        for (i, media_id) in draft.photos.iter().enumerate() {
            let caption = self.loc.text(
                officer_lang,
                "thread-report-photo",
                Some(&args(&[
                    ("n", FluentValue::from(i + 1)),
                    ("total", FluentValue::from(total)),
                    ("reference", reference.as_str().into()),
                ])),
            );
            out.push(to_room(
                Placement::TicketThread,
                MessageBody::Image {
                    caption: Some(caption),
                },
                Some(MediaRef::Stored(*media_id)),
            ));
        }
        let sent = self.loc.text(
            lang,
            "report-sent",
            Some(&args(&[("reference", reference.as_str().into())])),
        );
        let mut text = format!("{sent}\n\n{}", self.emergency_note(lang));
        if let Some(note) = hours_note {
            text = format!("{text}\n\n{note}");
        }
        let screen = Screen {
            text,
            rows: vec![
                vec![self.label(lang, "menu-myreports", Action::MyReports)],
                self.menu_row(lang),
            ],
        };
        out.push(Change::send(Some(id), self.screen(resident, lang, screen)));
        out.push(Change::draft(resident.id, DraftChange::Submitted));
    }
    /// `/myreports`: the resident's latest reports and questions.
    pub(crate) fn my_reports(&self, out: &mut Vec<Change>, st: &ResidentState<'_>) {
        let resident = st.resident;
        let lang = resident.language.as_str();
        let text = if st.tickets.is_empty() {
            self.loc.t(lang, "myreports-none")
        } else {
            let mut lines = vec![self.loc.t(lang, "myreports-title")];
            for t in st.tickets {
                lines.push(self.ticket_line(lang, t));
            }
            lines.join("\n")
        };
        let screen = Screen {
            text,
            rows: vec![self.menu_row(lang)],
        };
        out.push(Change::send(None, self.screen(resident, lang, screen)));
    }
    fn ticket_line(&self, lang: &str, t: &Ticket) -> String {
        let status = match t.status {
            TicketStatus::Open => "status-open",
            TicketStatus::Claimed => "status-claimed",
            TicketStatus::Waiting => "status-waiting",
            TicketStatus::Closed => "status-closed",
        };
        let what = match (&t.kind, &t.category) {
            (TicketKind::Report, Some(c)) => self.category_name(lang, c),
            _ => self.loc.t(lang, "myreports-question"),
        };
        let date = chrono::DateTime::from_timestamp_millis(t.created_at)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        self.loc.text(
            lang,
            "myreports-line",
            Some(&args(&[
                ("reference", t.reference().into()),
                ("what", what.into()),
                ("date", date.into()),
                ("status", self.loc.t(lang, status).into()),
            ])),
        )
    }
}
