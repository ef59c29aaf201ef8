//! The one commit of an inbound event: claim its inbox row, apply what was
//! decided through the repositories, in one transaction.

use crate::storage::db::{Database, execute, fetch};

pub(crate) async fn commit_outcome(
    db: &Database,
    inbox_id: i64,
    outcome: &crate::domain::Outcome,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    use crate::domain::TicketChange;
    let mut tx = db.begin_write().await?;
    // Claim the event first: an event already processed (or
    // unknown) must not have its effects applied twice.
    let claimed = execute!(
        tx,
        "UPDATE inbox SET processed_at = $2, attempts = attempts + 1 \
         WHERE id = $1 AND processed_at IS NULL",
        inbox_id,
        now
    )?;
    if claimed == 0 {
        return Err(crate::storage::StorageError::AlreadyProcessed(inbox_id));
    }
    if let Some(resident_id) = outcome.erase {
        crate::storage::repos::erasure::drop_resident(&mut tx.on(), resident_id, now).await?;
    }
    let ticket_id = match &outcome.ticket {
        TicketChange::None => None,
        TicketChange::Open {
            id,
            resident_id,
            kind,
            queue_id,
            room_id,
            category,
            card,
        } => {
            execute!(
                tx,
                "INSERT INTO tickets (id, resident_id, kind, queue_id, room_id, status, \
                 category, card, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, $8, $8)",
                id,
                resident_id,
                kind.as_str(),
                queue_id,
                room_id,
                category,
                card,
                now
            )?;
            Some(*id)
        }
        TicketChange::Existing { ticket_id } => {
            execute!(
                tx,
                "UPDATE tickets SET updated_at = $2 WHERE id = $1",
                ticket_id,
                now
            )?;
            Some(*ticket_id)
        }
    };
    if let Some(ticket_id) = ticket_id {
        for entry in &outcome.history {
            execute!(
                tx,
                "INSERT INTO ticket_messages (ticket_id, author, external_id, body, created_at) \
                 VALUES ($1, $2, $3, $4, $5)",
                ticket_id,
                &entry.author,
                &entry.external_id,
                &entry.body,
                now
            )?;
        }
    }
    for message in &outcome.outbox {
        let media_id = match &message.media {
            Some(crate::domain::outbound::MediaRef::Stored(id)) => Some(*id),
            Some(crate::domain::outbound::MediaRef::New(image)) => {
                Some(crate::storage::repos::media::insert(&mut tx.on(), image, now).await?)
            }
            None => None,
        };
        let body = serde_json::to_string(&message.body)
            .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
        execute!(
            tx,
            "INSERT INTO outbox (channel, destination, placement, ticket_id, media_id, inbox_id, \
             body, status, attempts, next_attempt_at, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', 0, $8, $8)",
            message.channel.as_str(),
            &message.destination,
            message.placement.as_str(),
            ticket_id,
            media_id,
            inbox_id,
            body,
            now
        )?;
    }
    if let Some((ticket_id, status)) = &outcome.set_status {
        let closed_at = (*status == crate::domain::TicketStatus::Closed).then_some(now);
        execute!(
            tx,
            "UPDATE tickets SET status = $2, closed_at = $3, updated_at = $4 WHERE id = $1",
            ticket_id,
            status.as_str(),
            closed_at,
            now
        )?;
    }
    if let Some(u) = &outcome.update {
        // One statement: each field changes only when asked to.
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
            tx,
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
    }
    if let Some((key, value)) = &outcome.set_kv {
        execute!(
            tx,
            "INSERT INTO kv (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            key,
            value
        )?;
    }
    for (ticket_id, assignee) in &outcome.reassign {
        execute!(
            tx,
            "UPDATE tickets SET assignee = $2, updated_at = $3 WHERE id = $1",
            ticket_id,
            assignee,
            now
        )?;
    }
    if let Some((resident_id, awaiting)) = &outcome.set_awaiting {
        let awaiting = awaiting
            .as_ref()
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
        execute!(
            tx,
            "UPDATE residents SET awaiting = $2 WHERE id = $1",
            resident_id,
            awaiting
        )?;
    }
    if let Some((resident_id, area)) = &outcome.set_area {
        execute!(
            tx,
            "UPDATE residents SET area_id = $2 WHERE id = $1",
            resident_id,
            area
        )?;
    }
    if let Some((resident_id, menu)) = &outcome.set_menu {
        let menu = serde_json::to_string(menu)
            .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
        execute!(
            tx,
            "UPDATE residents SET menu = $2 WHERE id = $1",
            resident_id,
            menu
        )?;
    }
    if let Some((resident_id, language)) = &outcome.set_language {
        execute!(
            tx,
            "UPDATE residents SET language = $2 WHERE id = $1",
            resident_id,
            language
        )?;
    }
    if let Some((resident_id, change)) = &outcome.draft {
        use crate::domain::report::{DraftChange, ReportDraft};
        let (remove, delete_photos, save): (
            bool,
            bool,
            Option<(&ReportDraft, Option<&crate::domain::outbound::CleanImage>)>,
        ) = match change {
            DraftChange::Keep => (false, false, None),
            DraftChange::Save { draft, add_photo } => {
                (false, false, Some((&**draft, add_photo.as_ref())))
            }
            DraftChange::Submitted => (true, false, None),
            DraftChange::Discard => (true, true, None),
            DraftChange::Restart(draft) => (true, true, Some((&**draft, None))),
        };
        if remove {
            let body: Option<String> = fetch!(
                tx,
                query_scalar::<String>,
                fetch_optional,
                "DELETE FROM report_drafts WHERE resident_id = $1 RETURNING body",
                resident_id
            )?;
            if let (true, Some(body)) = (delete_photos, body) {
                let photos = serde_json::from_str::<ReportDraft>(&body)
                    .map(|d| d.photos)
                    .unwrap_or_default();
                for id in photos {
                    execute!(tx, "DELETE FROM media WHERE id = $1", id)?;
                }
            }
        }
        if let Some((draft, add_photo)) = save {
            let mut draft = draft.clone();
            if let Some(image) = add_photo {
                draft
                    .photos
                    .push(crate::storage::repos::media::insert(&mut tx.on(), image, now).await?);
            }
            draft.updated_at = now;
            let body = serde_json::to_string(&draft)
                .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
            execute!(
                tx,
                "INSERT INTO report_drafts (resident_id, body, updated_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (resident_id) DO UPDATE SET body = excluded.body, \
                 updated_at = excluded.updated_at",
                resident_id,
                body,
                now
            )?;
        }
    }
    tx.commit().await?;
    Ok(())
}
