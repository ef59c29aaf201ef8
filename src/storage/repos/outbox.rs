//! The outbox: every outgoing message as a row before it is sent, delivered
//! in order per destination, postponed, failed or retried.

use crate::storage::db::{Conn, Database, Dialect, execute, fetch};

pub(crate) async fn due(
    db: &Database,
    channel: crate::domain::Channel,
    now: crate::clock::Millis,
    limit: i64,
) -> crate::storage::Result<Vec<crate::storage::OutboxItem>> {
    let mut conn = db.acquire().await?;
    let rows = fetch!(
        conn,
        query_as::<crate::storage::rows::OutboxRow>,
        fetch_all,
        "SELECT o.id, o.channel, o.destination, o.placement, o.ticket_id, o.media_id, o.body, \
         o.attempts, o.created_at, o.first_attempt_at, o.lane FROM outbox o \
         WHERE o.status = 'pending' AND o.channel = $1 AND o.next_attempt_at <= $2 \
         AND (o.claimed_until IS NULL OR o.claimed_until <= $2) \
         AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.status = 'pending' \
           AND p.channel = o.channel AND p.destination = o.destination AND p.id < o.id) \
         ORDER BY CASE o.lane WHEN 'interactive' THEN 0 ELSE 1 END, o.id LIMIT $3",
        channel.as_str(),
        now,
        limit
    )?;
    rows.into_iter().map(TryInto::try_into).collect()
}

/// Claims due rows for `holder` until `until`: the oldest pending row of
/// each destination (so messages to one chat keep their order), the
/// interactive lane before the bulk lane, none claimed by another worker
/// whose claim still holds. On PostgreSQL concurrent claimers skip each
/// other's rows (`FOR UPDATE SKIP LOCKED`); on SQLite the write
/// transaction serializes them.
pub(crate) async fn claim(
    db: &Database,
    channel: crate::domain::Channel,
    claimant: &crate::storage::Claimant,
    now: crate::clock::Millis,
    until: crate::clock::Millis,
    limit: i64,
) -> crate::storage::Result<Vec<crate::storage::OutboxItem>> {
    let sql = match db.dialect() {
        Dialect::Sqlite => concat!(
            "UPDATE outbox SET claimed_by = $4, claimed_until = $5 WHERE id IN (",
            crate::storage::repos::outbox::claimable!(),
            ") AND ",
            crate::storage::repos::outbox::fenced!(),
            " RETURNING ",
            crate::storage::repos::outbox::outbox_columns!()
        ),
        Dialect::Postgres => concat!(
            "UPDATE outbox SET claimed_by = $4, claimed_until = $5 WHERE id IN (",
            crate::storage::repos::outbox::claimable!(),
            " FOR UPDATE SKIP LOCKED) AND ",
            crate::storage::repos::outbox::fenced!(),
            " RETURNING ",
            crate::storage::repos::outbox::outbox_columns!()
        ),
    };
    let claim = async |conn: &mut crate::storage::db::Conn<'_>| {
        fetch!(
            conn,
            query_as::<crate::storage::rows::OutboxRow>,
            fetch_all,
            sql,
            channel.as_str(),
            now,
            limit,
            &claimant.holder,
            until,
            &claimant.lease,
            claimant.generation
        )
    };
    let rows = match db.dialect() {
        // One statement, atomic on its own. A claim need not survive a
        // power loss (claims of an earlier run are freed at start), so it is
        // written without the disk flush `synchronous = FULL` gives every
        // other commit: one flush less per batch of sends.
        Dialect::Sqlite => {
            let mut conn = db.acquire().await?;
            let level: i64 = fetch!(conn, query_scalar::<i64>, fetch_one, "PRAGMA synchronous")?;
            execute!(conn, "PRAGMA synchronous = NORMAL")?;
            let rows = claim(&mut conn.on()).await;
            let restore = match level {
                0 => "PRAGMA synchronous = OFF",
                1 => "PRAGMA synchronous = NORMAL",
                3 => "PRAGMA synchronous = EXTRA",
                _ => "PRAGMA synchronous = FULL",
            };
            if let Err(e) = execute!(conn, restore) {
                // Never hand a connection back with a weaker setting.
                conn.close().await;
                return Err(e.into());
            }
            rows?
        }
        Dialect::Postgres => {
            let mut tx = db.begin_write().await?;
            let rows = claim(&mut tx.on()).await?;
            tx.commit().await?;
            rows
        }
    };
    let mut items: Vec<(String, crate::storage::OutboxItem)> = rows
        .into_iter()
        .map(|row| {
            let lane = row.lane.clone();
            crate::storage::OutboxItem::try_from(row).map(|item| (lane, item))
        })
        .collect::<crate::storage::Result<_>>()?;
    // RETURNING gives no order: the interactive lane first, then by age.
    items.sort_by_key(|(lane, item)| (lane != "interactive", item.id));
    Ok(items.into_iter().map(|(_, item)| item).collect())
}

