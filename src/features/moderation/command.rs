//! Commands in the moderation room, parsed once.

/// Whom a command is about: a held message (its number) or a resident (by
/// pseudonym, `Resident 7F3K` or just `7F3K`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Held(i64),
    Pseudonym(String),
}

/// A rule written in the room: `<id> <hold|block> [dry] <kind> <spec>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSpec {
    pub id: String,
    pub action: String,
    pub dry_run: bool,
    /// `words`, `pattern` or `link`.
    pub kind: String,
    pub spec: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModCommand {
    Release {
        target: Option<i64>,
        reason: String,
    },
    Remove {
        target: Option<i64>,
        reason: String,
    },
    Dismiss {
        target: Option<i64>,
        reason: String,
    },
    Warn {
        target: Option<Target>,
        reason: String,
    },
    Mute {
        target: Option<Target>,
        /// How long, in milliseconds (`None`: the default).
        duration: Option<i64>,
        reason: String,
    },
    Block {
        target: Option<Target>,
        reason: String,
    },
    Unblock {
        target: Option<Target>,
    },
    Unmute {
        target: Option<Target>,
    },
    /// What waits for review.
    Held,
    /// Which rules a text matches.
    Test(String),
    RuleAdd(RuleSpec),
    RuleRemove(String),
    RuleList,
    /// `!rule` written wrongly.
    RuleUsage,
    /// The last `n` audit entries.
    Audit(i64),
    Help,
}

/// `!report [reason]`, written by an officer in a ticket's thread: the
/// reason (possibly empty).
pub fn report(body: &str) -> Option<String> {
    let rest = body.trim().strip_prefix("!report")?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then(|| rest.trim().to_owned())
}

/// Most audit entries `!audit` shows.
pub const MAX_AUDIT: i64 = 50;

impl ModCommand {
    /// A reaction on a held message's card, as the Matrix adapter passes it
    /// on (✅ arrives as `!close`): ✅ releases it; other reactions mean
    /// nothing here.
    pub fn from_reaction(body: &str) -> Option<Self> {
        (body == "!close").then(|| ModCommand::Release {
            target: None,
            reason: String::new(),
        })
    }

    /// `None` unless `body` is a command (starts with `!`).
    pub fn parse(body: &str) -> Option<Self> {
        let command = body.trim().strip_prefix('!')?;
        let (name, rest) = command
            .split_once(char::is_whitespace)
            .map(|(n, r)| (n, r.trim()))
            .unwrap_or((command, ""));
        Some(match name.to_lowercase().as_str() {
            "release" => {
                let (target, reason) = number(rest);
                ModCommand::Release { target, reason }
            }
            "remove" => {
                let (target, reason) = number(rest);
                ModCommand::Remove { target, reason }
            }
            "dismiss" => {
                let (target, reason) = number(rest);
                ModCommand::Dismiss { target, reason }
            }
            "warn" => {
                let (target, reason) = target(rest);
                ModCommand::Warn { target, reason }
            }
            "mute" => {
                let (target, rest) = target(rest);
                let (duration, reason) = match rest.split_once(char::is_whitespace) {
                    Some((first, more)) => match parse_duration(first) {
                        Some(d) => (Some(d), more.trim().to_owned()),
                        None => (None, rest.clone()),
                    },
                    None => match parse_duration(&rest) {
                        Some(d) => (Some(d), String::new()),
                        None => (None, rest.clone()),
                    },
                };
                ModCommand::Mute {
                    target,
                    duration,
                    reason,
                }
            }
            "block" => {
                let (target, reason) = target(rest);
                ModCommand::Block { target, reason }
            }
            "unblock" => ModCommand::Unblock {
                target: target(rest).0,
            },
            "unmute" => ModCommand::Unmute {
                target: target(rest).0,
            },
            "held" => ModCommand::Held,
            "test" => ModCommand::Test(rest.to_owned()),
            "rule" | "rules" => rule(rest),
            "audit" => ModCommand::Audit(rest.parse::<i64>().unwrap_or(10).clamp(1, MAX_AUDIT)),
            _ => ModCommand::Help,
        })
    }
}

/// A leading number (`12` or `#12`), and the rest.
fn number(rest: &str) -> (Option<i64>, String) {
    let (first, more) = rest
        .split_once(char::is_whitespace)
        .map(|(a, b)| (a, b.trim()))
        .unwrap_or((rest, ""));
    match first.trim_start_matches('#').parse::<i64>() {
        Ok(n) if n > 0 => (Some(n), more.to_owned()),
        _ => (None, rest.to_owned()),
    }
}

