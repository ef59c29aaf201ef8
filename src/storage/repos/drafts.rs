//! Report drafts in progress.

use crate::domain::outbound::CleanImage;
use crate::domain::report::{DraftChange, ReportDraft};
use crate::storage::db::{Conn, Database, execute, fetch};

pub(crate) async fn get(
    db: &Database,
    resident_id: i64,
) -> crate::storage::Result<Option<crate::domain::report::ReportDraft>> {
    let mut conn = db.acquire().await?;
    let row: Option<(String, i64)> = fetch!(
        conn,
        query_as::<(String, i64)>,
        fetch_optional,
        "SELECT body, updated_at FROM report_drafts WHERE resident_id = $1",
        resident_id
    )?;
    row.map(|(body, updated_at)| {
        let mut draft: crate::domain::report::ReportDraft = serde_json::from_str(&body)
            .map_err(|e| crate::storage::StorageError::Corrupt(format!("report draft: {e}")))?;
        draft.updated_at = updated_at;
        Ok(draft)
    })
    .transpose()
}

pub(crate) async fn idle_since(
    db: &Database,
    before: crate::clock::Millis,
) -> crate::storage::Result<Vec<(i64, crate::clock::Millis)>> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_as::<(i64, i64)>,
        fetch_all,
        "SELECT resident_id, updated_at FROM report_drafts WHERE updated_at < $1 \
         ORDER BY updated_at LIMIT 100",
        before
    )?)
}

pub(crate) async fn apply(
    conn: &mut Conn<'_>,
    resident_id: i64,
    change: &DraftChange,
    now: crate::clock::Millis,
) -> crate::storage::Result<()> {
    let (remove, delete_photos, save): (bool, bool, Option<(&ReportDraft, Option<&CleanImage>)>) =
        match change {
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
            conn,
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
                execute!(conn, "DELETE FROM media WHERE id = $1", id)?;
            }
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
        let body = serde_json::to_string(&draft)
            .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
        execute!(
            conn,
            "INSERT INTO report_drafts (resident_id, body, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (resident_id) DO UPDATE SET body = excluded.body, \
             updated_at = excluded.updated_at",
            resident_id,
            body,
            now
        )?;
    }
    Ok(())
}
