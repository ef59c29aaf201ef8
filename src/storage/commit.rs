//! The one commit of an inbound event: claim its inbox row, then hand each
//! change to its repository, all in one transaction. A change list applied
//! here twice is impossible: the claim fails for an event already processed.

use crate::clock::Millis;
use crate::domain::Change;
use crate::storage::db::{Conn, Database, execute};
use crate::storage::repos::{
    audit, conversations, erasure, events, history, inbox, kv, moderation, outbox, residents,
    tickets,
};
use crate::storage::{Result, StorageError};

pub(crate) async fn commit(
    db: &Database,
    inbox_id: i64,
    changes: &[Change],
    now: Millis,
) -> Result<()> {
    let mut tx = db.begin_write().await?;
    // Claim the event first: an event already processed (or unknown) must
    // not have its effects applied twice.
    let claimed = execute!(
        tx,
        "UPDATE inbox SET processed_at = $2, attempts = attempts + 1 \
         WHERE id = $1 AND processed_at IS NULL",
        inbox_id,
        now
    )?;
    if claimed == 0 {
        return Err(StorageError::AlreadyProcessed(inbox_id));
    }
    let mut conn = tx.on();
    for change in changes {
        apply(&mut conn, inbox_id, change, now).await?;
    }
    tx.commit().await
}

async fn apply(conn: &mut Conn<'_>, inbox_id: i64, change: &Change, now: Millis) -> Result<()> {
    match change {
        Change::EraseResident(resident_id) => {
            erasure::drop_resident(conn, *resident_id, now).await?;
        }
        Change::OpenTicket(ticket) => tickets::open(conn, ticket, now).await?,
        Change::TouchTicket(ticket_id) => tickets::touch(conn, *ticket_id, now).await?,
        Change::History { ticket_id, entry } => {
            history::append(conn, *ticket_id, entry, now).await?;
        }
        Change::Send {
            ticket_id,
            message,
            lane,
        } => {
            outbox::enqueue(conn, inbox_id, *ticket_id, message, *lane, now).await?;
        }
        Change::TicketStatus { ticket_id, status } => {
            tickets::set_status(conn, *ticket_id, *status, now).await?;
        }
        Change::UpdateTicket(update) => tickets::update(conn, update, now).await?,
        Change::Reassign {
            ticket_id,
            assignee,
        } => tickets::reassign(conn, *ticket_id, assignee, now).await?,
        Change::Resident {
            resident_id,
            change,
        } => residents::apply(conn, *resident_id, change).await?,
        Change::Conversation {
            resident_id,
            change,
        } => conversations::apply(conn, *resident_id, change, now).await?,
        Change::Kv { key, value } => kv::put(conn, key, value).await?,
        Change::Moderation(change) => moderation::apply(conn, inbox_id, change, now).await?,
        Change::Audit(entry) => audit::append(conn, entry, now).await?,
        Change::Events(change) => events::apply(conn, inbox_id, change, now).await?,
        Change::Enqueue {
            source,
            external_id,
            event,
        } => inbox::enqueue(conn, source, external_id, event, now).await?,
    }
    Ok(())
}
