//! The library: onboarding, the main menu's screens (advice, rights,
//! contacts of the resident's area, language and area choices). Pure.

use crate::domain::Change;
use crate::domain::event::Topic;
use crate::domain::menu::{ADVICE_TOPICS, Action, EventAction, RIGHTS_TOPICS};
use crate::domain::model::Resident;
use crate::features::engine::{Engine, Screen};
use crate::i18n::args;

impl Engine<'_> {
    pub(crate) fn language_rows(&self, current: &str) -> Vec<Vec<(String, Action)>> {
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
    pub(crate) fn onboarding(&self, out: &mut Vec<Change>, resident: &Resident) {
        let lang = resident.language.as_str();
        let welcome = self.zt(lang, "welcome");
        let mut rows = self.language_rows(lang);
        rows.push(vec![self.label(lang, "button-continue", Action::Continue)]);
        let text = format!(
            "{welcome}\n\n{}\n\n{}",
            self.emergency_note(lang),
            self.loc.t(lang, "choose-language")
        );
        out.push(Change::send(
            None,
            self.screen(resident, lang, Screen { text, rows }),
        ));
    }

    pub(crate) fn areas_screen(&self, lang: &str, note: Option<String>) -> Screen {
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

    pub(crate) fn contact_screen(
        &self,
        lang: &str,
        area_id: Option<&str>,
        note: Option<String>,
    ) -> Screen {
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
    pub(crate) fn act(&self, out: &mut Vec<Change>, resident: &Resident, action: Action) {
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
                    return self.menu_note(out, resident, self.loc.t(lang, "stale-button"));
                }
                let text = format!(
                    "{}\n\n{}\n\n{}",
                    self.loc.t(&new, "language-set"),
                    self.zt(&new, "privacy-notice"),
                    self.emergency_note(&new)
                );
                let screen = self.menu_screen(&new, Some(text));
                out.push(Change::send(None, self.screen(resident, &new, screen)));
                out.push(Change::language(resident.id, new));
                return;
            }
            Action::Continue => {
                // Onboarding ends here: the privacy notice, the emergency
                // numbers, and once the offer to be invited to events.
                let text = format!(
                    "{}\n\n{}\n\n{}",
                    self.zt(lang, "privacy-notice"),
                    self.emergency_note(lang),
                    self.loc.t(lang, "subscriptions-offer")
                );
                // The offer comes last: the menu's own choices keep their
                // places (and numbers, on Matrix).
                let mut screen = self.menu_screen(lang, Some(text));
                screen.rows.push(vec![self.label(
                    lang,
                    "button-subscribe-events",
                    Action::Event(EventAction::Toggle(Topic::Events)),
                )]);
                screen
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
                    let screen = self.contact_screen(lang, Some(&area.id), Some(note));
                    out.push(Change::send(None, self.screen(resident, lang, screen)));
                    out.push(Change::area(resident.id, area.id.clone()));
                    return;
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
            // Handled by the events feature.
            Action::Events | Action::Event(_) => self.menu_screen(lang, None),
        };
        out.push(Change::send(None, self.screen(resident, lang, screen)));
    }
}
