//! The moderation room's listings: what waits, what a text matches, the
//! rules added there, the audit log.

use fluent::FluentValue;

use super::{Moderator, rules_changed};
use crate::clock::Millis;
use crate::domain::Change;
use crate::domain::moderation::{AuditEntry, Held, ModerationChange, NewAudit, StoredRule};
use crate::features::moderation::screen::Screening;
use crate::i18n::args;

impl Moderator<'_> {
    /// `!held`: what waits for review.
    pub fn held_list(&self, held: &[(Held, String)], now: Millis) -> Vec<Change> {
        let lang = self.loc.default_language();
        if held.is_empty() {
            return vec![self.room_text(self.loc.t(lang, "moderation-held-empty"))];
        }
        let mut text = self.officer_text(
            "moderation-held-list",
            &args(&[("count", FluentValue::from(held.len()))]),
        );
        for (h, who) in held {
            text.push('\n');
            text.push_str(&self.officer_text(
                "moderation-held-line",
                &args(&[
                    ("number", FluentValue::from(h.id)),
                    ("who", who.as_str().into()),
                    ("rule", h.rule.as_deref().unwrap_or("-").into()),
                    (
                        "age",
                        FluentValue::from((now - h.created_at).max(0) / 60_000),
                    ),
                ]),
            ));
        }
        vec![self.room_text(text)]
    }

    /// `!test`: what each rule makes of a text.
    pub fn test(&self, screening: &Screening) -> Vec<Change> {
        let lang = self.loc.default_language();
        if screening.hits.is_empty() {
            return vec![self.room_text(self.loc.t(lang, "moderation-test-pass"))];
        }
        let mut text = self.officer_text(
            "moderation-test-result",
            &args(&[("action", screening.action().as_str().into())]),
        );
        for hit in &screening.hits {
            text.push('\n');
            text.push_str(&self.officer_text(
                "moderation-test-line",
                &args(&[
                    ("rule", hit.rule.as_str().into()),
                    ("action", hit.action.as_str().into()),
                    ("dry", if hit.dry_run { "yes" } else { "no" }.into()),
                    ("matched", hit.matched.join(", ").into()),
                ]),
            ));
        }
        vec![self.room_text(text)]
    }

    /// `!rule add`: the rule is stored (it compiled), every process
    /// rebuilds its rules, and the audit log has it.
    pub fn rule_added(&self, rule: StoredRule, now: Millis) -> Vec<Change> {
        let a = args(&[
            ("id", rule.id.as_str().into()),
            ("action", rule.action.as_str().into()),
            ("dry", if rule.dry_run { "yes" } else { "no" }.into()),
        ]);
        let reply = self.room_text(self.officer_text("moderation-rule-added", &a));
        vec![
            Change::Audit(NewAudit {
                actor: rule.created_by.clone(),
                action: "rule-add".into(),
                subject: rule.id.clone(),
                resident_id: None,
                reason: format!(
                    "{} {}{}",
                    rule.action,
                    rule.kind,
                    if rule.dry_run { " (dry run)" } else { "" }
                ),
                content: Some(rule.spec.clone()),
            }),
            Change::Moderation(ModerationChange::AddRule(rule)),
            rules_changed(now),
            reply,
        ]
    }

    pub fn rule_removed(&self, rule: &StoredRule, by: &str, now: Millis) -> Vec<Change> {
        vec![
            Change::Moderation(ModerationChange::RemoveRule(rule.id.clone())),
            Change::Audit(NewAudit {
                actor: by.to_owned(),
                action: "rule-remove".into(),
                subject: rule.id.clone(),
                resident_id: None,
                reason: String::new(),
                content: Some(rule.spec.clone()),
            }),
            rules_changed(now),
            self.room_text(self.officer_text(
                "moderation-rule-removed",
                &args(&[("id", rule.id.as_str().into())]),
            )),
        ]
    }

    pub fn rule_list(&self, rules: &[StoredRule], configured: usize) -> Vec<Change> {
        let configured = FluentValue::from(configured);
        if rules.is_empty() {
            return self.notice("moderation-rules-empty", &[("configured", configured)]);
        }
        let mut text = self.officer_text(
            "moderation-rules-list",
            &args(&[
                ("count", FluentValue::from(rules.len())),
                ("configured", configured),
            ]),
        );
        for r in rules {
            text.push('\n');
            text.push_str(&self.officer_text(
                "moderation-rule-line",
                &args(&[
                    ("id", r.id.as_str().into()),
                    ("action", r.action.as_str().into()),
                    ("dry", if r.dry_run { "yes" } else { "no" }.into()),
                    ("kind", r.kind.as_str().into()),
                    ("spec", r.spec.as_str().into()),
                    ("user", r.created_by.as_str().into()),
                ]),
            ));
        }
        vec![self.room_text(text)]
    }

    /// `!audit`: the newest entries (without their content).
    pub fn audit_list(&self, entries: &[AuditEntry]) -> Vec<Change> {
        let lang = self.loc.default_language();
        if entries.is_empty() {
            return vec![self.room_text(self.loc.t(lang, "moderation-audit-empty"))];
        }
        let mut text = self.officer_text(
            "moderation-audit-list",
            &args(&[("count", FluentValue::from(entries.len()))]),
        );
        for e in entries {
            text.push('\n');
            text.push_str(&self.officer_text(
                "moderation-audit-line",
                &args(&[
                    ("seq", FluentValue::from(e.seq)),
                    ("when", self.local_time(e.at).into()),
                    ("actor", e.actor.as_str().into()),
                    ("action", e.action.as_str().into()),
                    ("subject", e.subject.as_str().into()),
                    (
                        "reason",
                        if e.reason.is_empty() {
                            "none".into()
                        } else {
                            e.reason.as_str().into()
                        },
                    ),
                ]),
            ));
        }
        vec![self.room_text(text)]
    }
}
