//! A Telegram Bot API emulator for integration tests.
//!
//! [`TelegramEmulator`] runs an axum HTTP server on `127.0.0.1:0` that speaks
//! the Bot API the way Telegram does: `{"ok":true,"result":…}` envelopes,
//! `{"ok":false,"error_code":N,"description":"…"}` errors with real 4xx codes
//! and descriptions, long-polling `getUpdates` with offset confirmation,
//! `multipart/form-data` uploads with `attach://` references, file downloads
//! under `/file/bot<token>/<file_path>`, entity parsing for `HTML`,
//! `MarkdownV2` and `Markdown` (with Telegram's own parse errors), and the
//! limits Telegram enforces (message length, caption length, callback data
//! size, download size, ...).
//!
//! The bot under test talks to it through `Bot::new(token).set_api_url(url)`;
//! the test acts as residents through methods such as
//! [`TelegramEmulator::send_text`] and inspects what the bot did through
//! [`TelegramEmulator::sent`] and friends.
#![allow(dead_code)]

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rand::Rng;
use serde_json::{Map, Value, json};
use tokio::sync::{Notify, oneshot};
use tokio::task::JoinHandle;

/// Token used by [`TelegramEmulator::start`].
pub const DEFAULT_TOKEN: &str = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";
/// Username of the emulated bot.
pub const BOT_USERNAME: &str = "koban_test_bot";
/// Display name of the emulated bot.
pub const BOT_FIRST_NAME: &str = "Koban Test Bot";

const MAX_TEXT_LEN: usize = 4096;
const MAX_CAPTION_LEN: usize = 1024;
const MAX_CALLBACK_DATA: usize = 64;
const MAX_DOWNLOAD: usize = 20 * 1024 * 1024;
const MAX_UPLOAD: usize = 50 * 1024 * 1024;
const BODY_LIMIT: usize = MAX_UPLOAD + 4 * 1024 * 1024;

/// A Telegram user (a resident) as seen by the emulator.
#[derive(Clone, Debug)]
pub struct TgUser {
    pub id: i64,
    pub first_name: String,
    pub username: Option<String>,
    pub language_code: Option<String>,
}

/// A message the bot sent (sendMessage, sendPhoto, sendDocument).
#[derive(Clone, Debug)]
pub struct SentMessage {
    pub chat_id: i64,
    pub message_id: i64,
    /// Lowercase method name, e.g. `"sendmessage"`.
    pub method: String,
    /// Text or caption exactly as the bot sent it (markup included); replaced by edits.
    pub text: Option<String>,
    /// The `reply_markup` parameter as sent (any keyboard type); replaced by edits.
    pub reply_markup: Option<Value>,
    /// Bytes of the photo/document, uploaded or resolved from a file_id.
    pub file: Option<Vec<u8>>,
    pub parse_mode: Option<String>,
    pub deleted: bool,
    /// Each text/caption edit, oldest first (markup-only edits are not listed).
    pub edits: Vec<String>,
    /// Text or caption as the user sees it (after entity parsing).
    pub visible_text: Option<String>,
    /// `reply_parameters.message_id` / `reply_to_message_id`, if any.
    pub reply_to_message_id: Option<i64>,
}

/// A failure to inject with [`TelegramEmulator::fail_next`].
#[derive(Clone, Debug)]
pub enum Failure {
    /// HTTP 429 with `parameters.retry_after`.
    TooManyRequests { retry_after: u64 },
    /// HTTP 403 `Forbidden: bot was blocked by the user`.
    Forbidden,
    /// HTTP 400 with this description (`Bad Request: ` is prefixed when missing).
    BadRequest(String),
    /// HTTP 500 `Internal Server Error`.
    ServerError,
}

/// Telegram's flood limits, enforced by an emulator started with
/// [`TelegramEmulator::start_with_limits`] (or [`TelegramEmulator::set_limits`]).
///
/// What counts: the methods that post a new message (`sendMessage`,
/// `sendPhoto`, `sendDocument`, and `sendLocation`, `sendVenue`, `sendVoice`,
/// `sendMediaGroup`, `copyMessage`, `forwardMessage` should the bot call
/// them). Edits, deletions, callback answers and chat actions do not count:
/// Telegram's published limits are about messages sent, and edits of a
/// message already there are what bots do to avoid sending new ones.
///
/// Every limit is a sliding window, measured when the request is handled
/// (Telegram's side): a send is refused with HTTP 429
/// `Too Many Requests: retry after N` (`parameters.retry_after` = N whole
/// seconds, at least 1, until the window that refused it has room) when
/// accepting it would put more than the limit in some window. Refused sends
/// are not counted in the windows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Messages in any one second, across all chats.
    pub global_per_second: u32,
    /// Messages one chat receives, on average, per second.
    pub per_chat_per_second: u32,
    /// Messages one chat may receive at once: at most `per_chat_burst` in
    /// any `per_chat_burst / per_chat_per_second` seconds (1 → at most one
    /// per second).
    pub per_chat_burst: u32,
    /// Messages in any minute to a group (a chat with a negative id).
    pub group_per_minute: u32,
}

impl Limits {
    /// Telegram's limits as documented (about 30 per second overall, about
    /// one per second per chat with short bursts, 20 per minute per group).
    pub fn telegram() -> Self {
        Self {
            global_per_second: 30,
            per_chat_per_second: 1,
            per_chat_burst: 3,
            group_per_minute: 20,
        }
    }
}

/// What the emulator's flood limits did (see [`TelegramEmulator::flood`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloodStats {
    /// Counted sends answered `ok` (also without limits).
    pub accepted: u64,
    /// Counted sends answered 429 (by the limits, or injected with
    /// [`TelegramEmulator::fail_next`] / [`TelegramEmulator::fail_next_in_chat`]).
    pub limited: u64,
    /// Of those, refused by the global window.
    pub limited_global: u64,
    /// Of those, refused by a chat's window (or a group's minute).
    pub limited_chat: u64,
    /// Of those, injected by the test.
    pub injected: u64,
    /// Most sends accepted in any one-second window.
    pub peak_per_second: u64,
    /// When the first and the last counted send were accepted.
    pub first_accepted: Option<std::time::Instant>,
    pub last_accepted: Option<std::time::Instant>,
}

impl FloodStats {
    /// Accepted sends per second between the first and the last.
    pub fn rate(&self) -> f64 {
        match (self.first_accepted, self.last_accepted) {
            (Some(first), Some(last)) if last > first && self.accepted > 1 => {
                (self.accepted - 1) as f64 / last.duration_since(first).as_secs_f64()
            }
            _ => 0.0,
        }
    }

    /// Share of counted sends answered 429.
    pub fn limited_share(&self) -> f64 {
        let all = self.accepted + self.limited;
        if all == 0 {
            0.0
        } else {
            self.limited as f64 / all as f64
        }
    }
}

/// The emulator. Cheap to clone; all clones share the same server.
#[derive(Clone)]
pub struct TelegramEmulator {
    inner: Arc<Inner>,
    addr: std::net::SocketAddr,
    server: Arc<Mutex<Option<ServerHandle>>>,
}

struct ServerHandle {
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

struct Inner {
    token: String,
    bot_id: i64,
    state: Mutex<EmuState>,
    /// Signalled when updates are queued, a new getUpdates starts, or on shutdown.
    updates_changed: Notify,
    /// Signalled when the bot sends something.
    sent_changed: Notify,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileKind {
    Photo,
    Document,
    Voice,
    Sticker,
}

struct StoredFile {
    unique_id: String,
    bytes: Arc<Vec<u8>>,
    path: String,
    kind: FileKind,
}

struct Chat {
    user: TgUser,
    next_message_id: i64,
    blocked: bool,
    chat_instance: String,
    kind: ChatKind,
}

#[derive(Clone, PartialEq)]
enum ChatKind {
    /// A user's private chat with the bot.
    Private,
    /// A channel; the bot posts there only as an administrator allowed to.
    Channel { title: String, bot_can_post: bool },
}

struct StoredMessage {
    json: Value,
    from_bot: bool,
    deleted: bool,
    sent_index: Option<usize>,
}

struct QueuedUpdate {
    id: i64,
    kind: &'static str,
    json: Value,
}

struct CommandSet {
    commands: Value,
    seq: u64,
}

#[derive(Default)]
struct EmuState {
    chats: HashMap<i64, Chat>,
    messages: HashMap<(i64, i64), StoredMessage>,
    sent: Vec<SentMessage>,
    updates: VecDeque<QueuedUpdate>,
    next_update_id: i64,
    confirmed_offset: i64,
    allowed_updates: Option<HashSet<String>>,
    poll_generation: u64,
    files: HashMap<String, StoredFile>,
    paths: HashMap<String, Arc<Vec<u8>>>,
    file_counter: u64,
    open_callbacks: HashSet<String>,
    callback_answers: Vec<(String, Option<String>)>,
    commands: HashMap<(String, String), CommandSet>,
    command_seq: u64,
    calls: HashMap<String, usize>,
    requests: Vec<(String, Value)>,
    failures: HashMap<String, VecDeque<Failure>>,
    shutting_down: bool,
    flood: Flood,
}

/// Sliding windows of counted sends, and what they refused.
#[derive(Default)]
struct Flood {
    limits: Option<Limits>,
    /// Times of the sends of the last second (all chats).
    global: VecDeque<std::time::Instant>,
    /// Times of each chat's recent sends (the last burst window, or minute
    /// for groups).
    chats: HashMap<i64, VecDeque<std::time::Instant>>,
    /// Injected answers for the next counted sends to a chat.
    chat_failures: HashMap<i64, VecDeque<Failure>>,
    /// Accepted sends of the last second, for the peak (kept also without
    /// limits).
    recent_accepted: VecDeque<std::time::Instant>,
    stats: FloodStats,
}

/// The methods Telegram's flood limits count (see [`Limits`]).
fn counted_send(method: &str) -> bool {
    matches!(
        method,
        "sendmessage"
            | "sendphoto"
            | "senddocument"
            | "sendlocation"
            | "sendvenue"
            | "sendvoice"
            | "sendmediagroup"
            | "copymessage"
            | "forwardmessage"
    )
}

impl Flood {
    /// Whether a counted send to `chat` at `now` is within the limits;
    /// records it when it is, else the 429 to answer.
    fn admit(&mut self, chat: Option<i64>, now: std::time::Instant) -> Result<(), ApiError> {
        let Some(limits) = self.limits else {
            return Ok(());
        };
        let second = Duration::from_secs(1);
        while self
            .global
            .front()
            .is_some_and(|t| now.duration_since(*t) >= second)
        {
            self.global.pop_front();
        }
        // The chat's window: a minute for groups, else the burst window.
        let chat_window = chat.map(|id| {
            if id < 0 {
                (Duration::from_secs(60), limits.group_per_minute.max(1))
            } else {
                let burst = limits.per_chat_burst.max(1);
                let rate = f64::from(limits.per_chat_per_second.max(1));
                (Duration::from_secs_f64(f64::from(burst) / rate), burst)
            }
        });
        if let (Some(id), Some((window, limit))) = (chat, chat_window) {
            let times = self.chats.entry(id).or_default();
            while times
                .front()
                .is_some_and(|t| now.duration_since(*t) >= window)
            {
                times.pop_front();
            }
            if times.len() >= limit as usize {
                let oldest = times[times.len() - limit as usize];
                self.stats.limited += 1;
                self.stats.limited_chat += 1;
                return Err(ApiError::too_many(retry_after(oldest + window, now)));
            }
        }
        if self.global.len() >= limits.global_per_second.max(1) as usize {
            let oldest = self.global[self.global.len() - limits.global_per_second.max(1) as usize];
            self.stats.limited += 1;
            self.stats.limited_global += 1;
            return Err(ApiError::too_many(retry_after(oldest + second, now)));
        }
        self.global.push_back(now);
        if let Some(id) = chat {
            self.chats.entry(id).or_default().push_back(now);
        }
        // Forget quiet chats now and then (a broadcast reaches thousands).
        if self.chats.len() > 4096 {
            let keep = Duration::from_secs(60);
            self.chats
                .retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < keep));
        }
        Ok(())
    }

