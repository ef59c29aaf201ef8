//! SQLite: the default, embedded backend. One file, WAL journal, write
//! transactions begun `IMMEDIATE` so that concurrent writers wait for the lock
//! (busy timeout) instead of failing on upgrade.

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};

use super::Result;
use super::sql::impl_store;

#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens the database with `synchronous = FULL`: a commit (an inbox
    /// batch acknowledged to Telegram, a processed event) is on disk before
    /// it returns, so it survives an OS crash or power loss, not only a
    /// crash of koban.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self> {
        Self::connect_with(url, max_connections, SqliteSynchronous::Full).await
    }

    /// [`Self::connect`] with another durability level (for measurements).
    pub async fn connect_with(
        url: &str,
        max_connections: u32,
        synchronous: SqliteSynchronous,
    ) -> Result<Self> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(synchronous)
            .busy_timeout(Duration::from_secs(10))
            .foreign_keys(true);
        if let Some(parent) = options.get_filename().parent()
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent).map_err(sqlx::Error::Io)?;
        }
        let pool = SqlitePoolOptions::new()
            .max_connections(max_connections.max(1))
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        Ok(Self { pool })
    }

    async fn begin_write(&self) -> Result<Transaction<'static, Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

impl_store!(
    SqliteStore,
    Sqlite,
    reserve_ticket = "UPDATE sequences SET value = value + 1 WHERE name = 'ticket' RETURNING value"
);
