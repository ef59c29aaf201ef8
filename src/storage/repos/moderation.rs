//! Moderation: held messages, sanctions, warnings and moderators' rules.

use crate::clock::Millis;
use crate::domain::Channel;
use crate::domain::moderation::{
    Held, HeldStatus, ModerationChange, Sanction, SanctionKind, StoredRule,
};
use crate::storage::db::{Conn, Database, execute, fetch};
use crate::storage::{Result, StorageError};

/// `SELECT` of every column, followed by the rest of the query.
macro_rules! select_held {
    ($rest:literal) => {
        concat!("SELECT id, resident_id, payload, text, rule, matched, status, created_at FROM moderation_held ", $rest)
    };
}

#[derive(sqlx::FromRow)]
struct HeldRow {
    id: i64,
    resident_id: i64,
    payload: String,
    text: String,
    rule: Option<String>,
    matched: String,
    status: String,
    created_at: i64,
}

impl TryFrom<HeldRow> for Held {
    type Error = StorageError;
    fn try_from(r: HeldRow) -> Result<Self> {
        Ok(Held {
            id: r.id,
            resident_id: r.resident_id,
            payload: r.payload,
            text: r.text,
            rule: r.rule,
            matched: serde_json::from_str(&r.matched).unwrap_or_default(),
            status: HeldStatus::parse(&r.status)
                .ok_or_else(|| StorageError::Corrupt(format!("held status {:?}", r.status)))?,
            created_at: r.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
struct SanctionRow {
    channel: String,
    user_id: String,
    kind: String,
    until: Option<i64>,
    reason: String,
    created_by: String,
    created_at: i64,
}

impl TryFrom<SanctionRow> for Sanction {
    type Error = StorageError;
    fn try_from(r: SanctionRow) -> Result<Self> {
        Ok(Sanction {
            channel: Channel::parse(&r.channel).ok_or_else(|| {
                StorageError::Corrupt(format!("sanction channel {:?}", r.channel))
            })?,
            user_id: r.user_id,
            kind: SanctionKind::parse(&r.kind)
                .ok_or_else(|| StorageError::Corrupt(format!("sanction kind {:?}", r.kind)))?,
            until: r.until,
            reason: r.reason,
            created_by: r.created_by,
            created_at: r.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
struct RuleRow {
    id: String,
    kind: String,
    action: String,
    dry_run: bool,
    spec: String,
    created_by: String,
    created_at: i64,
}

impl From<RuleRow> for StoredRule {
    fn from(r: RuleRow) -> Self {
        StoredRule {
            id: r.id,
            kind: r.kind,
            action: r.action,
            dry_run: r.dry_run,
            spec: r.spec,
            created_by: r.created_by,
            created_at: r.created_at,
        }
    }
}

pub(crate) async fn held(db: &Database, id: i64) -> Result<Option<Held>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<HeldRow>,
        fetch_optional,
        select_held!("WHERE id = $1"),
        id
    )?
    .map(TryInto::try_into)
    .transpose()
}

/// The resident's messages still held, oldest first.
pub(crate) async fn held_pending_of(db: &Database, resident_id: i64) -> Result<Vec<Held>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<HeldRow>,
        fetch_all,
        select_held!("WHERE resident_id = $1 AND status = 'pending' ORDER BY id"),
        resident_id
    )?
    .into_iter()
    .map(TryInto::try_into)
    .collect()
}

/// Held messages waiting for a moderator (not those only waiting behind
/// another), oldest first.
pub(crate) async fn held_pending(db: &Database, limit: i64) -> Result<Vec<Held>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<HeldRow>,
        fetch_all,
        select_held!("WHERE status = 'pending' AND rule IS NOT NULL ORDER BY id LIMIT $1"),
        limit
    )?
    .into_iter()
    .map(TryInto::try_into)
    .collect()
}

/// The held message whose card (in the moderation room) has this event id.
pub(crate) async fn held_by_card(
    db: &Database,
    room: &str,
    event_id: &str,
) -> Result<Option<Held>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<HeldRow>,
        fetch_optional,
        select_held!(
            "WHERE id = (SELECT inbox_id FROM outbox \
             WHERE channel = 'matrix' AND destination = $1 AND remote_id = $2 LIMIT 1)"
        ),
        room,
        event_id
    )?
    .map(TryInto::try_into)
    .transpose()
}

/// The block of an account, else its mute if it lasts past `now`.
pub(crate) async fn sanction(
    db: &Database,
    channel: Channel,
    user_id: &str,
    now: Millis,
) -> Result<Option<Sanction>> {
    let mut conn = db.acquire().await?;
    fetch!(
        conn,
        query_as::<SanctionRow>,
        fetch_optional,
        "SELECT channel, user_id, kind, until, reason, created_by, created_at \
         FROM moderation_sanctions \
         WHERE channel = $1 AND user_id = $2 AND (kind = 'block' OR until > $3) \
         ORDER BY CASE kind WHEN 'block' THEN 0 ELSE 1 END LIMIT 1",
        channel.as_str(),
        user_id,
        now
    )?
    .map(TryInto::try_into)
    .transpose()
}

pub(crate) async fn warnings_since(
    db: &Database,
    channel: Channel,
    user_id: &str,
    since: Millis,
) -> Result<i64> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_scalar::<i64>,
        fetch_one,
        "SELECT COUNT(*) FROM moderation_warnings \
         WHERE channel = $1 AND user_id = $2 AND created_at >= $3",
        channel.as_str(),
        user_id,
        since
    )?)
}

