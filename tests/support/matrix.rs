//! A small, real Matrix client for integration tests.
//!
//! It speaks the raw Client-Server API (over `reqwest`) to a throwaway Synapse
//! started by `tests/synapse/synapse.sh`:
//!
//! ```text
//! tests/synapse/synapse.sh start && eval "$(tests/synapse/synapse.sh env)"
//! ```
//!
//! Everything here panics on failure (with the method, path, status and
//! response body, never the access token): these are test helpers, and a
//! panic is a clear test failure.
#![allow(dead_code)]

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use rand::distr::{Alphanumeric, SampleString};
use reqwest::header::CONTENT_TYPE;
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};
use sha1::Sha1;

const URL_ENV: &str = "KOBAN_TEST_SYNAPSE_URL";
const SECRET_ENV: &str = "KOBAN_TEST_SYNAPSE_SECRET";
const CLIENT_V3: &str = "/_matrix/client/v3";
const POLL_INTERVAL: Duration = Duration::from_millis(100);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The test homeserver: where it is and the shared secret that lets us
/// register users without going through UIA.
#[derive(Clone)]
pub struct Homeserver {
    pub url: String,
    shared_secret: String,
    http: Client,
}

impl Homeserver {
    /// Reads `KOBAN_TEST_SYNAPSE_URL` and `KOBAN_TEST_SYNAPSE_SECRET`.
    ///
    /// Panics with instructions when either is missing.
    pub fn from_env() -> Self {
        let read = |name: &str| match std::env::var(name) {
            Ok(v) if !v.trim().is_empty() => v.trim().to_owned(),
            _ => panic!(
                "{name} is not set: these tests need a running Synapse. Start one with \
                 `tests/synapse/synapse.sh start` and then \
                 `eval \"$(tests/synapse/synapse.sh env)\"` \
                 (it exports {URL_ENV} and {SECRET_ENV})"
            ),
        };
        let url = read(URL_ENV).trim_end_matches('/').to_owned();
        let shared_secret = read(SECRET_ENV);
        Self {
            url,
            shared_secret,
            http: http_client(),
        }
    }

    /// Registers a fresh user whose localpart is `prefix` (lowercased) plus a
    /// random suffix, through the shared-secret admin API.
    pub async fn register(&self, prefix: &str) -> TestUser {
        let prefix: String = prefix
            .to_lowercase()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || "._=-/".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let suffix = random_string(10);
        let localpart = if prefix.is_empty() {
            suffix
        } else {
            format!("{prefix}-{suffix}")
        };
        let password = random_string(24);
        let (status, body) = self.shared_secret_register(&localpart, &password).await;
        let body = check(&Method::POST, ADMIN_REGISTER, status, body);
        self.user_from_login(&localpart, &password, &json_body(ADMIN_REGISTER, &body))
    }

    /// Registers exactly `@localpart:server` with `password`; if that user
    /// already exists, logs in with `password` instead.
    pub async fn register_with(&self, localpart: &str, password: &str) -> TestUser {
        let (status, body) = self.shared_secret_register(localpart, password).await;
        if status.is_success() {
            return self.user_from_login(localpart, password, &json_body(ADMIN_REGISTER, &body));
        }
        let errcode = serde_json::from_slice::<Value>(&body)
            .ok()
            .and_then(|v| v["errcode"].as_str().map(str::to_owned));
        if errcode.as_deref() != Some("M_USER_IN_USE") {
            check(&Method::POST, ADMIN_REGISTER, status, body);
            unreachable!("check() panics on an error status");
        }
        let path = format!("{CLIENT_V3}/login");
        let login = call_json(
            &self.http,
            &self.url,
            None,
            Method::POST,
            &path,
            Body::Json(json!({
                "type": "m.login.password",
                "identifier": { "type": "m.id.user", "user": localpart },
                "password": password,
                "initial_device_display_name": "koban test helper",
            })),
        )
        .await;
        self.user_from_login(localpart, password, &login)
    }

    async fn shared_secret_register(
        &self,
        localpart: &str,
        password: &str,
    ) -> (StatusCode, Vec<u8>) {
        let nonce = call_json(
            &self.http,
            &self.url,
            None,
            Method::GET,
            ADMIN_REGISTER,
            Body::None,
        )
        .await;
        let nonce = nonce["nonce"]
            .as_str()
            .unwrap_or_else(|| panic!("GET {ADMIN_REGISTER}: no nonce in {nonce}"))
            .to_owned();
        let mac = registration_mac(&self.shared_secret, &nonce, localpart, password, false);
        request(
            &self.http,
            &self.url,
            None,
            Method::POST,
            ADMIN_REGISTER,
            Body::Json(json!({
                "nonce": nonce,
                "username": localpart,
                "password": password,
                "admin": false,
                "mac": mac,
            })),
        )
        .await
    }

