//! The guided incident report: what a resident has entered so far (the
//! draft, stored after every step so that it survives a restart) and the
//! order of the steps.

use serde::{Deserialize, Serialize};

use crate::clock::Millis;

/// Report categories offered when none are configured. Each has the message
/// ids `category-<id>` (its name) and may have `report-danger-<id>` (a
/// diversion text shown when someone is in danger).
pub const DEFAULT_CATEGORIES: [&str; 9] = [
    "theft",
    "burglary",
    "vandalism",
    "drugs",
    "nuisance",
    "traffic",
    "hate",
    "fraud",
    "other",
];

/// Most characters a report's description keeps (about ten full Telegram
/// messages).
pub const MAX_DESCRIPTION_CHARS: usize = 40_000;

/// Most characters of a typed time ("last night around 23:00").
pub const MAX_WHEN_CHARS: usize = 200;

/// Most characters of a typed address or description of the place.
pub const MAX_ADDRESS_CHARS: usize = 500;

/// Most characters of the name and phone number for a call-back.
pub const MAX_CONTACT_CHARS: usize = 200;

/// Where the resident is in the flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Category,
    Danger,
    When,
    /// "Another moment": waiting for a typed date or time.
    WhenOther,
    Where,
    What,
    Photos,
    Contact,
    /// Waiting for the typed name and phone number.
    ContactDetails,
    Summary,
    /// Choosing which part of the summary to change.
    Edit,
}

impl Step {
    /// The step "Back" leads to.
    pub fn previous(self) -> Option<Step> {
        Some(match self {
            Step::Category => return None,
            Step::Danger => Step::Category,
            Step::When => Step::Danger,
            Step::WhenOther => Step::When,
            Step::Where => Step::When,
            Step::What => Step::Where,
            Step::Photos => Step::What,
            Step::Contact => Step::Photos,
            Step::ContactDetails => Step::Contact,
            Step::Summary => Step::Contact,
            Step::Edit => Step::Summary,
        })
    }

    /// A short code for callback data (≤ 2 bytes).
    pub fn code(self) -> &'static str {
        match self {
            Step::Category => "c",
            Step::Danger => "d",
            Step::When => "w",
            Step::WhenOther => "wo",
            Step::Where => "l",
            Step::What => "t",
            Step::Photos => "p",
            Step::Contact => "k",
            Step::ContactDetails => "kd",
            Step::Summary => "s",
            Step::Edit => "e",
        }
    }

    pub const ALL: [Step; 11] = [
        Step::Category,
        Step::Danger,
        Step::When,
        Step::WhenOther,
        Step::Where,
        Step::What,
        Step::Photos,
        Step::Contact,
        Step::ContactDetails,
        Step::Summary,
        Step::Edit,
    ];

    pub fn from_code(code: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// When it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "text", rename_all = "snake_case")]
pub enum When {
    Now,
    EarlierToday,
    /// The resident's own words ("last night", "12 May around 22:00").
    Other(String),
}

/// A point on the map.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GeoPoint {
    pub latitude: f64,
    pub longitude: f64,
}

impl GeoPoint {
    /// A link officers can open (OpenStreetMap, no tracking parameters).
    pub fn map_link(&self) -> String {
        format!(
            "https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=18/{lat:.5}/{lon:.5}",
            lat = self.latitude,
            lon = self.longitude
        )
    }

    pub fn is_valid(&self) -> bool {
        self.latitude.is_finite()
            && self.longitude.is_finite()
            && (-90.0..=90.0).contains(&self.latitude)
            && (-180.0..=180.0).contains(&self.longitude)
    }
}

