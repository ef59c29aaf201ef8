//! Tickets: lookups by id, resident, thread root, assignee and age.

use crate::storage::db::{Database, Dialect, fetch};

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