    fn user_from_login(&self, localpart: &str, password: &str, login: &Value) -> TestUser {
        let field = |name: &str| {
            login[name]
                .as_str()
                .unwrap_or_else(|| panic!("registration/login answer has no {name}: {login}"))
                .to_owned()
        };
        TestUser {
            user_id: field("user_id"),
            localpart: localpart.to_owned(),
            password: password.to_owned(),
            access_token: field("access_token"),
            homeserver: self.url.clone(),
            http: self.http.clone(),
        }
    }
}

const ADMIN_REGISTER: &str = "/_synapse/admin/v1/register";

/// A logged-in user on the test homeserver. `homeserver` is the base URL.
#[derive(Clone)]
pub struct TestUser {
    pub user_id: String,
    pub localpart: String,
    pub password: String,
    pub access_token: String,
    pub homeserver: String,
    http: Client,
}

impl TestUser {
    /// Creates a private room named `name`, inviting `invite`; returns its ID.
    pub async fn create_room(&self, name: &str, invite: &[&str]) -> String {
        let resp = self
            .post(
                "/createRoom",
                json!({
                    "name": name,
                    "preset": "private_chat",
                    "visibility": "private",
                    "invite": invite,
                }),
            )
            .await;
        str_field(&resp, "room_id", "POST /createRoom")
    }

    /// Creates a direct-message room with `other` (invited, `is_direct`,
    /// `trusted_private_chat`) and records it in our `m.direct` account data,
    /// as a real client does. Returns the room ID.
    pub async fn create_dm(&self, other: &str) -> String {
        let resp = self
            .post(
                "/createRoom",
                json!({
                    "is_direct": true,
                    "preset": "trusted_private_chat",
                    "visibility": "private",
                    "invite": [other],
                }),
            )
            .await;
        let room_id = str_field(&resp, "room_id", "POST /createRoom");

        let path = format!("/user/{}/account_data/m.direct", enc(&self.user_id));
        let (status, body) = self.request(Method::GET, &path, Body::None).await;
        let mut direct = if status == StatusCode::NOT_FOUND {
            json!({})
        } else {
            json_body(
                &path,
                &check(&Method::GET, &client_path(&path), status, body),
            )
        };
        if !direct.is_object() {
            direct = json!({});
        }
        let rooms = direct
            .as_object_mut()
            .expect("object")
            .entry(other.to_owned())
            .or_insert_with(|| json!([]));
        if let Some(list) = rooms.as_array_mut() {
            list.push(json!(room_id));
        } else {
            *rooms = json!([room_id]);
        }
        self.put(&path, direct).await;
        room_id
    }

    /// Creates a room flagged as a direct chat (`is_direct`,
    /// `trusted_private_chat`) with everyone in `invite`, as clients start a
    /// direct chat with several people. Returns the room ID.
    pub async fn create_direct_room(&self, invite: &[&str]) -> String {
        let resp = self
            .post(
                "/createRoom",
                json!({
                    "is_direct": true,
                    "preset": "trusted_private_chat",
                    "visibility": "private",
                    "invite": invite,
                }),
            )
            .await;
        str_field(&resp, "room_id", "POST /createRoom")
    }

    /// `user_id`'s membership in the room (`join`, `invite`, `leave`, …) as
    /// this member sees it; `None` if they never had one.
    pub async fn membership(&self, room_id: &str, user_id: &str) -> Option<String> {
        let path = format!(
            "/rooms/{}/state/m.room.member/{}",
            enc(room_id),
            enc(user_id)
        );
        let (status, body) = self.request(Method::GET, &path, Body::None).await;
        if status == StatusCode::NOT_FOUND {
            return None;
        }
        let member = json_body(
            &path,
            &check(&Method::GET, &client_path(&path), status, body),
        );
        member["membership"].as_str().map(str::to_owned)
    }

    pub async fn invite(&self, room_id: &str, user_id: &str) {
        self.post(
            &format!("/rooms/{}/invite", enc(room_id)),
            json!({ "user_id": user_id }),
        )
        .await;
    }

