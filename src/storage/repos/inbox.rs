//! The inbox: inbound events recorded before they are acknowledged, claimed
//! in order per conversation, postponed, or set aside as dead letters.

use crate::storage::db::{Conn, Database, execute, fetch};

pub(crate) async fn record(
    db: &Database,
    items: &[crate::storage::NewInbox],
    cursor: &[(&str, &str)],
) -> crate::storage::Result<u64> {
    let mut tx = db.begin_write().await?;
    let mut inserted = 0;
    for item in items {
        inserted += execute!(
            tx,
            "INSERT INTO inbox (source, external_id, payload, received_at, next_attempt_at, conversation) \
             VALUES ($1, $2, $3, $4, $4, $5) ON CONFLICT (source, external_id) DO NOTHING",
            &item.source,
            &item.external_id,
            &item.payload,
            item.received_at,
            &item.conversation
        )?;
    }
    for (key, value) in cursor {
        execute!(
            tx,
            "INSERT INTO kv (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            key,
            value
        )?;
    }
    tx.commit().await?;
    Ok(inserted)
}

pub(crate) async fn has(
    db: &Database,
    source: &str,
    external_id: &str,
) -> crate::storage::Result<bool> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_scalar::<i64>,
        fetch_optional,
        "SELECT id FROM inbox WHERE source = $1 AND external_id = $2",
        source,
        external_id
    )?
    .is_some())
}

pub(crate) async fn due(
    db: &Database,
    now: crate::clock::Millis,
    limit: i64,
) -> crate::storage::Result<Vec<crate::storage::InboxItem>> {
    let mut conn = db.acquire().await?;
    let rows = fetch!(
        conn,
        query_as::<crate::storage::rows::InboxRow>,
        fetch_all, // Only the oldest unprocessed event of each conversation:
        // one that must wait holds back its own conversation only.
        "SELECT id, source, external_id, payload, received_at, attempts FROM inbox i \
         WHERE processed_at IS NULL AND next_attempt_at <= $1 \
         AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.conversation = i.conversation \
                         AND e.processed_at IS NULL AND e.id < i.id) \
         ORDER BY id LIMIT $2",
        now,
        limit
    )?;
    Ok(rows.into_iter().map(Into::into).collect())
}

pub(crate) async fn postpone(
    db: &Database,
    id: i64,
    until: crate::clock::Millis,
    error: &str,
) -> crate::storage::Result<()> {
    let mut conn = db.acquire().await?;
    execute!(
        conn,
        "UPDATE inbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 WHERE id = $1",
        id,
        until,
        error
    )?;
    Ok(())
}

pub(crate) async fn give_up(
    db: &Database,
    id: i64,
    error: &str,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    let mut conn = db.acquire().await?;
    execute!(
        conn,
        "UPDATE inbox SET attempts = attempts + 1, processed_at = $2, dead_at = $2, last_error = $3 WHERE id = $1",
        id,
        now,
        error
    )?;
    Ok(())
}

pub(crate) async fn dead(
    db: &Database,
    limit: i64,
) -> crate::storage::Result<Vec<crate::storage::DeadLetter>> {
    let mut conn = db.acquire().await?;
    let rows = fetch!(
        conn,
        query_as::<(
            i64,
            String,
            String,
            crate::clock::Millis,
            crate::clock::Millis,
            i64,
            Option<String>
        )>,
        fetch_all,
        "SELECT id, source, external_id, received_at, dead_at, attempts, last_error FROM inbox \
         WHERE dead_at IS NOT NULL ORDER BY id LIMIT $1",
        limit
    )?;
    Ok(rows
        .into_iter()
        .map(
            |(id, source, external_id, received_at, dead_at, attempts, error)| {
                crate::storage::DeadLetter {
                    id,
                    source,
                    external_id,
                    received_at,
                    dead_at,
                    attempts,
                    error: error.unwrap_or_default(),
                }
            },
        )
        .collect())
}

pub(crate) async fn retry(
    db: &Database,
    id: Option<i64>,
    now: crate::clock::Millis,
) -> crate::storage::Result<u64> {
    let mut conn = db.acquire().await?;
    Ok(execute!(
        conn,
        "UPDATE inbox SET processed_at = NULL, dead_at = NULL, attempts = 0, next_attempt_at = $1 \
         WHERE dead_at IS NOT NULL AND ($2 IS NULL OR id = $2)",
        now,
        id
    )?)
}

pub(crate) async fn unprocessed(db: &Database) -> crate::storage::Result<i64> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_scalar::<i64>,
        fetch_one,
        "SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL"
    )?)
}

/// Records a new inbound event inside a commit (a released message),
/// ignored if one with this source and external id exists.
pub(crate) async fn enqueue(
    conn: &mut Conn<'_>,
    source: &str,
    external_id: &str,
    event: &crate::domain::InboundEvent,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    let payload = serde_json::to_string(event)
        .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
    execute!(
        conn,
        "INSERT INTO inbox (source, external_id, payload, received_at, next_attempt_at, conversation) \
         VALUES ($1, $2, $3, $4, $4, $5) ON CONFLICT (source, external_id) DO NOTHING",
        source,
        external_id,
        payload,
        now,
        event.conversation()
    )?;
    Ok(())
}

/// What a conversation received since `since`, newest first (at most
/// `limit`), released messages included.
pub(crate) async fn recent_of(
    db: &Database,
    conversation: &str,
    since: crate::clock::Millis,
    limit: i64,
) -> crate::storage::Result<Vec<crate::storage::InboxItem>> {
    let mut conn = db.acquire().await?;
    let rows = fetch!(
        conn,
        query_as::<crate::storage::rows::InboxRow>,
        fetch_all,
        "SELECT id, source, external_id, payload, received_at, attempts FROM inbox \
         WHERE conversation = $1 AND received_at >= $2 \
         ORDER BY id DESC LIMIT $3",
        conversation,
        since,
        limit
    )?;
    Ok(rows.into_iter().map(Into::into).collect())
}
