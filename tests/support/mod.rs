//! Shared test support: the Telegram Bot API emulator, a raw Matrix client
//! for a real Synapse, and a harness that wires koban to both.
#![allow(dead_code)]

pub mod corpus;
pub mod failover;
pub mod matrix;
pub mod proxy;
pub mod telegram;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use koban::config::Config;
use serde_json::Value;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use matrix::{Homeserver, TestUser};
use telegram::TelegramEmulator;

pub const WAIT: Duration = Duration::from_secs(30);

/// The test zone's "north" area: a square around 51.05–51.10 N, 3.70–3.75 E.
pub const NORTH_GEOJSON: &str = r#"{"type":"FeatureCollection","features":[{"type":"Feature",
  "properties":{"name":"North"},"geometry":{"type":"Polygon",
  "coordinates":[[[3.70,51.05],[3.75,51.05],[3.75,51.10],[3.70,51.10],[3.70,51.05]]]}}]}"#;

/// Everything koban talks to in a test: a fresh bot account, an officer, a
/// queue room on the test homeserver, and a Telegram emulator.
pub struct World {
    pub hs: Homeserver,
    pub bot: TestUser,
    pub officer: TestUser,
    pub queue: String,
    /// A second queue room ("south"), for transfers.
    pub south: String,
    /// The coordinators' room.
    pub coordination: String,
    /// The moderators' room.
    pub moderation: String,
    /// A configured queue room koban was never invited to ("west").
    pub west: String,
    pub tg: TelegramEmulator,
    pub dir: tempfile::TempDir,
    /// Telegram messages per second koban may send (`[telegram]`).
    pub tg_rate: std::sync::atomic::AtomicU32,
    /// More configuration, appended (sections the base does not have).
    pub extra_toml: std::sync::Mutex<String>,
}

impl World {
    pub async fn new() -> Self {
        let hs = Homeserver::from_env();
        let bot = hs.register("koban").await;
        let officer = hs.register("officer").await;
        let queue = officer.create_room("Queue North", &[&bot.user_id]).await;
        let south = officer.create_room("Queue South", &[&bot.user_id]).await;
        let coordination = officer.create_room("Coordination", &[&bot.user_id]).await;
        let moderation = officer.create_room("Moderation", &[&bot.user_id]).await;
        let west = officer.create_room("Queue West", &[]).await;
        let tg = TelegramEmulator::start().await;
        let dir = tempfile::tempdir().expect("temp dir");
        Self {
            hs,
            bot,
            officer,
            queue,
            south,
            coordination,
            moderation,
            west,
            tg,
            dir,
            tg_rate: std::sync::atomic::AtomicU32::new(30),
            extra_toml: std::sync::Mutex::new(String::new()),
        }
    }

    pub fn config_path(&self) -> PathBuf {
        self.dir.path().join("koban.toml")
    }

    /// Writes the configuration file and returns it parsed.
    pub fn config(&self) -> Config {
        let data = self.dir.path().join("data");
        let boundary = self.dir.path().join("north.geojson");
        std::fs::write(&boundary, NORTH_GEOJSON).expect("write boundary");
        let text = format!(
            r#"
data_dir = "{data}"

[zone]
name = "Police zone Test"
emergency_number = "112"
police_number = "101"
default_language = "en"

[[zone.stations]]
name = "Station North"
address = "Kouter 1, 9000 Gent"
hours = "Mon–Fri 8:00–17:00"

[telegram]
token = "{token}"
api_url = "{api}"
poll_timeout_secs = 2
max_messages_per_second = {rate}

[matrix]
homeserver = "{hs}"
user = "{user}"
password = "{password}"
sync_timeout_secs = 2

[[queues]]
id = "north"
room = "{queue}"
name = "North"
default = true

[[queues]]
id = "south"
room = "{south}"
name = "South"

[[queues]]
id = "west"
room = "{west}"
name = "West"

[coordination]
room = "{coordination}"

[moderation]
room = "{moderation}"
appeal = "the Standing Police Monitoring Committee, info@comitep.be"
# The tests send bursts (25 follow-ups at once, reports one after the
# other) faster than anyone types.
max_messages_per_minute = 100
max_new_tickets_per_minute = 20

[delivery]
retry_horizon_minutes = 1440
max_backoff_secs = 2

[[areas]]
id = "north"
names = {{ en = "North", nl = "Noord", fr = "Nord", ar = "الشمال" }}
boundary = "{boundary}"

[[areas.officers]]
name = "Lotte Peeters"
role = "Community officer"
phone = "+32 9 266 00 00"
matrix_id = "{officer}"

[[areas]]
id = "south"
names = {{ en = "South", nl = "Zuid" }}

{extra}
"#,
            rate = self.tg_rate.load(std::sync::atomic::Ordering::SeqCst),
            extra = self.extra_toml.lock().expect("extra config").clone(),
            boundary = boundary.display(),
            data = data.display(),
            token = self.tg.token(),
            api = self.tg.api_url(),
            hs = self.hs.url,
            user = self.bot.user_id,
            officer = self.officer.user_id,
            password = self.bot.password,
            queue = self.queue,
            south = self.south,
            coordination = self.coordination,
            moderation = self.moderation,
            west = self.west,
        );
        std::fs::write(self.config_path(), &text).expect("write config");
        let config = Config::from_toml(&text).expect("test config parses");
        config.validate().expect("test config is valid");
        config
    }

