//! Matrix adapter: residents' direct rooms and the officer queue rooms.
//!
//! - [`connect`] restores the bot's saved session (same device, so
//!   transaction ids stay idempotent across restarts) or logs in once.
//! - [`SyncLoop`] runs its own `/sync` loop: events are recorded by event id
//!   together with the next sync token, in one transaction, before anything
//!   is handled; after downtime a limited timeline is paged back with
//!   `/messages`.
//! - [`MatrixSender`] sends outbox rows with the row's id in the transaction
//!   id, so a retry cannot duplicate.

mod authority;
mod convert;
mod render;
mod send;
mod sync;

pub use authority::MatrixAuthority;
pub use convert::{RoomKind, to_inbound};
pub use send::{MatrixMedia, MatrixSender};
pub use sync::SyncLoop;

use std::path::Path;
use std::sync::Arc;

use matrix_sdk::Client;
use matrix_sdk::authentication::matrix::MatrixSession;

use crate::config::MatrixConfig;
use crate::storage::{StorageError, Store};

const SESSION_KEY: &str = "matrix.session";
const INSTALL_KEY: &str = "install.id";

#[derive(Debug, thiserror::Error)]
pub enum MatrixError {
    #[error("matrix client: {0}")]
    Client(#[from] matrix_sdk::Error),
    #[error("matrix client setup: {0}")]
    Build(#[from] matrix_sdk::ClientBuildError),
    #[error("matrix login failed for {user}: {source}")]
    Login {
        user: String,
        source: matrix_sdk::Error,
    },
    #[error(
        "no saved Matrix session and no password configured (matrix.password or KOBAN_MATRIX_PASSWORD)"
    )]
    NoCredentials,
    #[error("saved Matrix session is unreadable: {0}")]
    Session(#[from] serde_json::Error),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// A stable id for this installation, part of every Matrix transaction id
/// (so a fresh database on an old device cannot collide with old sends).
pub async fn install_id(store: &Arc<dyn Store>) -> Result<String, StorageError> {
    if let Some(id) = store.kv_get(INSTALL_KEY).await? {
        return Ok(id);
    }
    use rand::Rng;
    let id: String = rand::rng()
        .sample_iter(rand::distr::Alphanumeric)
        .take(12)
        .map(char::from)
        .collect();
    store.kv_set(INSTALL_KEY, &id).await?;
    Ok(id)
}

/// Builds the client with its on-disk store and restores or creates the
/// bot's session.
pub async fn connect(
    config: &MatrixConfig,
    store_dir: &Path,
    store: &Arc<dyn Store>,
) -> Result<Client, MatrixError> {
    let client = Client::builder()
        .homeserver_url(&config.homeserver)
        .sqlite_store(store_dir, None)
        .build()
        .await?;
    if let Some(saved) = store.kv_get(SESSION_KEY).await? {
        let session: MatrixSession = serde_json::from_str(&saved)?;
        client
            .matrix_auth()
            .restore_session(session, Default::default())
            .await?;
        tracing::info!(user = %config.user, "matrix session restored");
        return Ok(client);
    }
    if config.password.is_empty() {
        return Err(MatrixError::NoCredentials);
    }
    client
        .matrix_auth()
        .login_username(&config.user, config.password.expose())
        .initial_device_display_name(&config.device_name)
        .send()
        .await
        .map_err(|source| MatrixError::Login {
            user: config.user.clone(),
            source,
        })?;
    let session = client
        .matrix_auth()
        .session()
        .expect("a session exists right after a successful login");
    store
        .kv_set(SESSION_KEY, &serde_json::to_string(&session)?)
        .await?;
    tracing::info!(user = %config.user, device = %session.meta.device_id, "matrix login done, session saved");
    Ok(client)
}
