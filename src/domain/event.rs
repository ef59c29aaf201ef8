//! Community events (district meetings, "coffee with a cop", street
//! briefings), residents' answers with a waiting list, subscriptions, and
//! broadcasts to the subscribers. Pure data and rules; the events feature
//! (`features/events/`) decides with them.

use serde::{Deserialize, Serialize};

use crate::clock::Millis;

/// What residents may subscribe to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Invites to events in their area.
    Events,
    /// Crime-prevention alerts.
    Prevention,
    /// News from the zone.
    News,
}

impl Topic {
    pub const ALL: [Topic; 3] = [Topic::Events, Topic::Prevention, Topic::News];

    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Events => "events",
            Topic::Prevention => "prevention",
            Topic::News => "news",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    /// Written, not yet shown to residents.
    Draft,
    /// To be published at `publish_at`.
    Scheduled,
    Published,
    Cancelled,
}

impl EventStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            EventStatus::Draft => "draft",
            EventStatus::Scheduled => "scheduled",
            EventStatus::Published => "published",
            EventStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            EventStatus::Draft,
            EventStatus::Scheduled,
            EventStatus::Published,
            EventStatus::Cancelled,
        ]
        .into_iter()
        .find(|t| t.as_str() == s)
    }
}

/// An event's texts in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EventText {
    pub language: String,
    pub title: String,
    pub description: String,
    /// Who it is for.
    pub audience: String,
    pub accessibility: String,
}

/// An event as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: i64,
    pub status: EventStatus,
    /// `None`: the whole zone.
    pub area: Option<String>,
    pub topic: Topic,
    pub starts_at: Millis,
    pub ends_at: Millis,
    /// Address, as written by the coordinator.
    pub place: String,
    pub map_url: Option<String>,
    pub location: Option<(f64, f64)>,
    /// `None`: no limit.
    pub capacity: Option<i64>,
    /// Whether residents must answer "going" to come.
    pub registration: bool,
    /// Raised on every change (the calendar file's SEQUENCE).
    pub sequence: i64,
    pub publish_at: Option<Millis>,
    /// The outbox row of the event's card in the coordination room.
    pub card_outbox: Option<i64>,
    pub created_by: String,
    pub created_at: Millis,
    pub updated_at: Millis,
    /// Texts per language; the zone's default language first.
    pub texts: Vec<EventText>,
}

impl Event {
    /// The texts in `language`, else in the default language (the first);
    /// `true` when they are the fallback.
    pub fn text(&self, language: &str) -> Option<(&EventText, bool)> {
        if let Some(t) = self.texts.iter().find(|t| t.language == language) {
            return Some((t, false));
        }
        self.texts.first().map(|t| (t, true))
    }

    /// The title in `language` (or the default language's).
    pub fn title(&self, language: &str) -> String {
        self.text(language)
            .map(|(t, _)| t.title.clone())
            .unwrap_or_default()
    }

    pub fn is_open(&self, now: Millis) -> bool {
        self.status == EventStatus::Published && self.ends_at > now
    }
}

/// What a resident answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Going,
    Maybe,
    NotGoing,
}

impl Answer {
    pub fn code(self) -> &'static str {
        match self {
            Answer::Going => "g",
            Answer::Maybe => "m",
            Answer::NotGoing => "n",
        }
    }

    pub fn from_code(s: &str) -> Option<Self> {
        match s {
            "g" => Some(Answer::Going),
            "m" => Some(Answer::Maybe),
            "n" => Some(Answer::NotGoing),
            _ => None,
        }
    }
}

/// A resident's standing for an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rsvp {
    Going,
    Maybe,
    NotGoing,
    /// On the waiting list (ordered by `position`).
    Waiting {
        position: i64,
    },
    /// A freed place, held for them until `until`.
    Offered {
        until: Millis,
    },
}

impl Rsvp {
    pub fn as_str(self) -> &'static str {
        match self {
            Rsvp::Going => "going",
            Rsvp::Maybe => "maybe",
            Rsvp::NotGoing => "not_going",
            Rsvp::Waiting { .. } => "waiting",
            Rsvp::Offered { .. } => "offered",
        }
    }

    /// Holds one of the event's places.
    pub fn holds_place(self) -> bool {
        matches!(self, Rsvp::Going | Rsvp::Offered { .. })
    }

    /// Hears about changes, cancellations and reminders.
    pub fn hears_changes(self) -> bool {
        matches!(self, Rsvp::Going | Rsvp::Maybe | Rsvp::Offered { .. })
    }
}

/// The answers to an event, counted (for its card).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RsvpCounts {
    pub going: i64,
    pub maybe: i64,
    pub not_going: i64,
    pub waiting: i64,
    /// Freed places offered and not yet confirmed.
    pub offered: i64,
}

