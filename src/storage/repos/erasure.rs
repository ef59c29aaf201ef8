//! Erasure: a resident, or tickets, with every copy koban keeps or sent
//! (cards and their edits are redacted in Matrix).

use crate::storage::db::{Conn, execute, fetch};

/// Deletes tickets with their history, messages and photos, and
/// queues the redaction of koban's own copies in Matrix (cards,
/// relayed messages, photos). Returns how many history lines went.
pub(crate) async fn drop_tickets(
    conn: &mut Conn<'_>,
    ticket_ids: &[i64],
    now: crate::clock::Millis,
) -> crate::storage::Result<u64> {
    let mut lines = 0;
    for id in ticket_ids {
        let events = fetch!(
            conn,
            query_as::<(String, String, String)>,
            fetch_all,
            "SELECT destination, remote_id, body FROM outbox WHERE ticket_id = $1 \
             AND channel = 'matrix' AND status = 'sent' AND remote_id IS NOT NULL",
            id
        )?;
        for (room, event_id, body) in events {
            // An edit (`m.replace`) is an event of its own that
            // carries the whole new text: it is redacted too. A
            // redaction has nothing to take back.
            if body.starts_with("{\"type\":\"delete\"") {
                continue;
            }
            super::outbox::queue_redaction(conn, &room, event_id, now).await?;
        }
        let media = fetch!(
            conn,
            query_scalar::<i64>,
            fetch_all,
            "SELECT media_id FROM outbox WHERE ticket_id = $1 AND media_id IS NOT NULL",
            id
        )?;
        // Rows still to deliver may be on their way right now:
        // they are emptied and cancelled (see `outbox_sent`).
        execute!(
            conn,
            "UPDATE outbox SET status = 'cancelled', body = $2, ticket_id = NULL, \
             media_id = NULL, last_error = 'erased' WHERE ticket_id = $1 AND status = 'pending'",
            id,
            crate::storage::rows::ERASED_BODY
        )?;
        execute!(conn, "DELETE FROM outbox WHERE ticket_id = $1", id)?;
        lines += execute!(conn, "DELETE FROM ticket_messages WHERE ticket_id = $1", id)?;
        execute!(conn, "DELETE FROM tickets WHERE id = $1", id)?;
        for media_id in media {
            execute!(conn, "DELETE FROM media WHERE id = $1", media_id)?;
        }
    }
    Ok(lines)
}

/// Deletes a resident and everything koban keeps about them:
/// tickets (see `drop_tickets`), report draft and its photos,
/// messages to their chat, the events they sent. Returns the
/// number of tickets.
pub(crate) async fn drop_resident(
    conn: &mut Conn<'_>,
    resident_id: i64,
    now: crate::clock::Millis,
) -> crate::storage::Result<u64> {
    let Some((channel, _external_id, chat_id)) = fetch!(
        conn,
        query_as::<(String, String, String)>,
        fetch_optional,
        "SELECT channel, external_id, chat_id FROM residents WHERE id = $1",
        resident_id
    )?
    else {
        return Ok(0);
    };
    let tickets = fetch!(
        conn,
        query_scalar::<i64>,
        fetch_all,
        "SELECT id FROM tickets WHERE resident_id = $1",
        resident_id
    )?;
    crate::storage::repos::erasure::drop_tickets(conn, &tickets, now).await?;
    if let Some(body) = fetch!(
        conn,
        query_scalar::<String>,
        fetch_optional,
        "DELETE FROM conversations WHERE resident_id = $1 AND kind = 'reporting' RETURNING state",
        resident_id
    )? {
        crate::storage::repos::conversations::delete_photos(conn, &body).await?;
    }
    execute!(
        conn,
        "DELETE FROM conversations WHERE resident_id = $1",
        resident_id
    )?;
    let media = fetch!(
        conn,
        query_scalar::<i64>,
        fetch_all,
        "SELECT media_id FROM outbox WHERE channel = $1 AND destination = $2 \
         AND media_id IS NOT NULL",
        &channel,
        &chat_id
    )?;
    execute!(
        conn,
        "UPDATE outbox SET status = 'cancelled', body = $3, media_id = NULL, \
         last_error = 'erased' WHERE channel = $1 AND destination = $2 AND status = 'pending'",
        &channel,
        &chat_id,
        crate::storage::rows::ERASED_BODY
    )?;
    execute!(
        conn,
        "DELETE FROM outbox WHERE channel = $1 AND destination = $2 AND status <> 'cancelled'",
        &channel,
        &chat_id
    )?;
    for id in media {
        execute!(conn, "DELETE FROM media WHERE id = $1", id)?;
    }
    crate::storage::repos::moderation::erase_resident(conn, resident_id, now).await?;
    // What they sent, as recorded: found by its conversation
    // (indexed), not by scanning every payload.
    execute!(
        conn,
        "DELETE FROM inbox WHERE conversation = $1",
        format!("{channel}:{chat_id}")
    )?;
    execute!(conn, "DELETE FROM residents WHERE id = $1", resident_id)?;
    Ok(tickets.len() as u64)
}