/// Frees the claims of every holder but `holder` on this channel's rows
/// (at start-up: the process that held them is gone, as the database lease
/// guarantees one koban per database). Returns how many.
pub(crate) async fn release_claims(
    db: &Database,
    channel: crate::domain::Channel,
    holder: &str,
) -> crate::storage::Result<u64> {
    let mut conn = db.acquire().await?;
    Ok(execute!(
        conn,
        "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL \
         WHERE channel = $1 AND claimed_until IS NOT NULL \
         AND (claimed_by IS NULL OR claimed_by <> $2)",
        channel.as_str(),
        holder
    )?)
}

/// The fence: the claimant's lease (`$6` name, `$7` generation) is current
/// and unexpired at `$2`.
macro_rules! fenced {
    () => {
        "EXISTS (SELECT 1 FROM leases l WHERE l.name = $6 AND l.generation = $7 \
         AND l.expires_at > $2)"
    };
}
pub(crate) use fenced;

/// The pending rows a claim may take (`$1` channel, `$2` now, `$3` limit).
macro_rules! claimable {
    () => {
        "SELECT o.id FROM outbox o \
         WHERE o.status = 'pending' AND o.channel = $1 AND o.next_attempt_at <= $2 \
         AND (o.claimed_until IS NULL OR o.claimed_until <= $2) \
         AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.status = 'pending' \
           AND p.channel = o.channel AND p.destination = o.destination AND p.id < o.id) \
         ORDER BY CASE o.lane WHEN 'interactive' THEN 0 ELSE 1 END, o.id LIMIT $3"
    };
}

/// The columns [`crate::storage::rows::OutboxRow`] reads.
macro_rules! outbox_columns {
    () => {
        "id, channel, destination, placement, ticket_id, media_id, body, attempts, \
         created_at, first_attempt_at, lane"
    };
}

pub(crate) use {claimable, outbox_columns};

pub(crate) async fn next_due(
    db: &Database,
    channel: crate::domain::Channel,
) -> crate::storage::Result<Option<crate::clock::Millis>> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_scalar::<Option<i64>>,
        fetch_one,
        "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending' AND channel = $1",
        channel.as_str()
    )?)
}

