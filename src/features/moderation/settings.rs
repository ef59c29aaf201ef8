//! Moderation as configured for the zone, and rules added in the room as
//! screening rules.

use super::lists;
use super::screen::{self, Rule, RuleKind, Screener};
use crate::domain::moderation::StoredRule;

/// Moderation as configured for the zone.
#[derive(Debug, Clone)]
pub struct ModerationSettings {
    /// The moderators' Matrix room.
    pub room: String,
    /// The configured rules and word lists (rules added in the room come
    /// from the database).
    pub rules: Vec<Rule>,
    /// Tell a resident their message waits for review.
    pub tell_held: bool,
    /// Where a blocked resident may appeal.
    pub appeal: String,
    /// The warning that mutes (0: warnings never mute).
    pub warnings_to_mute: i64,
    pub warning_window_days: i64,
    pub escalation_mute_hours: i64,
    /// A mute without a duration lasts this long.
    pub mute_default_ms: i64,
    /// For times shown to moderators and residents.
    pub timezone: String,
    /// Messages per minute from one sender before they are held (0: any).
    pub max_per_minute: usize,
    /// Times the same text may come within ten minutes (0: any).
    pub max_repeats: usize,
    /// New tickets per minute from one resident (0: any).
    pub max_tickets_per_minute: usize,
    /// Hold photos from residents without an earlier ticket.
    pub hold_first_photos: bool,
}

impl ModerationSettings {
    /// From the configuration: `None` without a moderation room. The
    /// configured rules are checked here, so a mistake stops koban at start
    /// rather than letting messages through unscreened.
    pub fn from_config(config: &crate::config::Config) -> Result<Option<Self>, String> {
        let m = &config.moderation;
        if m.room.is_empty() {
            return Ok(None);
        }
        let mut rules = Vec::new();
        if m.word_lists {
            let builtin = crate::i18n::Localizer::builtin_files("moderation.txt");
            let lists = lists::load(&builtin, config.content_dir.as_deref())
                .map_err(|e| format!("moderation word lists: {e}"))?;
            rules.extend(lists::rules(&lists));
        }
        for p in &m.patterns {
            rules.push(Rule {
                id: p.id.clone(),
                kind: RuleKind::Pattern(p.pattern.clone()),
                action: screen::Action::parse(&p.action).unwrap_or(screen::Action::Hold),
                dry_run: p.dry_run,
            });
        }
        if let Some(action) = screen::Action::parse(&m.links).filter(|a| *a != screen::Action::Pass)
        {
            rules.push(Rule {
                id: "links".into(),
                kind: RuleKind::Links {
                    allow: m.allowed_domains.clone(),
                    deny: Vec::new(),
                },
                action,
                dry_run: false,
            });
        }
        if !m.denied_domains.is_empty() {
            rules.push(Rule {
                id: "links-denied".into(),
                kind: RuleKind::Links {
                    allow: Vec::new(),
                    deny: m.denied_domains.clone(),
                },
                action: screen::Action::Block,
                dry_run: false,
            });
        }
        if m.max_mentions > 0 {
            rules.push(Rule {
                id: "mentions".into(),
                kind: RuleKind::Mentions {
                    max: m.max_mentions,
                },
                action: screen::Action::Hold,
                dry_run: false,
            });
        }
        if m.max_emoji > 0 {
            rules.push(Rule {
                id: "emoji".into(),
                kind: RuleKind::Emoji { max: m.max_emoji },
                action: screen::Action::Hold,
                dry_run: false,
            });
        }
        Screener::new(rules.clone()).map_err(|e| format!("moderation rules: {e}"))?;
        Ok(Some(Self {
            room: m.room.clone(),
            rules,
            tell_held: m.tell_held,
            appeal: if m.appeal.is_empty() {
                config.zone.oversight.clone()
            } else {
                m.appeal.clone()
            },
            warnings_to_mute: m.warnings_to_mute,
            warning_window_days: m.warning_window_days.max(1),
            escalation_mute_hours: m.escalation_mute_hours.max(1),
            mute_default_ms: m.default_mute_hours.max(1) * 3_600_000,
            timezone: m.timezone.clone(),
            max_per_minute: m.max_messages_per_minute,
            max_repeats: m.max_repeats,
            max_tickets_per_minute: m.max_new_tickets_per_minute,
            hold_first_photos: m.hold_first_photos,
        }))
    }
}

/// A rule added in the room, as a screening rule.
pub fn stored_rule(r: &StoredRule) -> Result<Rule, String> {
    let action = screen::Action::parse(&r.action)
        .filter(|a| *a != screen::Action::Pass)
        .ok_or_else(|| format!("the action must be hold or block, not {:?}", r.action))?;
    let kind = match r.kind.as_str() {
        "words" => RuleKind::Words {
            language: None,
            entries: r
                .spec
                .split(',')
                .map(|w| w.trim().to_owned())
                .filter(|w| !w.is_empty())
                .collect(),
        },
        "pattern" => RuleKind::Pattern(r.spec.clone()),
        "link" => RuleKind::Links {
            allow: Vec::new(),
            deny: vec![r.spec.trim().to_lowercase()],
        },
        other => return Err(format!("unknown kind of rule {other:?}")),
    };
    Ok(Rule {
        id: r.id.clone(),
        kind,
        action,
        dry_run: r.dry_run,
    })
}
