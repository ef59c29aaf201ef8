//! Moderation's data: messages held for review, sanctions, stored rules,
//! the audit log and its hash chain, and the changes moderation decides.

use sha2::{Digest, Sha256};

use super::model::Channel;
use crate::clock::Millis;

/// Where a held message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeldStatus {
    /// Waiting for a moderator (or behind an earlier held message).
    Pending,
    /// Passed on as if never held.
    Released,
    /// Not passed on, and deleted where the platform allows it.
    Removed,
    /// Not passed on; nothing else.
    Dismissed,
    /// Delivered already; an officer reported it to the moderators.
    Reported,
}

impl HeldStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            HeldStatus::Pending => "pending",
            HeldStatus::Released => "released",
            HeldStatus::Removed => "removed",
            HeldStatus::Dismissed => "dismissed",
            HeldStatus::Reported => "reported",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "pending" => HeldStatus::Pending,
            "released" => HeldStatus::Released,
            "removed" => HeldStatus::Removed,
            "dismissed" => HeldStatus::Dismissed,
            "reported" => HeldStatus::Reported,
            _ => return None,
        })
    }
}

/// A resident's message kept back from its readers. Its number is the id of
/// the inbound event that brought it.
#[derive(Debug, Clone, PartialEq)]
pub struct Held {
    pub id: i64,
    pub resident_id: i64,
    /// The inbound event, as recorded (JSON).
    pub payload: String,
    pub text: String,
    /// The rule that held it; `None` when it only waits behind an earlier
    /// held message of the same sender.
    pub rule: Option<String>,
    pub matched: Vec<String>,
    pub status: HeldStatus,
    pub created_at: Millis,
}

/// A message to hold (its number is the current inbound event's).
#[derive(Debug, Clone, PartialEq)]
pub struct NewHeld {
    pub resident_id: i64,
    pub payload: String,
    pub conversation: String,
    pub text: String,
    pub rule: Option<String>,
    pub matched: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SanctionKind {
    /// Nothing the account sends reaches anyone, until unblocked.
    Block,
    /// Nothing the account writes reaches officers until `until`.
    Mute,
}

impl SanctionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SanctionKind::Block => "block",
            SanctionKind::Mute => "mute",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "block" => Some(SanctionKind::Block),
            "mute" => Some(SanctionKind::Mute),
            _ => None,
        }
    }
}

/// A block or mute of one account on one channel (kept by account, so an
/// erasure of the resident's data does not lift it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sanction {
    pub channel: Channel,
    pub user_id: String,
    pub kind: SanctionKind,
    /// End of a mute; `None` for a block.
    pub until: Option<Millis>,
    pub reason: String,
    pub created_by: String,
    pub created_at: Millis,
}

/// A rule a moderator added from the moderation room.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRule {
    pub id: String,
    /// `words`, `pattern` or `link`.
    pub kind: String,
    /// `hold` or `block`.
    pub action: String,
    pub dry_run: bool,
    /// The words (comma-separated), the pattern, or the denied domain.
    pub spec: String,
    pub created_by: String,
    pub created_at: Millis,
}

/// What moderation changes, applied by its repository.
#[derive(Debug, Clone, PartialEq)]
pub enum ModerationChange {
    Hold(NewHeld),
    /// A message already delivered, reported by an officer: kept with the
    /// status `reported` so that its card's thread acts on its sender.
    Report(NewHeld),
    Decide {
        held_id: i64,
        status: HeldStatus,
        by: String,
        reason: String,
    },
    /// Puts a block or a mute in place (replacing one of the same kind).
    Sanction(Sanction),
    Lift {
        channel: Channel,
        user_id: String,
        kind: SanctionKind,
    },
    Warn {
        channel: Channel,
        user_id: String,
        by: String,
        reason: String,
    },
    AddRule(StoredRule),
    RemoveRule(String),
}

/// An entry to append to the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAudit {
    /// `koban` for screening decisions, else the moderator's Matrix id.
    pub actor: String,
    /// `hold`, `block-message`, `release`, `remove`, `warn`, `mute`,
    /// `block`, `unblock`, `rule-add`, …
    pub action: String,
    /// What it is about: a pseudonym with the held number, a rule id.
    pub subject: String,
    /// The resident concerned (an erasure drops the content copy).
    pub resident_id: Option<i64>,
    pub reason: String,
    /// The content concerned, kept for the audit retention.
    pub content: Option<String>,
}

/// An entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: Millis,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub resident_id: Option<i64>,
    pub reason: String,
    /// `None` once the audit retention (or an erasure) dropped it.
    pub content: Option<String>,
    pub content_hash: String,
    pub prev_hash: String,
    pub hash: String,
}