impl RsvpCounts {
    pub fn places_taken(&self) -> i64 {
        self.going + self.offered
    }
}

/// What an answer does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerOutcome {
    /// The resident's standing afterwards.
    pub rsvp: Rsvp,
    /// A place was given up: offer it to the first on the waiting list.
    pub place_freed: bool,
}

/// A resident answers `answer`; `before` is their standing (if any),
/// `counts` the event's counts before the answer, `last_position` the
/// highest waiting-list position so far. "Going" to a full event joins the
/// waiting list at its end; confirming an offered place takes it; leaving a
/// place frees it for the next in line.
pub fn answer(
    capacity: Option<i64>,
    counts: RsvpCounts,
    before: Option<Rsvp>,
    answer: Answer,
    last_position: i64,
) -> AnswerOutcome {
    let held = before.is_some_and(Rsvp::holds_place);
    let rsvp = match (answer, before) {
        (Answer::Going, Some(Rsvp::Going)) => Rsvp::Going,
        (Answer::Going, Some(Rsvp::Offered { .. })) => Rsvp::Going,
        (Answer::Going, Some(Rsvp::Waiting { position })) => Rsvp::Waiting { position },
        (Answer::Going, _) => {
            let full = capacity.is_some_and(|c| counts.places_taken() >= c);
            // Someone already waits: nobody jumps the queue, even if a place
            // is (briefly) free while it is being offered.
            if full || counts.waiting > 0 {
                Rsvp::Waiting {
                    position: last_position + 1,
                }
            } else {
                Rsvp::Going
            }
        }
        (Answer::Maybe, _) => Rsvp::Maybe,
        (Answer::NotGoing, _) => Rsvp::NotGoing,
    };
    AnswerOutcome {
        rsvp,
        place_freed: held && !rsvp.holds_place() && capacity.is_some(),
    }
}

/// A broadcast's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BroadcastKind {
    /// An event's invite, to the topic's subscribers in its area.
    Invite,
    /// A changed event, to those who answered going or maybe.
    Update,
    /// A reminder, to those who answered going or maybe.
    Reminder,
    /// A cancelled event, to those who answered going or maybe.
    Cancel,
    /// An announcement, to the topic's subscribers (area, languages).
    Announcement,
}

impl BroadcastKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BroadcastKind::Invite => "invite",
            BroadcastKind::Update => "update",
            BroadcastKind::Reminder => "reminder",
            BroadcastKind::Cancel => "cancel",
            BroadcastKind::Announcement => "announcement",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "invite" => Some(BroadcastKind::Invite),
            "update" => Some(BroadcastKind::Update),
            "reminder" => Some(BroadcastKind::Reminder),
            "cancel" => Some(BroadcastKind::Cancel),
            "announcement" => Some(BroadcastKind::Announcement),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Broadcast {
    pub id: i64,
    pub kind: BroadcastKind,
    pub event_id: Option<i64>,
    pub announcement_id: Option<i64>,
    pub topic: Topic,
    pub area: Option<String>,
    /// `expanding` (recipients still being added), `sending`, `done`.
    pub status: String,
    /// The last resident id expanded.
    pub cursor: i64,
    /// Recipients expanded so far.
    pub total: i64,
    pub card_outbox: Option<i64>,
    pub created_by: String,
    pub created_at: Millis,
}

/// How far a broadcast's sends are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BroadcastProgress {
    pub total: i64,
    pub sent: i64,
    pub pending: i64,
    pub failed: i64,
    pub unreachable: i64,
}

/// koban's own timers for events, recorded in the inbox like any other
/// event (each at most once: its id names what it is for).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "timer", rename_all = "snake_case")]
pub enum EventTimer {
    /// Expand the broadcast's next batch of recipients.
    Expand { broadcast_id: i64 },
    /// Show the broadcast's progress on its card (and finish it when every
    /// send has its result).
    Progress { broadcast_id: i64 },
    /// A scheduled event is due to be published.
    Publish { event_id: i64 },
    /// Remind those who answered going or maybe, `minutes` before.
    Remind { event_id: i64, minutes: i64 },
    /// A scheduled announcement is due.
    Announce { announcement_id: i64 },
    /// An offered place was not confirmed in time.
    OfferExpired { event_id: i64, resident_id: i64 },
}

impl EventTimer {
    /// Timers of one event (or broadcast) are handled in order.
    pub fn conversation(&self) -> String {
        match self {
            EventTimer::Expand { broadcast_id } | EventTimer::Progress { broadcast_id } => {
                format!("broadcast:{broadcast_id}")
            }
            EventTimer::Publish { event_id }
            | EventTimer::Remind { event_id, .. }
            | EventTimer::OfferExpired { event_id, .. } => format!("event:{event_id}"),
            EventTimer::Announce { announcement_id } => format!("announcement:{announcement_id}"),
        }
    }
}

