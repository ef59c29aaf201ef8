//! Fresh databases for tests: a SQLite file, or a PostgreSQL database
//! created from `KOBAN_TEST_POSTGRES_URL` and dropped afterwards.
#![allow(dead_code)]

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use futures::FutureExt;
use koban::storage::Store;
use rand::Rng;
use sqlx::Connection;

/// One `#[tokio::test]` per database for each test function `f(url)`; the
/// PostgreSQL ones are ignored unless included (scripts/test.sh does).
#[allow(unused_macros)]
macro_rules! on_both {
    ($($test:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $test() {
                    $crate::db::on_sqlite(super::$test).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                #[ignore = "needs PostgreSQL: run scripts/test.sh, or set KOBAN_TEST_POSTGRES_URL and pass --include-ignored"]
                async fn $test() {
                    $crate::db::on_postgres(super::$test).await;
                }
            )*
        }
    };
}

/// Runs `test` against a fresh SQLite file.
pub async fn on_sqlite<F, Fut>(test: F)
where
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = ()>,
{
    let dir = tempfile::TempDir::new().expect("create a temporary directory");
    let url = format!("sqlite://{}", dir.path().join("koban.db").display());
    test(url).await;
    drop(dir);
}

/// Runs `test` against a fresh PostgreSQL database, dropped afterwards (also
/// when the test fails).
pub async fn on_postgres<F, Fut>(test: F)
where
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = ()>,
{
    let admin_url = std::env::var("KOBAN_TEST_POSTGRES_URL").unwrap_or_else(|_| {
        panic!(
            "KOBAN_TEST_POSTGRES_URL is not set: this PostgreSQL test was included explicitly, \
             so it needs a server (e.g. postgres://postgres@127.0.0.1:5432/test; \
             scripts/test.sh starts one)"
        )
    });
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to KOBAN_TEST_POSTGRES_URL={admin_url}: {e}"));
    let suffix: String = {
        let mut rng = rand::rng();
        (0..16)
            .map(|_| char::from(rng.random_range(b'a'..=b'z')))
            .collect()
    };
    let name = format!("koban_t_{suffix}");
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut admin)
        .await
        .unwrap_or_else(|e| panic!("CREATE DATABASE {name}: {e}"));
    let mut url = url::Url::parse(&admin_url).expect("KOBAN_TEST_POSTGRES_URL is a URL");
    url.set_path(&format!("/{name}"));

    // The test owns (and drops) its store; the database goes afterwards,
    // whatever the test's result.
    let result = AssertUnwindSafe(test(url.to_string())).catch_unwind().await;
    if let Err(e) = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .execute(&mut admin)
    .await
    {
        eprintln!("could not drop test database {name}: {e}");
    }
    let _ = admin.close().await;
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

pub async fn with_store<F, Fut>(url: String, test: F)
where
    F: FnOnce(Arc<dyn Store>) -> Fut,
    Fut: Future<Output = ()>,
{
    let store = koban::storage::connect(&url, 4)
        .await
        .unwrap_or_else(|e| panic!("connect to {url}: {e}"));
    test(store).await;
}
