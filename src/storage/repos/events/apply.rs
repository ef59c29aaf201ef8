//! The events repository's writes: each change inside the event's commit.

use crate::clock::Millis;
use crate::domain::event::{EventChange, EventDraft, EventStatus, Rsvp, Topic};
use crate::domain::outbound::Lane;
use crate::storage::Result;
use crate::storage::db::{Conn, execute};

/// Applies one change inside the event's commit.
pub(crate) async fn apply(
    conn: &mut Conn<'_>,
    inbox_id: i64,
    change: &EventChange,
    now: Millis,
) -> Result<()> {
    match change {
        EventChange::Create {
            id,
            draft,
            created_by,
            card,
        } => {
            let card =
                super::super::outbox::enqueue(conn, inbox_id, None, card, Lane::Interactive, now)
                    .await?;
            // The row first, then its fields as every change writes them.
            execute!(
                conn,
                "INSERT INTO events (id, status, starts_at, ends_at, sequence, card_outbox, \
                 created_by, created_at, updated_at) \
                 VALUES ($1, 'draft', $2, $3, 0, $4, $5, $6, $6)",
                id,
                draft.starts_at,
                draft.ends_at,
                card,
                created_by,
                now
            )?;
            write_draft(conn, *id, draft, 0, now).await?;
        }
        EventChange::Update { id, draft } => write_draft(conn, *id, draft, 1, now).await?,
        EventChange::Status {
            id,
            status,
            publish_at,
        } => {
            // A cancellation is a change of the calendar entry.
            let raise = i64::from(*status == EventStatus::Cancelled);
            execute!(
                conn,
                "UPDATE events SET status = $2, publish_at = $3, sequence = sequence + $4, \
                 updated_at = $5 WHERE id = $1",
                id,
                status.as_str(),
                *publish_at,
                raise,
                now
            )?;
        }
        EventChange::Answer {
            event_id,
            resident_id,
            rsvp,
        } => {
            let (position, until) = match rsvp {
                Rsvp::Waiting { position } => (Some(*position), None),
                Rsvp::Offered { until } => (None, Some(*until)),
                _ => (None, None),
            };
            execute!(
                conn,
                "INSERT INTO rsvps (event_id, resident_id, answer, position, offered_until, answered_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id, resident_id) DO UPDATE SET \
                 answer = excluded.answer, position = excluded.position, \
                 offered_until = excluded.offered_until, answered_at = excluded.answered_at",
                event_id,
                resident_id,
                rsvp.as_str(),
                position,
                until,
                now
            )?;
        }
        EventChange::Subscribe { resident_id, topic } => {
            execute!(
                conn,
                "INSERT INTO subscriptions (resident_id, topic, created_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (resident_id, topic) DO NOTHING",
                resident_id,
                topic.as_str(),
                now
            )?;
        }
        EventChange::Unsubscribe { resident_id, topic } => match topic {
            Some(topic) => {
                execute!(
                    conn,
                    "DELETE FROM subscriptions WHERE resident_id = $1 AND topic = $2",
                    resident_id,
                    topic.as_str()
                )?;
            }
            None => {
                execute!(
                    conn,
                    "DELETE FROM subscriptions WHERE resident_id = $1",
                    resident_id
                )?;
            }
        },
        EventChange::Broadcast {
            id,
            kind,
            event_id,
            announcement_id,
            topic,
            area,
            created_by,
            card,
        } => {
            let card = match card {
                Some(card) => Some(
                    super::super::outbox::enqueue(
                        conn,
                        inbox_id,
                        None,
                        card,
                        Lane::Interactive,
                        now,
                    )
                    .await?,
                ),
                None => None,
            };
            execute!(
                conn,
                "INSERT INTO broadcasts (id, kind, event_id, topic, area, status, cursor, total, \
                 card_outbox, created_by, created_at, announcement_id) \
                 VALUES ($1, $2, $3, $4, $5, 'expanding', 0, 0, $6, $7, $8, $9)",
                id,
                kind.as_str(),
                *event_id,
                topic.as_str(),
                area.as_deref(),
                card,
                created_by,
                now,
                *announcement_id
            )?;
        }
        EventChange::Deliver {
            broadcast_id,
            message,
        } => {
            let row = super::super::outbox::enqueue(conn, inbox_id, None, message, Lane::Bulk, now)
                .await?;
            execute!(
                conn,
                "UPDATE outbox SET broadcast_id = $2 WHERE id = $1",
                row,
                broadcast_id
            )?;
        }
        EventChange::Expanded {
            id,
            cursor,
            added,
            done,
        } => {
            execute!(
                conn,
                "UPDATE broadcasts SET cursor = $2, total = total + $3, \
                 status = CASE WHEN $4 THEN 'sending' ELSE status END WHERE id = $1",
                id,
                cursor,
                added,
                *done
            )?;
        }
        EventChange::Announce(a) => {
            execute!(
                conn,
                "INSERT INTO announcements (id, status, topic, area, languages, publish_at, \
                 created_by, created_at, via) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                a.id,
                a.status.as_str(),
                a.topic.as_str(),
                a.area.as_deref(),
                a.languages.join(","),
                a.publish_at,
                &a.created_by,
                now,
                a.via.as_str()
            )?;
            for (ord, (language, text)) in a.texts.iter().enumerate() {
                execute!(
                    conn,
                    "INSERT INTO announcement_texts (announcement_id, language, text, ord) \
                     VALUES ($1, $2, $3, $4)",
                    a.id,
                    language,
                    text,
                    i64::try_from(ord).unwrap_or(i64::MAX)
                )?;
            }
        }
        EventChange::AnnouncementStatus {
            id,
            status,
            publish_at,
        } => {
            execute!(
                conn,
                "UPDATE announcements SET status = $2, publish_at = $3 WHERE id = $1",
                id,
                status.as_str(),
                *publish_at
            )?;
        }
        EventChange::Finished { id } => {
            execute!(
                conn,
                "UPDATE broadcasts SET status = 'done', finished_at = $2 WHERE id = $1",
                id,
                now
            )?;
        }
    }
    Ok(())
}

