//! Tickets: lookups by id, resident, thread root, assignee and age.

use crate::storage::db::{Conn, Database, Dialect, execute, fetch};

pub(crate) async fn reserve_id(db: &Database) -> crate::storage::Result<i64> {
    let sql = match db.dialect() {
        Dialect::Sqlite => {
            "UPDATE sequences SET value = value + 1 WHERE name = 'ticket' RETURNING value"
        }
        Dialect::Postgres => "SELECT nextval('ticket_ids')",
    };
    let mut tx = db.begin_write().await?;
    let id = fetch!(tx, query_scalar::<i64>, fetch_one, sql)?;
    tx.commit().await?;
    Ok(id)
}

pub(crate) async fn get(
    db: &Database,
    id: i64,
) -> crate::storage::Result<Option<crate::domain::Ticket>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<crate::storage::rows::TicketRow>,
        fetch_optional,
        concat!(
            "SELECT ",
            crate::storage::rows::ticket_columns!(),
            " FROM tickets WHERE id = $1"
        ),
        id
    )?
    .map(TryInto::try_into)
    .transpose()
}

pub(crate) async fn open_for(
    db: &Database,
    resident_id: i64,
) -> crate::storage::Result<Option<crate::domain::Ticket>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<crate::storage::rows::TicketRow>,
        fetch_optional,
        concat!(
            "SELECT ",
            crate::storage::rows::ticket_columns!(),
            " FROM tickets WHERE resident_id = $1 AND status <> 'closed' \
         ORDER BY updated_at DESC, id DESC LIMIT 1"
        ),
        resident_id
    )?
    .map(TryInto::try_into)
    .transpose()
}

pub(crate) async fn by_root(
    db: &Database,
    room_id: &str,
    root_event_id: &str,
) -> crate::storage::Result<Option<crate::domain::Ticket>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<crate::storage::rows::TicketRow>,
        fetch_optional,
        concat!(
            "SELECT ",
            crate::storage::rows::ticket_columns!(),
            " FROM tickets WHERE room_id = $1 AND root_event_id = $2"
        ),
        room_id,
        root_event_id
    )?
    .map(TryInto::try_into)
    .transpose()
}

pub(crate) async fn created_since(
    db: &Database,
    since: crate::clock::Millis,
) -> crate::storage::Result<Vec<crate::domain::Ticket>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<crate::storage::rows::TicketRow>,
        fetch_all,
        concat!(
            "SELECT ",
            crate::storage::rows::ticket_columns!(),
            " FROM tickets \
         WHERE created_at >= $1 ORDER BY id"
        ),
        since
    )?
    .into_iter()
    .map(TryInto::try_into)
    .collect()
}

pub(crate) async fn assigned_open(
    db: &Database,
    assignee: &str,
) -> crate::storage::Result<Vec<crate::domain::Ticket>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<crate::storage::rows::TicketRow>,
        fetch_all,
        concat!(
            "SELECT ",
            crate::storage::rows::ticket_columns!(),
            " FROM tickets \
         WHERE assignee = $1 AND status <> 'closed' ORDER BY id"
        ),
        assignee
    )?
    .into_iter()
    .map(TryInto::try_into)
    .collect()
}

pub(crate) async fn to_watch(db: &Database) -> crate::storage::Result<Vec<crate::domain::Ticket>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<crate::storage::rows::TicketRow>,
        fetch_all,
        concat!(
            "SELECT ",
            crate::storage::rows::ticket_columns!(),
            " FROM tickets \
         WHERE status <> 'closed' AND reminded_at IS NULL ORDER BY id"
        )
    )?
    .into_iter()
    .map(TryInto::try_into)
    .collect()
}

pub(crate) async fn of_resident(
    db: &Database,
    resident_id: i64,
    limit: i64,
) -> crate::storage::Result<Vec<crate::domain::Ticket>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<crate::storage::rows::TicketRow>,
        fetch_all,
        concat!(
            "SELECT ",
            crate::storage::rows::ticket_columns!(),
            " FROM tickets WHERE resident_id = $1 ORDER BY id DESC LIMIT $2"
        ),
        resident_id,
        limit
    )?
    .into_iter()
    .map(TryInto::try_into)
    .collect()
}

pub(crate) async fn open(
    conn: &mut Conn<'_>,
    t: &crate::domain::change::NewTicket,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    execute!(
        conn,
        "INSERT INTO tickets (id, resident_id, kind, queue_id, room_id, status, \
         category, card, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, $8, $8)",
        t.id,
        t.resident_id,
        t.kind.as_str(),
        &t.queue_id,
        &t.room_id,
        &t.category,
        &t.card,
        now
    )?;
    Ok(())
}

pub(crate) async fn touch(
    conn: &mut Conn<'_>,
    ticket_id: i64,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    execute!(
        conn,
        "UPDATE tickets SET updated_at = $2 WHERE id = $1",
        ticket_id,
        now
    )?;
    Ok(())
}

/// Claims, closes or reopens a ticket.
pub(crate) async fn set_status(
    conn: &mut Conn<'_>,
    ticket_id: i64,
    status: crate::domain::TicketStatus,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    let closed_at = (status == crate::domain::TicketStatus::Closed).then_some(now);
    execute!(
        conn,
        "UPDATE tickets SET status = $2, closed_at = $3, updated_at = $4 WHERE id = $1",
        ticket_id,
        status.as_str(),
        closed_at,
        now
    )?;
    Ok(())
}

/// Changes a ticket's desk fields in one statement: each field changes only
/// when asked to.
pub(crate) async fn update(
    conn: &mut Conn<'_>,
    u: &crate::domain::outbound::TicketUpdate,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    let labels = u
        .labels
        .as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
    let (queue, room) = match &u.transfer {
        Some((queue, room)) => (Some(queue.as_str()), Some(room.as_str())),
        None => (None, None),
    };
    execute!(
        conn,
        "UPDATE tickets SET \
         assignee = CASE WHEN $2 THEN $3 ELSE assignee END, \
         labels = COALESCE($4, labels), \
         rating = COALESCE($5, rating), \
         feedback = COALESCE($6, feedback), \
         first_response_at = CASE WHEN $7 THEN COALESCE(first_response_at, $8) \
             ELSE first_response_at END, \
         reminded_at = CASE WHEN $9 THEN $8 ELSE reminded_at END, \
         root_event_id = CASE WHEN $10 IS NULL THEN root_event_id ELSE NULL END, \
         queue_id = COALESCE($10, queue_id), \
         room_id = COALESCE($11, room_id) \
         WHERE id = $1",
        u.ticket_id,
        u.assignee.is_some(),
        u.assignee.clone().flatten(),
        labels,
        u.rating,
        &u.feedback,
        u.first_response,
        now,
        u.reminded,
        queue,
        room
    )?;
    Ok(())
}

/// The ticket changes hands (a handover).
pub(crate) async fn reassign(
    conn: &mut Conn<'_>,
    ticket_id: i64,
    assignee: &str,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    execute!(
        conn,
        "UPDATE tickets SET assignee = $2, updated_at = $3 WHERE id = $1",
        ticket_id,
        assignee,
        now
    )?;
    Ok(())
}
