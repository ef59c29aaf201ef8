//! The connection to either backend, and the two small macros through which
//! every repository runs its SQL. A statement is written once (portable SQL:
//! `$1` placeholders, `ON CONFLICT`, `RETURNING`) and run with the native
//! sqlx driver of the backend in use, so both keep their own types and
//! pools; where the dialects differ a repository asks [`Database::dialect`].

use std::str::FromStr;
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgConnection, PgPool, Postgres, Sqlite, SqliteConnection, SqlitePool, Transaction};

use super::{Result, StorageError};

/// Runs a statement on a connection, transaction or pooled connection
/// (anything with `on()`): `execute!(conn, "UPDATE …", a, b)` gives the
/// number of rows it affected.
macro_rules! execute {
    ($conn:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        match $conn.on() {
            $crate::storage::db::Conn::Sqlite(c) => sqlx::query($sql)
                $(.bind($arg))*
                .execute(c)
                .await
                .map(|r| r.rows_affected()),
            $crate::storage::db::Conn::Postgres(c) => sqlx::query($sql)
                $(.bind($arg))*
                .execute(c)
                .await
                .map(|r| r.rows_affected()),
        }
    };
}

/// Runs a query and reads its rows: `fetch!(conn, query_as::<Row>,
/// fetch_optional, "SELECT …", a)` or with `query_scalar::<i64>`.
macro_rules! fetch {
    ($conn:expr, $kind:ident::<$row:ty>, $method:ident, $sql:expr $(, $arg:expr)* $(,)?) => {
        match $conn.on() {
            $crate::storage::db::Conn::Sqlite(c) => sqlx::$kind::<_, $row>($sql)
                $(.bind($arg))*
                .$method(c)
                .await,
            $crate::storage::db::Conn::Postgres(c) => sqlx::$kind::<_, $row>($sql)
                $(.bind($arg))*
                .$method(c)
                .await,
        }
    };
}

/// Which SQL dialect a connection speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// The database koban keeps everything in: SQLite (default, embedded, WAL)
/// for one police zone, PostgreSQL for scale.
#[derive(Debug, Clone)]
pub struct Database {
    pool: Pool,
}

#[derive(Debug, Clone)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl Database {
    /// Connects to the database the URL names (`sqlite:` or `postgres:`),
    /// creating a SQLite file if missing, and applies migrations.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self> {
        if url.starts_with("sqlite:") {
            Self::connect_sqlite(url, max_connections, SqliteSynchronous::Full).await
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Self::connect_postgres(url, max_connections).await
        } else {
            Err(StorageError::UnsupportedUrl)
        }
    }

    /// Opens a SQLite file. koban uses `synchronous = FULL`: a commit (an
    /// inbox batch acknowledged to Telegram, a processed event) is on disk
    /// before it returns, so it survives an OS crash or power loss, not only
    /// a crash of koban. Other levels are for measurements.
    pub async fn connect_sqlite(
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
        Ok(Self {
            pool: Pool::Sqlite(pool),
        })
    }

    pub async fn connect_postgres(url: &str, max_connections: u32) -> Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(max_connections.max(1))
            .connect(url)
            .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(Self {
            pool: Pool::Postgres(pool),
        })
    }

    pub fn dialect(&self) -> Dialect {
        match &self.pool {
            Pool::Sqlite(_) => Dialect::Sqlite,
            Pool::Postgres(_) => Dialect::Postgres,
        }
    }

    /// A connection from the pool, for reads and single statements.
    pub(crate) async fn acquire(&self) -> Result<PooledConn> {
        Ok(match &self.pool {
            Pool::Sqlite(p) => PooledConn::Sqlite(p.acquire().await?),
            Pool::Postgres(p) => PooledConn::Postgres(p.acquire().await?),
        })
    }

    /// A write transaction. On SQLite it is begun `IMMEDIATE`, so that
    /// concurrent writers wait for the lock (busy timeout) instead of
    /// failing when a read transaction would have to be upgraded.
    pub(crate) async fn begin_write(&self) -> Result<Tx> {
        Ok(match &self.pool {
            Pool::Sqlite(p) => Tx::Sqlite(p.begin_with("BEGIN IMMEDIATE").await?),
            Pool::Postgres(p) => Tx::Postgres(p.begin().await?),
        })
    }

    /// Runs one statement outside koban's own queries (benchmarks and
    /// operators' tools set up or inspect data with it).
    pub async fn execute_raw(&self, sql: &'static str, value: i64) -> Result<u64> {
        let mut conn = self.acquire().await?;
        Ok(execute!(conn, sql, value)?)
    }

    pub async fn close(&self) {
        match &self.pool {
            Pool::Sqlite(p) => p.close().await,
            Pool::Postgres(p) => p.close().await,
        }
    }
}

/// A connection of either backend, borrowed for one or more statements.
pub(crate) enum Conn<'a> {
    Sqlite(&'a mut SqliteConnection),
    Postgres(&'a mut PgConnection),
}

impl Conn<'_> {
    pub(crate) fn dialect(&self) -> Dialect {
        match self {
            Conn::Sqlite(_) => Dialect::Sqlite,
            Conn::Postgres(_) => Dialect::Postgres,
        }
    }

    /// Reborrows, so that the query macros can take a connection by value.
    pub(crate) fn on(&mut self) -> Conn<'_> {
        match self {
            Conn::Sqlite(c) => Conn::Sqlite(c),
            Conn::Postgres(c) => Conn::Postgres(c),
        }
    }
}

pub(crate) enum PooledConn {
    Sqlite(PoolConnection<Sqlite>),
    Postgres(PoolConnection<Postgres>),
}

impl PooledConn {
    /// Closes the connection instead of returning it to the pool.
    pub(crate) async fn close(self) {
        match self {
            PooledConn::Sqlite(c) => {
                let _ = sqlx::Connection::close(c.detach()).await;
            }
            PooledConn::Postgres(c) => {
                let _ = sqlx::Connection::close(c.detach()).await;
            }
        }
    }

    pub(crate) fn on(&mut self) -> Conn<'_> {
        match self {
            PooledConn::Sqlite(c) => Conn::Sqlite(c),
            PooledConn::Postgres(c) => Conn::Postgres(c),
        }
    }
}

/// A write transaction of either backend: the unit of work that
/// [`super::commit`] hands to each repository.
pub(crate) enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub(crate) fn on(&mut self) -> Conn<'_> {
        match self {
            Tx::Sqlite(t) => Conn::Sqlite(t),
            Tx::Postgres(t) => Conn::Postgres(t),
        }
    }

    pub(crate) async fn commit(self) -> Result<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }
}

pub(crate) use {execute, fetch};
