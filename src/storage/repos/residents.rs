//! Residents: found or created with a fresh pseudonym on every message.

use crate::domain::change::ResidentChange;
use crate::storage::db::{Conn, Database, execute, fetch};

/// `SELECT` of every column, followed by the rest of the query.
macro_rules! select_residents {
    ($rest:literal) => {
        concat!("SELECT id, channel, external_id, chat_id, pseudonym, language, platform_language, area_id, menu, created_at, last_seen_at FROM residents ", $rest)
    };
}

pub(crate) async fn upsert(
    db: &Database,
    new: &crate::storage::NewResident,
    now: crate::clock::Millis,
) -> crate::storage::Result<crate::domain::Resident> {
    let mut conn = db.acquire().await?;
    use rand::SeedableRng;
    let mut rng = rand::rngs::StdRng::from_os_rng();
    let mut last_error = None;
    for _ in 0..crate::storage::rows::PSEUDONYM_TRIES {
        let code = crate::domain::pseudonym::random_code(&mut rng, 4);
        let result = fetch!(
            conn,
            query_as::<crate::storage::rows::ResidentRow>,
            fetch_one,
            "INSERT INTO residents (channel, external_id, chat_id, pseudonym, language, \
             platform_language, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
             ON CONFLICT (channel, external_id) DO UPDATE SET \
             chat_id = excluded.chat_id, last_seen_at = excluded.last_seen_at, \
             unreachable_at = NULL, \
             platform_language = COALESCE(excluded.platform_language, residents.platform_language) \
             RETURNING id, channel, external_id, chat_id, pseudonym, language, platform_language, area_id, menu, created_at, last_seen_at",
            new.channel.as_str(),
            &new.external_id,
            &new.chat_id,
            crate::domain::pseudonym::pseudonym(&code),
            &new.language,
            &new.platform_language,
            now
        );
        match result {
            Ok(row) => return row.try_into(),
            // Another resident has this pseudonym: draw again.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                last_error = Some(sqlx::Error::Database(e));
            }
            Err(e) => return Err(e.into()),
        }
    }
    Err(last_error.expect("the loop ran at least once").into())
}

pub(crate) async fn get(
    db: &Database,
    id: i64,
) -> crate::storage::Result<Option<crate::domain::Resident>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<crate::storage::rows::ResidentRow>,
        fetch_optional,
        "SELECT id, channel, external_id, chat_id, pseudonym, language, platform_language, \
         area_id, menu, created_at, last_seen_at FROM residents WHERE id = $1",
        id
    )?
    .map(TryInto::try_into)
    .transpose()
}

pub(crate) async fn apply(
    conn: &mut Conn<'_>,
    resident_id: i64,
    change: &ResidentChange,
) -> crate::storage::Result<()> {
    match change {
        ResidentChange::Language(language) => execute!(
            conn,
            "UPDATE residents SET language = $2 WHERE id = $1",
            resident_id,
            language
        )?,
        ResidentChange::Area(area) => execute!(
            conn,
            "UPDATE residents SET area_id = $2 WHERE id = $1",
            resident_id,
            area
        )?,
    };
    Ok(())
}

pub(crate) async fn menu_shown(
    db: &Database,
    channel: crate::domain::Channel,
    chat_id: &str,
    options: &[String],
) -> crate::storage::Result<()> {
    let menu = serde_json::to_string(options)
        .map_err(|e| crate::storage::StorageError::Corrupt(e.to_string()))?;
    let mut conn = db.acquire().await?;
    execute!(
        conn,
        "UPDATE residents SET menu = $3 WHERE channel = $1 AND chat_id = $2",
        channel.as_str(),
        chat_id,
        menu
    )?;
    Ok(())
}

/// The resident of an account, if koban knows them (no row is created).
pub(crate) async fn find(
    db: &Database,
    channel: crate::domain::Channel,
    external_id: &str,
) -> crate::storage::Result<Option<crate::domain::Resident>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<crate::storage::rows::ResidentRow>,
        fetch_optional,
        select_residents!("WHERE channel = $1 AND external_id = $2"),
        channel.as_str(),
        external_id
    )?
    .map(TryInto::try_into)
    .transpose()
}

/// The resident officers know by this pseudonym (`Resident 7F3K`).
pub(crate) async fn by_pseudonym(
    db: &Database,
    pseudonym: &str,
) -> crate::storage::Result<Option<crate::domain::Resident>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<crate::storage::rows::ResidentRow>,
        fetch_optional,
        select_residents!("WHERE pseudonym = $1"),
        pseudonym
    )?
    .map(TryInto::try_into)
    .transpose()
}
