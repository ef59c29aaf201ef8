//! One typed configuration: a TOML file plus environment overrides, validated at
//! load. Secrets may come from the file, from `KOBAN_*` variables or from
//! `KOBAN_*_FILE` paths, and never show in `Debug` output or logs.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

mod events;
mod moderation;
pub use events::{EventsConfig, NewsChannel};
pub use moderation::{ModerationConfig, PatternConfig};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read configuration file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A TOML syntax or structure error: where it is and what kind, never
    /// the offending text (the line may hold a token, password or URL).
    #[error("configuration file {path} is not valid: {source}")]
    Parse { path: PathBuf, source: ParseError },
    #[error("cannot read secret file {path} (from {var}): {source}")]
    SecretFile {
        var: String,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

/// A TOML error reduced to its position and kind. `toml`'s own `Display`
/// quotes the offending line, and serde's messages may quote a value
/// (`invalid type: string "…"`): both could put a secret in a log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line and column of the error, when known.
    pub position: Option<(usize, usize)>,
    /// The error kind, with every double-quoted value blanked out.
    pub message: String,
}

impl ParseError {
    fn new(text: &str, error: &toml::de::Error) -> Self {
        let position = error.span().map(|span| {
            let start = span.start.min(text.len());
            let before = text.as_bytes()[..start].to_vec();
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&before[line_start..])
                .chars()
                .count()
                + 1;
            (line, column)
        });
        Self {
            position,
            message: redact_quoted(error.message().trim()),
        }
    }
}

