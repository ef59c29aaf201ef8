//! PostgreSQL: for deployments that outgrow one SQLite file.

use sqlx::postgres::PgPoolOptions;
use sqlx::{PgPool, Postgres, Transaction};

use super::Result;
use super::sql::impl_store;

#[derive(Debug, Clone)]
pub struct PostgresStore {
    pool: PgPool,
}

impl PostgresStore {
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(max_connections.max(1))
            .connect(url)
            .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(Self { pool })
    }

    async fn begin_write(&self) -> Result<Transaction<'static, Postgres>> {
        Ok(self.pool.begin().await?)
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }
}

impl_store!(
    PostgresStore,
    Postgres,
    reserve_ticket = "SELECT nextval('ticket_ids')"
);
