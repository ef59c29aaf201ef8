//! A ticket's history: what residents and officers wrote, and what the desk
//! did (append-only).

use crate::storage::db::{Database, fetch};

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
    Ok(rows.into_iter().map(Into::into).collect())
}

pub(crate) async fn of_message(
    db: &Database,
    ticket_id: i64,
    external_id: &str,
) -> crate::storage::Result<Option<(String, String)>> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_as::<(String, String)>,
        fetch_optional,
        "SELECT author, body FROM ticket_messages WHERE ticket_id = $1 AND external_id = $2 \
         ORDER BY id DESC LIMIT 1",
        ticket_id,
        external_id
    )?)
}
