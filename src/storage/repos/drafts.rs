//! Report drafts in progress.

use crate::storage::db::{Database, fetch};

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