async fn put_texts(conn: &mut Conn<'_>, id: i64, draft: &EventDraft) -> Result<()> {
    for text in &draft.texts {
        execute!(
            conn,
            "INSERT INTO event_texts (event_id, language, title, description, audience, \
             accessibility, ord) VALUES ($1, $2, $3, $4, $5, $6, \
             (SELECT COALESCE(MAX(ord) + 1, 0) FROM event_texts WHERE event_id = $1)) \
             ON CONFLICT (event_id, language) DO UPDATE SET title = excluded.title, \
             description = excluded.description, audience = excluded.audience, \
             accessibility = excluded.accessibility",
            id,
            &text.language,
            &text.title,
            &text.description,
            &text.audience,
            &text.accessibility
        )?;
    }
    Ok(())
}

/// Writes an event's fields and texts from `draft`, raising its sequence
/// by `raise`.
async fn write_draft(
    conn: &mut Conn<'_>,
    id: i64,
    draft: &EventDraft,
    raise: i64,
    now: Millis,
) -> Result<()> {
    execute!(
        conn,
        "UPDATE events SET area = $2, topic = $3, starts_at = $4, ends_at = $5, place = $6, \
         map_url = $7, latitude = $8, longitude = $9, capacity = $10, registration = $11, \
         sequence = sequence + $12, updated_at = $13 WHERE id = $1",
        id,
        draft.area.as_deref(),
        draft.topic.unwrap_or(Topic::Events).as_str(),
        draft.starts_at,
        draft.ends_at,
        &draft.place,
        draft.map_url.as_deref(),
        draft.location.map(|l| l.0),
        draft.location.map(|l| l.1),
        draft.capacity,
        i64::from(draft.registration),
        raise,
        now
    )?;
    put_texts(conn, id, draft).await
}