    fn accepted(&mut self, now: std::time::Instant) {
        self.stats.accepted += 1;
        self.stats.first_accepted.get_or_insert(now);
        self.stats.last_accepted = Some(now);
        let second = Duration::from_secs(1);
        while self
            .recent_accepted
            .front()
            .is_some_and(|t| now.duration_since(*t) >= second)
        {
            self.recent_accepted.pop_front();
        }
        self.recent_accepted.push_back(now);
        self.stats.peak_per_second = self
            .stats
            .peak_per_second
            .max(self.recent_accepted.len() as u64);
    }
}

/// Whole seconds from `now` until `free`, at least 1 (Telegram's
/// `retry_after` is in seconds).
fn retry_after(free: std::time::Instant, now: std::time::Instant) -> u64 {
    let wait = free.saturating_duration_since(now);
    wait.as_secs_f64().ceil().max(1.0) as u64
}

// ---------------------------------------------------------------------------
// Test-side API
// ---------------------------------------------------------------------------

impl TelegramEmulator {
    /// Starts an emulator with [`DEFAULT_TOKEN`].
    pub async fn start() -> Self {
        Self::start_with_token(DEFAULT_TOKEN).await
    }

    /// Starts an emulator with [`DEFAULT_TOKEN`] that enforces `limits`.
    pub async fn start_with_limits(limits: Limits) -> Self {
        let emulator = Self::start().await;
        emulator.set_limits(Some(limits));
        emulator
    }

    /// Enforces `limits` from now on (`None`: no flood limits, the default).
    pub fn set_limits(&self, limits: Option<Limits>) {
        self.inner.lock().flood.limits = limits;
    }

    /// What the flood limits did so far: sends accepted, sends answered 429.
    pub fn flood(&self) -> FloodStats {
        self.inner.lock().flood.stats
    }

    /// The next `times` counted sends (see [`Limits`]) to `chat_id` answer
    /// with `failure`; sends to other chats are not affected.
    pub fn fail_next_in_chat(&self, chat_id: i64, times: usize, failure: Failure) {
        let mut st = self.inner.lock();
        let queue = st.flood.chat_failures.entry(chat_id).or_default();
        for _ in 0..times {
            queue.push_back(failure.clone());
        }
    }

    /// Starts an emulator for `token`; the bot id is the token's numeric prefix.
    pub async fn start_with_token(token: &str) -> Self {
        let bot_id = token
            .split(':')
            .next()
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(123_456);
        let state = EmuState {
            next_update_id: rand::rng().random_range(100_000_000..200_000_000),
            ..EmuState::default()
        };
        let inner = Arc::new(Inner {
            token: token.to_owned(),
            bot_id,
            state: Mutex::new(state),
            updates_changed: Notify::new(),
            sent_changed: Notify::new(),
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("telegram emulator: bind 127.0.0.1:0");
        let addr = listener
            .local_addr()
            .expect("telegram emulator: local_addr");
        let app = Router::new()
            .fallback(handle)
            .layer(DefaultBodyLimit::max(BODY_LIMIT))
            .with_state(inner.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stopped.await;
                })
                .await;
        });
        Self {
            inner,
            addr,
            server: Arc::new(Mutex::new(Some(ServerHandle { stop, task }))),
        }
    }

    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub fn api_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn token(&self) -> String {
        self.inner.token.clone()
    }

    /// The bot's user id (the token's numeric prefix).
    pub fn bot_id(&self) -> i64 {
        self.inner.bot_id
    }

    /// Creates a user and registers the private chat with the bot.
    pub fn user(&self, id: i64, first_name: &str, language_code: Option<&str>) -> TgUser {
        let user = TgUser {
            id,
            first_name: first_name.to_owned(),
            username: None,
            language_code: language_code.map(str::to_owned),
        };
        let mut st = self.inner.lock();
        register(&mut st, &user);
        user
    }

    /// A channel (`id` negative, `-100…`) the bot may post in as an
    /// administrator (`bot_can_post`), or is only a member of (sends are
    /// refused as Telegram refuses them).
    pub fn channel(&self, id: i64, title: &str, bot_can_post: bool) {
        let mut st = self.inner.lock();
        st.chats.insert(
            id,
            Chat {
                user: TgUser {
                    id,
                    first_name: title.to_owned(),
                    username: None,
                    language_code: None,
                },
                next_message_id: 1,
                blocked: false,
                chat_instance: chat_instance(),
                kind: ChatKind::Channel {
                    title: title.to_owned(),
                    bot_can_post,
                },
            },
        );
    }

    /// The resident sends a text message; returns its message_id.
    pub fn send_text(&self, user: &TgUser, text: &str) -> i64 {
        let mut content = Map::new();
        content.insert("text".into(), json!(text));
        let entities = command_entities(text);
        if !entities.is_empty() {
            content.insert("entities".into(), Value::Array(entities));
        }
        self.user_message(user, content)
    }

    /// The resident sends a photo (optionally captioned); returns its message_id.
    pub fn send_photo(&self, user: &TgUser, bytes: Vec<u8>, caption: Option<&str>) -> i64 {
        let mut st = self.inner.lock();
        let sizes = photo_sizes(&mut st, Arc::new(bytes));
        let mut content = Map::new();
        content.insert("photo".into(), Value::Array(sizes));
        if let Some(c) = caption {
            content.insert("caption".into(), json!(c));
        }
        self.user_message_locked(&mut st, user, content)
    }

    /// The resident sends a file as a document; returns its message_id.
    pub fn send_document(
        &self,
        user: &TgUser,
        bytes: Vec<u8>,
        file_name: &str,
        mime_type: &str,
    ) -> i64 {
        let mut st = self.inner.lock();
        let size = bytes.len();
        let (file_id, unique_id) = store_file(
            &mut st,
            Arc::new(bytes),
            FileKind::Document,
            extension_of(file_name).as_deref(),
        );
        let mut content = Map::new();
        content.insert(
            "document".into(),
            json!({
                "file_id": file_id,
                "file_unique_id": unique_id,
                "file_name": file_name,
                "mime_type": mime_type,
                "file_size": size,
            }),
        );
        self.user_message_locked(&mut st, user, content)
    }

    /// The resident shares a location; returns its message_id.
    pub fn send_location(&self, user: &TgUser, latitude: f64, longitude: f64) -> i64 {
        let mut content = Map::new();
        content.insert(
            "location".into(),
            json!({ "latitude": latitude, "longitude": longitude }),
        );
        self.user_message(user, content)
    }

    /// The resident sends a (static, regular) sticker; returns its message_id.
    pub fn send_sticker(&self, user: &TgUser) -> i64 {
        let mut st = self.inner.lock();
        let bytes: Vec<u8> = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\xff\xc1\x7f\x00\x07\x10\x11\x11\x88\x88\xfe\x07\x00".to_vec();
        let size = bytes.len();
        let (file_id, unique_id) =
            store_file(&mut st, Arc::new(bytes), FileKind::Sticker, Some("webp"));
        let mut content = Map::new();
        content.insert(
            "sticker".into(),
            json!({
                "file_id": file_id,
                "file_unique_id": unique_id,
                "file_size": size,
                "width": 512,
                "height": 512,
                "type": "regular",
                "is_animated": false,
                "is_video": false,
                "emoji": "\u{1F44D}",
                "set_name": "KobanTestStickers",
            }),
        );
        self.user_message_locked(&mut st, user, content)
    }

    /// The resident sends a voice note (OGG/Opus bytes); returns its message_id.
    pub fn send_voice(&self, user: &TgUser, bytes: Vec<u8>) -> i64 {
        let mut st = self.inner.lock();
        let size = bytes.len();
        let duration = (size / 2000).max(1);
        let (file_id, unique_id) =
            store_file(&mut st, Arc::new(bytes), FileKind::Voice, Some("oga"));
        let mut content = Map::new();
        content.insert(
            "voice".into(),
            json!({
                "file_id": file_id,
                "file_unique_id": unique_id,
                "file_size": size,
                "duration": duration,
                "mime_type": "audio/ogg",
            }),
        );
        self.user_message_locked(&mut st, user, content)
    }

    /// The resident edits one of their own text messages (queues `edited_message`).
    pub fn edit_text(&self, user: &TgUser, message_id: i64, new_text: &str) {
        let mut st = self.inner.lock();
        register(&mut st, user);
        let msg = match st.messages.get_mut(&(user.id, message_id)) {
            Some(m) if !m.from_bot && !m.deleted => m,
            _ => panic!(
                "telegram emulator: edit_text: chat {} has no live message {} sent by the user",
                user.id, message_id
            ),
        };
        let Some(obj) = msg.json.as_object_mut() else {
            panic!("telegram emulator: corrupt message");
        };
        if !obj.contains_key("text") {
            panic!("telegram emulator: edit_text: message {message_id} has no text");
        }
        obj.insert("text".into(), json!(new_text));
        let entities = command_entities(new_text);
        if entities.is_empty() {
            obj.remove("entities");
        } else {
            obj.insert("entities".into(), Value::Array(entities));
        }
        obj.insert("edit_date".into(), json!(now()));
        let json = msg.json.clone();
        enqueue(&self.inner, &mut st, "edited_message", json);
    }

    /// The resident presses an inline button carrying callback `data` on a bot
    /// message; returns the callback query id. Panics if the message has no
    /// such button (Telegram clients can only press buttons that exist).
    pub fn press_button(&self, user: &TgUser, message_id: i64, data: &str) -> String {
        let mut st = self.inner.lock();
        register(&mut st, user);
        let msg = match st.messages.get(&(user.id, message_id)) {
            Some(m) if m.from_bot && !m.deleted => m,
            _ => panic!(
                "telegram emulator: press_button: chat {} has no live bot message {}",
                user.id, message_id
            ),
        };
        let has_button = msg.json["reply_markup"]["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
            .any(|b| b["callback_data"].as_str() == Some(data));
        if !has_button {
            panic!(
                "telegram emulator: press_button: message {} in chat {} has no button with callback_data {:?}; its markup: {}",
                message_id, user.id, data, msg.json["reply_markup"]
            );
        }
        let message = msg.json.clone();
        let id = rand::rng().random_range(1_000_000_000_000_000u64..9_000_000_000_000_000u64);
        let id = id.to_string();
        let chat_instance = st
            .chats
            .get(&user.id)
            .map(|c| c.chat_instance.clone())
            .unwrap_or_default();
        st.open_callbacks.insert(id.clone());
        let query = json!({
            "id": id,
            "from": user_json(user),
            "message": message,
            "chat_instance": chat_instance,
            "data": data,
        });
        enqueue(&self.inner, &mut st, "callback_query", query);
        id
    }

    /// The resident blocks (`true`) or unblocks the bot; queues a `my_chat_member` update.
    pub fn block_bot(&self, user: &TgUser, blocked: bool) {
        let mut st = self.inner.lock();
        register(&mut st, user);
        let changed = match st.chats.get_mut(&user.id) {
            Some(chat) if chat.blocked != blocked => {
                chat.blocked = blocked;
                true
            }
            _ => false,
        };
        if changed {
            let update = member_update(&self.inner, user, blocked);
            enqueue(&self.inner, &mut st, "my_chat_member", update);
        }
    }

    /// Everything the bot sent, in order (deleted messages included).
    pub fn sent(&self) -> Vec<SentMessage> {
        self.inner.lock().sent.clone()
    }

    /// Everything the bot sent to one chat, in order.
    pub fn sent_to(&self, chat_id: i64) -> Vec<SentMessage> {
        self.inner
            .lock()
            .sent
            .iter()
            .filter(|m| m.chat_id == chat_id)
            .cloned()
            .collect()
    }

    /// Waits until at least `count` messages were sent to `chat_id`; panics with
    /// a dump of the emulator's state on timeout.
    pub async fn wait_sent(
        &self,
        chat_id: i64,
        count: usize,
        timeout: Duration,
    ) -> Vec<SentMessage> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.inner.sent_changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            let msgs = self.sent_to(chat_id);
            if msgs.len() >= count {
                return msgs;
            }
            let now = tokio::time::Instant::now();
            if now >= deadline {
                panic!(
                    "telegram emulator: timed out after {:?} waiting for {} message(s) to chat {} (got {}).\n{}",
                    timeout,
                    count,
                    chat_id,
                    msgs.len(),
                    self.dump()
                );
            }
            let step = (deadline - now).min(Duration::from_millis(20));
            let _ = tokio::time::timeout(step, notified).await;
        }
    }

    /// Answers to callback queries: (query id, text).
    pub fn callback_answers(&self) -> Vec<(String, Option<String>)> {
        self.inner.lock().callback_answers.clone()
    }

    /// Commands set for `language_code` (`None` = no language) in the default
    /// scope; if the bot set none there, the most recent list set for that
    /// language in any scope.
    pub fn commands(&self, language_code: Option<&str>) -> Option<Value> {
        let st = self.inner.lock();
        let lang = language_code.unwrap_or("").to_owned();
        if let Some(set) = st.commands.get(&("default".to_owned(), lang.clone())) {
            return Some(set.commands.clone());
        }
        st.commands
            .iter()
            .filter(|((_, l), _)| *l == lang)
            .max_by_key(|(_, set)| set.seq)
            .map(|(_, set)| set.commands.clone())
    }

    /// Commands for an explicit scope object (e.g. `{"type":"all_private_chats"}`).
    pub fn commands_in_scope(&self, scope: &Value, language_code: Option<&str>) -> Option<Value> {
        let key = scope_key(Some(scope)).ok()?;
        let st = self.inner.lock();
        st.commands
            .get(&(key, language_code.unwrap_or("").to_owned()))
            .map(|s| s.commands.clone())
    }

    /// Number of calls to `method` (case-insensitive), failed ones included.
    pub fn calls(&self, method: &str) -> usize {
        self.inner
            .lock()
            .calls
            .get(&method.to_ascii_lowercase())
            .copied()
            .unwrap_or(0)
    }

    /// Parameters of every call to `method` (case-insensitive), in order;
    /// uploaded files appear as `"<upload name (N bytes)>"`.
    pub fn requests(&self, method: &str) -> Vec<Value> {
        let method = method.to_ascii_lowercase();
        self.inner
            .lock()
            .requests
            .iter()
            .filter(|(m, _)| *m == method)
            .map(|(_, p)| p.clone())
            .collect()
    }

    /// Current JSON of a message in a chat (as Telegram would show it).
    pub fn message(&self, chat_id: i64, message_id: i64) -> Option<Value> {
        self.inner
            .lock()
            .messages
            .get(&(chat_id, message_id))
            .filter(|m| !m.deleted)
            .map(|m| m.json.clone())
    }

    /// Whether the bot deleted a message (the bot's own or a resident's).
    pub fn is_deleted(&self, chat_id: i64, message_id: i64) -> bool {
        self.inner
            .lock()
            .messages
            .get(&(chat_id, message_id))
            .is_some_and(|m| m.deleted)
    }

    /// Highest `offset` the bot passed to getUpdates (0 if never).
    pub fn confirmed_offset(&self) -> i64 {
        self.inner.lock().confirmed_offset
    }

    /// Updates queued and not yet confirmed by the bot.
    pub fn pending_updates(&self) -> usize {
        self.inner.lock().updates.len()
    }

    /// The next `times` calls of `method` (case-insensitive) answer with `failure`.
    pub fn fail_next(&self, method: &str, times: usize, failure: Failure) {
        let mut st = self.inner.lock();
        let queue = st.failures.entry(method.to_ascii_lowercase()).or_default();
        for _ in 0..times {
            queue.push_back(failure.clone());
        }
    }

    /// Stops the server: pending long polls return empty, then the listener closes.
    pub async fn shutdown(self) {
        {
            let mut st = self.inner.lock();
            st.shutting_down = true;
        }
        self.inner.updates_changed.notify_waiters();
        let handle = self.server.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(ServerHandle { stop, mut task }) = handle {
            let _ = stop.send(());
            if tokio::time::timeout(Duration::from_secs(5), &mut task)
                .await
                .is_err()
            {
                task.abort();
                let _ = task.await;
            }
        }
    }

    /// Human-readable dump of what the bot did (used in panic messages).
    pub fn dump(&self) -> String {
        let st = self.inner.lock();
        let mut out = String::new();
        let _ = writeln!(out, "sent messages ({}):", st.sent.len());
        for m in &st.sent {
            let _ = writeln!(
                out,
                "  chat {} #{} {}{}: {:?} markup={} edits={:?}",
                m.chat_id,
                m.message_id,
                m.method,
                if m.deleted { " (deleted)" } else { "" },
                m.text,
                m.reply_markup
                    .as_ref()
                    .map(Value::to_string)
                    .unwrap_or_else(|| "-".into()),
                m.edits
            );
        }
        let mut calls: Vec<_> = st.calls.iter().collect();
        calls.sort();
        let _ = writeln!(out, "calls: {calls:?}");
        let _ = writeln!(
            out,
            "pending updates: {} (confirmed offset {})",
            st.updates.len(),
            st.confirmed_offset
        );
        for (method, params) in st.requests.iter().rev().take(10).rev() {
            let _ = writeln!(out, "  request {method}: {params}");
        }
        out
    }

    fn user_message(&self, user: &TgUser, content: Map<String, Value>) -> i64 {
        let mut st = self.inner.lock();
        self.user_message_locked(&mut st, user, content)
    }

    fn user_message_locked(
        &self,
        st: &mut EmuState,
        user: &TgUser,
        content: Map<String, Value>,
    ) -> i64 {
        register(st, user);
        let unblocked = match st.chats.get_mut(&user.id) {
            Some(chat) if chat.blocked => {
                // Writing to a blocked bot means pressing "Restart" first.
                chat.blocked = false;
                true
            }
            _ => false,
        };
        if unblocked {
            let update = member_update(&self.inner, user, false);
            enqueue(&self.inner, st, "my_chat_member", update);
        }
        let message_id = next_message_id(st, user.id);
        let mut msg = Map::new();
        msg.insert("message_id".into(), json!(message_id));
        msg.insert("from".into(), user_json(user));
        msg.insert("chat".into(), chat_json(user));
        msg.insert("date".into(), json!(now()));
        msg.extend(content);
        let msg = Value::Object(msg);
        st.messages.insert(
            (user.id, message_id),
            StoredMessage {
                json: msg.clone(),
                from_bot: false,
                deleted: false,
                sent_index: None,
            },
        );
        enqueue(&self.inner, st, "message", msg);
        message_id
    }
}