pub(crate) async fn sent(
    db: &Database,
    id: i64,
    remote_id: &str,
    attempted_at: crate::clock::Millis,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    let mut tx = db.begin_write().await?;
    // Erased while it was being delivered: take it back.
    let cancelled: Option<(String, String)> = fetch!(
        tx,
        query_as::<(String, String)>,
        fetch_optional,
        "UPDATE outbox SET remote_id = $2, sent_at = $3 WHERE id = $1 \
         AND status = 'cancelled' RETURNING channel, destination",
        id,
        remote_id,
        now
    )?;
    if let Some((channel, destination)) = cancelled {
        let delete = serde_json::to_string(&crate::domain::MessageBody::Delete {
            target: remote_id.to_owned(),
        })
        .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
        execute!(
            tx,
            "INSERT INTO outbox (channel, destination, placement, body, status, \
             attempts, next_attempt_at, created_at) \
             VALUES ($1, $2, 'direct', $3, 'pending', 0, $4, $4)",
            channel,
            destination,
            delete,
            now
        )?;
        tx.commit().await?;
        return Ok(());
    }
    let row: Option<(String, Option<i64>)> = fetch!(
        tx,
        query_as::<(String, Option<i64>)>,
        fetch_optional,
        "UPDATE outbox SET status = 'sent', remote_id = $2, sent_at = $3, \
         claimed_by = NULL, claimed_until = NULL, \
         first_attempt_at = COALESCE(first_attempt_at, $4), attempts = attempts + 1, \
         last_error = NULL WHERE id = $1 RETURNING placement, ticket_id",
        id,
        remote_id,
        now,
        attempted_at
    )?;
    if let Some((placement, Some(ticket_id))) = row
        && placement == crate::domain::Placement::TicketRoot.as_str()
    {
        execute!(
            tx,
            "UPDATE tickets SET root_event_id = $2 WHERE id = $1",
            ticket_id,
            remote_id
        )?;
    }
    tx.commit().await?;
    Ok(())
}

pub(crate) async fn postpone(
    db: &Database,
    id: i64,
    until: crate::clock::Millis,
    error: &str,
    counts_as_attempt: bool,
    attempted_at: crate::clock::Millis,
) -> crate::storage::Result<()> {
    let mut conn = db.acquire().await?;
    execute!(
        conn,
        "UPDATE outbox SET next_attempt_at = $2, last_error = $3, \
         claimed_by = NULL, claimed_until = NULL, \
         attempts = attempts + $4, first_attempt_at = COALESCE(first_attempt_at, $5) \
         WHERE id = $1",
        id,
        until,
        error,
        i64::from(counts_as_attempt),
        attempted_at
    )?;
    Ok(())
}

pub(crate) async fn failed(
    db: &Database,
    id: i64,
    error: &str,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    let mut tx = db.begin_write().await?;
    let row: Option<(String, Option<i64>, String)> = fetch!(
        tx,
        query_as::<(String, Option<i64>, String)>,
        fetch_optional,
        "UPDATE outbox SET status = 'failed', last_error = $2, attempts = attempts + 1, \
         claimed_by = NULL, claimed_until = NULL, \
         sent_at = NULL, next_attempt_at = $3 WHERE id = $1 \
         RETURNING placement, ticket_id, destination",
        id,
        error,
        now
    )?;
    // Without its card, a ticket's thread can never be posted:
    // fail those rows too instead of letting them hold up the room.
    if let Some((placement, Some(ticket_id), destination)) = row
        && placement == crate::domain::Placement::TicketRoot.as_str()
    {
        execute!(
            tx,
            "UPDATE outbox SET status = 'failed', last_error = $3, next_attempt_at = $4 \
             WHERE ticket_id = $1 AND destination = $2 AND placement = 'ticket_thread' \
             AND status = 'pending'",
            ticket_id,
            destination,
            format!("the ticket's card could not be posted: {error}"),
            now
        )?;
    }
    tx.commit().await?;
    Ok(())
}

pub(crate) async fn counts(db: &Database) -> crate::storage::Result<crate::storage::OutboxCounts> {
    let mut conn = db.acquire().await?;
    let rows = fetch!(
        conn,
        query_as::<(String, i64)>,
        fetch_all,
        "SELECT status, COUNT(*) FROM outbox GROUP BY status"
    )?;
    let mut counts = crate::storage::OutboxCounts::default();
    for (status, n) in rows {
        match status.as_str() {
            "pending" => counts.pending = n,
            "sent" => counts.sent = n,
            "failed" => counts.failed = n,
            "cancelled" => counts.cancelled = n,
            other => {
                return Err(crate::storage::StorageError::Corrupt(format!(
                    "outbox status {other:?}"
                )));
            }
        }
    }
    Ok(counts)
}