    /// Runs koban in this process until the returned handle is stopped.
    pub async fn start(&self) -> Running {
        self.start_with(|_| {}).await
    }

    /// [`Self::start`] with a changed configuration.
    pub async fn start_with(&self, change: impl FnOnce(&mut Config)) -> Running {
        let mut config = self.config();
        change(&mut config);
        let token = CancellationToken::new();
        let handle = tokio::spawn(koban::app::run(config, token.clone()));
        self.officer
            .wait_joined(&self.queue, &self.bot.user_id, WAIT)
            .await;
        self.officer
            .wait_joined(&self.south, &self.bot.user_id, WAIT)
            .await;
        self.officer
            .wait_joined(&self.coordination, &self.bot.user_id, WAIT)
            .await;
        self.officer
            .wait_joined(&self.moderation, &self.bot.user_id, WAIT)
            .await;
        Running { token, handle }
    }

    /// Starts the real `koban` binary (for crash tests).
    pub fn spawn_binary(&self) -> Child {
        self.spawn_binary_with(&[])
    }

    /// [`Self::spawn_binary`] with more environment variables (such as
    /// `KOBAN_DATABASE_URL`).
    pub fn spawn_binary_with(&self, env: &[(&str, &str)]) -> Child {
        self.config();
        Command::new(env!("CARGO_BIN_EXE_koban"))
            .arg("--config")
            .arg(self.config_path())
            .env("RUST_LOG", "koban=debug,warn")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(self.dir.path().join("koban.log"))
                    .expect("log file"),
            )
            .spawn()
            .expect("start koban binary")
    }

    /// koban's own database, opened alongside the running bot (SQLite WAL
    /// allows a second reader).
    pub async fn store(&self) -> std::sync::Arc<dyn koban::storage::Store> {
        let url = format!(
            "sqlite://{}",
            self.dir.path().join("data/koban.db").display()
        );
        koban::storage::connect(&url, 1)
            .await
            .expect("open koban database")
    }

    /// A Matrix resident with a direct room the bot has joined.
    pub async fn matrix_resident(&self) -> (TestUser, String) {
        let resident = self.hs.register("resident").await;
        let dm = resident.create_dm(&self.bot.user_id).await;
        resident.wait_joined(&dm, &self.bot.user_id, WAIT).await;
        (resident, dm)
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("koban.log")).unwrap_or_default()
    }

    /// Waits for a ticket card in the queue room whose body contains `needle`.
    pub async fn card(&self, needle: &str) -> Value {
        let needle = needle.to_owned();
        self.officer
            .wait_for(&self.queue, WAIT, move |e| {
                body(e).is_some_and(|b| b.contains(&needle)) && thread_root(e).is_none()
            })
            .await
    }

    /// Waits until the queue room holds a message containing each of
    /// `needles`, lets any in-flight duplicate surface, and returns those
    /// that are not there exactly once ("needle: n times").
    pub async fn each_once_in_queue(&self, needles: &[String], timeout: Duration) -> Vec<String> {
        let contains = |e: &Value, needle: &str| body(e).is_some_and(|b| b.contains(needle));
        eventually(timeout, "every message in the queue room", async || {
            let events = self.officer.messages(&self.queue).await;
            needles
                .iter()
                .all(|n| events.iter().any(|e| contains(e, n)))
        })
        .await;
        tokio::time::sleep(Duration::from_secs(2)).await;
        let events = self.officer.messages(&self.queue).await;
        needles
            .iter()
            .filter_map(|needle| {
                let n = events.iter().filter(|e| contains(e, needle)).count();
                (n != 1).then(|| format!("{needle}: {n} times"))
            })
            .collect()
    }

    /// Waits for a message in the thread of `root` matching `pred`.
    pub async fn in_thread(&self, root: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let root = root.to_owned();
        self.officer
            .wait_for(&self.queue, WAIT, move |e| {
                thread_root(e) == Some(root.as_str()) && pred(e)
            })
            .await
    }
}

