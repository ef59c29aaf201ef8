//! Residents' conversations: one row per resident with something in
//! progress (`kind`: a report draft, an awaited comment), its state as JSON
//! and the time of its last change. No row: idle.

use serde::{Deserialize, Serialize};

use crate::clock::Millis;
use crate::domain::conversation::{Conversation, ConversationChange, Kind};
use crate::domain::outbound::CleanImage;
use crate::domain::report::{DraftChange, ReportDraft};
use crate::storage::StorageError;
use crate::storage::db::{Conn, Database, execute, fetch};

/// The stored state of an awaited comment.
#[derive(Serialize, Deserialize)]
struct Feedback {
    ticket_id: i64,
}

fn corrupt(what: &str, e: serde_json::Error) -> StorageError {
    StorageError::Corrupt(format!("{what}: {e}"))
}

pub(crate) async fn get(db: &Database, resident_id: i64) -> crate::storage::Result<Conversation> {
    let mut conn = db.acquire().await?;
    let row: Option<(String, String, i64)> = fetch!(
        conn,
        query_as::<(String, String, i64)>,
        fetch_optional,
        "SELECT kind, state, updated_at FROM conversations WHERE resident_id = $1",
        resident_id
    )?;
    let Some((kind, state, updated_at)) = row else {
        return Ok(Conversation::Idle);
    };
    match Kind::parse(&kind) {
        Some(Kind::Reporting) => {
            let mut draft: ReportDraft =
                serde_json::from_str(&state).map_err(|e| corrupt("report draft", e))?;
            draft.updated_at = updated_at;
            Ok(Conversation::Reporting(Box::new(draft)))
        }
        Some(Kind::Feedback) => {
            let f: Feedback =
                serde_json::from_str(&state).map_err(|e| corrupt("awaited comment", e))?;
            Ok(Conversation::Feedback {
                ticket_id: f.ticket_id,
                since: updated_at,
            })
        }
        None => Err(StorageError::Corrupt(format!("conversation kind {kind:?}"))),
    }
}

/// Conversations of `kind` not changed since before `before`: (resident id,
/// last change), oldest first.
pub(crate) async fn idle(
    db: &Database,
    kind: Kind,
    before: Millis,
) -> crate::storage::Result<Vec<(i64, Millis)>> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_as::<(i64, i64)>,
        fetch_all,
        "SELECT resident_id, updated_at FROM conversations WHERE kind = $1 AND updated_at < $2 \
         ORDER BY updated_at LIMIT 100",
        kind.as_str(),
        before
    )?)
}

/// Deletes the photos listed in a stored report draft.
pub(crate) async fn delete_photos(conn: &mut Conn<'_>, state: &str) -> crate::storage::Result<()> {
    let photos = serde_json::from_str::<ReportDraft>(state)
        .map(|d| d.photos)
        .unwrap_or_default();
    for id in photos {
        execute!(conn, "DELETE FROM media WHERE id = $1", id)?;
    }
    Ok(())
}

async fn put(
    conn: &mut Conn<'_>,
    resident_id: i64,
    kind: Kind,
    state: &str,
    now: Millis,
) -> crate::storage::Result<()> {
    execute!(
        conn,
        "INSERT INTO conversations (resident_id, kind, state, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (resident_id) DO UPDATE SET kind = excluded.kind, state = excluded.state, \
         updated_at = excluded.updated_at",
        resident_id,
        kind.as_str(),
        state,
        now
    )?;
    Ok(())
}

pub(crate) async fn apply(
    conn: &mut Conn<'_>,
    resident_id: i64,
    change: &ConversationChange,
    now: Millis,
) -> crate::storage::Result<()> {
    match change {
        ConversationChange::Report(change) => report(conn, resident_id, change, now).await,
        ConversationChange::AwaitFeedback { ticket_id } => {
            // Never in place of a report in progress.
            let reporting: Option<i64> = fetch!(
                conn,
                query_scalar::<i64>,
                fetch_optional,
                "SELECT resident_id FROM conversations WHERE resident_id = $1 AND kind = 'reporting'",
                resident_id
            )?;
            if reporting.is_some() {
                return Ok(());
            }
            let state = serde_json::to_string(&Feedback {
                ticket_id: *ticket_id,
            })
            .map_err(|e| corrupt("awaited comment", e))?;
            put(conn, resident_id, Kind::Feedback, &state, now).await
        }
        ConversationChange::EndFeedback => {
            execute!(
                conn,
                "DELETE FROM conversations WHERE resident_id = $1 AND kind = 'feedback'",
                resident_id
            )?;
            Ok(())
        }
    }
}

async fn report(
    conn: &mut Conn<'_>,
    resident_id: i64,
    change: &DraftChange,
    now: Millis,
) -> crate::storage::Result<()> {
    let (remove, delete_photos_too, save): (
        bool,
        bool,
        Option<(&ReportDraft, Option<&CleanImage>)>,
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
        let state: Option<String> = fetch!(
            conn,
            query_scalar::<String>,
            fetch_optional,
            "DELETE FROM conversations WHERE resident_id = $1 AND kind = 'reporting' \
             RETURNING state",
            resident_id
        )?;
        if let (true, Some(state)) = (delete_photos_too, state) {
            delete_photos(conn, &state).await?;
        }
    }
    if let Some((draft, add_photo)) = save {
        let mut draft = draft.clone();
        if let Some(image) = add_photo {
            draft
                .photos
                .push(super::media::insert(conn, image, now).await?);
        }
        draft.updated_at = now;
        let state = serde_json::to_string(&draft).map_err(|e| corrupt("report draft", e))?;
        put(conn, resident_id, Kind::Reporting, &state, now).await?;
    }
    Ok(())
}
