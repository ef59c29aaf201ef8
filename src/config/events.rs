//! `[events]`: community events, invites and reminders.

use serde::Deserialize;

use super::{ConfigError, default_timezone};

/// Events announced from the coordination room.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EventsConfig {
    /// The time zone coordinators write times in and residents see them in.
    #[serde(default = "default_timezone")]
    pub timezone: String,
    /// Reminders to those who answered going or maybe, in minutes before
    /// the start (e.g. `[1440, 120]`: a day and two hours before).
    #[serde(default = "default_reminders")]
    pub reminders_minutes: Vec<i64>,
    /// How long the next on a waiting list has to confirm a freed place.
    #[serde(default = "default_offer_hours")]
    pub offer_hours: i64,
    /// An event's length when the coordinator gives no end.
    #[serde(default = "default_duration")]
    pub default_duration_minutes: i64,
    /// Recipients added to the outbox per step of a broadcast.
    #[serde(default = "default_batch")]
    pub batch: i64,
    /// Telegram channels and read-only Matrix rooms where invitations,
    /// cancellations and announcements are posted once, for everyone who
    /// follows them.
    #[serde(default)]
    pub channels: Vec<NewsChannel>,
}

/// A news channel: a Telegram channel (koban an administrator allowed to
/// post) or a Matrix room where only moderators and koban may write.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NewsChannel {
    /// A Telegram channel's id (`-100…`) or a Matrix room id (`!…:server`).
    pub chat: String,
    /// The language posted there.
    pub language: String,
    /// Only this area's events and announcements (and the whole zone's);
    /// none: all of them.
    #[serde(default)]
    pub area: Option<String>,
}

impl NewsChannel {
    pub fn channel(&self) -> crate::domain::Channel {
        if self.chat.starts_with('!') {
            crate::domain::Channel::Matrix
        } else {
            crate::domain::Channel::Telegram
        }
    }

    /// Whether what concerns `area` (`None`: the whole zone) is posted here.
    pub fn covers(&self, area: Option<&str>) -> bool {
        match (&self.area, area) {
            (None, _) | (_, None) => true,
            (Some(mine), Some(a)) => mine == a,
        }
    }
}

fn default_reminders() -> Vec<i64> {
    vec![1440, 120]
}

fn default_offer_hours() -> i64 {
    12
}

fn default_duration() -> i64 {
    90
}

fn default_batch() -> i64 {
    500
}

impl Default for EventsConfig {
    fn default() -> Self {
        Self {
            timezone: default_timezone(),
            reminders_minutes: default_reminders(),
            offer_hours: default_offer_hours(),
            default_duration_minutes: default_duration(),
            batch: default_batch(),
            channels: Vec::new(),
        }
    }
}

impl EventsConfig {
    pub fn validate(&self, areas: &[&str]) -> Result<(), ConfigError> {
        for (i, c) in self.channels.iter().enumerate() {
            let chat_ok = if c.chat.starts_with('!') {
                c.chat.contains(':')
            } else {
                c.chat.parse::<i64>().is_ok_and(|id| id < 0)
            };
            if !chat_ok {
                return Err(ConfigError::Invalid(format!(
                    "events.channels[{i}].chat {:?} must be a Telegram channel id (-100…) or a Matrix room id (!…:server)",
                    c.chat
                )));
            }
            let lang_ok = (2..=8).contains(&c.language.len())
                && c.language
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-');
            if !lang_ok {
                return Err(ConfigError::Invalid(format!(
                    "events.channels[{i}].language {:?} must be a language code such as \"de\"",
                    c.language
                )));
            }
            if let Some(a) = &c.area
                && !areas.contains(&a.as_str())
            {
                return Err(ConfigError::Invalid(format!(
                    "events.channels[{i}].area {a:?} is not an [[areas]] id"
                )));
            }
            if self.channels[..i].iter().any(|o| o.chat == c.chat) {
                return Err(ConfigError::Invalid(format!(
                    "events.channels: {:?} is listed twice",
                    c.chat
                )));
            }
        }
        if self.timezone.parse::<chrono_tz::Tz>().is_err() {
            return Err(ConfigError::Invalid(format!(
                "events.timezone {:?} is not a time zone",
                self.timezone
            )));
        }
        if let Some(m) = self
            .reminders_minutes
            .iter()
            .find(|m| !(1..=43_200).contains(*m))
        {
            return Err(ConfigError::Invalid(format!(
                "events.reminders_minutes: {m} is not between 1 and 43200 (30 days)"
            )));
        }
        if !(1..=720).contains(&self.offer_hours) {
            return Err(ConfigError::Invalid(
                "events.offer_hours must be between 1 and 720".into(),
            ));
        }
        if !(1..=10_080).contains(&self.default_duration_minutes) {
            return Err(ConfigError::Invalid(
                "events.default_duration_minutes must be between 1 and 10080".into(),
            ));
        }
        if !(1..=5_000).contains(&self.batch) {
            return Err(ConfigError::Invalid(
                "events.batch must be between 1 and 5000".into(),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(chat: &str, language: &str, area: Option<&str>) -> EventsConfig {
        EventsConfig {
            channels: vec![NewsChannel {
                chat: chat.into(),
                language: language.into(),
                area: area.map(str::to_owned),
            }],
            ..EventsConfig::default()
        }
    }

    #[test]
    fn news_channels_name_a_channel_or_room_a_language_and_a_known_area() {
        let areas = ["north"];
        assert!(
            with("-1001234567890", "de", Some("north"))
                .validate(&areas)
                .is_ok()
        );
        assert!(
            with("!news:example.org", "ar", None)
                .validate(&areas)
                .is_ok()
        );
        for (chat, language, area, needle) in [
            ("@zone_news", "de", None, "Telegram channel id"),
            ("1234", "de", None, "Telegram channel id"),
            ("!news", "de", None, "Matrix room id"),
            ("-100123", "German", None, "language code"),
            ("-100123", "de", Some("atlantis"), "not an [[areas]] id"),
        ] {
            let Err(ConfigError::Invalid(why)) = with(chat, language, area).validate(&areas) else {
                panic!("{chat} {language} {area:?} accepted");
            };
            assert!(why.contains(needle), "{why}");
        }
        let mut twice = with("-100123", "de", None);
        twice.channels.push(twice.channels[0].clone());
        assert!(twice.validate(&areas).is_err());
    }

    #[test]
    fn a_channel_covers_its_area_and_the_whole_zones_news() {
        let north = with("-100123", "de", Some("north")).channels.remove(0);
        assert!(north.covers(Some("north")) && north.covers(None));
        assert!(!north.covers(Some("south")));
        let zone = with("!news:hs", "de", None).channels.remove(0);
        assert!(zone.covers(Some("south")) && zone.channel() == crate::domain::Channel::Matrix);
        assert_eq!(north.channel(), crate::domain::Channel::Telegram);
    }
}
