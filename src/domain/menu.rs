//! Menu actions: what a button (Telegram callback data), a numbered choice
//! (Matrix) or a deep link asks for. Encoded compactly so that every value
//! fits Telegram's 64-byte callback data.

/// Prevention advice topics; message ids `advice-<topic>` and
/// `advice-<topic>-title`.
pub const ADVICE_TOPICS: [&str; 8] = [
    "burglary",
    "bicycle",
    "fraud",
    "phone-scam",
    "vehicle",
    "pickpocket",
    "cyber-harassment",
    "domestic-violence",
];

/// Rights topics; message ids `rights-<topic>` and `rights-<topic>-title`.
pub const RIGHTS_TOPICS: [&str; 6] = [
    "id-check",
    "complaint",
    "victim-support",
    "hate-crime",
    "minors",
    "interpreter",
];

/// Telegram's limit for callback data.
pub const MAX_CALLBACK_BYTES: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Menu,
    Languages,
    SetLanguage(String),
    /// Onboarding: keep the proposed language and go on.
    Continue,
    AdviceList,
    Advice(&'static str),
    RightsList,
    Rights(&'static str),
    Contact,
    Areas,
    SetArea(String),
    Privacy,
    Ask,
    /// Start a report (or, with one in progress, offer to continue it).
    Report,
    Events,
    /// The resident's reports and questions with their status.
    MyReports,
    /// Report flow: the buttons of each step.
    Reporting(ReportAction),
    /// Rate a closed ticket (ticket id, 1–5).
    Rate(i64, i64),
    /// Everything koban keeps about the resident.
    MyData,
    /// Delete it: first the question…
    Erase,
    /// …then the confirmed deletion.
    EraseConfirm,
    /// Events and subscriptions: the buttons of invites and their lists.
    Event(EventAction),
}

/// Buttons of events and subscriptions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventAction {
    /// One event, with its answer buttons.
    Show(i64),
    /// Answer going, maybe or not going.
    Answer(i64, Answer),
    /// The event's calendar file.
    Calendar(i64),
    /// The event's place (Telegram: a venue message).
    Place(i64),
    /// What the resident subscribed to, with switches.
    Subscriptions,
    /// Subscribe to a topic, or leave it.
    Toggle(Topic),
    /// Leave every subscription.
    LeaveAll,
}

/// Buttons of the report flow. Those that belong to one step are refused
/// (as an old button) when the draft is at another step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportAction {
    /// Continue the draft in progress.
    Resume,
    /// Discard the draft in progress and start again.
    Restart,
    Category(String),
    /// Is anyone in danger right now?
    Danger(bool),
    WhenNow,
    WhenToday,
    WhenOther,
    /// Report without a location.
    SkipWhere,
    /// No (more) photos.
    PhotosDone,
    /// Use (or not) the location found in a photo.
    PhotoLocation(bool),
    /// Officers see only the pseudonym.
    Anonymous,
    /// Give a name and phone number for a call-back.
    ShareContact,
    Confirm,
    /// Show which part to change.
    Edit,
    /// Change this part, then return to the summary.
    EditStep(Step),
    /// Back from this step.
    Back(Step),
    Cancel,
}

use super::event::{Answer, Topic};
use super::report::Step;

fn event_id(s: &str) -> Option<i64> {
    s.parse().ok().filter(|id| *id > 0)
}

