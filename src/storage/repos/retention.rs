//! Retention: what is older than the configured limits goes.

use crate::storage::db::{Database, execute, fetch};

pub(crate) async fn purge(
    db: &Database,
    before: crate::clock::Millis,
    now: crate::clock::Millis,
) -> crate::storage::Result<crate::storage::Purged> {
    let mut tx = db.begin_write().await?;
    let mut purged = crate::storage::Purged::default();
    let tickets = fetch!(
        tx,
        query_scalar::<i64>,
        fetch_all,
        "SELECT id FROM tickets WHERE status = 'closed' AND closed_at < $1",
        before
    )?;
    purged.tickets = tickets.len() as u64;
    crate::storage::repos::erasure::drop_tickets(&mut tx.on(), &tickets, now).await?;
    let residents = fetch!(
        tx,
        query_scalar::<i64>,
        fetch_all,
        "SELECT id FROM residents r WHERE last_seen_at < $1 \
         AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.resident_id = r.id) \
         AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.resident_id = r.id)",
        before
    )?;
    purged.residents = residents.len() as u64;
    for id in residents {
        crate::storage::repos::erasure::drop_resident(&mut tx.on(), id, now).await?;
    }
    purged.inbox = execute!(
        tx,
        "DELETE FROM inbox WHERE processed_at IS NOT NULL AND received_at < $1",
        before
    )?;
    purged.outbox = execute!(
        tx,
        "DELETE FROM outbox WHERE status <> 'pending' AND ticket_id IS NULL \
         AND created_at < $1",
        before
    )?;
    purged.media = execute!(
        tx,
        "DELETE FROM media WHERE created_at < $1 AND NOT EXISTS \
         (SELECT 1 FROM outbox o WHERE o.media_id = media.id)",
        before
    )?;
    tx.commit().await?;
    Ok(purged)
}