impl Inner {
    fn lock(&self) -> MutexGuard<'_, EmuState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn bot_json(&self) -> Value {
        json!({
            "id": self.bot_id,
            "is_bot": true,
            "first_name": BOT_FIRST_NAME,
            "username": BOT_USERNAME,
        })
    }
}

/// Telegram's own clock: the emulator stands for a service outside koban.
#[allow(clippy::disallowed_methods)]
fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn register(st: &mut EmuState, user: &TgUser) {
    st.chats
        .entry(user.id)
        .and_modify(|c| c.user = user.clone())
        .or_insert_with(|| Chat {
            user: user.clone(),
            next_message_id: 1,
            blocked: false,
            chat_instance: chat_instance(),
            kind: ChatKind::Private,
        });
}

fn chat_instance() -> String {
    rand::rng()
        .random_range(-9_000_000_000_000_000_000i64..9_000_000_000_000_000_000i64)
        .to_string()
}

/// The `chat` object of a message in `chat`.
fn chat_value(chat: &Chat) -> Value {
    match &chat.kind {
        ChatKind::Private => chat_json(&chat.user),
        ChatKind::Channel { title, .. } => {
            json!({ "id": chat.user.id, "type": "channel", "title": title })
        }
    }
}

fn next_message_id(st: &mut EmuState, chat_id: i64) -> i64 {
    match st.chats.get_mut(&chat_id) {
        Some(chat) => {
            let id = chat.next_message_id;
            chat.next_message_id += 1;
            id
        }
        None => 1,
    }
}

fn enqueue(inner: &Inner, st: &mut EmuState, kind: &'static str, payload: Value) {
    let id = st.next_update_id;
    st.next_update_id += 1;
    let json = json!({ "update_id": id, kind: payload });
    st.updates.push_back(QueuedUpdate { id, kind, json });
    inner.updates_changed.notify_waiters();
}

fn user_json(user: &TgUser) -> Value {
    let mut u = Map::new();
    u.insert("id".into(), json!(user.id));
    u.insert("is_bot".into(), json!(false));
    u.insert("first_name".into(), json!(user.first_name));
    if let Some(name) = &user.username {
        u.insert("username".into(), json!(name));
    }
    if let Some(lang) = &user.language_code {
        u.insert("language_code".into(), json!(lang));
    }
    Value::Object(u)
}

fn chat_json(user: &TgUser) -> Value {
    let mut c = Map::new();
    c.insert("id".into(), json!(user.id));
    c.insert("type".into(), json!("private"));
    c.insert("first_name".into(), json!(user.first_name));
    if let Some(name) = &user.username {
        c.insert("username".into(), json!(name));
    }
    Value::Object(c)
}

fn member_update(inner: &Inner, user: &TgUser, blocked: bool) -> Value {
    let member = json!({ "user": inner.bot_json(), "status": "member" });
    let kicked = json!({ "user": inner.bot_json(), "status": "kicked", "until_date": 0 });
    let (old, new) = if blocked {
        (member, kicked)
    } else {
        (kicked, member)
    };
    json!({
        "chat": chat_json(user),
        "from": user_json(user),
        "date": now(),
        "old_chat_member": old,
        "new_chat_member": new,
    })
}

