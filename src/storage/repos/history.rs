//! A ticket's history: what residents and officers wrote, and what the desk
//! did (append-only).

use crate::domain::Author;
use crate::storage::db::{Conn, Database, execute, fetch};

pub(crate) async fn of_ticket(
    db: &Database,
    ticket_id: i64,
) -> crate::storage::Result<Vec<crate::storage::HistoryRow>> {
    let mut conn = db.acquire().await?;
    let rows = fetch!(
        conn,
        query_as::<crate::storage::rows::HistoryDbRow>,
        fetch_all,
        "SELECT author, external_id, body, created_at FROM ticket_messages \
         WHERE ticket_id = $1 ORDER BY id",
        ticket_id
    )?;
    rows.into_iter().map(TryInto::try_into).collect()
}

pub(crate) async fn of_message(
    db: &Database,
    ticket_id: i64,
    external_id: &str,
) -> crate::storage::Result<Option<(Author, String)>> {
    let mut conn = db.acquire().await?;
    let row = fetch!(
        conn,
        query_as::<(String, String)>,
        fetch_optional,
        "SELECT author, body FROM ticket_messages WHERE ticket_id = $1 AND external_id = $2 \
         ORDER BY id DESC LIMIT 1",
        ticket_id,
        external_id
    )?;
    row.map(|(author, body)| Ok((crate::storage::rows::author(&author)?, body)))
        .transpose()
}

pub(crate) async fn append(
    conn: &mut Conn<'_>,
    ticket_id: i64,
    entry: &crate::domain::outbound::HistoryEntry,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    execute!(
        conn,
        "INSERT INTO ticket_messages (ticket_id, author, external_id, body, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
        ticket_id,
        entry.author.encode(),
        &entry.external_id,
        &entry.body,
        now
    )?;
    Ok(())
}