pub struct Running {
    token: CancellationToken,
    handle: JoinHandle<anyhow::Result<()>>,
}

impl Running {
    /// Graceful shutdown, as on SIGTERM.
    pub async fn stop(self) {
        self.token.cancel();
        let result = tokio::time::timeout(Duration::from_secs(40), self.handle)
            .await
            .expect("koban stops within the grace period")
            .expect("koban task did not panic");
        result.expect("koban ran without error");
    }
}

pub fn body(event: &Value) -> Option<&str> {
    event.pointer("/content/body").and_then(Value::as_str)
}

pub fn event_id(event: &Value) -> String {
    event["event_id"]
        .as_str()
        .expect("event has an id")
        .to_owned()
}

pub fn thread_root(event: &Value) -> Option<&str> {
    let rel = event.pointer("/content/m.relates_to")?;
    if rel.get("rel_type")?.as_str()? == "m.thread" {
        rel.get("event_id")?.as_str()
    } else {
        None
    }
}

/// Polls `check` every 50 ms until it returns true or `timeout` passes.
pub async fn eventually(timeout: Duration, what: &str, mut check: impl AsyncFnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        if check().await {
            return;
        }
        if tokio::time::Instant::now() > deadline {
            panic!("timed out waiting for: {what}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A JPEG with an EXIF block carrying GPS coordinates and a comment segment.
pub fn jpeg_with_gps(width: u32, height: u32) -> Vec<u8> {
    use std::io::Cursor;
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x * 7 % 256) as u8, (y * 3 % 256) as u8, 90])
    });
    let mut plain = Vec::new();
    img.write_to(&mut Cursor::new(&mut plain), image::ImageFormat::Jpeg)
        .expect("encode jpeg");
    let mut exif = b"Exif\0\0MM\0*".to_vec();
    exif.extend_from_slice(
        b"GPSLatitude=51.0543;GPSLongitude=3.7174;Make=PhoneCo;Serial=SN-778812",
    );
    let xmp = b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>owner=Jan Janssens</x:xmpmeta>";
    let mut out = vec![0xFF, 0xD8];
    out.extend(corpus::jpeg_segment(0xE1, &exif));
    out.extend(corpus::jpeg_segment(0xE1, xmp));
    out.extend(corpus::jpeg_segment(0xFE, b"taken at Kouter 12"));
    out.extend_from_slice(&plain[2..]);
    out
}

/// A PNG with tEXt and eXIf chunks (location and owner details).
pub fn png_with_metadata(width: u32, height: u32) -> Vec<u8> {
    use std::io::Cursor;
    let img = image::RgbaImage::from_fn(width, height, |x, y| {
        image::Rgba([(x % 256) as u8, 40, (y % 256) as u8, 255])
    });
    let mut plain = Vec::new();
    img.write_to(&mut Cursor::new(&mut plain), image::ImageFormat::Png)
        .expect("encode png");
    // Insert chunks right after IHDR (8-byte signature + 25-byte IHDR chunk).
    let split = 8 + 25;
    let mut out = plain[..split].to_vec();
    out.extend_from_slice(&corpus::png_chunk(
        b"tEXt",
        b"Comment\0GPS 51.0543 3.7174, owner Jan Janssens",
    ));
    out.extend_from_slice(&corpus::png_chunk(b"eXIf", b"MM\0*GPSLatitude=51.0543"));
    out.extend_from_slice(&plain[split..]);
    out
}