/// `bot_command` entities, as Telegram adds them to incoming texts.
fn command_entities(text: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut pos16 = 0usize;
    let mut prev_is_space = true;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '/' && prev_is_space {
            let mut j = i + 1;
            while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            let name_len = j - i - 1;
            if (1..=32).contains(&name_len) {
                if j < chars.len() && chars[j] == '@' {
                    let mut k = j + 1;
                    while k < chars.len() && (chars[k].is_ascii_alphanumeric() || chars[k] == '_') {
                        k += 1;
                    }
                    if k > j + 1 {
                        j = k;
                    }
                }
                let len16: usize = chars[i..j].iter().map(|c| c.len_utf16()).sum();
                out.push(json!({ "type": "bot_command", "offset": pos16, "length": len16 }));
                pos16 += len16;
                prev_is_space = false;
                i = j;
                continue;
            }
        }
        pos16 += c.len_utf16();
        prev_is_space = c.is_whitespace();
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

fn random_string(len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut rng = rand::rng();
    (0..len)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

fn store_file(
    st: &mut EmuState,
    bytes: Arc<Vec<u8>>,
    kind: FileKind,
    ext: Option<&str>,
) -> (String, String) {
    st.file_counter += 1;
    let (prefix, dir, default_ext) = match kind {
        FileKind::Photo => ("AgACAgIAAxkBAA", "photos", "jpg"),
        FileKind::Document => ("BQACAgIAAxkBAA", "documents", ""),
        FileKind::Voice => ("AwACAgIAAxkBAA", "voice", "oga"),
        FileKind::Sticker => ("CAACAgIAAxkBAA", "stickers", "webp"),
    };
    let file_id = format!("{prefix}{}", random_string(58));
    let unique_id = format!("AQAD{}", random_string(12));
    let ext = ext.filter(|e| !e.is_empty()).unwrap_or(default_ext);
    let path = if ext.is_empty() {
        format!("{dir}/file_{}", st.file_counter)
    } else {
        format!("{dir}/file_{}.{ext}", st.file_counter)
    };
    st.paths.insert(path.clone(), bytes.clone());
    st.files.insert(
        file_id.clone(),
        StoredFile {
            unique_id: unique_id.clone(),
            bytes,
            path,
            kind,
        },
    );
    (file_id, unique_id)
}

/// Telegram's PhotoSize array: scaled-down thumbnails (same bytes, the emulator
/// does not resize) followed by the original size.
fn photo_sizes(st: &mut EmuState, bytes: Arc<Vec<u8>>) -> Vec<Value> {
    let (w, h) = image_dimensions(&bytes).unwrap_or((0, 0));
    let size = bytes.len();
    let longest = w.max(h);
    let mut sizes = Vec::new();
    for side in [90u32, 320, 800] {
        if longest > side {
            let sw = (u64::from(w) * u64::from(side) / u64::from(longest)).max(1);
            let sh = (u64::from(h) * u64::from(side) / u64::from(longest)).max(1);
            let (id, uid) = store_file(st, bytes.clone(), FileKind::Photo, Some("jpg"));
            sizes.push(json!({
                "file_id": id, "file_unique_id": uid, "file_size": size, "width": sw, "height": sh,
            }));
        }
    }
    let (id, uid) = store_file(st, bytes, FileKind::Photo, Some("jpg"));
    sizes.push(json!({
        "file_id": id, "file_unique_id": uid, "file_size": size, "width": w, "height": h,
    }));
    sizes
}

fn extension_of(file_name: &str) -> Option<String> {
    let (_, ext) = file_name.rsplit_once('.')?;
    let ok = !ext.is_empty() && ext.len() <= 8 && ext.chars().all(|c| c.is_ascii_alphanumeric());
    ok.then(|| ext.to_ascii_lowercase())
}

fn guess_mime(file_name: &str) -> &'static str {
    match extension_of(file_name).as_deref() {
        Some("txt") => "text/plain",
        Some("csv") => "text/csv",
        Some("json") => "application/json",
        Some("pdf") => "application/pdf",
        Some("zip") => "application/zip",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ogg" | "oga") => "audio/ogg",
        Some("mp3") => "audio/mpeg",
        Some("mp4") => "video/mp4",
        Some("html" | "htm") => "text/html",
        _ => "application/octet-stream",
    }
}

/// Width and height from a PNG, JPEG, GIF, WebP or BMP header.
fn image_dimensions(b: &[u8]) -> Option<(u32, u32)> {
    let be16 = |i: usize| -> Option<u32> {
        Some(u32::from(u16::from_be_bytes([*b.get(i)?, *b.get(i + 1)?])))
    };
    let le16 = |i: usize| -> Option<u32> {
        Some(u32::from(u16::from_le_bytes([*b.get(i)?, *b.get(i + 1)?])))
    };
    let le24 = |i: usize| -> Option<u32> {
        Some(
            u32::from(*b.get(i)?)
                | u32::from(*b.get(i + 1)?) << 8
                | u32::from(*b.get(i + 2)?) << 16,
        )
    };
    let be32 =
        |i: usize| -> Option<u32> { Some(u32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?)) };
    let le32 =
        |i: usize| -> Option<i32> { Some(i32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?)) };

    if b.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some((be32(16)?, be32(20)?));
    }
    if b.starts_with(b"GIF87a") || b.starts_with(b"GIF89a") {
        return Some((le16(6)?, le16(8)?));
    }
    if b.starts_with(b"BM") && b.len() >= 26 {
        return Some((le32(18)?.unsigned_abs(), le32(22)?.unsigned_abs()));
    }
    if b.len() >= 30 && b.starts_with(b"RIFF") && b.get(8..12) == Some(b"WEBP") {
        return match b.get(12..16)? {
            b"VP8 " => Some((le16(26)? & 0x3fff, le16(28)? & 0x3fff)),
            b"VP8L" => {
                let (b0, b1, b2, b3) = (
                    u32::from(b[21]),
                    u32::from(b[22]),
                    u32::from(b[23]),
                    u32::from(b[24]),
                );
                let w = 1 + (((b1 & 0x3f) << 8) | b0);
                let h = 1 + (((b3 & 0x0f) << 10) | (b2 << 2) | ((b1 & 0xc0) >> 6));
                Some((w, h))
            }
            b"VP8X" => Some((1 + le24(24)?, 1 + le24(27)?)),
            _ => None,
        };
    }
    if b.starts_with(&[0xff, 0xd8]) {
        let mut i = 2;
        while i + 3 < b.len() {
            if b[i] != 0xff {
                return None;
            }
            let marker = b[i + 1];
            if marker == 0xff {
                i += 1;
                continue;
            }
            if marker == 0x01 || (0xd0..=0xd9).contains(&marker) {
                i += 2;
                continue;
            }
            let is_sof = (0xc0..=0xcf).contains(&marker) && !matches!(marker, 0xc4 | 0xc8 | 0xcc);
            if is_sof {
                return Some((be16(i + 7)?, be16(i + 5)?));
            }
            let len = be16(i + 2)? as usize;
            i += 2 + len;
        }
        return None;
    }
    None
}

// ---------------------------------------------------------------------------
// HTTP layer
// ---------------------------------------------------------------------------

#[derive(Debug)]
struct ApiError {
    code: u16,
    description: String,
    retry_after: Option<u64>,
}

impl ApiError {
    fn new(code: u16, description: impl Into<String>) -> Self {
        Self {
            code,
            description: description.into(),
            retry_after: None,
        }
    }

    fn bad(what: impl std::fmt::Display) -> Self {
        Self::new(400, format!("Bad Request: {what}"))
    }

    fn blocked() -> Self {
        Self::new(403, "Forbidden: bot was blocked by the user")
    }

    fn too_many(retry_after: u64) -> Self {
        Self::from_failure(&Failure::TooManyRequests { retry_after })
    }

    fn from_failure(f: &Failure) -> Self {
        match f {
            Failure::TooManyRequests { retry_after } => Self {
                code: 429,
                description: format!("Too Many Requests: retry after {retry_after}"),
                retry_after: Some(*retry_after),
            },
            Failure::Forbidden => Self::blocked(),
            Failure::BadRequest(d) if d.starts_with("Bad Request") => Self::new(400, d.clone()),
            Failure::BadRequest(d) => Self::bad(d),
            Failure::ServerError => Self::new(500, "Internal Server Error"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = json!({
            "ok": false,
            "error_code": self.code,
            "description": self.description,
        });
        if let Some(r) = self.retry_after {
            body["parameters"] = json!({ "retry_after": r });
        }
        let status = StatusCode::from_u16(self.code).unwrap_or(StatusCode::BAD_REQUEST);
        (status, Json(body)).into_response()
    }
}

type ApiResult = Result<Value, ApiError>;

struct Upload {
    bytes: Vec<u8>,
    file_name: Option<String>,
    content_type: Option<String>,
}

#[derive(Default)]
struct Params {
    fields: Map<String, Value>,
    files: HashMap<String, Upload>,
}

impl Params {
    fn get(&self, key: &str) -> Option<&Value> {
        self.fields.get(key).filter(|v| !v.is_null())
    }

    fn string(&self, key: &str) -> Option<String> {
        match self.get(key)? {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            other => Some(other.to_string()),
        }
    }

    fn int(&self, key: &str) -> Result<Option<i64>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) => n
                .as_i64()
                .or_else(|| n.as_f64().map(|f| f as i64))
                .map(Some)
                .ok_or_else(|| ApiError::bad(format!("invalid {key} specified"))),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => s
                .trim()
                .parse::<i64>()
                .map(Some)
                .map_err(|_| ApiError::bad(format!("invalid {key} specified"))),
            Some(_) => Err(ApiError::bad(format!("invalid {key} specified"))),
        }
    }

    fn flag(&self, key: &str) -> bool {
        match self.get(key) {
            Some(Value::Bool(b)) => *b,
            Some(Value::String(s)) => matches!(s.to_ascii_lowercase().as_str(), "true" | "1"),
            Some(Value::Number(n)) => n.as_i64().unwrap_or(0) != 0,
            _ => false,
        }
    }

    /// A JSON-serialized parameter: objects/arrays pass through, strings are parsed.
    fn json(&self, key: &str, parse_error: &str) -> Result<Option<Value>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => serde_json::from_str::<Value>(s)
                .map(Some)
                .map_err(|_| ApiError::bad(parse_error)),
            Some(v) => Ok(Some(v.clone())),
        }
    }

    fn summary(&self) -> Value {
        let mut m = self.fields.clone();
        for (name, up) in &self.files {
            m.insert(
                name.clone(),
                json!(format!(
                    "<upload {} ({} bytes)>",
                    up.file_name.as_deref().unwrap_or(name),
                    up.bytes.len()
                )),
            );
        }
        Value::Object(m)
    }
}

fn not_found() -> Response {
    ApiError::new(404, "Not Found").into_response()
}

async fn handle(State(inner): State<Arc<Inner>>, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    if let Some(rest) = path.strip_prefix("/file/bot") {
        return download(&inner, rest);
    }
    let Some(rest) = path.strip_prefix("/bot") else {
        return not_found();
    };
    let Some((token, method)) = rest.split_once('/') else {
        return not_found();
    };
    if token != inner.token {
        return ApiError::new(401, "Unauthorized").into_response();
    }
    let method = method.trim_end_matches('/').to_ascii_lowercase();
    if method.is_empty() || method.contains('/') {
        return not_found();
    }
    let injected = {
        let mut st = inner.lock();
        *st.calls.entry(method.clone()).or_insert(0) += 1;
        st.failures.get_mut(&method).and_then(VecDeque::pop_front)
    };
    if let Some(f) = injected {
        if counted_send(&method) && matches!(f, Failure::TooManyRequests { .. }) {
            let mut st = inner.lock();
            st.flood.stats.limited += 1;
            st.flood.stats.injected += 1;
        }
        return ApiError::from_failure(&f).into_response();
    }
    let params = match parse_params(req).await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let counted = counted_send(&method);
    {
        let mut st = inner.lock();
        st.requests.push((method.clone(), params.summary()));
        if counted {
            let chat = params
                .string("chat_id")
                .and_then(|c| c.trim().parse::<i64>().ok());
            let injected = chat.and_then(|c| {
                st.flood
                    .chat_failures
                    .get_mut(&c)
                    .and_then(VecDeque::pop_front)
            });
            if let Some(f) = injected {
                if matches!(f, Failure::TooManyRequests { .. }) {
                    st.flood.stats.limited += 1;
                    st.flood.stats.injected += 1;
                }
                return ApiError::from_failure(&f).into_response();
            }
            if let Err(e) = st.flood.admit(chat, std::time::Instant::now()) {
                return e.into_response();
            }
        }
    }
    let result = match method.as_str() {
        "getme" => get_me(&inner),
        "getupdates" => get_updates(&inner, &params).await,
        "sendmessage" => send_message(&inner, &params),
        "sendphoto" => send_media(&inner, &params, FileKind::Photo),
        "senddocument" => send_media(&inner, &params, FileKind::Document),
        "sendlocation" => send_place(&inner, &params, false),
        "sendvenue" => send_place(&inner, &params, true),
        "getfile" => get_file(&inner, &params),
        "editmessagetext" => edit_message(&inner, &params, EditKind::Text),
        "editmessagecaption" => edit_message(&inner, &params, EditKind::Caption),
        "editmessagereplymarkup" => edit_message(&inner, &params, EditKind::Markup),
        "deletemessage" => delete_message(&inner, &params),
        "answercallbackquery" => answer_callback(&inner, &params),
        "setmycommands" => set_my_commands(&inner, &params),
        "getmycommands" => get_my_commands(&inner, &params),
        "deletemycommands" => delete_my_commands(&inner, &params),
        "deletewebhook" => delete_webhook(&inner, &params),
        "getwebhookinfo" => Ok(json!({
            "url": "",
            "has_custom_certificate": false,
            "pending_update_count": inner.lock().updates.len(),
        })),
        "sendchataction" => send_chat_action(&inner, &params),
        "setmydescription"
        | "setmyshortdescription"
        | "setmyname"
        | "setchatmenubutton"
        | "logout"
        | "close" => Ok(json!(true)),
        _ => Err(ApiError::new(404, "Not Found")),
    };
    match result {
        Ok(v) => {
            if counted {
                inner.lock().flood.accepted(std::time::Instant::now());
            }
            Json(json!({ "ok": true, "result": v })).into_response()
        }
        Err(e) => e.into_response(),
    }
}

