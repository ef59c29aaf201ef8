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
        }
    }
}

impl EventsConfig {
    pub fn validate(&self) -> Result<(), ConfigError> {
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
