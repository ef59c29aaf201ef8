//! The guided incident report: category, danger check, when, where, what,
//! photos, contact, summary; then a ticket with a full card in the queue
//! room. Every step is saved, Back and Cancel work everywhere, and input
//! that does not fit the step is answered without losing anything.

use fluent::FluentValue;

use crate::clock::Millis;
use crate::domain::change::NewTicket;
use crate::domain::history::Author;
use crate::domain::intent::ResidentInput;
use crate::domain::menu::{Action, ReportAction};
use crate::domain::model::{Resident, Ticket, TicketKind, TicketStatus, reference_for};
use crate::domain::outbound::{
    CleanImage, HistoryEntry, MediaRef, MessageBody, NewOutbound, Placement, quote,
};
use crate::domain::report::{
    DraftChange, GeoPoint, MAX_ADDRESS_CHARS, MAX_CONTACT_CHARS, MAX_DESCRIPTION_CHARS,
    MAX_WHEN_CHARS, ReportDraft, Step, When,
};
use crate::domain::routing::TicketFacts;
use crate::domain::{Change, Channel, Conversation};
use crate::features::engine::{
    Attachment, Engine, ImageRefusal, ResidentState, SPLICE, Screen, channel_name, splice,
};
use crate::i18n::args;

/// Longest description shown back in the summary (the report keeps it whole).
const SUMMARY_DESCRIPTION_CHARS: usize = 600;

fn preview(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max).collect();
        format!("{cut}…")
    }
}

fn format_point(p: &GeoPoint) -> String {
    format!("{:.5}, {:.5}", p.latitude, p.longitude)
}