fn download(inner: &Inner, rest: &str) -> Response {
    let Some((token, file_path)) = rest.split_once('/') else {
        return not_found();
    };
    if token != inner.token {
        return ApiError::new(401, "Unauthorized").into_response();
    }
    let file_path = percent_decode(file_path);
    let bytes = inner.lock().paths.get(&file_path).cloned();
    match bytes {
        Some(b) => {
            let mut resp = Bytes::from(b.as_ref().clone()).into_response();
            resp.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            );
            resp
        }
        None => not_found(),
    }
}

/// Decodes `%XX` escapes (teloxide sends `photos%2Ffile_1.jpg`).
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let Some(byte) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

async fn parse_params(req: Request) -> Result<Params, ApiError> {
    let mut params = Params::default();
    if let Ok(Query(pairs)) = Query::<Vec<(String, String)>>::try_from_uri(req.uri()) {
        for (k, v) in pairs {
            params.fields.insert(k, Value::String(v));
        }
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let too_large = || ApiError::new(413, "Request Entity Too Large");
    if content_type.starts_with("multipart/form-data") {
        let mut multipart = Multipart::from_request(req, &())
            .await
            .map_err(|_| ApiError::bad("invalid multipart/form-data request"))?;
        loop {
            let field = match multipart.next_field().await {
                Ok(Some(f)) => f,
                Ok(None) => break,
                Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(too_large()),
                Err(_) => return Err(ApiError::bad("invalid multipart/form-data request")),
            };
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let part_type = field.content_type().map(str::to_owned);
            let bytes = match field.bytes().await {
                Ok(b) => b,
                Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => return Err(too_large()),
                Err(_) => return Err(ApiError::bad("invalid multipart/form-data request")),
            };
            if file_name.is_some() {
                params.files.insert(
                    name,
                    Upload {
                        bytes: bytes.to_vec(),
                        file_name,
                        content_type: part_type,
                    },
                );
            } else {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                params.fields.insert(name, Value::String(text));
            }
        }
    } else {
        let body = Bytes::from_request(req, &()).await.map_err(|rej| {
            if rej.into_response().status() == StatusCode::PAYLOAD_TOO_LARGE {
                too_large()
            } else {
                ApiError::bad("can't read request body")
            }
        })?;
        let trimmed = body.iter().all(u8::is_ascii_whitespace);
        if !trimmed {
            let looks_json = content_type.is_empty() && body.trim_ascii_start().starts_with(b"{");
            if content_type.starts_with("application/json") || looks_json {
                match serde_json::from_slice::<Value>(&body) {
                    Ok(Value::Object(m)) => params.fields.extend(m),
                    Ok(_) => {}
                    Err(_) => return Err(ApiError::bad("can't parse JSON object")),
                }
            } else if content_type.starts_with("application/x-www-form-urlencoded") {
                let raw = String::from_utf8_lossy(&body).into_owned();
                let uri = format!("/?{raw}");
                let parsed = uri
                    .parse::<axum::http::Uri>()
                    .ok()
                    .and_then(|u| Query::<Vec<(String, String)>>::try_from_uri(&u).ok());
                let Some(Query(pairs)) = parsed else {
                    return Err(ApiError::bad("can't parse form data"));
                };
                for (k, v) in pairs {
                    params.fields.insert(k, Value::String(v));
                }
            }
        }
    }
    Ok(params)
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

fn get_me(inner: &Inner) -> ApiResult {
    let mut me = inner.bot_json();
    if let Some(m) = me.as_object_mut() {
        m.insert("can_join_groups".into(), json!(true));
        m.insert("can_read_all_group_messages".into(), json!(false));
        m.insert("supports_inline_queries".into(), json!(false));
        m.insert("can_connect_to_business".into(), json!(false));
        m.insert("has_main_web_app".into(), json!(false));
    }
    Ok(me)
}

async fn get_updates(inner: &Arc<Inner>, p: &Params) -> ApiResult {
    let offset = p.int("offset")?.unwrap_or(0);
    let limit = match p.int("limit")?.unwrap_or(100) {
        n if n <= 0 => 100,
        n => n.min(100) as usize,
    };
    let timeout = p.int("timeout")?.unwrap_or(0).clamp(0, 3600) as u64;
    let allowed = p.json("allowed_updates", "can't parse allowed_updates JSON array")?;
    let generation = {
        let mut st = inner.lock();
        st.poll_generation += 1;
        if let Some(Value::Array(list)) = allowed {
            let set: HashSet<String> = list
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect();
            st.allowed_updates = if set.is_empty() { None } else { Some(set) };
        }
        if offset > 0 {
            st.updates.retain(|u| u.id >= offset);
            st.confirmed_offset = st.confirmed_offset.max(offset);
        } else if offset < 0 {
            let keep = offset.unsigned_abs() as usize;
            while st.updates.len() > keep {
                st.updates.pop_front();
            }
        }
        st.poll_generation
    };
    // Wake an older long poll so it can answer 409 like Telegram does.
    inner.updates_changed.notify_waiters();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);
    loop {
        let notified = inner.updates_changed.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        {
            let mut st = inner.lock();
            if st.poll_generation != generation {
                return Err(ApiError::new(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                ));
            }
            if st.shutting_down {
                return Ok(json!([]));
            }
            if let Some(allowed) = st.allowed_updates.clone() {
                st.updates.retain(|u| allowed.contains(u.kind));
            }
            if !st.updates.is_empty() {
                let batch: Vec<Value> = st
                    .updates
                    .iter()
                    .take(limit)
                    .map(|u| u.json.clone())
                    .collect();
                return Ok(Value::Array(batch));
            }
        }
        if tokio::time::Instant::now() >= deadline {
            return Ok(json!([]));
        }
        let _ = tokio::time::timeout_at(deadline, notified).await;
    }
}

fn delete_webhook(inner: &Inner, p: &Params) -> ApiResult {
    if p.flag("drop_pending_updates") {
        inner.lock().updates.clear();
    }
    Ok(json!(true))
}

/// Looks a private chat up: unknown → 400 chat not found.
fn known_chat(st: &EmuState, p: &Params) -> Result<i64, ApiError> {
    let raw = p
        .string("chat_id")
        .ok_or_else(|| ApiError::bad("chat_id is empty"))?;
    let id = raw
        .trim()
        .parse::<i64>()
        .map_err(|_| ApiError::bad("chat not found"))?;
    if st.chats.contains_key(&id) {
        Ok(id)
    } else {
        Err(ApiError::bad("chat not found"))
    }
}

fn ensure_not_blocked(st: &EmuState, chat_id: i64) -> Result<(), ApiError> {
    match st.chats.get(&chat_id) {
        Some(c) if c.blocked => Err(ApiError::blocked()),
        _ => Ok(()),
    }
}

fn send_chat_action(inner: &Inner, p: &Params) -> ApiResult {
    let st = inner.lock();
    let chat_id = known_chat(&st, p)?;
    const ACTIONS: &[&str] = &[
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    ];
    let action = p.string("action").unwrap_or_default();
    if !ACTIONS.contains(&action.as_str()) {
        return Err(ApiError::bad("wrong parameter action in request"));
    }
    ensure_not_blocked(&st, chat_id)?;
    Ok(json!(true))
}

/// Text after entity parsing, with its entities.
struct Rendered {
    text: String,
    entities: Vec<Value>,
}

fn render(raw: &str, parse_mode: Option<&str>) -> Result<Rendered, ApiError> {
    let mode = parse_mode.map(str::trim).unwrap_or("");
    let result = match mode.to_ascii_lowercase().as_str() {
        "" => Ok(Rendered {
            text: raw.to_owned(),
            entities: Vec::new(),
        }),
        "html" => parse_html(raw),
        "markdownv2" => parse_markdown_v2(raw),
        "markdown" => parse_markdown_legacy(raw),
        _ => return Err(ApiError::bad("unsupported parse_mode")),
    };
    result.map_err(|e| ApiError::bad(format!("can't parse entities: {e}")))
}

/// Validates `reply_markup`; returns (markup as sent, inline markup to echo in the Message).
fn parse_reply_markup(p: &Params) -> Result<(Option<Value>, Option<Value>), ApiError> {
    let Some(markup) = p.json(
        "reply_markup",
        "can't parse reply keyboard markup JSON object",
    )?
    else {
        return Ok((None, None));
    };
    let Some(obj) = markup.as_object() else {
        return Err(ApiError::bad(
            "can't parse reply keyboard markup JSON object",
        ));
    };
    if let Some(rows) = obj.get("inline_keyboard") {
        let rows = rows.as_array().ok_or_else(|| {
            ApiError::bad(
                "can't parse inline keyboard button: field \"inline_keyboard\" must be an Array",
            )
        })?;
        for row in rows {
            let row = row.as_array().ok_or_else(|| {
                ApiError::bad(
                    "can't parse inline keyboard button: InlineKeyboardButton must be an Array",
                )
            })?;
            for button in row {
                validate_inline_button(button)?;
            }
        }
        if rows.iter().all(|r| r.as_array().is_some_and(Vec::is_empty)) {
            return Ok((Some(markup.clone()), None));
        }
        return Ok((Some(markup.clone()), Some(markup)));
    }
    if obj.contains_key("keyboard")
        || obj.contains_key("remove_keyboard")
        || obj.contains_key("force_reply")
    {
        return Ok((Some(markup), None));
    }
    Err(ApiError::bad(
        "can't parse reply keyboard markup JSON object",
    ))
}

fn validate_inline_button(button: &Value) -> Result<(), ApiError> {
    let Some(b) = button.as_object() else {
        return Err(ApiError::bad(
            "can't parse inline keyboard button: InlineKeyboardButton must be an Object",
        ));
    };
    if !b.get("text").is_some_and(Value::is_string) {
        return Err(ApiError::bad(
            "can't parse inline keyboard button: Field \"text\" must be of type String",
        ));
    }
    if let Some(data) = b.get("callback_data") {
        let len = data.as_str().map(str::len).unwrap_or(0);
        if len == 0 || len > MAX_CALLBACK_DATA {
            return Err(ApiError::bad("BUTTON_DATA_INVALID"));
        }
        return Ok(());
    }
    if let Some(url) = b.get("url") {
        let url = url.as_str().unwrap_or("");
        if url.is_empty() || url.chars().any(char::is_whitespace) {
            return Err(ApiError::bad("BUTTON_URL_INVALID"));
        }
        return Ok(());
    }
    const OTHER: &[&str] = &[
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    ];
    if OTHER.iter().any(|k| b.contains_key(*k)) {
        return Ok(());
    }
    Err(ApiError::bad(
        "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    ))
}

/// `reply_parameters.message_id` or legacy `reply_to_message_id`, plus allow_sending_without_reply.
fn reply_target(p: &Params) -> Result<Option<(i64, bool)>, ApiError> {
    if let Some(rp) = p.json(
        "reply_parameters",
        "can't parse reply parameters JSON object",
    )? {
        let id = rp
            .get("message_id")
            .and_then(|v| {
                v.as_i64()
                    .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
            })
            .ok_or_else(|| ApiError::bad("message to be replied not found"))?;
        let allow = rp
            .get("allow_sending_without_reply")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        return Ok(Some((id, allow)));
    }
    Ok(p.int("reply_to_message_id")?
        .map(|id| (id, p.flag("allow_sending_without_reply"))))
}

/// Shared tail of every send: stores the message, records it, returns its JSON.
struct Outgoing {
    chat_id: i64,
    method: &'static str,
    content: Map<String, Value>,
    raw_text: Option<String>,
    visible_text: Option<String>,
    markup: Option<Value>,
    inline_markup: Option<Value>,
    reply_to: Option<(i64, bool)>,
    file: Option<Vec<u8>>,
    parse_mode: Option<String>,
}

fn finish_send(inner: &Inner, st: &mut EmuState, out: Outgoing) -> ApiResult {
    let mut reply_json = None;
    let mut reply_to_message_id = None;
    if let Some((reply_id, allow)) = out.reply_to {
        match st.messages.get(&(out.chat_id, reply_id)) {
            Some(m) if !m.deleted => {
                let mut j = m.json.clone();
                if let Some(o) = j.as_object_mut() {
                    o.remove("reply_to_message");
                }
                reply_json = Some(j);
                reply_to_message_id = Some(reply_id);
            }
            _ if allow => {}
            _ => return Err(ApiError::bad("message to be replied not found")),
        }
    }
    ensure_not_blocked(st, out.chat_id)?;
    let Some(chat) = st.chats.get(&out.chat_id) else {
        return Err(ApiError::bad("chat not found"));
    };
    let chat_json = chat_value(chat);
    let in_channel = match &chat.kind {
        ChatKind::Channel {
            bot_can_post: false,
            ..
        } => {
            return Err(ApiError::bad(
                "need administrator rights in the channel chat",
            ));
        }
        ChatKind::Channel { .. } => true,
        ChatKind::Private => false,
    };
    let message_id = next_message_id(st, out.chat_id);
    let mut msg = Map::new();
    msg.insert("message_id".into(), json!(message_id));
    if in_channel {
        // Channel posts are signed by the channel, not by the bot.
        msg.insert("sender_chat".into(), chat_json.clone());
    } else {
        msg.insert("from".into(), inner.bot_json());
    }
    msg.insert("chat".into(), chat_json);
    msg.insert("date".into(), json!(now()));
    if let Some(r) = reply_json {
        msg.insert("reply_to_message".into(), r);
    }
    msg.extend(out.content);
    if let Some(m) = out.inline_markup {
        msg.insert("reply_markup".into(), m);
    }
    let msg = Value::Object(msg);
    let index = st.sent.len();
    st.sent.push(SentMessage {
        chat_id: out.chat_id,
        message_id,
        method: out.method.to_owned(),
        text: out.raw_text,
        reply_markup: out.markup,
        file: out.file,
        parse_mode: out.parse_mode,
        deleted: false,
        edits: Vec::new(),
        visible_text: out.visible_text,
        reply_to_message_id,
    });
    st.messages.insert(
        (out.chat_id, message_id),
        StoredMessage {
            json: msg.clone(),
            from_bot: true,
            deleted: false,
            sent_index: Some(index),
        },
    );
    inner.sent_changed.notify_waiters();
    Ok(msg)
}

fn insert_rendered(content: &mut Map<String, Value>, key: &str, rendered: &Rendered) {
    content.insert(key.into(), json!(rendered.text));
    if !rendered.entities.is_empty() {
        let ekey = if key == "caption" {
            "caption_entities"
        } else {
            "entities"
        };
        content.insert(ekey.into(), Value::Array(rendered.entities.clone()));
    }
}

fn send_message(inner: &Inner, p: &Params) -> ApiResult {
    let mut st = inner.lock();
    let chat_id = known_chat(&st, p)?;
    let raw = p.string("text").unwrap_or_default();
    let parse_mode = p.string("parse_mode").filter(|s| !s.is_empty());
    let rendered = render(&raw, parse_mode.as_deref())?;
    if rendered.text.trim().is_empty() {
        return Err(ApiError::bad("message text is empty"));
    }
    if rendered.text.chars().count() > MAX_TEXT_LEN {
        return Err(ApiError::bad("message is too long"));
    }
    let (markup, inline_markup) = parse_reply_markup(p)?;
    let reply_to = reply_target(p)?;
    let mut content = Map::new();
    insert_rendered(&mut content, "text", &rendered);
    finish_send(
        inner,
        &mut st,
        Outgoing {
            chat_id,
            method: "sendmessage",
            content,
            raw_text: Some(raw),
            visible_text: Some(rendered.text),
            markup,
            inline_markup,
            reply_to,
            file: None,
            parse_mode,
        },
    )
}

/// A coordinate as Telegram reads it: a number (or a numeric string) in range.
fn coordinate(p: &Params, key: &str, bound: f64) -> Result<f64, ApiError> {
    let value = match p.get(key) {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    match value {
        Some(v) if v.is_finite() && v.abs() <= bound => Ok(v),
        Some(_) => Err(ApiError::bad(format!("wrong {key}"))),
        None => Err(ApiError::bad(format!("there is no {key} in the request"))),
    }
}

/// `sendLocation` and `sendVenue`: a point, and for a venue its title and
/// address (both required, at most 255 characters in practice).
fn send_place(inner: &Inner, p: &Params, venue: bool) -> ApiResult {
    let mut st = inner.lock();
    let chat_id = known_chat(&st, p)?;
    let latitude = coordinate(p, "latitude", 90.0)?;
    let longitude = coordinate(p, "longitude", 180.0)?;
    let location = json!({ "latitude": latitude, "longitude": longitude });
    let mut content = Map::new();
    content.insert("location".into(), location.clone());
    let mut visible = format!("{latitude},{longitude}");
    if venue {
        let title = p.string("title").filter(|s| !s.trim().is_empty());
        let address = p.string("address").filter(|s| !s.trim().is_empty());
        let (Some(title), Some(address)) = (title, address) else {
            return Err(ApiError::bad("venue title and address are required"));
        };
        if title.chars().count() > 255 || address.chars().count() > 255 {
            return Err(ApiError::bad("venue title or address is too long"));
        }
        visible = format!("{title}\n{address}\n{visible}");
        content.insert(
            "venue".into(),
            json!({ "location": location, "title": title, "address": address }),
        );
    }
    let (markup, inline_markup) = parse_reply_markup(p)?;
    let reply_to = reply_target(p)?;
    finish_send(
        inner,
        &mut st,
        Outgoing {
            chat_id,
            method: if venue { "sendvenue" } else { "sendlocation" },
            content,
            raw_text: None,
            visible_text: Some(visible),
            markup,
            inline_markup,
            reply_to,
            file: None,
            parse_mode: None,
        },
    )
}

/// The file to send: an upload (direct part or `attach://name`) or an existing file_id.
enum MediaSource<'a> {
    Upload(&'a Upload),
    Existing(String),
}

fn media_source<'a>(p: &'a Params, field: &str) -> Result<MediaSource<'a>, ApiError> {
    if let Some(up) = p.files.get(field) {
        return Ok(MediaSource::Upload(up));
    }
    let Some(value) = p.string(field).filter(|s| !s.is_empty()) else {
        return Err(ApiError::bad(format!("there is no {field} in the request")));
    };
    if let Some(name) = value.strip_prefix("attach://") {
        return p
            .files
            .get(name)
            .map(MediaSource::Upload)
            .ok_or_else(|| ApiError::bad("there is no file attached"));
    }
    if value.starts_with("http://") || value.starts_with("https://") {
        return Err(ApiError::bad("failed to get HTTP URL content"));
    }
    Ok(MediaSource::Existing(value))
}

fn send_media(inner: &Inner, p: &Params, kind: FileKind) -> ApiResult {
    let (field, method) = match kind {
        FileKind::Photo => ("photo", "sendphoto"),
        _ => ("document", "senddocument"),
    };
    let mut st = inner.lock();
    let chat_id = known_chat(&st, p)?;
    let parse_mode = p.string("parse_mode").filter(|s| !s.is_empty());
    let raw_caption = p.string("caption").filter(|s| !s.is_empty());
    let rendered = match &raw_caption {
        Some(c) => Some(render(c, parse_mode.as_deref())?),
        None => None,
    };
    if rendered
        .as_ref()
        .is_some_and(|r| r.text.chars().count() > MAX_CAPTION_LEN)
    {
        return Err(ApiError::bad("message caption is too long"));
    }
    let (markup, inline_markup) = parse_reply_markup(p)?;
    let reply_to = reply_target(p)?;

    let mut content = Map::new();
    let bytes: Arc<Vec<u8>> = match media_source(p, field)? {
        MediaSource::Existing(file_id) => {
            let Some(f) = st.files.get(&file_id) else {
                return Err(ApiError::bad("wrong file identifier/HTTP URL specified"));
            };
            if f.kind != kind {
                return Err(ApiError::bad("type of file mismatch"));
            }
            let bytes = f.bytes.clone();
            if kind == FileKind::Document {
                // Re-sending keeps the original document object.
                let original = st
                    .messages
                    .values()
                    .find(|m| m.json["document"]["file_id"].as_str() == Some(file_id.as_str()))
                    .map(|m| m.json["document"].clone());
                let doc = original.unwrap_or_else(|| {
                    json!({
                        "file_id": file_id,
                        "file_unique_id": f.unique_id,
                        "file_size": f.bytes.len(),
                    })
                });
                content.insert("document".into(), doc);
            }
            bytes
        }
        MediaSource::Upload(up) => {
            if up.bytes.is_empty() {
                return Err(ApiError::bad("file must be non-empty"));
            }
            if up.bytes.len() > MAX_UPLOAD {
                return Err(ApiError::new(413, "Request Entity Too Large"));
            }
            if kind == FileKind::Photo {
                let Some((w, h)) = image_dimensions(&up.bytes) else {
                    return Err(ApiError::bad("IMAGE_PROCESS_FAILED"));
                };
                let (w, h) = (u64::from(w), u64::from(h));
                if w == 0 || h == 0 || w + h > 10_000 || w.max(h) > 20 * w.min(h) {
                    return Err(ApiError::bad("PHOTO_INVALID_DIMENSIONS"));
                }
                Arc::new(up.bytes.clone())
            } else {
                let bytes = Arc::new(up.bytes.clone());
                let file_name = up
                    .file_name
                    .clone()
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| "file".to_owned());
                let mime = up
                    .content_type
                    .clone()
                    .filter(|c| !c.is_empty() && c != "application/octet-stream")
                    .unwrap_or_else(|| guess_mime(&file_name).to_owned());
                let (id, uid) = store_file(
                    &mut st,
                    bytes.clone(),
                    FileKind::Document,
                    extension_of(&file_name).as_deref(),
                );
                content.insert(
                    "document".into(),
                    json!({
                        "file_id": id,
                        "file_unique_id": uid,
                        "file_name": file_name,
                        "mime_type": mime,
                        "file_size": bytes.len(),
                    }),
                );
                bytes
            }
        }
    };
    if kind == FileKind::Photo {
        let sizes = photo_sizes(&mut st, bytes.clone());
        content.insert("photo".into(), Value::Array(sizes));
    }
    if let Some(r) = &rendered {
        insert_rendered(&mut content, "caption", r);
    }
    finish_send(
        inner,
        &mut st,
        Outgoing {
            chat_id,
            method,
            content,
            raw_text: raw_caption,
            visible_text: rendered.map(|r| r.text),
            markup,
            inline_markup,
            reply_to,
            file: Some(bytes.as_ref().clone()),
            parse_mode,
        },
    )
}

fn get_file(inner: &Inner, p: &Params) -> ApiResult {
    let file_id = p.string("file_id").unwrap_or_default();
    if file_id.is_empty() {
        return Err(ApiError::bad("file_id is empty"));
    }
    let st = inner.lock();
    let Some(f) = st.files.get(&file_id) else {
        return Err(ApiError::bad("invalid file_id"));
    };
    if f.bytes.len() > MAX_DOWNLOAD {
        return Err(ApiError::bad("file is too big"));
    }
    Ok(json!({
        "file_id": file_id,
        "file_unique_id": f.unique_id,
        "file_size": f.bytes.len(),
        "file_path": f.path,
    }))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum EditKind {
    Text,
    Caption,
    Markup,
}

fn edit_message(inner: &Inner, p: &Params, kind: EditKind) -> ApiResult {
    if p.get("inline_message_id").is_some() {
        return Err(ApiError::bad("MESSAGE_ID_INVALID"));
    }
    let mut guard = inner.lock();
    let st = &mut *guard;
    let chat_id = known_chat(st, p)?;
    let Some(message_id) = p.int("message_id")? else {
        return Err(ApiError::bad("message identifier is not specified"));
    };
    let parse_mode = p.string("parse_mode").filter(|s| !s.is_empty());
    let new_raw = match kind {
        EditKind::Text => Some(p.string("text").unwrap_or_default()),
        EditKind::Caption => Some(p.string("caption").unwrap_or_default()),
        EditKind::Markup => None,
    };
    let rendered = match &new_raw {
        Some(raw) => Some(render(raw, parse_mode.as_deref())?),
        None => None,
    };
    if kind == EditKind::Text {
        let text = rendered.as_ref().map(|r| r.text.as_str()).unwrap_or("");
        if text.trim().is_empty() {
            return Err(ApiError::bad("message text is empty"));
        }
        if text.chars().count() > MAX_TEXT_LEN {
            return Err(ApiError::bad("message is too long"));
        }
    }
    if kind == EditKind::Caption
        && rendered
            .as_ref()
            .is_some_and(|r| r.text.chars().count() > MAX_CAPTION_LEN)
    {
        return Err(ApiError::bad("message caption is too long"));
    }
    let (markup, inline_markup) = parse_reply_markup(p)?;
    let Some(stored) = st.messages.get_mut(&(chat_id, message_id)) else {
        return Err(ApiError::bad("message to edit not found"));
    };
    if stored.deleted {
        return Err(ApiError::bad("message to edit not found"));
    }
    if !stored.from_bot {
        return Err(ApiError::bad("message can't be edited"));
    }
    let Some(obj) = stored.json.as_object_mut() else {
        return Err(ApiError::bad("message to edit not found"));
    };
    let has_text = obj.contains_key("text");
    match kind {
        EditKind::Text if !has_text => {
            return Err(ApiError::bad("there is no text in the message to edit"));
        }
        EditKind::Caption if has_text => {
            return Err(ApiError::bad("there is no caption in the message to edit"));
        }
        _ => {}
    }
    let (text_key, ent_key) = if has_text {
        ("text", "entities")
    } else {
        ("caption", "caption_entities")
    };
    let old_text = obj.get(text_key).cloned();
    let old_entities = obj.get(ent_key).cloned();
    let old_markup = obj.get("reply_markup").cloned();
    let new_entities = rendered
        .as_ref()
        .map(|r| r.entities.clone())
        .filter(|e| !e.is_empty())
        .map(Value::Array);
    let text_same = match &rendered {
        Some(r) => {
            let cur = old_text.as_ref().and_then(Value::as_str).unwrap_or("");
            cur == r.text && old_entities == new_entities
        }
        None => true,
    };
    if text_same && old_markup == inline_markup {
        return Err(ApiError::bad(
            "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
        ));
    }
    if let Some(r) = &rendered {
        if r.text.is_empty() {
            obj.remove(text_key);
        } else {
            obj.insert(text_key.into(), json!(r.text));
        }
        match &new_entities {
            Some(e) => obj.insert(ent_key.into(), e.clone()),
            None => obj.remove(ent_key),
        };
    }
    match &inline_markup {
        Some(m) => obj.insert("reply_markup".into(), m.clone()),
        None => obj.remove("reply_markup"),
    };
    obj.insert("edit_date".into(), json!(now()));
    let result = stored.json.clone();
    if let Some(sent) = stored.sent_index.and_then(|i| st.sent.get_mut(i)) {
        if let Some(raw) = new_raw {
            sent.edits.push(raw.clone());
            sent.text = if raw.is_empty() { None } else { Some(raw) };
            sent.visible_text = rendered.map(|r| r.text);
            sent.parse_mode = parse_mode;
        }
        sent.reply_markup = markup;
    }
    inner.sent_changed.notify_waiters();
    Ok(result)
}

fn delete_message(inner: &Inner, p: &Params) -> ApiResult {
    let mut guard = inner.lock();
    let st = &mut *guard;
    let chat_id = known_chat(st, p)?;
    let Some(message_id) = p.int("message_id")? else {
        return Err(ApiError::bad("message identifier is not specified"));
    };
    let Some(stored) = st.messages.get_mut(&(chat_id, message_id)) else {
        return Err(ApiError::bad("message to delete not found"));
    };
    if stored.deleted {
        return Err(ApiError::bad("message to delete not found"));
    }
    stored.deleted = true;
    if let Some(sent) = stored.sent_index.and_then(|i| st.sent.get_mut(i)) {
        sent.deleted = true;
    }
    inner.sent_changed.notify_waiters();
    Ok(json!(true))
}

fn answer_callback(inner: &Inner, p: &Params) -> ApiResult {
    let id = p.string("callback_query_id").unwrap_or_default();
    let mut st = inner.lock();
    if !st.open_callbacks.remove(&id) {
        return Err(ApiError::bad(
            "query is too old and response timeout expired or query id is invalid",
        ));
    }
    let text = p.string("text").filter(|t| !t.is_empty());
    st.callback_answers.push((id, text));
    inner.sent_changed.notify_waiters();
    Ok(json!(true))
}

fn scope_key(scope: Option<&Value>) -> Result<String, ApiError> {
    let Some(scope) = scope else {
        return Ok("default".to_owned());
    };
    let invalid = || ApiError::bad("can't parse BotCommandScope JSON object");
    let kind = scope
        .get("type")
        .and_then(Value::as_str)
        .ok_or_else(invalid)?;
    let id_of = |k: &str| -> String {
        match scope.get(k) {
            Some(Value::String(s)) => s.clone(),
            Some(v) => v.to_string(),
            None => String::new(),
        }
    };
    match kind {
        "default" | "all_private_chats" | "all_group_chats" | "all_chat_administrators" => {
            Ok(kind.to_owned())
        }
        "chat" | "chat_administrators" => Ok(format!("{kind}:{}", id_of("chat_id"))),
        "chat_member" => Ok(format!("{kind}:{}:{}", id_of("chat_id"), id_of("user_id"))),
        _ => Err(ApiError::bad("BOT_COMMAND_SCOPE_INVALID")),
    }
}

fn commands_key(p: &Params) -> Result<(String, String), ApiError> {
    let scope = p.json("scope", "can't parse BotCommandScope JSON object")?;
    let scope = scope_key(scope.as_ref())?;
    let lang = p.string("language_code").unwrap_or_default();
    if !lang.is_empty() && (lang.len() != 2 || !lang.chars().all(|c| c.is_ascii_lowercase())) {
        return Err(ApiError::bad("LANG_CODE_INVALID"));
    }
    Ok((scope, lang))
}

fn set_my_commands(inner: &Inner, p: &Params) -> ApiResult {
    let commands = p
        .json("commands", "can't parse commands JSON array")?
        .unwrap_or_else(|| json!([]));
    let list = commands
        .as_array()
        .ok_or_else(|| ApiError::bad("can't parse commands JSON array"))?;
    if list.len() > 100 {
        return Err(ApiError::bad("too many commands specified"));
    }
    for c in list {
        let name = c.get("command").and_then(Value::as_str).unwrap_or("");
        let name_ok = (1..=32).contains(&name.len())
            && name
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
        if !name_ok {
            return Err(ApiError::bad("BOT_COMMAND_INVALID"));
        }
        let description = c.get("description").and_then(Value::as_str).unwrap_or("");
        let len = description.chars().count();
        if len == 0 || len > 256 {
            return Err(ApiError::bad("BOT_COMMAND_DESCRIPTION_INVALID"));
        }
    }
    let key = commands_key(p)?;
    let mut st = inner.lock();
    if list.is_empty() {
        st.commands.remove(&key);
    } else {
        st.command_seq += 1;
        let seq = st.command_seq;
        st.commands.insert(
            key,
            CommandSet {
                commands: commands.clone(),
                seq,
            },
        );
    }
    Ok(json!(true))
}

fn get_my_commands(inner: &Inner, p: &Params) -> ApiResult {
    let key = commands_key(p)?;
    let st = inner.lock();
    Ok(st
        .commands
        .get(&key)
        .map(|s| s.commands.clone())
        .unwrap_or_else(|| json!([])))
}

fn delete_my_commands(inner: &Inner, p: &Params) -> ApiResult {
    let key = commands_key(p)?;
    inner.lock().commands.remove(&key);
    Ok(json!(true))
}

// ---------------------------------------------------------------------------
// Entity parsing (HTML, MarkdownV2, Markdown) with Telegram's error messages
// ---------------------------------------------------------------------------

#[derive(Default)]
struct TextOut {
    text: String,
    pos16: usize,
    entities: Vec<Value>,
}

impl TextOut {
    fn push(&mut self, c: char) {
        self.text.push(c);
        self.pos16 += c.len_utf16();
    }

    fn entity(&mut self, kind: &str, start: usize, extra: Option<(&str, String)>) {
        if self.pos16 <= start {
            return;
        }
        let mut e = json!({ "type": kind, "offset": start, "length": self.pos16 - start });
        if let Some((k, v)) = extra {
            e[k] = json!(v);
        }
        self.entities.push(e);
    }

    fn finish(mut self) -> Rendered {
        self.entities.sort_by_key(|e| {
            (
                e["offset"].as_u64().unwrap_or(0),
                std::cmp::Reverse(e["length"].as_u64().unwrap_or(0)),
            )
        });
        Rendered {
            text: self.text,
            entities: self.entities,
        }
    }
}

/// Normalizes a link target the way Telegram does, or None when it is unusable.
fn link_url(href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.chars().any(char::is_whitespace) {
        return None;
    }
    if href.contains("://") || href.starts_with("tg:") || href.starts_with("mailto:") {
        Some(href.to_owned())
    } else {
        Some(format!("http://{href}"))
    }
}

fn decode_html_entity(s: &str) -> Option<(char, usize)> {
    let end = s.get(..12.min(s.len()))?.find(';')?;
    let name = &s[1..end];
    let c = match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        _ => {
            let code =
                if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok()?
                } else {
                    name.strip_prefix('#')?.parse::<u32>().ok()?
                };
            char::from_u32(code)?
        }
    };
    Some((c, end + 1))
}

