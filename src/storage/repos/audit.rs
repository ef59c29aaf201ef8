//! The audit log: append-only (the database refuses anything else but
//! dropping a content copy), each entry chained to the one before by its
//! hash.

use crate::clock::Millis;
use crate::domain::moderation::{AuditEntry, GENESIS, NewAudit};
use crate::storage::Result;
use crate::storage::db::{Conn, Database, Dialect, execute, fetch};

/// `SELECT` of every column, followed by the rest of the query.
macro_rules! select_entries {
    ($rest:literal) => {
        concat!("SELECT seq, at, actor, action, subject, resident_id, reason, content, content_hash, prev_hash, hash FROM audit_log ", $rest)
    };
}

#[derive(sqlx::FromRow)]
struct AuditRow {
    seq: i64,
    at: i64,
    actor: String,
    action: String,
    subject: String,
    resident_id: Option<i64>,
    reason: String,
    content: Option<String>,
    content_hash: String,
    prev_hash: String,
    hash: String,
}

impl From<AuditRow> for AuditEntry {
    fn from(r: AuditRow) -> Self {
        AuditEntry {
            seq: r.seq,
            at: r.at,
            actor: r.actor,
            action: r.action,
            subject: r.subject,
            resident_id: r.resident_id,
            reason: r.reason,
            content: r.content,
            content_hash: r.content_hash,
            prev_hash: r.prev_hash,
            hash: r.hash,
        }
    }
}

/// Appends an entry inside the commit's transaction. On PostgreSQL a
/// transaction-scoped lock keeps two processes from chaining to the same
/// entry; SQLite has one writer at a time anyway.
pub(crate) async fn append(conn: &mut Conn<'_>, entry: &NewAudit, now: Millis) -> Result<()> {
    if conn.dialect() == Dialect::Postgres {
        // An arbitrary constant naming the audit log's lock.
        execute!(conn, "SELECT pg_advisory_xact_lock(7071)")?;
    }
    let last = fetch!(
        conn,
        query_as::<(i64, String)>,
        fetch_optional,
        "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
    )?;
    let (seq, prev) = last.map_or((1, GENESIS.to_owned()), |(s, h)| (s + 1, h));
    let e = AuditEntry::new(entry, seq, now, &prev);
    execute!(
        conn,
        "INSERT INTO audit_log (seq, at, actor, action, subject, resident_id, reason, content, \
         content_hash, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        e.seq,
        e.at,
        &e.actor,
        &e.action,
        &e.subject,
        e.resident_id,
        &e.reason,
        &e.content,
        &e.content_hash,
        &e.prev_hash,
        &e.hash
    )?;
    Ok(())
}

/// The newest `limit` entries, newest first.
pub(crate) async fn recent(db: &Database, limit: i64) -> Result<Vec<AuditEntry>> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_as::<AuditRow>,
        fetch_all,
        select_entries!("ORDER BY seq DESC LIMIT $1"),
        limit
    )?
    .into_iter()
    .map(Into::into)
    .collect())
}

/// Entries from `after_seq` on, oldest first, at most `limit` (for
/// verifying the whole log page by page).
pub(crate) async fn page(db: &Database, after_seq: i64, limit: i64) -> Result<Vec<AuditEntry>> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_as::<AuditRow>,
        fetch_all,
        select_entries!("WHERE seq > $1 ORDER BY seq LIMIT $2"),
        after_seq,
        limit
    )?
    .into_iter()
    .map(Into::into)
    .collect())
}

/// Drops the content copies of a resident's entries (erasure).
pub(crate) async fn drop_content_of(conn: &mut Conn<'_>, resident_id: i64) -> Result<u64> {
    Ok(execute!(
        conn,
        "UPDATE audit_log SET content = NULL WHERE resident_id = $1 AND content IS NOT NULL",
        resident_id
    )?)
}

/// Drops the content copies of entries written before `before` (the
/// audit retention); the entries stay.
pub(crate) async fn drop_content_before(db: &Database, before: Millis) -> Result<u64> {
    let mut conn = db.acquire().await?;
    Ok(execute!(
        conn,
        "UPDATE audit_log SET content = NULL WHERE at < $1 AND content IS NOT NULL",
        before
    )?)
}