    /// Joins by room ID (or alias).
    pub async fn join(&self, room_id: &str) {
        self.post(&format!("/join/{}", enc(room_id)), json!({}))
            .await;
    }

    pub async fn leave(&self, room_id: &str) {
        self.post(&format!("/rooms/{}/leave", enc(room_id)), json!({}))
            .await;
    }

    /// Sets `users[user_id]` in the room's `m.room.power_levels` to `level`.
    pub async fn set_power_level(&self, room_id: &str, user_id: &str, level: i64) {
        let path = format!("/rooms/{}/state/m.room.power_levels/", enc(room_id));
        let mut pl = self.get(&path).await;
        if !pl["users"].is_object() {
            pl["users"] = json!({});
        }
        pl["users"][user_id] = json!(level);
        self.put(&path, pl).await;
    }

    /// Sends a plain `m.text` message; returns its event ID.
    pub async fn send_text(&self, room_id: &str, body: &str) -> String {
        self.send_event(
            room_id,
            "m.room.message",
            json!({ "msgtype": "m.text", "body": body }),
        )
        .await
    }

    /// Sends an `m.text` reply in the thread rooted at `thread_root`, with the
    /// reply fallback a thread-unaware client needs.
    pub async fn send_thread_reply(&self, room_id: &str, thread_root: &str, body: &str) -> String {
        self.send_event(
            room_id,
            "m.room.message",
            json!({
                "msgtype": "m.text",
                "body": body,
                "m.relates_to": {
                    "rel_type": "m.thread",
                    "event_id": thread_root,
                    "is_falling_back": true,
                    "m.in_reply_to": { "event_id": thread_root },
                },
            }),
        )
        .await
    }

    /// Sends any message-like event; returns its event ID.
    pub async fn send_event(&self, room_id: &str, event_type: &str, content: Value) -> String {
        let path = format!(
            "/rooms/{}/send/{}/{}",
            enc(room_id),
            enc(event_type),
            txn_id()
        );
        let resp = self.put(&path, content).await;
        str_field(&resp, "event_id", &path)
    }

    /// Edits `event_id` (an `m.text` message) to say `new_body`.
    pub async fn edit(&self, room_id: &str, event_id: &str, new_body: &str) -> String {
        self.send_event(
            room_id,
            "m.room.message",
            json!({
                "msgtype": "m.text",
                "body": format!("* {new_body}"),
                "m.new_content": { "msgtype": "m.text", "body": new_body },
                "m.relates_to": { "rel_type": "m.replace", "event_id": event_id },
            }),
        )
        .await
    }

    /// Redacts `event_id`; returns the redaction's event ID.
    pub async fn redact(&self, room_id: &str, event_id: &str) -> String {
        let path = format!(
            "/rooms/{}/redact/{}/{}",
            enc(room_id),
            enc(event_id),
            txn_id()
        );
        let resp = self.put(&path, json!({})).await;
        str_field(&resp, "event_id", &path)
    }

    /// Annotates `event_id` with the reaction `key`; returns the reaction's ID.
    pub async fn react(&self, room_id: &str, event_id: &str, key: &str) -> String {
        self.send_event(
            room_id,
            "m.reaction",
            json!({
                "m.relates_to": {
                    "rel_type": "m.annotation",
                    "event_id": event_id,
                    "key": key,
                },
            }),
        )
        .await
    }

    /// Every timeline event of the room visible to this user, oldest first,
    /// as full event JSON.
    pub async fn messages(&self, room_id: &str) -> Vec<Value> {
        let base = format!("/rooms/{}/messages?dir=b&limit=100", enc(room_id));
        let mut events = Vec::new();
        let mut from: Option<String> = None;
        loop {
            let path = match &from {
                Some(token) => format!("{base}&from={}", enc(token)),
                None => base.clone(),
            };
            let mut page = self.get(&path).await;
            let chunk = match page["chunk"].take() {
                Value::Array(chunk) => chunk,
                _ => Vec::new(),
            };
            let done = chunk.is_empty();
            events.extend(chunk);
            match page["end"].as_str() {
                Some(end) if !done => from = Some(end.to_owned()),
                _ => break,
            }
        }
        events.reverse();
        events
    }