fn decode_html_text(s: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        if c == '&'
            && let Some((d, len)) = decode_html_entity(&s[i..])
        {
            out.push(d);
            i += len;
            continue;
        }
        out.push(c);
        i += c.len_utf8();
    }
    out
}

struct OpenTag {
    name: String,
    start: usize,
    attr: Option<String>,
    language: Option<String>,
}

fn parse_html(src: &str) -> Result<Rendered, String> {
    const TAGS: &[&str] = &[
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    ];
    let b = src.as_bytes();
    let mut out = TextOut::default();
    let mut stack: Vec<OpenTag> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let Some(c) = src[i..].chars().next() else {
            break;
        };
        if c == '&' {
            if let Some((d, len)) = decode_html_entity(&src[i..]) {
                out.push(d);
                i += len;
            } else {
                out.push('&');
                i += 1;
            }
            continue;
        }
        if c != '<' {
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        let begin = i;
        i += 1;
        if b.get(i) == Some(&b'/') {
            i += 1;
            let name_start = i;
            while i < b.len() && b[i] != b'>' {
                i += 1;
            }
            if i >= b.len() {
                return Err(format!("Unclosed end tag at byte offset {begin}"));
            }
            let name = src[name_start..i].trim().to_ascii_lowercase();
            i += 1;
            let Some(open) = stack.pop() else {
                return Err(format!("Unexpected end tag at byte offset {begin}"));
            };
            if open.name != name {
                return Err(format!(
                    "Unmatched end tag at byte offset {begin}, expected \"</{}>\", found \"</{name}>\"",
                    open.name
                ));
            }
            close_html_tag(&mut out, &mut stack, open);
            continue;
        }
        let name_start = i;
        while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
            i += 1;
        }
        let name = src[name_start..i].to_ascii_lowercase();
        if i >= b.len() {
            return Err(format!("Unclosed start tag at byte offset {begin}"));
        }
        if !TAGS.contains(&name.as_str()) {
            return Err(format!(
                "Unsupported start tag \"{name}\" at byte offset {begin}"
            ));
        }
        let mut attrs: Vec<(String, String)> = Vec::new();
        loop {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i >= b.len() {
                return Err(format!(
                    "Unclosed start tag \"{name}\" at byte offset {begin}"
                ));
            }
            if b[i] == b'>' {
                i += 1;
                break;
            }
            let attr_start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-' || b[i] == b'_') {
                i += 1;
            }
            if i == attr_start {
                return Err(format!(
                    "Empty attribute name in the tag \"{name}\" at byte offset {begin}"
                ));
            }
            let attr = src[attr_start..i].to_ascii_lowercase();
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if b.get(i) != Some(&b'=') {
                attrs.push((attr, String::new()));
                continue;
            }
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let value = match b.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let vstart = i + 1;
                    let Some(len) = src[vstart..].find(q as char) else {
                        return Err(format!(
                            "Unclosed start tag \"{name}\" at byte offset {begin}"
                        ));
                    };
                    i = vstart + len + 1;
                    &src[vstart..vstart + len]
                }
                _ => {
                    let vstart = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    &src[vstart..i]
                }
            };
            attrs.push((attr, decode_html_text(value)));
        }
        let attr_of = |k: &str| attrs.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
        let attr = match name.as_str() {
            "a" => attr_of("href"),
            "span" => {
                if attr_of("class").as_deref() != Some("tg-spoiler") {
                    return Err(format!(
                        "Tag \"span\" must have class \"tg-spoiler\" at byte offset {begin}"
                    ));
                }
                None
            }
            "code" => attr_of("class"),
            "blockquote" => attr_of("expandable").map(|_| "expandable".to_owned()),
            _ => None,
        };
        stack.push(OpenTag {
            name,
            start: out.pos16,
            attr,
            language: None,
        });
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "Can't find end tag corresponding to start tag \"{}\"",
            open.name
        ));
    }
    Ok(out.finish())
}