/// A report being written. Photos are already cleaned and stored (media
/// ids); they are deleted with the draft if it is cancelled or expires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportDraft {
    pub step: Step,
    pub category: Option<String>,
    pub when: Option<When>,
    pub location: Option<GeoPoint>,
    /// The area the location falls in.
    pub area_id: Option<String>,
    /// A typed address or description of the place.
    pub address: Option<String>,
    pub description: String,
    pub photos: Vec<i64>,
    /// A location found in a photo, offered to the resident and used only
    /// if they agree. Forgotten once they have answered.
    pub photo_location: Option<GeoPoint>,
    /// Name and phone number for a call-back; `None` means the officers see
    /// only the pseudonym.
    pub contact: Option<String>,
    /// Came from the summary's "Edit": go back to the summary after this step.
    pub editing: bool,
    /// Came back to the description (Back or Edit): the next text replaces
    /// it instead of adding to it.
    #[serde(default)]
    pub rewriting: bool,
    /// The "continue or start again?" question is showing: its buttons count.
    #[serde(default)]
    pub offered_restart: bool,
    pub started_at: Millis,
    /// Set by the store on every save.
    #[serde(default)]
    pub updated_at: Millis,
}

impl ReportDraft {
    pub fn new(now: Millis) -> Self {
        Self {
            step: Step::Category,
            category: None,
            when: None,
            location: None,
            area_id: None,
            address: None,
            description: String::new(),
            photos: Vec::new(),
            photo_location: None,
            contact: None,
            editing: false,
            rewriting: false,
            offered_restart: false,
            started_at: now,
            updated_at: now,
        }
    }

    /// Appends text to the description (a long message Telegram split in
    /// two, or words sent before koban asked for them). Returns false, and
    /// leaves the description as it was, when `text` does not fit in what
    /// is left of [`MAX_DESCRIPTION_CHARS`].
    pub fn add_description(&mut self, text: &str) -> bool {
        let text = text.trim();
        if super::text::is_blank(text) {
            return true;
        }
        if text.chars().count() > self.description_room() {
            return false;
        }
        if !self.description.is_empty() {
            self.description.push_str("\n\n");
        }
        self.description.push_str(text);
        true
    }

    /// Characters the description can still take (after the paragraph
    /// break that joins a new text to it).
    pub fn description_room(&self) -> usize {
        let used = self.description.chars().count();
        let joint = if self.description.is_empty() { 0 } else { 2 };
        MAX_DESCRIPTION_CHARS.saturating_sub(used + joint)
    }
}

/// What happens to the resident's draft.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum DraftChange {
    #[default]
    Keep,
    /// Store this draft (replacing any earlier one); a new photo, if any, is
    /// stored too and its media id appended to `photos`.
    Save {
        draft: Box<ReportDraft>,
        add_photo: Option<super::image::CleanImage>,
    },
    /// The report was sent: forget the draft, keep its photos (outbox rows
    /// refer to them).
    Submitted,
    /// Cancelled or expired: forget the draft and delete its photos.
    Discard,
    /// Discard the draft (and its photos) and start this one instead.
    Restart(Box<ReportDraft>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_have_unique_codes_and_back_never_loops() {
        for step in Step::ALL {
            assert_eq!(Step::from_code(step.code()), Some(step));
            let mut s = step;
            let mut hops = 0;
            while let Some(prev) = s.previous() {
                s = prev;
                hops += 1;
                assert!(hops < 20, "back from {step:?} loops");
            }
            assert_eq!(s, Step::Category);
        }
    }

    #[test]
    fn drafts_round_trip_through_json() {
        let mut d = ReportDraft::new(5);
        d.when = Some(When::Other("last night".into()));
        d.location = Some(GeoPoint {
            latitude: 51.05,
            longitude: 3.72,
        });
        d.add_description("first part");
        d.add_description("second part");
        assert_eq!(d.description, "first part\n\nsecond part");
        let before = d.description.clone();
        assert!(!d.add_description(&"x".repeat(MAX_DESCRIPTION_CHARS)));
        assert_eq!(d.description, before, "a text that does not fit is not cut");
        let json = serde_json::to_string(&d).expect("serializes");
        let back: ReportDraft = serde_json::from_str(&json).expect("parses");
        assert_eq!(back, d);
    }

    #[test]
    fn map_links_use_coordinates() {
        let p = GeoPoint {
            latitude: 51.054_321,
            longitude: 3.717_654,
        };
        assert_eq!(
            p.map_link(),
            "https://www.openstreetmap.org/?mlat=51.05432&mlon=3.71765#map=18/51.05432/3.71765"
        );
        assert!(
            !GeoPoint {
                latitude: 91.0,
                longitude: 0.0
            }
            .is_valid()
        );
    }
}