pub(crate) async fn list(
    db: &Database,
    status: &str,
    limit: i64,
) -> crate::storage::Result<Vec<crate::storage::OutboxSummary>> {
    let mut conn = db.acquire().await?;
    let rows = fetch!(
        conn,
        query_as::<(
            i64,
            String,
            String,
            String,
            i64,
            crate::clock::Millis,
            crate::clock::Millis,
            Option<String>
        )>,
        fetch_all,
        "SELECT id, channel, destination, placement, attempts, created_at, next_attempt_at, last_error \
         FROM outbox WHERE status = $1 ORDER BY id LIMIT $2",
        status,
        limit
    )?;
    Ok(rows
        .into_iter()
        .map(
            |(
                id,
                channel,
                destination,
                placement,
                attempts,
                created_at,
                next_attempt_at,
                error,
            )| {
                crate::storage::OutboxSummary {
                    id,
                    channel,
                    destination,
                    placement,
                    attempts,
                    created_at,
                    next_attempt_at,
                    error: error.unwrap_or_default(),
                }
            },
        )
        .collect())
}

pub(crate) async fn retry_failed(
    db: &Database,
    id: Option<i64>,
    now: crate::clock::Millis,
) -> crate::storage::Result<u64> {
    let mut conn = db.acquire().await?;
    Ok(execute!(
        conn,
        "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $1, created_at = $1, first_attempt_at = NULL \
         WHERE status = 'failed' AND ($2 IS NULL OR id = $2)",
        now,
        id
    )?)
}

pub(crate) async fn remote_id(db: &Database, id: i64) -> crate::storage::Result<Option<String>> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_scalar::<Option<String>>,
        fetch_optional,
        "SELECT remote_id FROM outbox WHERE id = $1",
        id
    )?
    .flatten())
}

pub(crate) async fn of_event(
    db: &Database,
    source: &str,
    external_id: &str,
) -> crate::storage::Result<Vec<crate::storage::SentRow>> {
    let mut conn = db.acquire().await?;
    let rows = fetch!(
        conn,
        query_as::<(i64, String, String, Option<i64>, Option<String>)>,
        fetch_all,
        "SELECT o.id, o.channel, o.destination, o.ticket_id, o.remote_id FROM outbox o \
         JOIN inbox i ON i.id = o.inbox_id \
         WHERE i.source = $1 AND i.external_id = $2 ORDER BY o.id",
        source,
        external_id
    )?;
    rows.into_iter()
        .map(|(id, channel, destination, ticket_id, remote_id)| {
            Ok(crate::storage::SentRow {
                id,
                channel: crate::domain::Channel::parse(&channel).ok_or_else(|| {
                    crate::storage::StorageError::Corrupt(format!("outbox channel {channel:?}"))
                })?,
                destination,
                ticket_id,
                remote_id,
            })
        })
        .collect()
}

pub(crate) async fn relay_timings(
    db: &Database,
    channel: crate::domain::Channel,
) -> crate::storage::Result<Vec<crate::storage::RelayTiming>> {
    let mut conn = db.acquire().await?;
    let rows = fetch!(
        conn,
        query_as::<(i64, i64, i64)>,
        fetch_all,
        "SELECT i.received_at, o.first_attempt_at, o.sent_at FROM outbox o \
         JOIN inbox i ON i.id = o.inbox_id \
         WHERE o.channel = $1 AND o.status = 'sent' ORDER BY o.id",
        channel.as_str()
    )?;
    Ok(rows
        .into_iter()
        .map(
            |(received_at, first_attempt_at, sent_at)| crate::storage::RelayTiming {
                received_at,
                first_attempt_at,
                sent_at,
            },
        )
        .collect())
}