pub(crate) async fn rules(db: &Database) -> Result<Vec<StoredRule>> {
    let mut conn = db.acquire().await?;
    Ok(fetch!(
        conn,
        query_as::<RuleRow>,
        fetch_all,
        "SELECT id, kind, action, dry_run, spec, created_by, created_at \
         FROM moderation_rules ORDER BY id"
    )?
    .into_iter()
    .map(Into::into)
    .collect())
}

pub(crate) async fn apply(
    conn: &mut Conn<'_>,
    inbox_id: i64,
    change: &ModerationChange,
    now: Millis,
) -> Result<()> {
    match change {
        ModerationChange::Hold(held) | ModerationChange::Report(held) => {
            let status = match change {
                ModerationChange::Report(_) => HeldStatus::Reported,
                _ => HeldStatus::Pending,
            };
            let matched = serde_json::to_string(&held.matched)
                .map_err(|e| StorageError::Corrupt(e.to_string()))?;
            execute!(
                conn,
                "INSERT INTO moderation_held (id, resident_id, inbox_id, payload, conversation, \
                 text, rule, matched, status, created_at) \
                 VALUES ($1, $2, $1, $3, $4, $5, $6, $7, $9, $8)",
                inbox_id,
                held.resident_id,
                &held.payload,
                &held.conversation,
                &held.text,
                &held.rule,
                matched,
                now,
                status.as_str()
            )?;
        }
        ModerationChange::Decide {
            held_id,
            status,
            by,
            reason,
        } => {
            execute!(
                conn,
                "UPDATE moderation_held SET status = $2, decided_at = $3, decided_by = $4, \
                 reason = $5 WHERE id = $1 AND status IN ('pending', 'reported')",
                held_id,
                status.as_str(),
                now,
                by,
                reason
            )?;
        }
        ModerationChange::Sanction(s) => {
            execute!(
                conn,
                "INSERT INTO moderation_sanctions (channel, user_id, kind, until, reason, \
                 created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (channel, user_id, kind) DO UPDATE SET until = excluded.until, \
                 reason = excluded.reason, created_by = excluded.created_by, \
                 created_at = excluded.created_at",
                s.channel.as_str(),
                &s.user_id,
                s.kind.as_str(),
                s.until,
                &s.reason,
                &s.created_by,
                s.created_at
            )?;
        }
        ModerationChange::Lift {
            channel,
            user_id,
            kind,
        } => {
            execute!(
                conn,
                "DELETE FROM moderation_sanctions WHERE channel = $1 AND user_id = $2 AND kind = $3",
                channel.as_str(),
                user_id,
                kind.as_str()
            )?;
        }
        ModerationChange::Warn {
            channel,
            user_id,
            by,
            reason,
        } => {
            execute!(
                conn,
                "INSERT INTO moderation_warnings (channel, user_id, created_by, reason, created_at) \
                 VALUES ($1, $2, $3, $4, $5)",
                channel.as_str(),
                user_id,
                by,
                reason,
                now
            )?;
        }
        ModerationChange::AddRule(rule) => {
            execute!(
                conn,
                "INSERT INTO moderation_rules (id, kind, action, dry_run, spec, created_by, \
                 created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                 ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, action = excluded.action, \
                 dry_run = excluded.dry_run, spec = excluded.spec, \
                 created_by = excluded.created_by, created_at = excluded.created_at",
                &rule.id,
                &rule.kind,
                &rule.action,
                rule.dry_run,
                &rule.spec,
                &rule.created_by,
                rule.created_at
            )?;
        }
        ModerationChange::RemoveRule(id) => {
            execute!(conn, "DELETE FROM moderation_rules WHERE id = $1", id)?;
        }
    }
    Ok(())
}

/// Erasure: the cards of the resident's held messages in the moderation
/// room are queued for redaction (cards still to be posted are cancelled),
/// the held messages go (with the resident row, by cascade), and the audit
/// log keeps its entries without their content.
pub(crate) async fn erase_resident(
    conn: &mut Conn<'_>,
    resident_id: i64,
    now: Millis,
) -> Result<()> {
    let cards = fetch!(
        conn,
        query_as::<(String, String)>,
        fetch_all,
        "SELECT destination, remote_id FROM outbox WHERE channel = 'matrix' AND status = 'sent' \
         AND remote_id IS NOT NULL \
         AND inbox_id IN (SELECT id FROM moderation_held WHERE resident_id = $1) \
         AND destination NOT IN (SELECT chat_id FROM residents WHERE id = $1)",
        resident_id
    )?;
    for (room, event_id) in cards {
        super::outbox::queue_redaction(conn, &room, event_id, now).await?;
    }
    execute!(
        conn,
        "UPDATE outbox SET status = 'cancelled', body = $2, media_id = NULL, \
         last_error = 'erased' WHERE status = 'pending' \
         AND inbox_id IN (SELECT id FROM moderation_held WHERE resident_id = $1)",
        resident_id,
        crate::storage::rows::ERASED_BODY
    )?;
    execute!(
        conn,
        "DELETE FROM outbox WHERE status <> 'cancelled' \
         AND inbox_id IN (SELECT id FROM moderation_held WHERE resident_id = $1)",
        resident_id
    )?;
    execute!(
        conn,
        "DELETE FROM moderation_held WHERE resident_id = $1",
        resident_id
    )?;
    super::audit::drop_content_of(conn, resident_id).await?;
    Ok(())
}