    /// Polls [`messages`](Self::messages) every 100 ms until an event matches
    /// `pred`, and returns it. On timeout, panics with the room's messages.
    pub async fn wait_for(
        &self,
        room_id: &str,
        timeout: Duration,
        pred: impl Fn(&Value) -> bool,
    ) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            let events = self.messages(room_id).await;
            if let Some(found) = events.iter().find(|e| pred(e)) {
                return found.clone();
            }
            if Instant::now() >= deadline {
                panic!(
                    "wait_for: no matching event in {room_id} after {timeout:?} \
                     (as seen by {}). Messages in the room:\n{}",
                    self.user_id,
                    dump_messages(&events)
                );
            }
            tokio::time::sleep(POLL_INTERVAL).await;
        }
    }

    /// Waits until `user_id`'s membership in the room is `join`.
    pub async fn wait_joined(&self, room_id: &str, user_id: &str, timeout: Duration) {
        let path = format!(
            "/rooms/{}/state/m.room.member/{}",
            enc(room_id),
            enc(user_id)
        );
        let deadline = Instant::now() + timeout;
        let mut last = String::from("no membership event");
        loop {
            let (status, body) = self.request(Method::GET, &path, Body::None).await;
            if status != StatusCode::NOT_FOUND {
                let member = json_body(
                    &path,
                    &check(&Method::GET, &client_path(&path), status, body),
                );
                match member["membership"].as_str() {
                    Some("join") => return,
                    Some(other) => last = format!("membership {other}"),
                    None => last = format!("member event without membership: {member}"),
                }
            }
            if Instant::now() >= deadline {
                panic!(
                    "wait_joined: {user_id} has not joined {room_id} after {timeout:?} ({last})"
                );
            }
            tokio::time::sleep(POLL_INTERVAL).await;
        }
    }

    /// The user IDs currently joined to the room, sorted.
    pub async fn joined_members(&self, room_id: &str) -> Vec<String> {
        let path = format!("/rooms/{}/joined_members", enc(room_id));
        let resp = self.get(&path).await;
        let mut members: Vec<String> = resp["joined"]
            .as_object()
            .unwrap_or_else(|| panic!("GET {path}: no `joined` object in {resp}"))
            .keys()
            .cloned()
            .collect();
        members.sort();
        members
    }

    /// Uploads `bytes` to the media repository; returns the `mxc://` URI.
    pub async fn upload(&self, bytes: Vec<u8>, content_type: &str) -> String {
        let path = "/_matrix/media/v3/upload";
        let body = call(
            &self.http,
            &self.homeserver,
            Some(&self.access_token),
            Method::POST,
            path,
            Body::Raw(bytes, content_type.to_owned()),
        )
        .await;
        str_field(&json_body(path, &body), "content_uri", path)
    }

    /// Downloads `mxc://server/media_id` through authenticated media.
    pub async fn download(&self, mxc: &str) -> Vec<u8> {
        let (server, media_id) = mxc
            .strip_prefix("mxc://")
            .and_then(|rest| rest.split_once('/'))
            .filter(|(server, id)| !server.is_empty() && !id.is_empty())
            .unwrap_or_else(|| panic!("download: not an mxc:// URI: {mxc:?}"));
        let path = format!(
            "/_matrix/client/v1/media/download/{}/{}",
            enc(server),
            enc(media_id)
        );
        call(
            &self.http,
            &self.homeserver,
            Some(&self.access_token),
            Method::GET,
            &path,
            Body::None,
        )
        .await
    }

    /// The user ID the access token belongs to.
    pub async fn whoami(&self) -> String {
        let resp = self.get("/account/whoami").await;
        str_field(&resp, "user_id", "GET /account/whoami")
    }

    // --- plumbing: `path` is relative to /_matrix/client/v3 ---

    async fn request(&self, method: Method, path: &str, body: Body) -> (StatusCode, Vec<u8>) {
        request(
            &self.http,
            &self.homeserver,
            Some(&self.access_token),
            method,
            &client_path(path),
            body,
        )
        .await
    }

    async fn client_call(&self, method: Method, path: &str, body: Body) -> Value {
        call_json(
            &self.http,
            &self.homeserver,
            Some(&self.access_token),
            method,
            &client_path(path),
            body,
        )
        .await
    }

    async fn get(&self, path: &str) -> Value {
        self.client_call(Method::GET, path, Body::None).await
    }

    async fn post(&self, path: &str, body: Value) -> Value {
        self.client_call(Method::POST, path, Body::Json(body)).await
    }

    async fn put(&self, path: &str, body: Value) -> Value {
        self.client_call(Method::PUT, path, Body::Json(body)).await
    }
}

enum Body {
    None,
    Json(Value),
    Raw(Vec<u8>, String),
}

fn http_client() -> Client {
    Client::builder()
        .timeout(REQUEST_TIMEOUT)
        .build()
        .expect("building the test HTTP client")
}

