//! Key/value entries: cursors (sync tokens, update offsets) and small
//! settings.

use crate::storage::db::{Conn, Database, execute, fetch};

pub(crate) async fn get(db: &Database, key: &str) -> crate::storage::Result<Option<String>> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_scalar::<String>,
        fetch_optional,
        "SELECT value FROM kv WHERE key = $1",
        key
    )?)
}

pub(crate) async fn set(db: &Database, key: &str, value: &str) -> crate::storage::Result<()> {
    let mut conn = db.acquire().await?;
    put(&mut conn.on(), key, value).await
}

/// Sets an entry inside a transaction.
pub(crate) async fn put(conn: &mut Conn<'_>, key: &str, value: &str) -> crate::storage::Result<()> {
    execute!(
        conn,
        "INSERT INTO kv (key, value) VALUES ($1, $2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        key,
        value
    )?;
    Ok(())
}