/// Queues an outgoing message (with its image, stored here if new) as a
/// pending row, caused by inbox row `inbox_id`.
pub(crate) async fn enqueue(
    conn: &mut Conn<'_>,
    inbox_id: i64,
    ticket_id: Option<i64>,
    message: &crate::domain::NewOutbound,
    lane: crate::domain::outbound::Lane,
    now: crate::clock::Millis,
) -> crate::storage::Result<i64> {
    let media_id = match &message.media {
        Some(crate::domain::outbound::MediaRef::Stored(id)) => Some(*id),
        Some(crate::domain::outbound::MediaRef::New(image)) => {
            Some(super::media::insert(conn, image, now).await?)
        }
        None => None,
    };
    let body = serde_json::to_string(&message.body)
        .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
    let id = fetch!(
        conn,
        query_scalar::<i64>,
        fetch_one,
        "INSERT INTO outbox (channel, destination, placement, ticket_id, media_id, inbox_id, \
         body, status, attempts, next_attempt_at, created_at, lane) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', 0, $8, $8, $9) RETURNING id",
        message.channel.as_str(),
        &message.destination,
        message.placement.as_str(),
        ticket_id,
        media_id,
        inbox_id,
        body,
        now,
        lane.as_str()
    )?;
    Ok(id)
}

/// Whether a ticket's card to `room` is still waiting to be posted.
pub(crate) async fn card_pending(db: &Database, room: &str) -> crate::storage::Result<bool> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_scalar::<i64>,
        fetch_optional,
        "SELECT 1 FROM outbox WHERE status = 'pending' AND placement = 'ticket_root' \
         AND destination = $1 LIMIT 1",
        room
    )?
    .is_some())
}

/// The message koban sent that has this platform id.
pub(crate) async fn by_remote_id(
    db: &Database,
    channel: crate::domain::Channel,
    remote_id: &str,
) -> crate::storage::Result<Option<crate::storage::SentRow>> {
    let mut conn = db.acquire().await?;
    let row = fetch!(
        conn,
        query_as::<(i64, String, Option<i64>)>,
        fetch_optional,
        "SELECT id, destination, ticket_id FROM outbox WHERE channel = $1 AND remote_id = $2 \
         ORDER BY id LIMIT 1",
        channel.as_str(),
        remote_id
    )?;
    Ok(
        row.map(|(id, destination, ticket_id)| crate::storage::SentRow {
            id,
            channel,
            destination,
            ticket_id,
            remote_id: Some(remote_id.to_owned()),
        }),
    )
}

/// Whether a pending edit of `target` newer than row `id` waits for the
/// same destination.
pub(crate) async fn newer_edit(
    db: &Database,
    id: i64,
    destination: &str,
    target: &str,
) -> crate::storage::Result<bool> {
    let body = serde_json::to_string(&crate::domain::MessageBody::Edit {
        target: target.to_owned(),
        text: String::new(),
    })
    .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
    // `{"type":"edit","target":"…","text":""}` without its text: the start
    // every edit of this target has.
    let prefix = body
        .trim_end_matches("\"\"}")
        .trim_end_matches(",\"text\":");
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_scalar::<i64>,
        fetch_optional,
        "SELECT id FROM outbox WHERE status = 'pending' AND destination = $1 AND id > $2 \
         AND substr(body, 1, length($3)) = $3 LIMIT 1",
        destination,
        id,
        prefix
    )?
    .is_some())
}

/// Queues the redaction of koban's own event `event_id` in the Matrix room.
pub(crate) async fn queue_redaction(
    conn: &mut Conn<'_>,
    room: &str,
    event_id: String,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    let delete = serde_json::to_string(&crate::domain::MessageBody::Delete { target: event_id })
        .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
    execute!(
        conn,
        "INSERT INTO outbox (channel, destination, placement, body, status, \
         attempts, next_attempt_at, created_at) \
         VALUES ('matrix', $1, 'direct', $2, 'pending', 0, $3, $3)",
        room,
        delete,
        now
    )?;
    Ok(())
}