/// A recipient of a broadcast batch.
#[derive(Debug, Clone, PartialEq)]
pub struct Recipient {
    pub resident_id: i64,
    pub channel: super::model::Channel,
    pub chat_id: String,
    pub language: String,
    pub pseudonym: String,
}

/// A new event, as a coordinator wrote it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventDraft {
    pub area: Option<String>,
    pub topic: Option<Topic>,
    pub starts_at: Millis,
    pub ends_at: Millis,
    pub place: String,
    pub map_url: Option<String>,
    pub location: Option<(f64, f64)>,
    pub capacity: Option<i64>,
    pub registration: bool,
    pub texts: Vec<EventText>,
}

/// A change to events, answers, subscriptions and broadcasts, applied by
/// the events repository in the event's commit.
#[derive(Debug, Clone, PartialEq)]
pub enum EventChange {
    /// A new event (its id reserved beforehand) with its card for the
    /// coordination room.
    Create {
        id: i64,
        draft: EventDraft,
        created_by: String,
        card: super::outbound::NewOutbound,
    },
    /// New fields and texts (texts replace those of the same language);
    /// raises the sequence.
    Update {
        id: i64,
        draft: EventDraft,
    },
    Status {
        id: i64,
        status: EventStatus,
        publish_at: Option<Millis>,
    },
    Answer {
        event_id: i64,
        resident_id: i64,
        rsvp: Rsvp,
    },
    Subscribe {
        resident_id: i64,
        topic: Topic,
    },
    /// Leave one topic, or all (`None`).
    Unsubscribe {
        resident_id: i64,
        topic: Option<Topic>,
    },
    /// A broadcast to expand (its id reserved beforehand), with its
    /// progress card for the coordination room.
    Broadcast {
        id: i64,
        kind: BroadcastKind,
        event_id: Option<i64>,
        announcement_id: Option<i64>,
        topic: Topic,
        area: Option<String>,
        created_by: String,
        card: Option<super::outbound::NewOutbound>,
    },
    /// One recipient's message of a broadcast, in the bulk lane.
    Deliver {
        broadcast_id: i64,
        message: super::outbound::NewOutbound,
    },
    /// A batch was expanded up to resident `cursor` (`added` recipients);
    /// `done`: there are no more.
    Expanded {
        id: i64,
        cursor: i64,
        added: i64,
        done: bool,
    },
    /// Every send of the broadcast has its result.
    Finished {
        id: i64,
    },
    /// A new announcement (its id reserved beforehand), as a draft.
    Announce(Announcement),
    AnnouncementStatus {
        id: i64,
        status: AnnouncementStatus,
        publish_at: Option<Millis>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnnouncementStatus {
    Draft,
    Scheduled,
    Sent,
    Cancelled,
}

impl AnnouncementStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AnnouncementStatus::Draft => "draft",
            AnnouncementStatus::Scheduled => "scheduled",
            AnnouncementStatus::Sent => "sent",
            AnnouncementStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            AnnouncementStatus::Draft,
            AnnouncementStatus::Scheduled,
            AnnouncementStatus::Sent,
            AnnouncementStatus::Cancelled,
        ]
        .into_iter()
        .find(|t| t.as_str() == s)
    }
}

/// Where an announcement goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Via {
    /// To each subscriber of its topic, in their language.
    #[default]
    Subscribers,
    /// Posted once in each news channel that covers its area.
    Channels,
    Both,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Subscribers => "subscribers",
            Via::Channels => "channels",
            Via::Both => "both",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Via::Subscribers, Via::Channels, Via::Both]
            .into_iter()
            .find(|v| v.as_str() == s)
    }

    pub fn subscribers(self) -> bool {
        self != Via::Channels
    }

    pub fn channels(self) -> bool {
        self != Via::Subscribers
    }
}

/// A message to the subscribers of a topic, not about an event.
#[derive(Debug, Clone, PartialEq)]
pub struct Announcement {
    pub id: i64,
    pub status: AnnouncementStatus,
    pub topic: Topic,
    /// `None`: the whole zone.
    pub area: Option<String>,
    /// Only residents with one of these languages; empty: everyone.
    pub languages: Vec<String>,
    pub via: Via,
    pub publish_at: Option<Millis>,
    pub created_by: String,
    pub created_at: Millis,
    /// (language, text); the default language first.
    pub texts: Vec<(String, String)>,
}