/// Replaces the contents of every `"…"` in `message` by `…`, so that a value
/// quoted by serde (`invalid type: string "hunter2", expected u32`) is not
/// repeated. Key names, which toml quotes with backticks, stay.
fn redact_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut inside = false;
    for c in message.chars() {
        if c == '"' {
            if inside {
                out.push('…');
            }
            inside = !inside;
            out.push(c);
        } else if !inside {
            out.push(c);
        }
    }
    if inside {
        out.push('…');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => {
                write!(f, "line {line}, column {column}: {}", self.message)
            }
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for ParseError {}

/// A secret string: redacted in `Debug` and `Display`.
#[derive(Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("Secret(<empty>)")
        } else {
            f.write_str("Secret(<redacted>)")
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where koban keeps its files (SQLite database, Matrix client store).
    #[serde(default = "default_data_dir")]
    pub data_dir: PathBuf,
    #[serde(default)]
    pub zone: ZoneConfig,
    #[serde(default)]
    pub database: DatabaseConfig,
    #[serde(default)]
    pub telegram: TelegramConfig,
    pub matrix: MatrixConfig,
    #[serde(default)]
    pub queues: Vec<QueueConfig>,
    #[serde(default)]
    pub delivery: DeliveryConfig,
    #[serde(default)]
    pub media: MediaConfig,
    #[serde(default)]
    pub report: ReportConfig,
    #[serde(default)]
    pub coordination: CoordinationConfig,
    #[serde(default)]
    pub moderation: ModerationConfig,
    #[serde(default)]
    pub events: EventsConfig,
    /// Routing rules for new tickets, tried in order; the first match wins
    /// and the default queue catches the rest.
    #[serde(default)]
    pub routes: Vec<crate::domain::routing::RouteRule>,
    /// The zone's neighbourhoods, each with its officers.
    #[serde(default)]
    pub areas: Vec<AreaConfig>,
    /// A directory with `<lang>/*.ftl` files that override or add to the
    /// built-in texts (and may add languages), without recompiling.
    #[serde(default)]
    pub content_dir: Option<PathBuf>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ZoneConfig {
    /// Shown to residents, e.g. "Police zone Ghent".
    #[serde(default = "default_zone_name")]
    pub name: String,
    /// The emergency number (112 across the EU).
    #[serde(default = "default_emergency_number")]
    pub emergency_number: String,
    /// The local non-emergency police number.
    #[serde(default = "default_police_number")]
    pub police_number: String,
    /// Language used when a resident's language is not available, and for
    /// officer-facing texts.
    #[serde(default = "default_language")]
    pub default_language: String,
    /// Confidential helpline for victims of domestic violence.
    #[serde(default = "default_helpline")]
    pub helpline: String,
    /// The independent body that handles complaints about the police.
    #[serde(default = "default_oversight")]
    pub oversight: String,
    /// Where victims find support.
    #[serde(default = "default_victim_support")]
    pub victim_support: String,
    /// The equality body for discrimination and hate crime.
    #[serde(default = "default_equality_body")]
    pub equality_body: String,
    /// Longest time data is kept after a ticket is closed (shown in the
    /// privacy notice).
    #[serde(default = "default_retention_days")]
    pub retention_days: u32,
    /// Police stations residents can visit.
    #[serde(default)]
    pub stations: Vec<StationConfig>,
}

impl Default for ZoneConfig {
    fn default() -> Self {
        Self {
            name: default_zone_name(),
            emergency_number: default_emergency_number(),
            police_number: default_police_number(),
            default_language: default_language(),
            helpline: default_helpline(),
            oversight: default_oversight(),
            victim_support: default_victim_support(),
            equality_body: default_equality_body(),
            retention_days: default_retention_days(),
            stations: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StationConfig {
    pub name: String,
    pub address: String,
    /// Opening hours as residents should read them, e.g. "Mon–Fri 8:00–17:00".
    /// Optional: empty when left out.
    #[serde(default)]
    pub hours: String,
}

/// A neighbourhood: its name per language, an optional boundary and the
/// officers residents there can reach.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaConfig {
    /// Short stable id used in buttons and links: 1–32 of `a-z 0-9 _ -`.
    pub id: String,
    /// Name per language; the zone's default language is required.
    pub names: std::collections::BTreeMap<String, String>,
    /// GeoJSON file (Polygon, MultiPolygon, Feature or FeatureCollection,
    /// WGS84 longitude/latitude) with the area's boundary.
    #[serde(default)]
    pub boundary: Option<PathBuf>,
    #[serde(default)]
    pub officers: Vec<OfficerContact>,
}

pub use crate::domain::area::OfficerContact;

impl AreaConfig {
    /// The area, with the text of its boundary file if it has one.
    pub fn area(
        &self,
        boundary_geojson: Option<&str>,
    ) -> Result<crate::domain::area::Area, crate::domain::area::AreaError> {
        crate::domain::area::Area::new(
            &self.id,
            self.names.clone(),
            self.officers.clone(),
            boundary_geojson,
        )
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseConfig {
    /// `sqlite://path/to/koban.db` (created if missing) or `postgres://…`.
    /// Empty means `<data_dir>/koban.db`. Overridden by `KOBAN_DATABASE_URL`.
    #[serde(default)]
    pub url: Secret,
    #[serde(default = "default_max_connections")]
    pub max_connections: u32,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        Self {
            url: Secret::default(),
            max_connections: default_max_connections(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TelegramConfig {
    #[serde(default = "default_true")]
    pub enabled: bool,
    /// Bot token from @BotFather. Overridden by `KOBAN_TELEGRAM_TOKEN` or
    /// `KOBAN_TELEGRAM_TOKEN_FILE`.
    #[serde(default)]
    pub token: Secret,
    /// Bot API base URL; change it for a self-hosted Bot API server.
    #[serde(default = "default_telegram_api")]
    pub api_url: String,
    /// Long-poll timeout for `getUpdates`.
    #[serde(default = "default_poll_timeout")]
    pub poll_timeout_secs: u32,
    /// Messages per second across all chats (Telegram allows about 30).
    #[serde(default = "default_tg_global_rate")]
    pub max_messages_per_second: u32,
}

impl Default for TelegramConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            token: Secret::default(),
            api_url: default_telegram_api(),
            poll_timeout_secs: default_poll_timeout(),
            max_messages_per_second: default_tg_global_rate(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixConfig {
    /// Client-server API base URL, e.g. `https://matrix.example.org`.
    pub homeserver: String,
    /// The bot account, e.g. `@koban:example.org`.
    pub user: String,
    /// Password of the bot account, used for the first login only (the
    /// session is kept). Overridden by `KOBAN_MATRIX_PASSWORD` or
    /// `KOBAN_MATRIX_PASSWORD_FILE`.
    #[serde(default)]
    pub password: Secret,
    #[serde(default = "default_device_name")]
    pub device_name: String,
    /// Long-poll timeout for `/sync`.
    #[serde(default = "default_poll_timeout")]
    pub sync_timeout_secs: u32,
    /// Residents may open a direct room with the bot account.
    #[serde(default = "default_true")]
    pub accept_resident_invites: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueueConfig {
    /// Short stable identifier, e.g. `general` or `north`.
    pub id: String,
    /// The Matrix room (`!…:server`) where officers of this queue work.
    pub room: String,
    /// Human name, shown to officers.
    #[serde(default)]
    pub name: String,
    /// The queue that receives everything no rule routes elsewhere.
    #[serde(default)]
    pub default: bool,
    /// Power level a member of the queue room needs to answer residents and
    /// use ticket commands (Matrix moderators have 50 by default).
    #[serde(default = "default_min_power_level")]
    pub min_power_level: i64,
    /// When the queue's officers work, e.g. `["mon-fri 08:00-17:00"]`; empty:
    /// always. Outside them, residents are told when to expect an answer.
    #[serde(default)]
    pub hours: Vec<String>,
    /// Time zone of `hours` (IANA name).
    #[serde(default = "default_timezone")]
    pub timezone: String,
    /// Minutes until a ticket should have its first answer (none: no target).
    #[serde(default)]
    pub first_response_minutes: Option<u64>,
    /// Hours until a ticket should be closed (none: no target).
    #[serde(default)]
    pub resolution_hours: Option<u64>,
    /// Show residents the answering officer's Matrix display name before
    /// the role. Off by default: residents see the role only.
    #[serde(default)]
    pub officer_names: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveryConfig {
    /// How long transient errors (timeouts, refused connections, 5xx, rate
    /// limits) are retried before an outgoing message is marked failed,
    /// counted from when it was queued. Permanent errors fail at once.
    #[serde(default = "default_retry_horizon")]
    pub retry_horizon_minutes: u64,
    /// Longest wait between two attempts.
    #[serde(default = "default_max_backoff")]
    pub max_backoff_secs: u64,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        Self {
            retry_horizon_minutes: default_retry_horizon(),
            max_backoff_secs: default_max_backoff(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MediaConfig {
    /// Largest file koban downloads from a resident (Telegram's Bot API allows
    /// 20 MB; a self-hosted Bot API server allows more).
    #[serde(default = "default_max_download")]
    pub max_download_bytes: u64,
    /// Largest image, in pixels, that koban decodes (decompression-bomb guard).
    #[serde(default = "default_max_pixels")]
    pub max_pixels: u64,
    /// Longest time one download of a resident's file may take; a slower or
    /// unreachable server counts as a failed attempt, and after a few the
    /// resident is told the file could not be used.
    #[serde(default = "default_download_timeout")]
    pub download_timeout_secs: u64,
}

/// The coordinators' room: `!stats` and `!handover`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CoordinationConfig {
    /// Room ID; empty: no coordination room.
    #[serde(default)]
    pub room: String,
    /// Power level needed there to use the commands.
    #[serde(default = "default_min_power_level")]
    pub min_power_level: i64,
}

impl Default for CoordinationConfig {
    fn default() -> Self {
        Self {
            room: String::new(),
            min_power_level: default_min_power_level(),
        }
    }
}

/// The guided incident report.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ReportConfig {
    /// Category ids offered, in order. Each needs a name (`category-<id>`)
    /// in the default language's texts; `report-danger-<id>`, if present, is
    /// shown instead of the general emergency text.
    #[serde(default = "default_categories")]
    pub categories: Vec<String>,
    /// Most photos one report may carry.
    #[serde(default = "default_max_photos")]
    pub max_photos: usize,
    /// Minutes without activity after which a draft is discarded (the
    /// resident is told).
    #[serde(default = "default_draft_expiry")]
    pub draft_expiry_minutes: u64,
    /// A shared location further than this from every area is refused as
    /// outside the zone (only when areas are configured).
    #[serde(default = "default_max_distance_km")]
    pub max_distance_km: f64,
}

impl Default for ReportConfig {
    fn default() -> Self {
        Self {
            categories: default_categories(),
            max_photos: default_max_photos(),
            draft_expiry_minutes: default_draft_expiry(),
            max_distance_km: default_max_distance_km(),
        }
    }
}

fn default_categories() -> Vec<String> {
    crate::domain::report::DEFAULT_CATEGORIES
        .iter()
        .map(|c| (*c).to_owned())
        .collect()
}
fn default_max_photos() -> usize {
    5
}
fn default_draft_expiry() -> u64 {
    120
}
fn default_max_distance_km() -> f64 {
    20.0
}

impl Default for MediaConfig {
    fn default() -> Self {
        Self {
            max_download_bytes: default_max_download(),
            max_pixels: default_max_pixels(),
            download_timeout_secs: default_download_timeout(),
        }
    }
}

fn default_data_dir() -> PathBuf {
    PathBuf::from("data")
}
fn default_timezone() -> String {
    "Europe/Brussels".to_owned()
}
fn default_min_power_level() -> i64 {
    50
}
fn default_helpline() -> String {
    "1712 (Flanders) · 0800 30 030 (Wallonia and Brussels)".to_owned()
}
fn default_oversight() -> String {
    "Comité P (www.comitep.be)".to_owned()
}
fn default_victim_support() -> String {
    "police victim assistance (via 101) and the victim support services of the Justice Houses"
        .to_owned()
}
fn default_equality_body() -> String {
    "Unia (www.unia.be, 0800 12 800)".to_owned()
}
fn default_retention_days() -> u32 {
    365
}
fn default_zone_name() -> String {
    "koban".to_owned()
}
fn default_emergency_number() -> String {
    "112".to_owned()
}
fn default_police_number() -> String {
    "101".to_owned()
}
fn default_language() -> String {
    "en".to_owned()
}
fn default_max_connections() -> u32 {
    8
}
fn default_true() -> bool {
    true
}
fn default_telegram_api() -> String {
    "https://api.telegram.org".to_owned()
}
fn default_poll_timeout() -> u32 {
    30
}
fn default_tg_global_rate() -> u32 {
    30
}
fn default_device_name() -> String {
    "koban".to_owned()
}
fn default_retry_horizon() -> u64 {
    24 * 60
}
fn default_max_backoff() -> u64 {
    300
}
fn default_download_timeout() -> u64 {
    20
}
fn default_max_download() -> u64 {
    20 * 1024 * 1024
}
fn default_max_pixels() -> u64 {
    50_000_000
}

/// Reads a variable, or the file named by `<var>_FILE`. Trailing newlines of
/// files are dropped.
fn secret_from_env(var: &str) -> Result<Option<Secret>, ConfigError> {
    if let Ok(value) = std::env::var(var)
        && !value.is_empty()
    {
        return Ok(Some(Secret(value)));
    }
    let file_var = format!("{var}_FILE");
    if let Ok(path) = std::env::var(&file_var)
        && !path.is_empty()
    {
        let path = PathBuf::from(path);
        let value = std::fs::read_to_string(&path).map_err(|source| ConfigError::SecretFile {
            var: file_var,
            path,
            source,
        })?;
        return Ok(Some(Secret(
            value.trim_end_matches(['\n', '\r']).to_owned(),
        )));
    }
    Ok(None)
}

impl Config {
    /// Loads the file, applies environment overrides, validates.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        let mut config = Self::from_toml(&text).map_err(|e| match e {
            ConfigError::Parse { source, .. } => ConfigError::Parse {
                path: path.to_owned(),
                source,
            },
            other => other,
        })?;
        config.apply_env()?;
        config.validate()?;
        Ok(config)
    }

    pub fn from_toml(text: &str) -> Result<Self, ConfigError> {
        toml::from_str(text).map_err(|error| ConfigError::Parse {
            path: PathBuf::new(),
            source: ParseError::new(text, &error),
        })
    }

    pub fn apply_env(&mut self) -> Result<(), ConfigError> {
        if let Some(url) = secret_from_env("KOBAN_DATABASE_URL")? {
            self.database.url = url;
        }
        if let Some(token) = secret_from_env("KOBAN_TELEGRAM_TOKEN")? {
            self.telegram.token = token;
        }
        if let Some(password) = secret_from_env("KOBAN_MATRIX_PASSWORD")? {
            self.matrix.password = password;
        }
        Ok(())
    }

    pub fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |m: &str| Err(ConfigError::Invalid(m.to_owned()));
        if self.telegram.enabled && self.telegram.token.is_empty() {
            return invalid(
                "telegram.enabled is true but no bot token is set (telegram.token, KOBAN_TELEGRAM_TOKEN or KOBAN_TELEGRAM_TOKEN_FILE)",
            );
        }
        if url::Url::parse(&self.telegram.api_url).is_err() {
            return invalid("telegram.api_url is not a URL");
        }
        if url::Url::parse(&self.matrix.homeserver).is_err() {
            return invalid("matrix.homeserver is not a URL");
        }
        if !self.matrix.user.starts_with('@') || !self.matrix.user.contains(':') {
            return invalid("matrix.user must be a full Matrix ID such as @koban:example.org");
        }
        if self.queues.is_empty() {
            return invalid("at least one [[queues]] entry (an officer room) is required");
        }
        if self.queues.iter().filter(|q| q.default).count() > 1 {
            return invalid("only one queue may be marked default = true");
        }
        for (i, q) in self.queues.iter().enumerate() {
            if !q.room.starts_with('!') {
                return invalid(&format!(
                    "queues[{i}].room must be a room ID (starts with '!'), got {:?}",
                    q.room
                ));
            }
            if self.queues[..i].iter().any(|o| o.id == q.id) {
                return invalid(&format!("queue id {:?} is used twice", q.id));
            }
            if let Err(e) = crate::domain::hours::BusinessHours::parse(&q.hours, &q.timezone) {
                return invalid(&format!("queues[{i}] ({}) hours: {e}", q.id));
            }
        }
        for (i, area) in self.areas.iter().enumerate() {
            let id_ok = !area.id.is_empty()
                && area.id.len() <= 32
                && area.id.bytes().all(|b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-'
                });
            if !id_ok {
                return invalid(&format!(
                    "areas[{i}].id {:?} must be 1–32 characters of a-z, 0-9, _ and -",
                    area.id
                ));
            }
            if self.areas[..i].iter().any(|o| o.id == area.id) {
                return invalid(&format!("area id {:?} is used twice", area.id));
            }
            if !area.names.contains_key(&self.zone.default_language) {
                return invalid(&format!(
                    "areas[{i}] ({}) needs a name in the default language {:?}",
                    area.id, self.zone.default_language
                ));
            }
        }
        for (i, r) in self.routes.iter().enumerate() {
            if !self.queues.iter().any(|q| q.id == r.queue) {
                return invalid(&format!("routes[{i}] names unknown queue {:?}", r.queue));
            }
            if let Some(c) = r
                .categories
                .iter()
                .find(|c| !self.report.categories.contains(c))
            {
                return invalid(&format!("routes[{i}] names unknown report category {c:?}"));
            }
            if let Some(a) = r
                .areas
                .iter()
                .find(|a| !self.areas.iter().any(|x| &x.id == *a))
            {
                return invalid(&format!("routes[{i}] names unknown area {a:?}"));
            }
        }
        if !self.coordination.room.is_empty() && !self.coordination.room.starts_with('!') {
            return invalid("coordination.room must be a room ID (starts with '!')");
        }
        if self.queues.iter().any(|q| q.room == self.coordination.room) {
            return invalid("coordination.room must not be a queue room");
        }
        self.moderation
            .validate(&self.queues, &self.coordination.room)?;
        let area_ids: Vec<&str> = self.areas.iter().map(|a| a.id.as_str()).collect();
        self.events.validate(&area_ids)?;
        if let Some(c) = self.events.channels.iter().find(|c| {
            c.chat == self.coordination.room
                || c.chat == self.moderation.room
                || self.queues.iter().any(|q| q.room == c.chat)
        }) {
            return invalid(&format!(
                "events.channels: {:?} is an officers' room; news rooms are their own",
                c.chat
            ));
        }
        let report = &self.report;
        if report.categories.is_empty() {
            return invalid("report.categories must name at least one category");
        }
        for (i, c) in report.categories.iter().enumerate() {
            let ok = !c.is_empty()
                && c.len() <= 24
                && c.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !ok {
                return invalid(&format!(
                    "report.categories[{i}] {c:?} must be 1–24 characters of a-z, 0-9 and -"
                ));
            }
            if report.categories[..i].contains(c) {
                return invalid(&format!("report category {c:?} is listed twice"));
            }
        }
        if !(1..=10).contains(&report.max_photos) {
            return invalid("report.max_photos must be between 1 and 10");
        }
        if report.draft_expiry_minutes < 5 {
            return invalid("report.draft_expiry_minutes must be at least 5");
        }
        if report.max_distance_km.is_nan() || report.max_distance_km <= 0.0 {
            return invalid("report.max_distance_km must be positive");
        }
        if self.zone.retention_days == 0 {
            return invalid("zone.retention_days must be at least 1");
        }
        if self.delivery.retry_horizon_minutes == 0 {
            return invalid("delivery.retry_horizon_minutes must be at least 1");
        }
        Ok(())
    }

    /// The database URL, `<data_dir>/koban.db` when none is configured.
    pub fn database_url(&self) -> String {
        if self.database.url.is_empty() {
            format!("sqlite://{}", self.data_dir.join("koban.db").display())
        } else {
            self.database.url.expose().to_owned()
        }
    }

    /// The queue that catches everything no rule routes elsewhere.
    pub fn default_queue(&self) -> &QueueConfig {
        self.queues
            .iter()
            .find(|q| q.default)
            .unwrap_or(&self.queues[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
        [telegram]
        token = "123:abc"
        [matrix]
        homeserver = "http://127.0.0.1:8008"
        user = "@koban:localhost"
        password = "hunter2"
        [[queues]]
        id = "general"
        room = "!abc:localhost"
    "#;

    #[test]
    fn secrets_never_show_in_debug() {
        let config = Config::from_toml(MINIMAL).expect("valid config");
        let debug = format!("{config:?}");
        assert!(!debug.contains("123:abc"), "{debug}");
        assert!(!debug.contains("hunter2"), "{debug}");
        assert!(debug.contains("<redacted>"));
    }

    #[test]
    fn defaults_and_validation() {
        let config = Config::from_toml(MINIMAL).expect("valid config");
        config.validate().expect("minimal config validates");
        assert_eq!(config.zone.emergency_number, "112");
        assert_eq!(config.default_queue().id, "general");
        assert!(config.database_url().starts_with("sqlite://"));

        let mut bad = config.clone();
        bad.queues[0].room = "#alias:localhost".into();
        assert!(bad.validate().is_err());
        let mut bad = config.clone();
        bad.telegram.token = Secret::default();
        assert!(bad.validate().is_err());
    }

    #[test]
    fn the_example_configuration_parses() {
        let mut config = Config::from_toml(include_str!("../config.example.toml"))
            .expect("config.example.toml matches the configuration structure");
        // The example leaves secrets empty; with them set it validates.
        config.telegram.token = Secret::new("123:abc");
        config.validate().expect("config.example.toml is valid");
    }

    #[test]
    fn routes_must_name_known_queues_and_areas() {
        let mut config = Config::from_toml(MINIMAL).expect("valid config");
        config.routes.push(crate::domain::routing::RouteRule {
            queue: "nowhere".into(),
            ..Default::default()
        });
        assert!(config.validate().is_err());
        config.routes[0].queue = "general".into();
        config.validate().expect("known queue");
        config.routes[0].areas = vec!["atlantis".into()];
        assert!(config.validate().is_err());
    }

    #[test]
    fn syntax_errors_give_the_position_but_not_the_line() {
        let text = MINIMAL.replace("token = \"123:abc\"", "token = \"SECRET-123:abc\" trailing");
        let err = Config::from_toml(&text).expect_err("syntax error");
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("SECRET"), "{shown}");
        assert!(!shown.contains("123:abc"), "{shown}");
        let ConfigError::Parse { source, .. } = &err else {
            panic!("not a parse error: {err:?}");
        };
        let (line, column) = source.position.expect("position known");
        assert_eq!(line, 3, "{shown}");
        assert!(column > 1, "{shown}");
        assert!(shown.contains("line 3, column"), "{shown}");
        assert!(!source.message.is_empty());
    }

    #[test]
    fn type_errors_do_not_repeat_the_value() {
        let text = format!("{MINIMAL}\n[database]\nmax_connections = \"postgres://u:SECRET@db\"\n");
        let err = Config::from_toml(&text).expect_err("type error");
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains("SECRET"), "{shown}");
        assert!(shown.contains("invalid type"), "{shown}");
    }

    #[test]
    fn a_station_without_hours_parses() {
        let text = format!(
            "{MINIMAL}\n[[zone.stations]]\nname = \"North\"\naddress = \"Voorbeeldstraat 1\"\n"
        );
        let config = Config::from_toml(&text).expect("hours is optional");
        config.validate().expect("valid");
        assert_eq!(config.zone.stations.len(), 1);
        assert_eq!(config.zone.stations[0].hours, "");
    }

    #[test]
    fn unknown_keys_are_refused() {
        let text = format!("{MINIMAL}\n[zone]\nemergancy_number = \"112\"\n");
        assert!(Config::from_toml(&text).is_err());
    }
}
