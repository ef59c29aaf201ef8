//! Leases: one holder at a time for a name, with an expiry and a generation
//! number.

use crate::storage::db::{Database, execute, fetch};

pub(crate) async fn acquire(
    db: &Database,
    name: &str,
    holder: &str,
    expires_at: crate::clock::Millis,
    now: crate::clock::Millis,
    take_over_generation: Option<i64>,
) -> crate::storage::Result<Result<i64, crate::storage::LeaseHolder>> {
    let mut tx = db.begin_write().await?;
    let won = fetch!(
        tx,
        query_scalar::<i64>,
        fetch_optional,
        "INSERT INTO leases (name, holder, generation, expires_at) VALUES ($1, $2, 1, $3) \
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, \
         generation = leases.generation + 1, expires_at = excluded.expires_at \
         WHERE leases.expires_at <= $4 OR leases.holder = $2 OR leases.generation = $5 \
         RETURNING generation",
        name,
        holder,
        expires_at,
        now,
        take_over_generation.unwrap_or(-1)
    )?;
    let result = match won {
        Some(generation) => Ok(generation),
        None => {
            let (holder, generation, expires_at) = fetch!(
                tx,
                query_as::<(String, i64, crate::clock::Millis)>,
                fetch_one,
                "SELECT holder, generation, expires_at FROM leases WHERE name = $1",
                name
            )?;
            Err(crate::storage::LeaseHolder {
                holder,
                generation,
                expires_at,
            })
        }
    };
    tx.commit().await?;
    Ok(result)
}

pub(crate) async fn renew(
    db: &Database,
    name: &str,
    holder: &str,
    generation: i64,
    expires_at: crate::clock::Millis,
) -> crate::storage::Result<bool> {
    let mut conn = db.acquire().await?;
    Ok(execute!(
        conn,
        "UPDATE leases SET expires_at = $4 WHERE name = $1 AND holder = $2 AND generation = $3",
        name,
        holder,
        generation,
        expires_at
    )? == 1)
}

pub(crate) async fn release(
    db: &Database,
    name: &str,
    holder: &str,
    generation: i64,
) -> crate::storage::Result<()> {
    let mut conn = db.acquire().await?;
    execute!(
        conn,
        "UPDATE leases SET expires_at = 0 WHERE name = $1 AND holder = $2 AND generation = $3",
        name,
        holder,
        generation
    )?;
    Ok(())
}