impl Announcement {
    /// The text in `language`, else the default language's (`true`).
    pub fn text(&self, language: &str) -> Option<(&str, &str, bool)> {
        if let Some((l, t)) = self.texts.iter().find(|(l, _)| l == language) {
            return Some((l, t, false));
        }
        self.texts
            .first()
            .map(|(l, t)| (l.as_str(), t.as_str(), true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NO_ONE: RsvpCounts = RsvpCounts {
        going: 0,
        maybe: 0,
        not_going: 0,
        waiting: 0,
        offered: 0,
    };

    #[test]
    fn going_takes_a_place_until_the_event_is_full_then_joins_the_waiting_list() {
        let o = answer(Some(2), NO_ONE, None, Answer::Going, 0);
        assert_eq!(o.rsvp, Rsvp::Going);
        let full = RsvpCounts { going: 2, ..NO_ONE };
        let o = answer(Some(2), full, None, Answer::Going, 4);
        assert_eq!(o.rsvp, Rsvp::Waiting { position: 5 });
        assert!(!o.place_freed);
        // Without a capacity nobody waits.
        let many = RsvpCounts {
            going: 500,
            ..NO_ONE
        };
        assert_eq!(answer(None, many, None, Answer::Going, 0).rsvp, Rsvp::Going);
    }

    #[test]
    fn nobody_jumps_the_waiting_list() {
        // A place is being offered to the first in line: a newcomer waits.
        let counts = RsvpCounts {
            going: 1,
            offered: 0,
            waiting: 1,
            ..NO_ONE
        };
        let o = answer(Some(2), counts, None, Answer::Going, 1);
        assert_eq!(o.rsvp, Rsvp::Waiting { position: 2 });
    }

    #[test]
    fn leaving_a_place_frees_it_and_changing_nothing_frees_nothing() {
        let counts = RsvpCounts {
            going: 2,
            waiting: 1,
            ..NO_ONE
        };
        let o = answer(Some(2), counts, Some(Rsvp::Going), Answer::NotGoing, 1);
        assert_eq!(o.rsvp, Rsvp::NotGoing);
        assert!(o.place_freed);
        let o = answer(Some(2), counts, Some(Rsvp::Going), Answer::Maybe, 1);
        assert!(o.place_freed);
        let o = answer(Some(2), counts, Some(Rsvp::Going), Answer::Going, 1);
        assert_eq!(o.rsvp, Rsvp::Going);
        assert!(!o.place_freed);
        // Leaving the waiting list frees no place.
        let o = answer(
            Some(2),
            counts,
            Some(Rsvp::Waiting { position: 1 }),
            Answer::NotGoing,
            1,
        );
        assert!(!o.place_freed);
        // Without a capacity there is nobody to offer it to.
        let o = answer(None, counts, Some(Rsvp::Going), Answer::NotGoing, 0);
        assert!(!o.place_freed);
    }

    #[test]
    fn an_offered_place_is_confirmed_or_given_back() {
        let counts = RsvpCounts {
            going: 1,
            offered: 1,
            ..NO_ONE
        };
        let offered = Some(Rsvp::Offered { until: 99 });
        assert_eq!(
            answer(Some(2), counts, offered, Answer::Going, 0).rsvp,
            Rsvp::Going
        );
        let o = answer(Some(2), counts, offered, Answer::NotGoing, 0);
        assert!(o.place_freed);
        // Pressing "going" again keeps a waiting resident's place in line.
        assert_eq!(
            answer(
                Some(2),
                counts,
                Some(Rsvp::Waiting { position: 3 }),
                Answer::Going,
                7
            )
            .rsvp,
            Rsvp::Waiting { position: 3 }
        );
    }

    #[test]
    fn texts_fall_back_to_the_default_language() {
        let event = Event {
            id: 1,
            status: EventStatus::Published,
            area: None,
            topic: Topic::Events,
            starts_at: 0,
            ends_at: 10,
            place: String::new(),
            map_url: None,
            location: None,
            capacity: None,
            registration: false,
            sequence: 0,
            publish_at: None,
            card_outbox: None,
            created_by: "@c:hs".into(),
            created_at: 0,
            updated_at: 0,
            texts: vec![
                EventText {
                    language: "de".into(),
                    title: "Kaffee".into(),
                    ..Default::default()
                },
                EventText {
                    language: "en".into(),
                    title: "Coffee".into(),
                    ..Default::default()
                },
            ],
        };
        assert_eq!(
            event.text("en").map(|(t, f)| (t.title.as_str(), f)),
            Some(("Coffee", false))
        );
        assert_eq!(
            event.text("ar").map(|(t, f)| (t.title.as_str(), f)),
            Some(("Kaffee", true))
        );
        assert!(event.is_open(5));
        assert!(!event.is_open(10));
    }
}