fn close_html_tag(out: &mut TextOut, stack: &mut [OpenTag], open: OpenTag) {
    let start = open.start;
    match open.name.as_str() {
        "b" | "strong" => out.entity("bold", start, None),
        "i" | "em" => out.entity("italic", start, None),
        "u" | "ins" => out.entity("underline", start, None),
        "s" | "strike" | "del" => out.entity("strikethrough", start, None),
        "tg-spoiler" | "span" => out.entity("spoiler", start, None),
        "a" => {
            if let Some(url) = open.attr.as_deref().and_then(link_url) {
                out.entity("text_link", start, Some(("url", url)));
            }
        }
        "code" => {
            let lang = open
                .attr
                .as_deref()
                .and_then(|c| c.strip_prefix("language-"))
                .map(str::to_owned);
            match stack.last_mut() {
                Some(parent) if parent.name == "pre" && parent.start == start => {
                    parent.language = lang;
                }
                _ => out.entity("code", start, None),
            }
        }
        "pre" => out.entity("pre", start, open.language.map(|l| ("language", l))),
        "blockquote" => {
            let kind = if open.attr.is_some() {
                "expandable_blockquote"
            } else {
                "blockquote"
            };
            out.entity(kind, start, None);
        }
        _ => {}
    }
}

struct MdOpen {
    kind: &'static str,
    start: usize,
    byte: usize,
    language: Option<String>,
}