/// Pseudonym codes use this alphabet (no 0, 1, I, L, O, U).
fn is_code(word: &str) -> bool {
    word.len() >= 4
        && word.len() <= 8
        && word
            .chars()
            .all(|c| "23456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c))
        && word.chars().any(|c| c.is_ascii_alphabetic())
}

/// A leading held number or pseudonym, and the rest.
fn target(rest: &str) -> (Option<Target>, String) {
    if let (Some(n), more) = number(rest) {
        return (Some(Target::Held(n)), more);
    }
    let mut words = rest.splitn(3, char::is_whitespace);
    let first = words.next().unwrap_or_default();
    if first.eq_ignore_ascii_case("resident")
        && let Some(code) = words.next()
    {
        let code = code.to_uppercase();
        return (
            Some(Target::Pseudonym(format!("Resident {code}"))),
            words.next().unwrap_or_default().trim().to_owned(),
        );
    }
    let upper = first.to_uppercase();
    if is_code(&upper) {
        let more = rest[first.len()..].trim().to_owned();
        return (Some(Target::Pseudonym(format!("Resident {upper}"))), more);
    }
    (None, rest.to_owned())
}

/// `30m`, `24h`, `7d` in milliseconds.
pub fn parse_duration(word: &str) -> Option<i64> {
    let word = word.trim().to_lowercase();
    let unit = word.chars().last()?;
    let n: i64 = word[..word.len() - unit.len_utf8()].parse().ok()?;
    let ms = match unit {
        'm' => 60_000,
        'h' => 3_600_000,
        'd' => 86_400_000,
        _ => return None,
    };
    (n > 0 && n <= 366 * 24 * 60).then(|| n * ms)
}

fn rule(rest: &str) -> ModCommand {
    let mut words = rest.split_whitespace();
    match words.next().map(str::to_lowercase).as_deref() {
        Some("list") | None => ModCommand::RuleList,
        Some("remove") => match words.next() {
            Some(id) => ModCommand::RuleRemove(id.to_owned()),
            None => ModCommand::RuleUsage,
        },
        Some("add") => {
            let Some(id) = words.next() else {
                return ModCommand::RuleUsage;
            };
            let Some(action) = words.next().map(str::to_lowercase) else {
                return ModCommand::RuleUsage;
            };
            let mut kind = words.next().map(str::to_lowercase);
            let dry_run = kind.as_deref() == Some("dry");
            if dry_run {
                kind = words.next().map(str::to_lowercase);
            }
            let spec = words.collect::<Vec<_>>().join(" ");
            let valid_id = id.len() <= 40
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            match kind {
                Some(kind)
                    if valid_id
                        && matches!(action.as_str(), "hold" | "block")
                        && matches!(kind.as_str(), "words" | "pattern" | "link")
                        && !spec.is_empty() =>
                {
                    ModCommand::RuleAdd(RuleSpec {
                        id: id.to_owned(),
                        action,
                        dry_run,
                        kind,
                        spec,
                    })
                }
                _ => ModCommand::RuleUsage,
            }
        }
        Some(_) => ModCommand::RuleUsage,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_name_their_message_or_resident() {
        assert_eq!(ModCommand::parse("no command"), None);
        assert_eq!(
            ModCommand::parse("!release 12"),
            Some(ModCommand::Release {
                target: Some(12),
                reason: String::new()
            })
        );
        assert_eq!(
            ModCommand::parse("!remove #7 insults an officer"),
            Some(ModCommand::Remove {
                target: Some(7),
                reason: "insults an officer".into()
            })
        );
        // In a card's thread the number may be left out.
        assert_eq!(
            ModCommand::parse("!dismiss duplicate"),
            Some(ModCommand::Dismiss {
                target: None,
                reason: "duplicate".into()
            })
        );
        assert_eq!(
            ModCommand::parse("!block 7f3k threats"),
            Some(ModCommand::Block {
                target: Some(Target::Pseudonym("Resident 7F3K".into())),
                reason: "threats".into()
            })
        );
        assert_eq!(
            ModCommand::parse("!unblock Resident 2345"),
            Some(ModCommand::Unblock {
                target: Some(Target::Pseudonym("Resident 2345".into()))
            })
        );
        assert_eq!(
            ModCommand::parse("!mute 12 7d spam"),
            Some(ModCommand::Mute {
                target: Some(Target::Held(12)),
                duration: Some(7 * 86_400_000),
                reason: "spam".into()
            })
        );
        assert_eq!(
            ModCommand::parse("!mute please stop"),
            Some(ModCommand::Mute {
                target: None,
                duration: None,
                reason: "please stop".into()
            })
        );
        assert_eq!(ModCommand::parse("!audit 500"), Some(ModCommand::Audit(50)));
        assert_eq!(ModCommand::parse("!audit"), Some(ModCommand::Audit(10)));
        assert_eq!(ModCommand::parse("!frobnicate"), Some(ModCommand::Help));
        assert_eq!(
            ModCommand::from_reaction("!close"),
            Some(ModCommand::Release {
                target: None,
                reason: String::new()
            })
        );
        assert_eq!(ModCommand::from_reaction("!claim"), None);
    }

    #[test]
    fn officers_report_with_a_reason_or_without() {
        assert_eq!(report("!report"), Some(String::new()));
        assert_eq!(report(" !report  insults me "), Some("insults me".into()));
        assert_eq!(report("!reports"), None);
        assert_eq!(report("please !report"), None);
    }

    #[test]
    fn rules_are_written_in_one_line() {
        assert_eq!(
            ModCommand::parse("!rule add scam-1 hold dry words free iphone, gift card"),
            Some(ModCommand::RuleAdd(RuleSpec {
                id: "scam-1".into(),
                action: "hold".into(),
                dry_run: true,
                kind: "words".into(),
                spec: "free iphone, gift card".into(),
            }))
        );
        assert_eq!(
            ModCommand::parse("!rule add x block pattern \\bk+i+l+\\b"),
            Some(ModCommand::RuleAdd(RuleSpec {
                id: "x".into(),
                action: "block".into(),
                dry_run: false,
                kind: "pattern".into(),
                spec: "\\bk+i+l+\\b".into(),
            }))
        );
        assert_eq!(
            ModCommand::parse("!rule add x pass words a"),
            Some(ModCommand::RuleUsage)
        );
        assert_eq!(
            ModCommand::parse("!rule add x hold words"),
            Some(ModCommand::RuleUsage)
        );
        assert_eq!(ModCommand::parse("!rule"), Some(ModCommand::RuleList));
        assert_eq!(
            ModCommand::parse("!rule remove scam-1"),
            Some(ModCommand::RuleRemove("scam-1".into()))
        );
        assert_eq!(parse_duration("30m"), Some(1_800_000));
        assert_eq!(parse_duration("0h"), None);
        assert_eq!(parse_duration("soon"), None);
    }
}