/// The hash before the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Hex SHA-256 of the content (of nothing when there is none).
pub fn content_hash(content: Option<&str>) -> String {
    hex(Sha256::digest(content.unwrap_or_default().as_bytes()).as_slice())
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

impl AuditEntry {
    /// The entry that follows `prev_hash` as entry `seq` at `at`.
    pub fn new(entry: &NewAudit, seq: i64, at: Millis, prev_hash: &str) -> Self {
        let mut e = Self {
            seq,
            at,
            actor: entry.actor.clone(),
            action: entry.action.clone(),
            subject: entry.subject.clone(),
            resident_id: entry.resident_id,
            reason: entry.reason.clone(),
            content: entry.content.clone(),
            content_hash: content_hash(entry.content.as_deref()),
            prev_hash: prev_hash.to_owned(),
            hash: String::new(),
        };
        e.hash = e.expected_hash();
        e
    }

    /// The hash this entry must carry: of every field but the content
    /// itself (its hash stands in for it), chained to the one before.
    pub fn expected_hash(&self) -> String {
        let mut h = Sha256::new();
        for part in [
            self.prev_hash.as_str(),
            &self.seq.to_string(),
            &self.at.to_string(),
            &self.actor,
            &self.action,
            &self.subject,
            &self
                .resident_id
                .map(|id| id.to_string())
                .unwrap_or_default(),
            &self.reason,
            &self.content_hash,
        ] {
            // Length-prefixed, so that no two field lists hash alike.
            h.update((part.len() as u64).to_be_bytes());
            h.update(part.as_bytes());
        }
        hex(h.finalize().as_slice())
    }
}

/// Where a chain of audit entries breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainBreak {
    pub seq: i64,
    pub problem: String,
}

/// Checks an audit log entry by entry, in order: every entry's hash, its
/// link to the one before, consecutive numbers, and any content still kept
/// against its hash.
#[derive(Debug, Clone)]
pub struct ChainCheck {
    prev: String,
    next_seq: Option<i64>,
    pub checked: usize,
}

impl Default for ChainCheck {
    fn default() -> Self {
        Self {
            prev: GENESIS.to_owned(),
            next_seq: None,
            checked: 0,
        }
    }
}

impl ChainCheck {
    pub fn check(&mut self, e: &AuditEntry) -> Result<(), ChainBreak> {
        let broken = |problem: String| ChainBreak {
            seq: e.seq,
            problem,
        };
        let expected_seq = self.next_seq.unwrap_or(1);
        if e.seq != expected_seq {
            return Err(broken(format!(
                "entry {expected_seq} is missing (the next is {})",
                e.seq
            )));
        }
        if e.prev_hash != self.prev {
            return Err(broken("it does not follow the entry before it".into()));
        }
        if e.hash != e.expected_hash() {
            return Err(broken(
                "its fields were changed after it was written".into(),
            ));
        }
        if e.content.is_some() && content_hash(e.content.as_deref()) != e.content_hash {
            return Err(broken(
                "its content was changed after it was written".into(),
            ));
        }
        self.prev = e.hash.clone();
        self.next_seq = Some(e.seq + 1);
        self.checked += 1;
        Ok(())
    }
}

/// Checks a whole audit log (see [`ChainCheck`]); the number of entries.
pub fn verify_chain(entries: &[AuditEntry]) -> Result<usize, ChainBreak> {
    let mut check = ChainCheck::default();
    for e in entries {
        check.check(e)?;
    }
    Ok(check.checked)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditEntry> {
        let mut prev = GENESIS.to_owned();
        (1..=n)
            .map(|seq| {
                let e = AuditEntry::new(
                    &NewAudit {
                        actor: "@mod:hs".into(),
                        action: "hold".into(),
                        subject: format!("#{seq}"),
                        resident_id: Some(7),
                        reason: String::new(),
                        content: Some(format!("message {seq}")),
                    },
                    seq,
                    1_000 * seq,
                    &prev,
                );
                prev = e.hash.clone();
                e
            })
            .collect()
    }

    #[test]
    fn a_rewritten_history_is_detected() {
        let good = chain(5);
        assert_eq!(verify_chain(&good), Ok(5));

        // Dropping a content copy (retention, erasure) keeps the chain.
        let mut dropped = good.clone();
        dropped[2].content = None;
        assert_eq!(verify_chain(&dropped), Ok(5));

        let mut edited = good.clone();
        edited[1].reason = "nothing to see".into();
        assert_eq!(verify_chain(&edited).map_err(|b| b.seq), Err(2));

        let mut content = good.clone();
        content[3].content = Some("another text".into());
        assert_eq!(verify_chain(&content).map_err(|b| b.seq), Err(4));

        let mut removed = good.clone();
        removed.remove(2);
        assert_eq!(verify_chain(&removed).map_err(|b| b.seq), Err(4));

        // Rewriting an entry and its hash still breaks the next link.
        let mut rehashed = good;
        rehashed[1].actor = "@someone-else:hs".into();
        rehashed[1].hash = rehashed[1].expected_hash();
        assert_eq!(verify_chain(&rehashed).map_err(|b| b.seq), Err(3));
    }
}