fn md_entity_name(kind: &str) -> &'static str {
    match kind {
        "bold" => "Bold",
        "italic" => "Italic",
        "underline" => "Underline",
        "strikethrough" => "Strikethrough",
        "spoiler" => "Spoiler",
        "code" => "Code",
        "pre" => "Pre",
        _ => "TextUrl",
    }
}

fn parse_markdown_v2(src: &str) -> Result<Rendered, String> {
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let reserved = |c: char| -> String {
        format!("Character '{c}' is reserved and must be escaped with the preceding '\\'")
    };
    let mut out = TextOut::default();
    let mut stack: Vec<MdOpen> = Vec::new();
    let mut quote: Option<usize> = None;
    let mut line_start = true;
    let mut k = 0;
    while k < chars.len() {
        let (byte, c) = chars[k];
        if c == '\\'
            && let Some(n) = at(k + 1)
            && (1..=126).contains(&(n as u32))
        {
            out.push(n);
            k += 2;
            line_start = false;
            continue;
        }
        let in_code = stack
            .last()
            .is_some_and(|t| t.kind == "code" || t.kind == "pre");
        if in_code {
            if c == '`' {
                let is_pre = stack.last().is_some_and(|t| t.kind == "pre");
                if is_pre && !(at(k + 1) == Some('`') && at(k + 2) == Some('`')) {
                    out.push(c);
                    k += 1;
                    continue;
                }
                if let Some(open) = stack.pop() {
                    let language = open.language.map(|l| ("language", l));
                    out.entity(open.kind, open.start, language);
                }
                k += if is_pre { 3 } else { 1 };
                continue;
            }
            out.push(c);
            line_start = c == '\n';
            k += 1;
            continue;
        }
        if line_start && c == '>' {
            if quote.is_none() {
                quote = Some(out.pos16);
            }
            line_start = false;
            k += 1;
            continue;
        }
        if c == '\n' {
            if let Some(q) = quote
                && at(k + 1) != Some('>')
            {
                out.entity("blockquote", q, None);
                quote = None;
            }
            out.push('\n');
            line_start = true;
            k += 1;
            continue;
        }
        line_start = false;
        let toggle = |kind: &'static str, out: &mut TextOut, stack: &mut Vec<MdOpen>| {
            if stack.last().is_some_and(|t| t.kind == kind) {
                if let Some(open) = stack.pop() {
                    out.entity(kind, open.start, None);
                }
            } else {
                stack.push(MdOpen {
                    kind,
                    start: out.pos16,
                    byte,
                    language: None,
                });
            }
        };
        match c {
            '*' => {
                toggle("bold", &mut out, &mut stack);
                k += 1;
            }
            '~' => {
                toggle("strikethrough", &mut out, &mut stack);
                k += 1;
            }
            '_' if at(k + 1) == Some('_') => {
                toggle("underline", &mut out, &mut stack);
                k += 2;
            }
            '_' => {
                toggle("italic", &mut out, &mut stack);
                k += 1;
            }
            '|' if at(k + 1) == Some('|') => {
                toggle("spoiler", &mut out, &mut stack);
                k += 2;
            }
            '`' if at(k + 1) == Some('`') && at(k + 2) == Some('`') => {
                k += 3;
                let mut language = String::new();
                let mut j = k;
                while let Some(ch) = at(j) {
                    if ch == '\n' || ch == '`' || ch.is_whitespace() {
                        break;
                    }
                    language.push(ch);
                    j += 1;
                }
                if at(j) == Some('\n') {
                    k = j + 1;
                } else {
                    language.clear();
                }
                stack.push(MdOpen {
                    kind: "pre",
                    start: out.pos16,
                    byte,
                    language: (!language.is_empty()).then_some(language),
                });
            }
            '`' => {
                stack.push(MdOpen {
                    kind: "code",
                    start: out.pos16,
                    byte,
                    language: None,
                });
                k += 1;
            }
            '[' => {
                stack.push(MdOpen {
                    kind: "text_link",
                    start: out.pos16,
                    byte,
                    language: None,
                });
                k += 1;
            }
            ']' if stack.last().is_some_and(|t| t.kind == "text_link") => {
                let open = stack.pop();
                k += 1;
                if at(k) == Some('(') {
                    k += 1;
                    let mut url = String::new();
                    loop {
                        match at(k) {
                            None => {
                                return Err(format!(
                                    "Can't find end of a URL at byte offset {}",
                                    chars.get(k.saturating_sub(1)).map(|c| c.0).unwrap_or(0)
                                ));
                            }
                            Some(')') => {
                                k += 1;
                                break;
                            }
                            Some('\\') if at(k + 1).is_some() => {
                                if let Some(n) = at(k + 1) {
                                    url.push(n);
                                }
                                k += 2;
                            }
                            Some(ch) => {
                                url.push(ch);
                                k += 1;
                            }
                        }
                    }
                    if let (Some(open), Some(url)) = (open, link_url(&url)) {
                        out.entity("text_link", open.start, Some(("url", url)));
                    }
                }
            }
            ']' | '(' | ')' | '>' | '#' | '+' | '-' | '=' | '|' | '{' | '}' | '.' | '!' => {
                return Err(reserved(c));
            }
            _ => {
                out.push(c);
                k += 1;
            }
        }
    }
    if let Some(q) = quote {
        out.entity("blockquote", q, None);
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "Can't find end of {} entity at byte offset {}",
            md_entity_name(open.kind),
            open.byte
        ));
    }
    Ok(out.finish())
}

fn parse_markdown_legacy(src: &str) -> Result<Rendered, String> {
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut out = TextOut::default();
    let mut k = 0;
    while k < chars.len() {
        let (byte, c) = chars[k];
        if c == '\\' && matches!(at(k + 1), Some('_' | '*' | '`' | '[')) {
            if let Some(n) = at(k + 1) {
                out.push(n);
            }
            k += 2;
            continue;
        }
        let unclosed = || format!("Can't find end of the entity starting at byte offset {byte}");
        match c {
            '*' | '_' | '`' => {
                let is_pre = c == '`' && at(k + 1) == Some('`') && at(k + 2) == Some('`');
                let start = out.pos16;
                k += if is_pre { 3 } else { 1 };
                let mut closed = false;
                while let Some(ch) = at(k) {
                    if is_pre && ch == '`' && at(k + 1) == Some('`') && at(k + 2) == Some('`') {
                        k += 3;
                        closed = true;
                        break;
                    }
                    if !is_pre && ch == c {
                        k += 1;
                        closed = true;
                        break;
                    }
                    out.push(ch);
                    k += 1;
                }
                if !closed {
                    return Err(unclosed());
                }
                let kind = match (c, is_pre) {
                    (_, true) => "pre",
                    ('*', _) => "bold",
                    ('_', _) => "italic",
                    _ => "code",
                };
                out.entity(kind, start, None);
            }
            '[' => {
                let start = out.pos16;
                k += 1;
                let mut closed = false;
                while let Some(ch) = at(k) {
                    k += 1;
                    if ch == ']' {
                        closed = true;
                        break;
                    }
                    out.push(ch);
                }
                if !closed {
                    return Err(unclosed());
                }
                if at(k) == Some('(') {
                    let mut url = String::new();
                    k += 1;
                    while let Some(ch) = at(k) {
                        k += 1;
                        if ch == ')' {
                            break;
                        }
                        url.push(ch);
                    }
                    if let Some(url) = link_url(&url) {
                        out.entity("text_link", start, Some(("url", url)));
                    }
                }
            }
            _ => {
                out.push(c);
                k += 1;
            }
        }
    }
    Ok(out.finish())
}
