//! Operator commands on the database: `koban outbox` and `koban inbox` list
//! what waits or failed and send it round again. They work while koban runs
//! (the running process picks retried rows up on its next pass).

use std::fmt::Write as _;

use crate::clock::Millis;
use crate::storage::{Result, Store};

fn when(ms: Millis) -> String {
    chrono::DateTime::<chrono::Utc>::from_timestamp_millis(ms)
        .map(|t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
        .unwrap_or_else(|| ms.to_string())
}

/// Lists outgoing messages that wait or failed; with `retry`, sends failed
/// ones again (one id, or all with `None`).
pub async fn outbox(
    store: &dyn Store,
    retry: Option<Option<i64>>,
    limit: i64,
    now: Millis,
) -> Result<String> {
    let mut out = String::new();
    if let Some(id) = retry {
        let n = store.outbox_retry_failed(id, now).await?;
        let _ = writeln!(out, "{n} failed message(s) queued again");
        return Ok(out);
    }
    let counts = store.outbox_counts().await?;
    let _ = writeln!(
        out,
        "outbox: {} pending, {} failed",
        counts.pending, counts.failed
    );
    for status in ["pending", "failed"] {
        for row in store.outbox_list(status, limit).await? {
            let _ = writeln!(
                out,
                "{status:7} #{:<6} {:8} {:13} to {}  queued {}  attempts {}  next {}{}",
                row.id,
                row.channel,
                row.placement,
                row.destination,
                when(row.created_at),
                row.attempts,
                when(row.next_attempt_at),
                if row.error.is_empty() {
                    String::new()
                } else {
                    format!("  last error: {}", row.error)
                },
            );
        }
    }
    if counts.failed > 0 {
        let _ = writeln!(
            out,
            "send failed messages again with `koban outbox --retry` (or `--retry-id <id>`)"
        );
    }
    Ok(out)
}

/// Lists inbound events set aside as unprocessable; with `retry`, processes
/// them again (one id, or all with `None`).
pub async fn inbox(
    store: &dyn Store,
    retry: Option<Option<i64>>,
    limit: i64,
    now: Millis,
) -> Result<String> {
    let mut out = String::new();
    if let Some(id) = retry {
        let n = store.inbox_retry(id, now).await?;
        let _ = writeln!(out, "{n} event(s) queued again");
        return Ok(out);
    }
    let waiting = store.inbox_unprocessed().await?;
    let dead = store.inbox_dead(limit).await?;
    let _ = writeln!(
        out,
        "inbox: {waiting} waiting to be processed, {} set aside",
        dead.len()
    );
    for d in &dead {
        let _ = writeln!(
            out,
            "#{:<6} {:8} {}  received {}  set aside {}  attempts {}  error: {}",
            d.id,
            d.source,
            d.external_id,
            when(d.received_at),
            when(d.dead_at),
            d.attempts,
            d.error
        );
    }
    if !dead.is_empty() {
        let _ = writeln!(
            out,
            "process them again with `koban inbox --retry` (or `--retry-id <id>`)"
        );
    }
    Ok(out)
}

/// Checks the audit log's hash chain from its first entry to its last.
pub async fn audit_verify(store: &dyn Store) -> Result<(bool, String)> {
    let mut check = crate::domain::moderation::ChainCheck::default();
    let mut after = 0;
    loop {
        let page = store.audit_page(after, 1000).await?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        for e in &page {
            if let Err(b) = check.check(e) {
                return Ok((
                    false,
                    format!(
                        "audit log BROKEN at entry {}: {} ({} entries before it verified)\n",
                        b.seq, b.problem, check.checked
                    ),
                ));
            }
        }
    }
    Ok((
        true,
        format!("audit log intact: {} entries verified\n", check.checked),
    ))
}

/// The newest audit entries, with their content while it is kept.
pub async fn audit_list(store: &dyn Store, limit: i64) -> Result<String> {
    let mut out = String::new();
    let mut entries = store.audit_recent(limit).await?;
    entries.reverse();
    for e in &entries {
        let _ = writeln!(
            out,
            "{:>6}  {}  {}  {}  {}  {}{}",
            e.seq,
            when(e.at),
            e.actor,
            e.action,
            e.subject,
            e.reason,
            match &e.content {
                Some(c) => format!("\n        {}", c.replace('\n', "\n        ")),
                None => String::new(),
            }
        );
    }
    if entries.is_empty() {
        out.push_str("the audit log is empty\n");
    }
    Ok(out)
}
