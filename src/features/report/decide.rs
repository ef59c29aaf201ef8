//! The guided incident report: category, danger check, when, where, what,
//! photos, contact, summary; then a ticket with a full card in the queue
//! room (in `card.rs`). Every step is saved, Back and Cancel work
//! everywhere, and input that does not fit the step is answered without
//! losing anything.

/// The finished report: its fields, the ticket and card it becomes,
/// `/myreports`.
mod card;
#[cfg(test)]
mod tests;

use fluent::FluentValue;

use crate::clock::Millis;
use crate::domain::intent::ResidentInput;
use crate::domain::menu::{Action, ReportAction};
use crate::domain::model::Resident;
use crate::domain::outbound::CleanImage;
use crate::domain::report::{
    DraftChange, GeoPoint, MAX_ADDRESS_CHARS, MAX_CONTACT_CHARS, MAX_DESCRIPTION_CHARS,
    MAX_WHEN_CHARS, ReportDraft, Step, When,
};
use crate::domain::{Change, Conversation};
use crate::features::engine::{
    Attachment, Engine, ImageRefusal, ResidentState, Screen, channel_name,
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

    /// Whether this message confirms the draft (and so opens a ticket).
    pub(crate) fn confirms_draft(&self, st: &ResidentState<'_>, input: &ResidentInput) -> bool {
        st.draft().is_some_and(|d| d.step == Step::Summary)
            && input.action() == Some(&Action::Reporting(ReportAction::Confirm))
    }
}