fn topic(list: &[&'static str], name: &str) -> Option<&'static str> {
    list.iter().copied().find(|t| *t == name)
}

impl Action {
    pub fn encode(&self) -> String {
        match self {
            Action::Menu => "m".into(),
            Action::Languages => "L".into(),
            Action::SetLanguage(l) => format!("l:{l}"),
            Action::Continue => "go".into(),
            Action::AdviceList => "A".into(),
            Action::Advice(t) => format!("a:{t}"),
            Action::RightsList => "R".into(),
            Action::Rights(t) => format!("r:{t}"),
            Action::Contact => "c".into(),
            Action::Areas => "Z".into(),
            Action::SetArea(a) => format!("z:{a}"),
            Action::Privacy => "p".into(),
            Action::Ask => "q".into(),
            Action::Report => "rep".into(),
            Action::Events => "ev".into(),
            Action::MyReports => "my".into(),
            Action::Rate(id, n) => format!("rt:{id}:{n}"),
            Action::MyData => "md".into(),
            Action::Erase => "er".into(),
            Action::EraseConfirm => "er!".into(),
            Action::Reporting(r) => match r {
                ReportAction::Resume => "rr".into(),
                ReportAction::Restart => "rR".into(),
                ReportAction::Category(c) => format!("rc:{c}"),
                ReportAction::Danger(true) => "rd:y".into(),
                ReportAction::Danger(false) => "rd:n".into(),
                ReportAction::WhenNow => "rw:n".into(),
                ReportAction::WhenToday => "rw:t".into(),
                ReportAction::WhenOther => "rw:o".into(),
                ReportAction::SkipWhere => "rx".into(),
                ReportAction::PhotosDone => "rp".into(),
                ReportAction::PhotoLocation(true) => "rg:y".into(),
                ReportAction::PhotoLocation(false) => "rg:n".into(),
                ReportAction::Anonymous => "ra".into(),
                ReportAction::ShareContact => "rn".into(),
                ReportAction::Confirm => "rok".into(),
                ReportAction::Edit => "re".into(),
                ReportAction::EditStep(s) => format!("re:{}", s.code()),
                ReportAction::Back(s) => format!("rb:{}", s.code()),
                ReportAction::Cancel => "rq".into(),
            },
            Action::Event(e) => match e {
                EventAction::Show(id) => format!("e:{id}"),
                EventAction::Answer(id, a) => format!("ea:{id}:{}", a.code()),
                EventAction::Calendar(id) => format!("ec:{id}"),
                EventAction::Place(id) => format!("ep:{id}"),
                EventAction::Subscriptions => "S".into(),
                EventAction::Toggle(t) => format!("st:{}", t.as_str()),
                EventAction::LeaveAll => "S!".into(),
            },
        }
    }

    /// Parses callback data; `None` for anything unknown (old or forged).
    pub fn decode(data: &str) -> Option<Self> {
        Some(match data {
            "m" => Action::Menu,
            "L" => Action::Languages,
            "go" => Action::Continue,
            "A" => Action::AdviceList,
            "R" => Action::RightsList,
            "c" => Action::Contact,
            "Z" => Action::Areas,
            "p" => Action::Privacy,
            "q" => Action::Ask,
            "rep" => Action::Report,
            "ev" => Action::Events,
            "my" => Action::MyReports,
            "md" => Action::MyData,
            "er" => Action::Erase,
            "er!" => Action::EraseConfirm,
            "rr" => Action::Reporting(ReportAction::Resume),
            "rR" => Action::Reporting(ReportAction::Restart),
            "rd:y" => Action::Reporting(ReportAction::Danger(true)),
            "rd:n" => Action::Reporting(ReportAction::Danger(false)),
            "rw:n" => Action::Reporting(ReportAction::WhenNow),
            "rw:t" => Action::Reporting(ReportAction::WhenToday),
            "rw:o" => Action::Reporting(ReportAction::WhenOther),
            "rx" => Action::Reporting(ReportAction::SkipWhere),
            "rp" => Action::Reporting(ReportAction::PhotosDone),
            "rg:y" => Action::Reporting(ReportAction::PhotoLocation(true)),
            "rg:n" => Action::Reporting(ReportAction::PhotoLocation(false)),
            "ra" => Action::Reporting(ReportAction::Anonymous),
            "rn" => Action::Reporting(ReportAction::ShareContact),
            "rok" => Action::Reporting(ReportAction::Confirm),
            "re" => Action::Reporting(ReportAction::Edit),
            "rq" => Action::Reporting(ReportAction::Cancel),
            "S" => Action::Event(EventAction::Subscriptions),
            "S!" => Action::Event(EventAction::LeaveAll),
            _ => {
                let (kind, arg) = data.split_once(':')?;
                if arg.is_empty() || arg.len() > 40 {
                    return None;
                }
                match kind {
                    "l" => Action::SetLanguage(arg.to_owned()),
                    "a" => Action::Advice(topic(&ADVICE_TOPICS, arg)?),
                    "r" => Action::Rights(topic(&RIGHTS_TOPICS, arg)?),
                    "z" => Action::SetArea(arg.to_owned()),
                    "rc" => Action::Reporting(ReportAction::Category(arg.to_owned())),
                    "rt" => {
                        let (id, n) = arg.split_once(':')?;
                        let n: i64 = n.parse().ok().filter(|n| (1..=5).contains(n))?;
                        Action::Rate(id.parse().ok().filter(|id| *id > 0)?, n)
                    }
                    "re" => Action::Reporting(ReportAction::EditStep(Step::from_code(arg)?)),
                    "rb" => Action::Reporting(ReportAction::Back(Step::from_code(arg)?)),
                    "e" => Action::Event(EventAction::Show(event_id(arg)?)),
                    "ec" => Action::Event(EventAction::Calendar(event_id(arg)?)),
                    "ep" => Action::Event(EventAction::Place(event_id(arg)?)),
                    "ea" => {
                        let (id, a) = arg.split_once(':')?;
                        Action::Event(EventAction::Answer(event_id(id)?, Answer::from_code(a)?))
                    }
                    "st" => Action::Event(EventAction::Toggle(Topic::parse(arg)?)),
                    _ => return None,
                }
            }
        })
    }

    /// Parses a deep-link payload (`/start <payload>`, `[A-Za-z0-9_-]`, at
    /// most 64 characters), e.g. `advice_burglary`, `rights_complaint`,
    /// `area_north`, `contact`, `privacy`.
    pub fn from_payload(payload: &str) -> Option<Self> {
        if payload.len() > 64
            || !payload
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return None;
        }
        Some(match payload {
            "menu" => Action::Menu,
            "advice" => Action::AdviceList,
            "rights" => Action::RightsList,
            "contact" => Action::Contact,
            "areas" => Action::Areas,
            "privacy" => Action::Privacy,
            "ask" => Action::Ask,
            "report" => Action::Report,
            "events" => Action::Events,
            "myreports" => Action::MyReports,
            "mydata" => Action::MyData,
            "erase" => Action::Erase,
            "language" => Action::Languages,
            "subscriptions" => Action::Event(EventAction::Subscriptions),
            _ => {
                let (kind, arg) = payload.split_once('_')?;
                match kind {
                    "advice" => Action::Advice(topic(&ADVICE_TOPICS, arg)?),
                    "rights" => Action::Rights(topic(&RIGHTS_TOPICS, arg)?),
                    "area" => Action::SetArea(arg.to_owned()),
                    "event" => Action::Event(EventAction::Show(event_id(arg)?)),
                    _ => return None,
                }
            }
        })
    }

    /// The deep-link payload for this action, if it has one.
    pub fn payload(&self) -> Option<String> {
        Some(match self {
            Action::Menu => "menu".into(),
            Action::AdviceList => "advice".into(),
            Action::RightsList => "rights".into(),
            Action::Contact => "contact".into(),
            Action::Areas => "areas".into(),
            Action::Privacy => "privacy".into(),
            Action::Ask => "ask".into(),
            Action::Report => "report".into(),
            Action::Events => "events".into(),
            Action::MyReports => "myreports".into(),
            Action::Languages => "language".into(),
            Action::Advice(t) => format!("advice_{t}"),
            Action::Rights(t) => format!("rights_{t}"),
            Action::SetArea(a) => format!("area_{a}"),
            Action::MyData => "mydata".into(),
            Action::Erase => "erase".into(),
            Action::Event(EventAction::Show(id)) => format!("event_{id}"),
            Action::Event(EventAction::Subscriptions) => "subscriptions".into(),
            Action::Event(_) => return None,
            Action::SetLanguage(_)
            | Action::Continue
            | Action::Reporting(_)
            | Action::Rate(..)
            | Action::EraseConfirm => {
                return None;
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(area: &str, lang: &str) -> Vec<Action> {
        let mut v = vec![
            Action::Menu,
            Action::Languages,
            Action::SetLanguage(lang.into()),
            Action::Continue,
            Action::AdviceList,
            Action::RightsList,
            Action::Contact,
            Action::Areas,
            Action::SetArea(area.into()),
            Action::Privacy,
            Action::Ask,
            Action::Report,
            Action::Events,
            Action::MyReports,
            Action::Rate(i64::MAX, 5),
            Action::Rate(1, 1),
            Action::MyData,
            Action::Erase,
            Action::EraseConfirm,
            Action::Event(EventAction::Show(i64::MAX)),
            Action::Event(EventAction::Answer(i64::MAX, Answer::Going)),
            Action::Event(EventAction::Answer(1, Answer::Maybe)),
            Action::Event(EventAction::Answer(1, Answer::NotGoing)),
            Action::Event(EventAction::Calendar(7)),
            Action::Event(EventAction::Place(7)),
            Action::Event(EventAction::Subscriptions),
            Action::Event(EventAction::LeaveAll),
        ];
        v.extend(Topic::ALL.map(|t| Action::Event(EventAction::Toggle(t))));
        let category = "c".repeat(24);
        v.extend(
            [
                ReportAction::Resume,
                ReportAction::Restart,
                ReportAction::Category(category),
                ReportAction::Danger(true),
                ReportAction::Danger(false),
                ReportAction::WhenNow,
                ReportAction::WhenToday,
                ReportAction::WhenOther,
                ReportAction::SkipWhere,
                ReportAction::PhotosDone,
                ReportAction::PhotoLocation(true),
                ReportAction::PhotoLocation(false),
                ReportAction::Anonymous,
                ReportAction::ShareContact,
                ReportAction::Confirm,
                ReportAction::Edit,
                ReportAction::EditStep(Step::Where),
                ReportAction::Back(Step::ContactDetails),
                ReportAction::Cancel,
            ]
            .map(Action::Reporting),
        );
        v.extend(ADVICE_TOPICS.iter().map(|t| Action::Advice(t)));
        v.extend(RIGHTS_TOPICS.iter().map(|t| Action::Rights(t)));
        v
    }

    #[test]
    fn every_action_round_trips_and_the_largest_fits_64_bytes() {
        // The largest values: a 32-character area id (the configuration
        // limit) and a long language tag.
        let area = "a".repeat(32);
        for action in all(&area, "zh-Hant-TW") {
            let data = action.encode();
            assert!(
                data.len() <= MAX_CALLBACK_BYTES,
                "{data} is {} bytes",
                data.len()
            );
            assert_eq!(Action::decode(&data), Some(action.clone()), "{data}");
        }
        let largest = all(&area, "zh-Hant-TW")
            .iter()
            .map(|a| a.encode().len())
            .max()
            .unwrap_or(0);
        assert!(largest >= 34, "the test covers the long values");
    }

    #[test]
    fn unknown_or_forged_data_is_refused() {
        for data in [
            "",
            "x",
            "a:",
            "a:nonexistent",
            "r:burglary",
            "l:",
            "zz:north",
            "rb:zz",
            "rt:1:6",
            "rt:x:3",
            "rt:-4:3",
            "re:",
            &"z:".repeat(40),
        ] {
            assert_eq!(Action::decode(data), None, "{data:?}");
        }
    }

    #[test]
    fn deep_link_payloads_round_trip() {
        for action in all("north", "nl") {
            if let Some(payload) = action.payload() {
                assert!(payload.len() <= 64);
                assert_eq!(
                    Action::from_payload(&payload),
                    Some(action.clone()),
                    "{payload}"
                );
            }
        }
        assert_eq!(Action::from_payload("advice_unknown"), None);
        assert_eq!(Action::from_payload("bad payload!"), None);
    }
}