impl Engine<'_> {
    fn save(&self, out: &mut Vec<Change>, resident: &Resident, mut draft: ReportDraft) {
        // Any other step answers the "continue or start again?" question.
        draft.offered_restart = false;
        out.push(Change::draft(
            resident.id,
            DraftChange::Save {
                draft: Box::new(draft),
                add_photo: None,
            },
        ));
    }

    /// The name of a category in `lang`.
    pub(crate) fn category_name(&self, lang: &str, id: &str) -> String {
        self.loc
            .try_text(lang, &format!("category-{id}"), None)
            .unwrap_or_else(|| id.to_owned())
    }

    fn back_cancel(&self, lang: &str, step: Step) -> Vec<(String, Action)> {
        let mut row = Vec::new();
        if step != Step::Category {
            row.push(self.label(
                lang,
                "button-back",
                Action::Reporting(ReportAction::Back(step)),
            ));
        }
        row.push(self.label(
            lang,
            "button-cancel-report",
            Action::Reporting(ReportAction::Cancel),
        ));
        row
    }

    /// Shows the draft's current step, with a note above it.
    pub(crate) fn report_step(
        &self,
        out: &mut Vec<Change>,
        resident: &Resident,
        draft: &ReportDraft,
        note: Option<String>,
    ) {
        let lang = resident.language.as_str();
        let r = |a| Action::Reporting(a);
        let mut rows: Vec<Vec<(String, Action)>> = Vec::new();
        let text = match draft.step {
            Step::Category => {
                let options: Vec<(String, Action)> = self
                    .settings
                    .report
                    .categories
                    .iter()
                    .map(|c| {
                        (
                            self.category_name(lang, c),
                            r(ReportAction::Category(c.clone())),
                        )
                    })
                    .collect();
                rows.extend(options.chunks(2).map(<[_]>::to_vec));
                self.loc.t(lang, "report-category")
            }
            Step::Danger => {
                rows.push(vec![
                    self.label(lang, "button-yes-danger", r(ReportAction::Danger(true))),
                    self.label(lang, "button-no-danger", r(ReportAction::Danger(false))),
                ]);
                self.loc.text(
                    lang,
                    "report-danger-question",
                    Some(&args(&[(
                        "emergency",
                        self.settings.zone.emergency_number.as_str().into(),
                    )])),
                )
            }
            Step::When => {
                rows.push(vec![
                    self.label(lang, "report-when-now", r(ReportAction::WhenNow)),
                    self.label(lang, "report-when-today", r(ReportAction::WhenToday)),
                ]);
                rows.push(vec![self.label(
                    lang,
                    "button-when-other",
                    r(ReportAction::WhenOther),
                )]);
                self.loc.t(lang, "report-when")
            }
            Step::WhenOther => self.loc.t(lang, "report-when-other"),
            Step::Where => {
                rows.push(vec![self.label(
                    lang,
                    "button-skip-where",
                    r(ReportAction::SkipWhere),
                )]);
                self.loc.text(
                    lang,
                    "report-where",
                    Some(&args(&[("channel", channel_name(resident.channel).into())])),
                )
            }
            Step::What => self.loc.t(lang, "report-what"),
            Step::Photos => {
                let done = if draft.photos.is_empty() {
                    "button-no-photos"
                } else {
                    "button-photos-done"
                };
                rows.push(vec![self.label(lang, done, r(ReportAction::PhotosDone))]);
                self.loc.text(
                    lang,
                    "report-photos",
                    Some(&args(&[
                        ("count", FluentValue::from(draft.photos.len())),
                        ("max", FluentValue::from(self.settings.report.max_photos)),
                    ])),
                )
            }
            Step::Contact => {
                rows.push(vec![self.label(
                    lang,
                    "button-anonymous",
                    r(ReportAction::Anonymous),
                )]);
                rows.push(vec![self.label(
                    lang,
                    "button-share-contact",
                    r(ReportAction::ShareContact),
                )]);
                self.loc.text(
                    lang,
                    "report-contact",
                    Some(&args(&[("pseudonym", resident.pseudonym.as_str().into())])),
                )
            }
            Step::ContactDetails => self.loc.t(lang, "report-contact-details"),
            Step::Summary => {
                rows.push(vec![self.label(
                    lang,
                    "button-send-report",
                    r(ReportAction::Confirm),
                )]);
                rows.push(vec![self.label(lang, "button-edit", r(ReportAction::Edit))]);
                let shown = preview(&draft.description, SUMMARY_DESCRIPTION_CHARS);
                let fields = self.report_fields(lang, resident, draft, true, Some(&shown));
                format!("{}\n\n{fields}", self.loc.t(lang, "report-summary"))
            }
            Step::Edit => {
                let options: Vec<(String, Action)> = [
                    ("report-edit-category", Step::Category),
                    ("report-edit-when", Step::When),
                    ("report-edit-where", Step::Where),
                    ("report-edit-what", Step::What),
                    ("report-edit-photos", Step::Photos),
                    ("report-edit-contact", Step::Contact),
                ]
                .into_iter()
                .map(|(id, step)| self.label(lang, id, r(ReportAction::EditStep(step))))
                .collect();
                rows.extend(options.chunks(2).map(<[_]>::to_vec));
                self.loc.t(lang, "report-edit")
            }
        };
        // A location found in a photo waits for the resident's answer.
        let text = match draft.photo_location {
            Some(p) if draft.location.is_none() => {
                rows.insert(
                    0,
                    vec![
                        self.label(
                            lang,
                            "button-use-photo-location",
                            r(ReportAction::PhotoLocation(true)),
                        ),
                        self.label(
                            lang,
                            "button-ignore-photo-location",
                            r(ReportAction::PhotoLocation(false)),
                        ),
                    ],
                );
                let offer = self.loc.text(
                    lang,
                    "report-photo-location",
                    Some(&args(&[("place", self.place_text(lang, &p).into())])),
                );
                format!("{offer}\n\n{text}")
            }
            _ => text,
        };
        rows.push(self.back_cancel(lang, draft.step));
        let text = match note {
            Some(note) => format!("{note}\n\n{text}"),
            None => text,
        };
        let screen = self.screen(resident, lang, Screen { text, rows });
        out.push(Change::send(None, screen));
    }

    /// Coordinates, with the area's name when the point lies in one.
    fn place_text(&self, lang: &str, p: &GeoPoint) -> String {
        let coords = format_point(p);
        match self.settings.areas.locate(p.latitude, p.longitude) {
            Some(area) => format!(
                "{coords} ({})",
                area.name(lang, self.loc.default_language())
            ),
            None => coords,
        }
    }

    /// The report's fields, one per line, in `lang`. `for_resident` leaves
    /// out what only officers need; for the officers, what the resident
    /// typed is quoted below its label and the map link has a line of its
    /// own. `description` is shown instead of the whole description (the
    /// summary's preview, the card's beginning).
    fn report_fields(
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

    /// The report button or `/report`: a new draft, or, with one in progress,
    /// the choice to continue it or start again.
    pub(crate) fn report_start(&self, out: &mut Vec<Change>, st: &ResidentState<'_>, now: Millis) {
        let resident = st.resident;
        let lang = resident.language.as_str();
        if let Some(draft) = st.draft() {
            let r = |a| Action::Reporting(a);
            let screen = Screen {
                text: self.loc.t(lang, "report-in-progress"),
                rows: vec![
                    vec![self.label(lang, "button-resume", r(ReportAction::Resume))],
                    vec![self.label(lang, "button-restart", r(ReportAction::Restart))],
                ],
            };
            out.push(Change::send(None, self.screen(resident, lang, screen)));
            // The draft is untouched but for the question now showing.
            let mut draft = draft.clone();
            draft.offered_restart = true;
            out.push(Change::draft(
                resident.id,
                DraftChange::Save {
                    draft: Box::new(draft),
                    add_photo: None,
                },
            ));
            return;
        }
        let draft = ReportDraft::new(now);
        let intro = self.loc.text(
            lang,
            "report-intro",
            Some(&args(&[(
                "emergency",
                self.settings.zone.emergency_number.as_str().into(),
            )])),
        );
        self.report_step(out, resident, &draft, Some(intro));
        self.save(out, resident, draft);
    }

    /// Moves to `next` (or back to the summary when editing).
    fn advance(&self, draft: &mut ReportDraft, next: Step) {
        if draft.editing {
            draft.editing = false;
            draft.step = Step::Summary;
        } else {
            draft.step = next;
        }
    }

    fn show_and_save(
        &self,
        out: &mut Vec<Change>,
        resident: &Resident,
        draft: ReportDraft,
        note: Option<String>,
    ) {
        self.report_step(out, resident, &draft, note);
        self.save(out, resident, draft);
    }

    /// A button of the report flow.
    pub(crate) fn report_action(
        &self,
        out: &mut Vec<Change>,
        st: &ResidentState<'_>,
        action: ReportAction,
        new_ticket_id: Option<i64>,
        now: Millis,
    ) {
        let resident = st.resident;
        let lang = resident.language.as_str();
        let Some(current) = st.draft() else {
            // A button from a report that was sent, cancelled or expired.
            self.menu_note(out, resident, self.loc.t(lang, "report-no-draft"));
            return;
        };
        let mut draft = current.clone();
        let stale = |out: &mut Vec<Change>| {
            let note = self.loc.t(lang, "stale-button");
            self.report_step(out, resident, current, Some(note));
        };
        match action {
            // Only right after "continue or start again?": an old button
            // must not throw the current draft away.
            ReportAction::Resume | ReportAction::Restart if !current.offered_restart => stale(out),
            ReportAction::Resume => self.show_and_save(out, resident, draft, None),
            ReportAction::Restart => {
                let fresh = ReportDraft::new(now);
                self.report_step(out, resident, &fresh, None);
                // The old draft's photos are deleted with it.
                out.push(Change::draft(
                    resident.id,
                    DraftChange::Restart(Box::new(fresh)),
                ));
            }
            ReportAction::Cancel => {
                self.menu_note(out, resident, self.loc.t(lang, "report-cancelled"));
                out.push(Change::draft(resident.id, DraftChange::Discard));
            }
            ReportAction::Back(step) if step != current.step => stale(out),
            ReportAction::Back(step) => {
                draft.editing = false;
                match step.previous() {
                    Some(prev) => {
                        draft.step = prev;
                        draft.rewriting = prev == Step::What;
                        self.show_and_save(out, resident, draft, None);
                    }
                    None => {
                        self.menu_note(out, resident, self.loc.t(lang, "report-cancelled"));
                        out.push(Change::draft(resident.id, DraftChange::Discard));
                    }
                }
            }
            ReportAction::Category(_) if current.step != Step::Category => stale(out),
            ReportAction::Category(c) => {
                if !self.settings.report.categories.contains(&c) {
                    return stale(out);
                }
                draft.category = Some(c);
                if draft.editing {
                    self.advance(&mut draft, Step::Danger);
                } else {
                    draft.step = Step::Danger;
                }
                self.show_and_save(out, resident, draft, None);
            }
            ReportAction::Danger(_) if current.step != Step::Danger => stale(out),
            ReportAction::Danger(true) => {
                let emergency = args(&[
                    (
                        "emergency",
                        self.settings.zone.emergency_number.as_str().into(),
                    ),
                    ("police", self.settings.zone.police_number.as_str().into()),
                ]);
                let specific = current.category.as_deref().and_then(|c| {
                    self.loc
                        .try_text(lang, &format!("report-danger-{c}"), Some(&emergency))
                });
                let text = match specific {
                    Some(s) => format!(
                        "{s}\n\n{}",
                        self.loc.text(lang, "report-danger", Some(&emergency))
                    ),
                    None => self.loc.text(lang, "report-danger", Some(&emergency)),
                };
                let screen = Screen {
                    text,
                    rows: vec![self.menu_row(lang)],
                };
                out.push(Change::send(None, self.screen(resident, lang, screen)));
                out.push(Change::draft(resident.id, DraftChange::Discard));
            }
            ReportAction::Danger(false) => {
                draft.step = Step::When;
                self.show_and_save(out, resident, draft, None);
            }
            ReportAction::WhenNow | ReportAction::WhenToday | ReportAction::WhenOther
                if current.step != Step::When =>
            {
                stale(out)
            }
            ReportAction::WhenNow | ReportAction::WhenToday => {
                draft.when = Some(if action == ReportAction::WhenNow {
                    When::Now
                } else {
                    When::EarlierToday
                });
                self.advance(&mut draft, Step::Where);
                self.show_and_save(out, resident, draft, None);
            }
            ReportAction::WhenOther => {
                draft.step = Step::WhenOther;
                self.show_and_save(out, resident, draft, None);
            }
            ReportAction::SkipWhere if current.step != Step::Where => stale(out),
            ReportAction::SkipWhere => {
                self.advance(&mut draft, Step::What);
                self.show_and_save(out, resident, draft, None);
            }
            ReportAction::PhotosDone if current.step != Step::Photos => stale(out),
            ReportAction::PhotosDone => {
                self.advance(&mut draft, Step::Contact);
                self.show_and_save(out, resident, draft, None);
            }
            ReportAction::PhotoLocation(_) if current.photo_location.is_none() => stale(out),
            ReportAction::PhotoLocation(accept) => {
                let point = draft.photo_location.take();
                let mut note = None;
                if accept && let Some(p) = point {
                    self.set_location(&mut draft, p);
                    note = Some(self.loc.text(
                        lang,
                        "report-location-saved",
                        Some(&args(&[("place", self.place_text(lang, &p).into())])),
                    ));
                    if draft.step == Step::Where {
                        self.advance(&mut draft, Step::What);
                    }
                }
                self.show_and_save(out, resident, draft, note);
            }
            ReportAction::Anonymous | ReportAction::ShareContact
                if current.step != Step::Contact =>
            {
                stale(out)
            }
            ReportAction::Anonymous => {
                draft.contact = None;
                draft.editing = false;
                draft.step = Step::Summary;
                self.show_and_save(out, resident, draft, None);
            }
            ReportAction::ShareContact => {
                draft.step = Step::ContactDetails;
                self.show_and_save(out, resident, draft, None);
            }
            ReportAction::Edit if current.step != Step::Summary => stale(out),
            ReportAction::Edit => {
                draft.step = Step::Edit;
                self.show_and_save(out, resident, draft, None);
            }
            ReportAction::EditStep(_) if current.step != Step::Edit => stale(out),
            ReportAction::EditStep(step) => {
                draft.step = step;
                draft.editing = true;
                draft.rewriting = step == Step::What;
                self.show_and_save(out, resident, draft, None);
            }
            ReportAction::Confirm if current.step != Step::Summary => stale(out),
            ReportAction::Confirm => match new_ticket_id {
                Some(id) => self.submit(out, st, current, id, now),
                None => {
                    tracing::error!(
                        resident = resident.id,
                        "report confirmed without a ticket id"
                    );
                    let note = self.loc.t(lang, "something-went-wrong");
                    self.report_step(out, resident, current, Some(note));
                }
            },
        }
    }

    fn set_location(&self, draft: &mut ReportDraft, p: GeoPoint) {
        draft.area_id = self
            .settings
            .areas
            .locate(p.latitude, p.longitude)
            .map(|a| a.id.clone());
        draft.location = Some(p);
        draft.photo_location = None;
    }

    /// Typed text while a draft is in progress.
    pub(crate) fn report_text(
        &self,
        out: &mut Vec<Change>,
        resident: &Resident,
        current: &ReportDraft,
        text: &str,
    ) {
        let lang = resident.language.as_str();
        let text = text.trim();
        // Over a field's limit: say so, and keep the draft as it was.
        let length = text.chars().count();
        let replaces_description = current.editing || current.rewriting;
        let limit = match current.step {
            Step::When | Step::WhenOther => Some((MAX_WHEN_CHARS, None)),
            Step::Where => Some((MAX_ADDRESS_CHARS, None)),
            Step::ContactDetails => Some((MAX_CONTACT_CHARS, None)),
            Step::What if replaces_description => {
                Some((MAX_DESCRIPTION_CHARS, Some(MAX_DESCRIPTION_CHARS)))
            }
            Step::What | Step::Photos | Step::Contact | Step::Summary | Step::Edit => {
                Some((MAX_DESCRIPTION_CHARS, Some(current.description_room())))
            }
            Step::Category | Step::Danger => None,
        };
        if let Some((max, room)) = limit
            && length > room.unwrap_or(max)
        {
            let numbers = |pairs: &[(&'static str, usize)]| {
                let mut a = fluent::FluentArgs::new();
                for (k, v) in pairs {
                    a.set(*k, FluentValue::from(*v));
                }
                a
            };
            let note = match room {
                None => self.loc.text(
                    lang,
                    "limit-too-long",
                    Some(&numbers(&[("max", max), ("length", length)])),
                ),
                Some(left) => self.loc.text(
                    lang,
                    "limit-description-full",
                    Some(&numbers(&[
                        ("max", max),
                        ("left", left),
                        ("length", length),
                    ])),
                ),
            };
            return self.report_step(out, resident, current, Some(note));
        }
        let mut draft = current.clone();
        let mut note = None;
        match current.step {
            Step::When | Step::WhenOther => {
                draft.when = Some(When::Other(text.to_owned()));
                self.advance(&mut draft, Step::Where);
            }
            Step::Where => {
                draft.address = Some(text.to_owned());
                self.advance(&mut draft, Step::What);
            }
            Step::What => {
                if current.editing || current.rewriting {
                    draft.description.clear();
                    draft.rewriting = false;
                }
                if !draft.add_description(text) {
                    note = Some(self.loc.t(lang, "report-description-full"));
                }
                self.advance(&mut draft, Step::Photos);
            }
            Step::Photos => {
                // More words after the description (Telegram splits long
                // messages): keep them with it.
                note = Some(if draft.add_description(text) {
                    self.loc.t(lang, "report-text-added")
                } else {
                    self.loc.t(lang, "report-description-full")
                });
            }
            Step::ContactDetails => {
                draft.contact = Some(text.to_owned());
                draft.editing = false;
                draft.step = Step::Summary;
            }
            Step::Category | Step::Danger | Step::Contact | Step::Summary | Step::Edit => {
                note = Some(self.loc.t(lang, "report-use-buttons"));
                if current.step != Step::Category && current.step != Step::Danger {
                    // Words typed at a choice still describe the incident.
                    note = Some(if draft.add_description(text) {
                        self.loc.t(lang, "report-text-added")
                    } else {
                        self.loc.t(lang, "report-description-full")
                    });
                }
            }
        }
        self.show_and_save(out, resident, draft, note);
    }

    /// A photo while a draft is in progress: kept with the draft (whatever
    /// the step, so nothing sent early is lost), up to the configured limit.
    pub(crate) fn report_photo(
        &self,
        out: &mut Vec<Change>,
        resident: &Resident,
        current: &ReportDraft,
        attachment: Option<Attachment>,
        caption: Option<&str>,
    ) {
        let lang = resident.language.as_str();
        let max = self.settings.report.max_photos;
        let refusal = |r: ImageRefusal| self.refusal_text(lang, r);
        let (image, location): (CleanImage, Option<GeoPoint>) = match attachment {
            Some(Attachment::Image { image, location }) => (image, location),
            Some(Attachment::Refused(r)) => {
                return self.report_step(out, resident, current, Some(refusal(r)));
            }
            None => {
                return self.report_step(
                    out,
                    resident,
                    current,
                    Some(refusal(ImageRefusal::Failed)),
                );
            }
        };
        if matches!(current.step, Step::Category | Step::Danger) {
            // Photos are welcome once the resident said nobody is in danger.
            let note = self.loc.t(lang, "report-photo-too-early");
            return self.report_step(out, resident, current, Some(note));
        }
        if current.photos.len() >= max {
            let note = self.loc.text(
                lang,
                "report-too-many-photos",
                Some(&args(&[("max", FluentValue::from(max))])),
            );
            return self.report_step(out, resident, current, Some(note));
        }
        let mut draft = current.clone();
        if let Some(caption) = caption {
            // A caption that does not fit is dropped; the photo is kept.
            let _fits = draft.add_description(caption);
        }
        if draft.location.is_none()
            && draft.photo_location.is_none()
            && let Some(p) = location.filter(GeoPoint::is_valid)
        {
            draft.photo_location = Some(p);
        }
        draft.offered_restart = false;
        let count = current.photos.len() + 1;
        if current.step == Step::What && caption.is_some_and(|c| !crate::domain::text::is_blank(c))
        {
            self.advance(&mut draft, Step::Photos);
        }
        let note = self.loc.text(
            lang,
            "report-photo-added",
            Some(&args(&[
                ("n", FluentValue::from(count)),
                ("max", FluentValue::from(max)),
            ])),
        );
        // The step shown counts the new photo too.
        let mut shown = draft.clone();
        shown.photos.push(0);
        self.report_step(out, resident, &shown, Some(note));
        out.push(Change::draft(
            resident.id,
            DraftChange::Save {
                draft: Box::new(draft),
                add_photo: Some(image),
            },
        ));
    }

    /// A shared location while a draft is in progress.
    pub(crate) fn report_location(
        &self,
        out: &mut Vec<Change>,
        resident: &Resident,
        current: &ReportDraft,
        point: GeoPoint,
    ) {
        let lang = resident.language.as_str();
        if !point.is_valid() {
            let note = self.loc.t(lang, "report-location-invalid");
            return self.report_step(out, resident, current, Some(note));
        }
        if let Some(km) = self
            .settings
            .areas
            .distance_km(point.latitude, point.longitude)
            && km > self.settings.report.max_distance_km
        {
            let note = self.loc.text(
                lang,
                "report-location-outside",
                Some(&args(&[("zone", self.settings.zone.name.as_str().into())])),
            );
            return self.report_step(out, resident, current, Some(note));
        }
        let mut draft = current.clone();
        self.set_location(&mut draft, point);
        if current.step == Step::Where {
            self.advance(&mut draft, Step::What);
        }
        let note = self.loc.text(
            lang,
            "report-location-saved",
            Some(&args(&[("place", self.place_text(lang, &point).into())])),
        );
        self.show_and_save(out, resident, draft, Some(note));
    }

    /// Something the flow cannot use (sticker, voice note, contact, poll…).
    pub(crate) fn report_unsupported(
        &self,
        out: &mut Vec<Change>,
        resident: &Resident,
        current: &ReportDraft,
    ) {
        let note = self.loc.t(&resident.language, "report-unsupported");
        self.report_step(out, resident, current, Some(note));
    }

    /// `/cancel` while a draft is in progress.
    pub(crate) fn report_cancel(&self, out: &mut Vec<Change>, resident: &Resident) {
        let note = self.loc.t(&resident.language, "report-cancelled");
        self.menu_note(out, resident, note);
        out.push(Change::draft(resident.id, DraftChange::Discard));
    }

    /// Confirmed: a report ticket with its card in the queue room, the
    /// photos in its thread, and the reference for the resident.
    fn submit(
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

    /// The draft expiry timer fired for an untouched draft.
    /// The resident's conversation was left untouched for its lifetime: a
    /// report draft is discarded (and the resident told), an awaited comment
    /// is no longer awaited.
    pub fn conversation_expired(
        &self,
        resident: &Resident,
        conversation: &Conversation,
    ) -> Vec<Change> {
        match conversation {
            Conversation::Idle => Vec::new(),
            Conversation::Reporting(draft) => self.draft_expired(resident, draft),
            Conversation::Feedback { .. } => vec![Change::end_feedback(resident.id)],
        }
    }

    fn draft_expired(&self, resident: &Resident, draft: &ReportDraft) -> Vec<Change> {
        let lang = resident.language.as_str();
        let category = draft
            .category
            .as_deref()
            .map(|c| self.category_name(lang, c))
            .unwrap_or_else(|| self.loc.t(lang, "report-value-none"));
        let text = self.loc.text(
            lang,
            "report-expired",
            Some(&args(&[
                ("category", category.into()),
                (
                    "minutes",
                    FluentValue::from(self.settings.report.draft_expiry_minutes),
                ),
            ])),
        );
        let screen = Screen {
            text,
            rows: vec![
                vec![self.label(lang, "menu-report", Action::Report)],
                self.menu_row(lang),
            ],
        };
        vec![
            Change::send(None, self.screen(resident, lang, screen)),
            Change::draft(resident.id, DraftChange::Discard),
        ]
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

    /// Whether this message confirms the draft (and so opens a ticket).
    pub(crate) fn confirms_draft(&self, st: &ResidentState<'_>, input: &ResidentInput) -> bool {
        st.draft().is_some_and(|d| d.step == Step::Summary)
            && input.action() == Some(&Action::Reporting(ReportAction::Confirm))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{AreaConfig, ReportConfig, ZoneConfig};
    use crate::domain::area::{Area, Areas};
    use crate::domain::{Conversation, ResidentContent, ResidentMessage};
    use crate::features::engine::EngineSettings;
    use crate::features::fixtures::{draft_change, opened, sends, status};
    use crate::i18n::Localizer;

    const SQUARE: &str = r#"{"type":"Polygon",
        "coordinates":[[[3.70,51.05],[3.75,51.05],[3.75,51.10],[3.70,51.10],[3.70,51.05]]]}"#;
    const NOW: Millis = 1_772_323_200_000;

    fn settings() -> EngineSettings {
        let north = AreaConfig {
            id: "north".into(),
            names: [("en".to_owned(), "North".to_owned())]
                .into_iter()
                .collect(),
            boundary: None,
            officers: Vec::new(),
        };
        EngineSettings {
            zone: ZoneConfig::default(),
            areas: Areas(vec![Area::new(&north, Some(SQUARE)).expect("area")]),
            default_queue_id: "general".into(),
            default_queue_room: "!q:hs".into(),
            queue_rooms: vec![
                ("general".into(), "!q:hs".into()),
                ("hate".into(), "!hate:hs".into()),
            ],
            routes: vec![crate::domain::routing::RouteRule {
                queue: "hate".into(),
                categories: vec!["hate".into()],
                ..Default::default()
            }],
            report: ReportConfig {
                max_photos: 2,
                ..ReportConfig::default()
            },
            desks: Vec::new(),
        }
    }

    fn resident() -> Resident {
        crate::features::fixtures::resident()
    }

    fn msg(content: ResidentContent) -> ResidentMessage {
        ResidentMessage {
            channel: Channel::Telegram,
            user_id: "u".into(),
            chat_id: "c".into(),
            message_id: "9".into(),
            language_hint: None,
            content,
        }
    }

    fn press(data: &str) -> ResidentMessage {
        msg(ResidentContent::Callback {
            query_id: "q".into(),
            data: data.into(),
        })
    }

    fn text(t: &str) -> ResidentMessage {
        msg(ResidentContent::Text { text: t.into() })
    }

    /// A photo from the resident, with an optional caption.
    fn photo_msg(caption: Option<&str>) -> ResidentMessage {
        msg(ResidentContent::Image {
            file: crate::domain::FileRef {
                id: "f".into(),
                size: None,
                file_name: None,
            },
            caption: caption.map(str::to_owned),
        })
    }

    fn image() -> CleanImage {
        CleanImage {
            content_type: "image/jpeg".into(),
            file_name: "photo.jpg".into(),
            width: 2,
            height: 2,
            bytes: vec![1, 2, 3],
        }
    }

    /// Drives the engine like the pipeline does, keeping the draft between
    /// messages; photos get media ids 100, 101, …
    struct Flow {
        settings: EngineSettings,
        loc: Localizer,
        resident: Resident,
        draft: Option<ReportDraft>,
        next_media: i64,
    }

    impl Flow {
        fn new() -> Self {
            Self {
                settings: settings(),
                loc: Localizer::builtin("en").expect("locales"),
                resident: resident(),
                draft: None,
                next_media: 100,
            }
        }

        fn send(&mut self, m: ResidentMessage, attachment: Option<Attachment>) -> Vec<Change> {
            let engine = Engine::new(&self.settings, &self.loc);
            let conversation = self
                .draft
                .clone()
                .map(|d| Conversation::Reporting(Box::new(d)))
                .unwrap_or_default();
            let st = ResidentState {
                resident: &self.resident,
                open_ticket: None,
                conversation: &conversation,
                tickets: &[],
                rated_ticket: None,
                edited_original: None,
                export: None,
            };
            let id = engine
                .opens_ticket_for(&st, &m, attachment.as_ref())
                .then_some(42);
            let out = engine.resident_said(&st, &m, attachment, id, NOW);
            match draft_change(&out) {
                Some((_, DraftChange::Save { draft, add_photo })) => {
                    let mut d = (**draft).clone();
                    if add_photo.is_some() {
                        d.photos.push(self.next_media);
                        self.next_media += 1;
                    }
                    self.draft = Some(d);
                }
                Some((_, DraftChange::Restart(d))) => self.draft = Some((**d).clone()),
                Some((_, DraftChange::Submitted | DraftChange::Discard)) => self.draft = None,
                Some((_, DraftChange::Keep)) | None => {}
            }
            out
        }

        fn step(&self) -> Option<Step> {
            self.draft.as_ref().map(|d| d.step)
        }
    }

    /// The last text shown to the resident.
    fn shown(out: &[Change]) -> String {
        sends(out)
            .into_iter()
            .rev()
            .find_map(|o| match &o.body {
                MessageBody::Text { text } | MessageBody::Menu { text, .. } => Some(text.clone()),
                _ => None,
            })
            .unwrap_or_default()
            // Fluent isolates arguments (FSI … PDI); the tests read plain text.
            .replace(['\u{2068}', '\u{2069}'], "")
    }

    fn buttons(out: &[Change]) -> Vec<String> {
        sends(out)
            .into_iter()
            .flat_map(|o| match &o.body {
                MessageBody::Menu { buttons, .. } => {
                    buttons.iter().flatten().map(|b| b.data.clone()).collect()
                }
                _ => Vec::new(),
            })
            .collect()
    }

    /// The text of the card a submitted report posts.
    fn card_of(out: &[Change]) -> String {
        sends(out)
            .into_iter()
            .find_map(|o| match (&o.placement, &o.body) {
                (Placement::TicketRoot, MessageBody::Text { text }) => Some(text.clone()),
                _ => None,
            })
            .expect("a card")
    }

    /// A report with a location, an address, a description and contact
    /// details the resident typed.
    fn report_with(f: &mut Flow, address: &str, description: &str, contact: &str) -> Vec<Change> {
        f.send(text("/report").content_into_command(), None);
        f.send(press("rc:vandalism"), None);
        f.send(press("rd:n"), None);
        f.send(press("rw:o"), None);
        f.send(text("yesterday"), None);
        f.send(
            msg(ResidentContent::Location {
                latitude: 51.07,
                longitude: 3.72,
            }),
            None,
        );
        let mut draft = f.draft.clone().expect("a draft");
        draft.address = Some(address.into());
        draft.description = description.into();
        draft.contact = Some(contact.into());
        draft.step = Step::Summary;
        f.draft = Some(draft);
        f.send(press("rok"), None)
    }

    #[test]
    fn fields_over_their_limit_are_refused_and_the_draft_kept() {
        let mut f = Flow::new();
        f.send(text("/report").content_into_command(), None);
        f.send(press("rc:vandalism"), None);
        f.send(press("rd:n"), None);
        f.send(press("rw:o"), None);
        let before = f.draft.clone();
        let out = f.send(text(&"я".repeat(MAX_WHEN_CHARS + 1)), None);
        assert_eq!(f.draft, before, "the draft keeps its state");
        assert!(
            shown(&out).contains(&MAX_WHEN_CHARS.to_string()),
            "{}",
            shown(&out)
        );
        assert!(shown(&out).contains("too long"), "{}", shown(&out));
        f.send(text("yesterday"), None);
        assert_eq!(f.step(), Some(Step::Where));
        let before = f.draft.clone();
        f.send(text(&"a".repeat(MAX_ADDRESS_CHARS + 1)), None);
        assert_eq!(f.draft, before);
        f.send(text("Kouter 1"), None);
        assert_eq!(f.step(), Some(Step::What));
        f.send(text(&"d".repeat(MAX_DESCRIPTION_CHARS - 10)), None);
        let before = f.draft.clone();
        let out = f.send(text(&"more ".repeat(10)), None);
        assert_eq!(f.draft, before, "nothing is cut off and added");
        assert!(
            shown(&out).contains("40,000") || shown(&out).contains("40000"),
            "{}",
            shown(&out)
        );
    }

    #[test]
    fn a_maximal_card_in_a_multibyte_script_stays_editable() {
        use crate::domain::outbound::{MATRIX_EVENT_MAX_BYTES, card_edit_bytes};
        let mut f = Flow::new();
        f.resident.language = "uk".into();
        // Ukrainian letters (two bytes), quotes and ampersands (escaped in
        // JSON and HTML), emoji (four bytes).
        let words = |n: usize| -> String {
            "Крадіжка \"велосипеда\" & 🚲 <біля> школи. "
                .chars()
                .cycle()
                .take(n)
                .collect()
        };
        let out = report_with(
            &mut f,
            &words(MAX_ADDRESS_CHARS),
            &words(MAX_DESCRIPTION_CHARS),
            &words(MAX_CONTACT_CHARS),
        );
        let card = card_of(&out);
        let Some(NewTicket { card: stored, .. }) = opened(&out) else {
            panic!("a ticket");
        };
        // The card with every status line at its longest.
        let mut ticket = Ticket::opened(
            42,
            1,
            TicketKind::Report,
            "general".into(),
            "!q:hs".into(),
            stored.clone(),
            0,
        );
        ticket.status = TicketStatus::Closed;
        ticket.assignee = Some(format!("@{}:hs.example", "о".repeat(120)));
        ticket.labels = (0..10).map(|i| format!("{i}{}", "ї".repeat(23))).collect();
        ticket.rating = Some(5);
        ticket.feedback = Some(words(5_000));
        ticket.reminded_at = Some(1);
        let engine = Engine::new(&f.settings, &f.loc);
        let edited = engine.card_text(&ticket);
        let bytes = card_edit_bytes(&edited);
        // Room is left for the event's own fields (sender, ids, hashes).
        assert!(bytes + 4 * 1024 < MATRIX_EVENT_MAX_BYTES, "{bytes} bytes");
        assert!(card.len() > 4_000, "the card still carries a good part");
        // Nothing is lost: the rest of the description is in the thread.
        let thread: String = sends(&out)
            .into_iter()
            .filter(|o| o.placement == Placement::TicketThread)
            .filter_map(|o| match &o.body {
                MessageBody::Text { text } => Some(text.clone()),
                _ => None,
            })
            .collect();
        let relayed = |t: &str| t.matches('🚲').count();
        assert_eq!(
            relayed(&card) + relayed(&thread),
            relayed(&words(MAX_DESCRIPTION_CHARS))
                + relayed(&words(MAX_ADDRESS_CHARS))
                + relayed(&words(MAX_CONTACT_CHARS))
        );
    }

    #[test]
    fn no_url_on_a_card_touches_an_isolate_mark() {
        let mut f = Flow::new();
        let out = report_with(
            &mut f,
            "see https://maps.example/x",
            "Photos at https://example.org/a",
            "Jan https://x.example",
        );
        let card = card_of(&out);
        assert!(card.contains("https://www.openstreetmap.org/"), "{card}");
        let isolate = |c: Option<char>| c.is_some_and(|c| ('\u{2066}'..='\u{2069}').contains(&c));
        for (i, _) in card.match_indices("http") {
            let url_end = card[i..]
                .find(char::is_whitespace)
                .map_or(card.len(), |n| i + n);
            let url = &card[i..url_end];
            assert!(
                !url.contains(|c| ('\u{2066}'..='\u{2069}').contains(&c)),
                "{url:?}"
            );
            assert!(!isolate(card[..i].chars().next_back()), "before {url:?}");
            assert!(!isolate(card[url_end..].chars().next()), "after {url:?}");
        }
    }

    #[test]
    fn residents_cannot_fake_card_lines_or_reorder_them() {
        let mut f = Flow::new();
        let out = report_with(
            &mut f,
            "Kouter 1\nStatus: closed",
            "It was red.\n\nTicket #12 · new report\n\u{202E}Status: claimed\u{2066}x\u{2069}\u{200F}",
            "Jan\u{061C}\nAssigned to: @boss:hs",
        );
        let card = card_of(&out);
        for fake in [
            "Status: closed",
            "Ticket #12",
            "Status: claimed",
            "Assigned to:",
        ] {
            for line in card.lines().filter(|l| l.contains(fake)) {
                assert!(line.starts_with("> "), "{line:?} is not quoted in {card}");
            }
        }
        assert!(card.contains("> It was red.\n>\n> Ticket #12"), "{card}");
        let resident_part: String = card
            .lines()
            .filter(|l| l.starts_with('>'))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            !resident_part.contains(crate::domain::outbound::is_bidi_control),
            "{resident_part:?}"
        );
        assert!(
            !card.contains(['\u{202E}', '\u{200F}', '\u{061C}']),
            "bidi controls are removed"
        );
        // In the formatted body the quoted lines are a block quote, escaped.
        let html = crate::domain::outbound::matrix_html(&card);
        assert!(
            html.contains("<blockquote>It was red.<br><br>Ticket #12"),
            "{html}"
        );
        assert!(!html.contains("\n"));
    }

    #[test]
    fn a_full_report_becomes_a_ticket_with_its_card_and_photos() {
        let mut f = Flow::new();
        let out = f.send(text("/report").content_into_command(), None);
        assert!(buttons(&out).contains(&"rc:vandalism".to_owned()));
        assert!(shown(&out).contains("112"), "the intro names 112");
        f.send(press("rc:vandalism"), None);
        assert_eq!(f.step(), Some(Step::Danger));
        f.send(press("rd:n"), None);
        f.send(press("rw:o"), None);
        assert_eq!(f.step(), Some(Step::WhenOther));
        f.send(text("last night around 23:00"), None);
        assert_eq!(f.step(), Some(Step::Where));
        let out = f.send(
            msg(ResidentContent::Location {
                latitude: 51.07,
                longitude: 3.72,
            }),
            None,
        );
        assert!(shown(&out).contains("North"), "{}", shown(&out));
        assert_eq!(f.step(), Some(Step::What));
        let long = "Graffiti on the school gate. ".repeat(200);
        f.send(text(&long), None);
        assert_eq!(f.step(), Some(Step::Photos));
        // Telegram split the message: the rest joins the description.
        f.send(text("And on the bus shelter."), None);
        f.send(
            photo_msg(None),
            Some(Attachment::Image {
                image: image(),
                location: None,
            }),
        );
        f.send(press("rp"), None);
        assert_eq!(f.step(), Some(Step::Contact));
        let out = f.send(press("ra"), None);
        assert_eq!(f.step(), Some(Step::Summary));
        let summary = shown(&out);
        assert!(summary.contains("Vandalism or graffiti"), "{summary}");
        assert!(summary.contains("last night around 23:00"), "{summary}");
        assert!(summary.contains('…'), "a long description is shortened");
        assert!(summary.encode_utf16().count() < 4096, "fits one message");

        let out = f.send(press("rok"), None);
        assert_eq!(f.draft, None);
        assert!(matches!(
            opened(&out),
            Some(NewTicket { id: 42, kind: TicketKind::Report, category: Some(c), .. }) if c == "vandalism"
        ));
        assert!(shown(&out).contains("R-2026-00042"), "{}", shown(&out));
        let card = sends(&out)
            .into_iter()
            .find(|o| o.placement == Placement::TicketRoot)
            .expect("card");
        let MessageBody::Text { text: card } = &card.body else {
            panic!("card is text");
        };
        let card = card.replace(['\u{2068}', '\u{2069}'], "");
        for needle in [
            "R-2026-00042",
            "Vandalism or graffiti",
            "North",
            "openstreetmap.org/?mlat=51.07000&mlon=3.72000",
            "last night around 23:00",
            "And on the bus shelter.",
            "Resident KITE",
        ] {
            assert!(card.contains(needle), "{needle} missing from the card");
        }
        assert!(
            card.contains(&long.trim().to_owned()),
            "the description is kept whole"
        );
        let photos: Vec<_> = sends(&out)
            .into_iter()
            .filter(|o| o.placement == Placement::TicketThread)
            .collect();
        assert_eq!(photos.len(), 1);
        assert_eq!(photos[0].media, Some(MediaRef::Stored(100)));
    }

    #[test]
    fn stale_buttons_back_and_bad_input_keep_the_draft() {
        let mut f = Flow::new();
        f.send(press("rep"), None);
        f.send(press("rc:theft"), None);
        // A button of another step (an old message): refused, step kept.
        let out = f.send(press("rw:n"), None);
        assert!(shown(&out).contains("no longer valid"), "{}", shown(&out));
        assert_eq!(f.step(), Some(Step::Danger));
        f.send(press("rd:n"), None);
        f.send(press("rw:t"), None);
        // Back from Where leads to When; an old Back button does nothing.
        f.send(press("rb:l"), None);
        assert_eq!(f.step(), Some(Step::When));
        f.send(press("rb:l"), None);
        assert_eq!(f.step(), Some(Step::When));
        f.send(press("rw:n"), None);
        // A location 40 km away is refused; the step stays.
        let out = f.send(
            msg(ResidentContent::Location {
                latitude: 50.85,
                longitude: 4.35,
            }),
            None,
        );
        assert!(shown(&out).contains("outside"), "{}", shown(&out));
        assert_eq!(f.step(), Some(Step::Where));
        f.send(text("Kouter 12"), None);
        // Stickers and empty text are answered; nothing is lost.
        let out = f.send(
            msg(ResidentContent::Unsupported {
                what: "sticker".into(),
            }),
            None,
        );
        assert!(shown(&out).contains("cannot use this"), "{}", shown(&out));
        assert_eq!(f.step(), Some(Step::What));
        let out = f.send(text("  \n "), None);
        assert!(shown(&out).contains("message was empty"), "{}", shown(&out));
        assert_eq!(
            f.step(),
            Some(Step::What),
            "an empty description is not taken"
        );
        f.send(text("Bike stolen from the rack"), None);
        let photo = || photo_msg(None);
        let attach = || {
            Some(Attachment::Image {
                image: image(),
                location: None,
            })
        };
        f.send(photo(), attach());
        f.send(photo(), attach());
        let out = f.send(photo(), attach());
        assert!(shown(&out).contains("at most 2"), "{}", shown(&out));
        // An oversize file is explained; the photos already added stay.
        let out = f.send(
            photo(),
            Some(Attachment::Refused(ImageRefusal::TooLarge {
                size: 30 * 1024 * 1024,
                max: 20 * 1024 * 1024,
            })),
        );
        assert!(shown(&out).contains("too large (30.0 M"), "{}", shown(&out));
        let draft = f.draft.clone().expect("draft kept");
        assert_eq!(draft.photos.len(), 2);
        assert_eq!(draft.address.as_deref(), Some("Kouter 12"));
        assert_eq!(draft.description, "Bike stolen from the rack");
        // A second report while one is in progress: continue or restart.
        let out = f.send(press("rep"), None);
        assert!(buttons(&out).contains(&"rr".to_owned()));
        assert_eq!(f.draft.as_ref().map(|d| d.photos.len()), Some(2));
        f.send(press("rr"), None);
        assert_eq!(f.step(), Some(Step::Photos));
        // That question's old "start again" button no longer throws the
        // draft away.
        let out = f.send(press("rR"), None);
        assert!(shown(&out).contains("no longer valid"), "{}", shown(&out));
        assert_eq!(f.draft.as_ref().map(|d| d.photos.len()), Some(2));
        // Back to the description: the new text replaces the old one.
        f.send(press("rb:p"), None);
        assert_eq!(f.step(), Some(Step::What));
        f.send(text("Two bikes stolen from the rack"), None);
        assert_eq!(
            f.draft.as_ref().map(|d| d.description.as_str()),
            Some("Two bikes stolen from the rack")
        );
        // Cancel deletes it; its buttons are then answered as stale.
        f.send(press("rq"), None);
        assert_eq!(f.draft, None);
        let out = f.send(press("rp"), None);
        assert!(
            shown(&out).contains("no longer in progress"),
            "{}",
            shown(&out)
        );
    }

    #[test]
    fn danger_ends_the_flow_with_the_emergency_number() {
        let mut f = Flow::new();
        f.send(press("rep"), None);
        f.send(press("rc:hate"), None);
        let out = f.send(press("rd:y"), None);
        let text = shown(&out);
        assert!(text.contains("Call 112 now"), "{text}");
        assert!(
            text.contains("safe place"),
            "the category's own text: {text}"
        );
        assert_eq!(f.draft, None);
    }

    #[test]
    fn a_photo_location_is_used_only_with_consent_and_routing_uses_the_category() {
        let mut f = Flow::new();
        f.send(press("rep"), None);
        f.send(press("rc:hate"), None);
        f.send(press("rd:n"), None);
        f.send(press("rw:n"), None);
        let gps = GeoPoint {
            latitude: 51.06,
            longitude: 3.71,
        };
        let out = f.send(
            photo_msg(Some("Slogans on the mosque wall")),
            Some(Attachment::Image {
                image: image(),
                location: Some(gps),
            }),
        );
        assert!(buttons(&out).contains(&"rg:y".to_owned()));
        assert_eq!(
            f.draft.as_ref().and_then(|d| d.location),
            None,
            "not without consent"
        );
        f.send(press("rg:y"), None);
        let d = f.draft.clone().expect("draft");
        assert_eq!(d.location, Some(gps));
        assert_eq!(d.area_id.as_deref(), Some("north"));
        assert_eq!(d.step, Step::What, "the Where step is answered");
        f.send(text("Painted last night"), None);
        f.send(press("rp"), None);
        f.send(press("rn"), None);
        f.send(text("Samira, 0470 12 34 56"), None);
        // Edit the category from the summary, then come back to it.
        f.send(press("re"), None);
        f.send(press("re:c"), None);
        f.send(press("rc:hate"), None);
        assert_eq!(f.step(), Some(Step::Summary));
        let out = f.send(press("rok"), None);
        assert!(
            matches!(opened(&out), Some(NewTicket { room_id, .. }) if room_id == "!hate:hs"),
            "routed by category"
        );
        let card = sends(&out)
            .into_iter()
            .find_map(|o| match (&o.placement, &o.body) {
                (Placement::TicketRoot, MessageBody::Text { text }) => {
                    Some(text.replace(['\u{2068}', '\u{2069}'], ""))
                }
                _ => None,
            })
            .expect("card");
        assert!(card.contains("Samira, 0470 12 34 56"), "{card}");
        assert!(card.contains("Slogans on the mosque wall"), "{card}");
    }

    #[test]
    fn claiming_and_closing_a_report_tell_the_resident_about_their_report() {
        use crate::domain::OfficerMessage;
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let resident = resident();
        let mut ticket = Ticket {
            kind: TicketKind::Report,
            queue_id: "general".into(),
            room_id: "!q:hs".into(),
            root_event_id: Some("$card".into()),
            category: Some("vandalism".into()),
            card: "🗂️ R-2026-00043 · new report".into(),
            ..crate::features::fixtures::ticket(43)
        };
        let officer = |body: &str| OfficerMessage {
            room_id: "!q:hs".into(),
            event_id: format!("${body}"),
            sender: "@lotte:hs".into(),
            thread_root: Some("$card".into()),
            body: body.into(),
            via_reaction: false,
            sender_name: None,
        };
        let to_resident = |out: &[Change]| -> Vec<String> {
            sends(out)
                .into_iter()
                .filter(|o| o.destination == resident.chat_id)
                .filter_map(|o| match &o.body {
                    MessageBody::Text { text } => Some(text.replace(['\u{2068}', '\u{2069}'], "")),
                    _ => None,
                })
                .collect()
        };
        let out = engine.officer_said(Some((&ticket, &resident)), &[], &officer("!claim"));
        assert_eq!(status(&out), Some((43, TicketStatus::Claimed)));
        assert_eq!(
            to_resident(&out),
            ["👮 A community officer is now handling R-2026-00043. You will hear from them here."]
        );
        ticket.status = TicketStatus::Claimed;
        let out = engine.officer_said(Some((&ticket, &resident)), &[], &officer("!claim"));
        assert!(to_resident(&out).is_empty(), "the resident is told once");
        let out = engine.officer_said(
            Some((&ticket, &resident)),
            &[],
            &officer("!close The graffiti has been removed."),
        );
        let told = to_resident(&out).join("\n");
        assert!(
            told.contains("Your report R-2026-00043 has been closed")
                && told.contains("The graffiti has been removed."),
            "{told}"
        );
    }

    trait IntoCommand {
        fn content_into_command(self) -> ResidentMessage;
    }
    impl IntoCommand for ResidentMessage {
        fn content_into_command(mut self) -> ResidentMessage {
            if let ResidentContent::Text { text } = &self.content {
                self.content = ResidentContent::from_text(text);
            }
            self
        }
    }
}
