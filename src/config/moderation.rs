//! `[moderation]`: screening of residents' messages and the moderators'
//! room.

use serde::Deserialize;

use super::{
    ConfigError, default_min_power_level, default_retention_days, default_timezone, default_true,
};

/// Screening of residents' messages and the moderators' room.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ModerationConfig {
    /// Room ID of the moderators; empty: nothing is screened.
    #[serde(default)]
    pub room: String,
    /// Power level needed there to moderate.
    #[serde(default = "default_min_power_level")]
    pub min_power_level: i64,
    /// Apply the word lists (`locales/<lang>/moderation.txt`, extended or
    /// replaced by `<content_dir>/<lang>/moderation.txt`).
    #[serde(default = "default_true")]
    pub word_lists: bool,
    /// What to do with a link to a domain not in `allowed_domains`:
    /// `pass`, `hold` or `block`.
    #[serde(default = "default_links")]
    pub links: String,
    #[serde(default)]
    pub allowed_domains: Vec<String>,
    /// Links to these domains (and their subdomains) are blocked.
    #[serde(default)]
    pub denied_domains: Vec<String>,
    /// More mentions than this in one message are held (0: no limit).
    #[serde(default = "default_max_mentions")]
    pub max_mentions: usize,
    /// More emoji than this in one message are held (0: no limit).
    #[serde(default = "default_max_emoji")]
    pub max_emoji: usize,
    /// Regular expressions (case-insensitive, over the normalized text).
    #[serde(default)]
    pub patterns: Vec<PatternConfig>,
    /// More messages than this from one sender within a minute are held
    /// (0: no limit). Those after the first wait behind it, without cards.
    #[serde(default = "default_max_per_minute")]
    pub max_messages_per_minute: usize,
    /// A resident's new ticket beyond this many within a minute is held (a
    /// question) or refused until the minute is over (a report's
    /// confirmation; the report is kept). 0: no limit.
    #[serde(default = "default_max_tickets_per_minute")]
    pub max_new_tickets_per_minute: usize,
    /// The same text sent this many times within ten minutes is held
    /// (0: never).
    #[serde(default = "default_max_repeats")]
    pub max_repeats: usize,
    /// Hold photos from residents who have not opened a ticket before.
    #[serde(default)]
    pub hold_first_photos: bool,
    /// Tell a resident their message waits for review (otherwise they see
    /// nothing unusual until a moderator acts).
    #[serde(default)]
    pub tell_held: bool,
    /// Where a blocked resident may appeal; empty: the zone's oversight body.
    #[serde(default)]
    pub appeal: String,
    /// This many warnings within `warning_window_days` mute the resident
    /// for `escalation_mute_hours` (0: warnings never mute).
    #[serde(default = "default_warnings_to_mute")]
    pub warnings_to_mute: i64,
    #[serde(default = "default_warning_window_days")]
    pub warning_window_days: i64,
    #[serde(default = "default_mute_hours")]
    pub escalation_mute_hours: i64,
    /// How long `!mute` lasts without a duration.
    #[serde(default = "default_mute_hours")]
    pub default_mute_hours: i64,
    /// How long the audit log keeps the content an entry is about (the
    /// entry itself stays).
    #[serde(default = "default_retention_days")]
    pub audit_retention_days: u32,
    /// Time zone of the times shown to moderators and residents.
    #[serde(default = "default_timezone")]
    pub timezone: String,
}

/// A configured pattern rule.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PatternConfig {
    pub id: String,
    pub pattern: String,
    /// `hold` or `block`.
    pub action: String,
    #[serde(default)]
    pub dry_run: bool,
}

impl Default for ModerationConfig {
    fn default() -> Self {
        Self {
            room: String::new(),
            min_power_level: default_min_power_level(),
            word_lists: true,
            links: default_links(),
            allowed_domains: Vec::new(),
            denied_domains: Vec::new(),
            max_mentions: default_max_mentions(),
            max_emoji: default_max_emoji(),
            patterns: Vec::new(),
            max_messages_per_minute: default_max_per_minute(),
            max_repeats: default_max_repeats(),
            max_new_tickets_per_minute: default_max_tickets_per_minute(),
            hold_first_photos: false,
            tell_held: false,
            appeal: String::new(),
            warnings_to_mute: default_warnings_to_mute(),
            warning_window_days: default_warning_window_days(),
            escalation_mute_hours: default_mute_hours(),
            default_mute_hours: default_mute_hours(),
            audit_retention_days: default_retention_days(),
            timezone: default_timezone(),
        }
    }
}

fn default_links() -> String {
    "pass".to_owned()
}
fn default_max_mentions() -> usize {
    5
}
fn default_max_emoji() -> usize {
    30
}
fn default_max_per_minute() -> usize {
    20
}
fn default_max_tickets_per_minute() -> usize {
    3
}
fn default_max_repeats() -> usize {
    3
}
fn default_warnings_to_mute() -> i64 {
    3
}
fn default_warning_window_days() -> i64 {
    30
}
fn default_mute_hours() -> i64 {
    24
}

impl ModerationConfig {
    /// Checks the moderation settings; `queues` and `coordination_room` are
    /// the other officers' rooms, which the moderation room must not be.
    pub(super) fn validate(
        &self,
        queues: &[super::QueueConfig],
        coordination_room: &str,
    ) -> Result<(), ConfigError> {
        let invalid = |m: &str| Err(ConfigError::Invalid(m.to_owned()));
        if !self.room.is_empty() {
            if !self.room.starts_with('!') {
                return invalid("moderation.room must be a room ID (starts with '!')");
            }
            if queues.iter().any(|q| q.room == self.room) || self.room == coordination_room {
                return invalid("moderation.room must be a room of its own");
            }
        }
        if !matches!(self.links.as_str(), "pass" | "hold" | "block") {
            return invalid("moderation.links must be pass, hold or block");
        }
        if self.timezone.parse::<chrono_tz::Tz>().is_err() {
            return invalid(&format!(
                "moderation.timezone {:?} is not a time zone",
                self.timezone
            ));
        }
        for (i, p) in self.patterns.iter().enumerate() {
            if !matches!(p.action.as_str(), "hold" | "block") {
                return invalid(&format!(
                    "moderation.patterns[{i}].action must be hold or block"
                ));
            }
            if let Err(e) = regex::Regex::new(&p.pattern) {
                return invalid(&format!("moderation.patterns[{i}] ({}): {e}", p.id));
            }
        }
        Ok(())
    }
}
