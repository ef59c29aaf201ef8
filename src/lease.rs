//! One koban per database: a lease row with an expiry and a generation
//! number. The process that holds it renews it; another process started on
//! the same database waits as a standby until the lease is released (clean
//! shutdown) or expires (the holder died), and then takes over. A holder on
//! this machine whose process is gone (killed) is taken over at once.

use std::sync::Arc;
use std::time::Duration;

use tokio_util::sync::CancellationToken;

use crate::clock::{Millis, SharedClock};
use crate::storage::{Claimant, LeaseHolder, StorageError, Store};

/// The lease's name: one koban per database.
pub const NAME: &str = "koban";
/// How long a lease lasts without renewal: a standby on another machine
/// takes over at most this long (plus its poll) after the holder died.
pub const TTL: Duration = Duration::from_secs(10);
const RENEW_EVERY: Duration = Duration::from_secs(3);
const STANDBY_POLL: Duration = Duration::from_secs(1);

/// The lease this process holds.
#[derive(Clone)]
pub struct Lease {
    store: Arc<dyn Store>,
    clock: SharedClock,
    holder: String,
    generation: i64,
}

fn ms(d: Duration) -> Millis {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

fn host() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|h| h.trim().to_owned())
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "localhost".to_owned())
}

/// `host:pid:nonce`, so that operators can tell who holds the database.
fn this_holder() -> String {
    use rand::Rng;
    let nonce: u32 = rand::rng().random();
    format!("{}:{}:{nonce:08x}", host(), std::process::id())
}

/// Whether the holder is a process on this machine that no longer runs.
fn holder_is_dead_here(holder: &str) -> bool {
    let mut parts = holder.split(':');
    let (Some(h), Some(pid)) = (parts.next(), parts.next()) else {
        return false;
    };
    let Ok(pid) = pid.parse::<u32>() else {
        return false;
    };
    h == host()
        && pid != std::process::id()
        && !std::path::Path::new(&format!("/proc/{pid}")).exists()
        && std::path::Path::new("/proc/self").exists()
}

impl Lease {
    /// Takes the lease, waiting as a standby while another koban holds it.
    pub async fn acquire(
        store: Arc<dyn Store>,
        clock: SharedClock,
        shutdown: &CancellationToken,
    ) -> Result<Option<Self>, StorageError> {
        let holder = this_holder();
        let mut logged: Option<String> = None;
        loop {
            let now = clock.now_ms();
            let first = store
                .lease_acquire(NAME, &holder, now + ms(TTL), now, None)
                .await?;
            let result = match first {
                Err(other) if holder_is_dead_here(&other.holder) => {
                    tracing::warn!(previous = %other.holder, "the previous koban on this machine is gone: taking over its database lease");
                    store
                        .lease_acquire(NAME, &holder, now + ms(TTL), now, Some(other.generation))
                        .await?
                }
                r => r,
            };
            match result {
                Ok(generation) => {
                    tracing::info!(holder = %holder, generation, "database lease taken");
                    return Ok(Some(Self {
                        store,
                        clock,
                        holder,
                        generation,
                    }));
                }
                Err(LeaseHolder {
                    holder: other,
                    expires_at,
                    ..
                }) => {
                    if logged.as_deref() != Some(other.as_str()) {
                        tracing::warn!(
                            holder = %other,
                            expires_in_s = (expires_at - now).max(0) / 1000,
                            "another koban is running on this database: waiting as a standby until it stops"
                        );
                        logged = Some(other);
                    }
                }
            }
            tokio::select! {
                _ = shutdown.cancelled() => return Ok(None),
                _ = tokio::time::sleep(STANDBY_POLL) => {}
            }
        }
    }

    pub fn generation(&self) -> i64 {
        self.generation
    }

    /// A claimant of outbox rows named `holder`, fenced by this lease.
    pub fn claimant(&self, holder: String) -> Claimant {
        Claimant {
            holder,
            lease: NAME.to_owned(),
            generation: self.generation,
        }
    }

    /// Renews the lease until `shutdown`; returns (ending the task, which
    /// stops koban) if the lease was lost to another process.
    pub async fn keep(self, shutdown: CancellationToken) {
        let mut failures = 0u32;
        loop {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(RENEW_EVERY) => {}
            }
            let until = self.clock.now_ms() + ms(TTL);
            match self
                .store
                .lease_renew(NAME, &self.holder, self.generation, until)
                .await
            {
                Ok(true) => failures = 0,
                Ok(false) => {
                    tracing::error!(holder = %self.holder, generation = self.generation, "the database lease was taken by another koban: stopping");
                    return;
                }
                Err(e) => {
                    failures += 1;
                    tracing::warn!(error = %e, failures, "could not renew the database lease");
                    // Stop before the lease runs out: the next try would
                    // come too late.
                    if RENEW_EVERY * (failures + 1) >= TTL {
                        tracing::error!(
                            "the database lease could not be renewed in time: stopping"
                        );
                        return;
                    }
                }
            }
        }
        if let Err(e) = self
            .store
            .lease_release(NAME, &self.holder, self.generation)
            .await
        {
            tracing::warn!(error = %e, "could not release the database lease");
        }
    }
}