fn client_path(path: &str) -> String {
    format!("{CLIENT_V3}{path}")
}

/// Sends one request and returns the status and body, whatever the status.
/// Panics only when no answer came back. The access token travels in the
/// Authorization header, so `path` is safe to print.
async fn request(
    http: &Client,
    base: &str,
    token: Option<&str>,
    method: Method,
    path: &str,
    body: Body,
) -> (StatusCode, Vec<u8>) {
    let mut req = http.request(method.clone(), format!("{base}{path}"));
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    req = match body {
        Body::None => req,
        Body::Json(json) => req.json(&json),
        Body::Raw(bytes, content_type) => req.header(CONTENT_TYPE, content_type).body(bytes),
    };
    let resp = req
        .send()
        .await
        .unwrap_or_else(|e| panic!("{method} {path}: request failed: {}", e.without_url()));
    let status = resp.status();
    let bytes = resp.bytes().await.unwrap_or_else(|e| {
        panic!(
            "{method} {path}: reading the {status} response failed: {}",
            e.without_url()
        )
    });
    (status, bytes.to_vec())
}

/// [`request`], panicking unless the status is 2xx; returns the raw body.
async fn call(
    http: &Client,
    base: &str,
    token: Option<&str>,
    method: Method,
    path: &str,
    body: Body,
) -> Vec<u8> {
    let (status, bytes) = request(http, base, token, method.clone(), path, body).await;
    check(&method, path, status, bytes)
}

/// [`call`], parsing the body as JSON.
async fn call_json(
    http: &Client,
    base: &str,
    token: Option<&str>,
    method: Method,
    path: &str,
    body: Body,
) -> Value {
    let bytes = call(http, base, token, method, path, body).await;
    json_body(path, &bytes)
}

fn check(method: &Method, path: &str, status: StatusCode, body: Vec<u8>) -> Vec<u8> {
    if status.is_success() {
        return body;
    }
    let text = String::from_utf8_lossy(&body);
    let text: String = if text.chars().count() > 2000 {
        text.chars().take(2000).chain("…".chars()).collect()
    } else {
        text.into_owned()
    };
    panic!("{method} {path} failed with {status}: {text}");
}

fn json_body(path: &str, body: &[u8]) -> Value {
    if body.is_empty() {
        return json!({});
    }
    serde_json::from_slice(body).unwrap_or_else(|e| {
        panic!(
            "{path}: response is not JSON ({e}): {}",
            String::from_utf8_lossy(body)
        )
    })
}

fn str_field(value: &Value, field: &str, what: &str) -> String {
    value[field]
        .as_str()
        .unwrap_or_else(|| panic!("{what}: no string `{field}` in {value}"))
        .to_owned()
}

/// Percent-encodes one path segment or query value.
fn enc(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn random_string(len: usize) -> String {
    Alphanumeric
        .sample_string(&mut rand::rng(), len)
        .to_lowercase()
}

/// A transaction ID unique across this process (and, thanks to the random
/// prefix, across test processes sharing a device).
fn txn_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    static PREFIX: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let prefix = PREFIX.get_or_init(|| random_string(12));
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("koban-test-{prefix}-{n}")
}

/// HMAC-SHA1 over `nonce\0user\0password\0(admin|notadmin)`, hex-encoded, as
/// Synapse's shared-secret registration expects.
fn registration_mac(secret: &str, nonce: &str, user: &str, password: &str, admin: bool) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key");
    mac.update(nonce.as_bytes());
    mac.update(b"\0");
    mac.update(user.as_bytes());
    mac.update(b"\0");
    mac.update(password.as_bytes());
    mac.update(b"\0");
    mac.update(if admin {
        b"admin".as_slice()
    } else {
        b"notadmin"
    });
    hex::encode(mac.finalize().into_bytes())
}

fn dump_messages(events: &[Value]) -> String {
    let lines: Vec<String> = events
        .iter()
        .filter(|e| e["type"] == "m.room.message")
        .map(|e| {
            let sender = e["sender"].as_str().unwrap_or("?");
            let id = e["event_id"].as_str().unwrap_or("?");
            match e["content"]["body"].as_str() {
                Some(body) => format!("  {id} {sender}: {body:?}"),
                None => format!("  {id} {sender}: (redacted or no body)"),
            }
        })
        .collect();
    if lines.is_empty() {
        "  (no m.room.message events)".to_owned()
    } else {
        lines.join("\n")
    }
}
