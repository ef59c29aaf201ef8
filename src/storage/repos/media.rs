//! Cleaned images (metadata stripped before they are stored).

use crate::storage::db::{Conn, Database, fetch};

/// Stores a cleaned image; returns its media id.
pub(crate) async fn insert(
    conn: &mut Conn<'_>,
    image: &crate::domain::outbound::CleanImage,
    now: crate::clock::Millis,
) -> crate::storage::Result<i64> {
    Ok(fetch!(
        conn,
        query_scalar::<i64>,
        fetch_one,
        "INSERT INTO media (content_type, file_name, width, height, bytes, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        &image.content_type,
        &image.file_name,
        i64::from(image.width),
        i64::from(image.height),
        &image.bytes,
        now
    )?)
}

pub(crate) async fn get(
    db: &Database,
    id: i64,
) -> crate::storage::Result<Option<crate::storage::Media>> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_as::<crate::storage::rows::MediaRow>,
        fetch_optional,
        "SELECT id, content_type, file_name, width, height, bytes FROM media WHERE id = $1",
        id
    )?
    .map(Into::into))
}
