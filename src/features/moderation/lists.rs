//! Starter word lists: `locales/<lang>/moderation.txt`, built into koban,
//! extended (or replaced) by `<content_dir>/<lang>/moderation.txt`.
//!
//! One entry a line, `hold: words` or `block: words`; `#` starts a comment.
//! A zone's file that has a line `!replace` replaces the built-in list of
//! its language instead of adding to it.

use std::collections::BTreeMap;
use std::path::Path;

use super::screen::{Action, Rule, RuleKind};

/// A language's entries by action.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordList {
    pub hold: Vec<String>,
    pub block: Vec<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ListError {
    pub file: String,
    pub line: usize,
    pub problem: String,
}

impl std::fmt::Display for ListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} line {}: {}", self.file, self.line, self.problem)
    }
}

impl std::error::Error for ListError {}

/// Parses one list file; `Ok((list, replaces))`.
pub fn parse(file: &str, text: &str) -> Result<(WordList, bool), ListError> {
    let mut list = WordList::default();
    let mut replaces = false;
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        if line == "!replace" {
            replaces = true;
            continue;
        }
        let error = |problem: &str| ListError {
            file: file.to_owned(),
            line: n + 1,
            problem: problem.to_owned(),
        };
        let (action, entry) = line
            .split_once(':')
            .ok_or_else(|| error("expected `hold: …` or `block: …`"))?;
        let entry = entry.trim();
        if entry.is_empty() {
            return Err(error("empty entry"));
        }
        match Action::parse(action) {
            Some(Action::Hold) => list.hold.push(entry.to_owned()),
            Some(Action::Block) => list.block.push(entry.to_owned()),
            _ => return Err(error("the action must be hold or block")),
        }
    }
    Ok((list, replaces))
}

/// The lists of every language: the built-in ones (`builtin`: language →
/// file text), with the zone's files from `content_dir` added or put in
/// their place.
pub fn load(
    builtin: &[(String, String)],
    content_dir: Option<&Path>,
) -> Result<BTreeMap<String, WordList>, ListError> {
    let mut lists = BTreeMap::new();
    for (lang, text) in builtin {
        let (list, _) = parse(&format!("{lang}/moderation.txt"), text)?;
        lists.insert(lang.clone(), list);
    }
    let Some(dir) = content_dir else {
        return Ok(lists);
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(lists);
    };
    for entry in entries.flatten() {
        let path = entry.path().join("moderation.txt");
        let Some(lang) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let (zone, replaces) = parse(&path.display().to_string(), &text)?;
        let list = lists.entry(lang).or_insert_with(WordList::default);
        if replaces {
            *list = zone;
        } else {
            list.hold.extend(zone.hold);
            list.block.extend(zone.block);
        }
    }
    Ok(lists)
}

/// The lists as screening rules: `words:<lang>:hold`, `words:<lang>:block`.
pub fn rules(lists: &BTreeMap<String, WordList>) -> Vec<Rule> {
    let mut out = Vec::new();
    for (lang, list) in lists {
        for (action, entries) in [(Action::Hold, &list.hold), (Action::Block, &list.block)] {
            if entries.is_empty() {
                continue;
            }
            out.push(Rule {
                id: format!("words:{lang}:{}", action.as_str()),
                kind: RuleKind::Words {
                    language: Some(lang.clone()),
                    entries: entries.clone(),
                },
                action,
                dry_run: false,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::moderation::screen::{Action, Screener};
    use crate::i18n::Localizer;

    /// Residents' ordinary messages, in the eight shipped languages, that no
    /// starter list may hold.
    const ORDINARY: &[&str] = &[
        "My bike was stolen last night near the station, what can I do?",
        "Someone threatened to kill my neighbour, please call me back",
        "There was a bomb alert at the school this morning, is it safe now?",
        "Mijn fiets is gestolen bij het station. Wie kan ik bellen?",
        "On m'a volé mon vélo hier soir près de la gare",
        "Mir wurde gestern das Fahrrad am Bahnhof gestohlen",
        "سرقت دراجتي أمس قرب المحطة، ماذا أفعل؟",
        "Dün akşam istasyonun yakınında bisikletim çalındı",
        "Вчора ввечері біля вокзалу вкрали мій велосипед",
        "Mi s-a furat bicicleta aseară lângă gară",
    ];

    #[test]
    fn the_starter_lists_hold_threats_in_every_language_and_nothing_ordinary() {
        let builtin = Localizer::builtin_files("moderation.txt");
        let langs: Vec<&str> = builtin.iter().map(|(l, _)| l.as_str()).collect();
        for lang in ["ar", "de", "en", "fr", "nl", "ro", "tr", "uk"] {
            assert!(langs.contains(&lang), "{lang} has a starter list");
        }
        let lists = load(&builtin, None).expect("the starter lists parse");
        let screener = Screener::new(rules(&lists)).expect("compile");
        for text in ORDINARY {
            assert_eq!(screener.screen(text).action(), Action::Pass, "{text}");
        }
        for threat in [
            "I will KILL YOU",
            "ik maak je af",
            "je vais te tuer",
            "ich bring dich um",
            "سأقتلك",
            "seni öldüreceğim",
            "я тебе вб'ю",
            "o să te omor",
        ] {
            assert_eq!(screener.screen(threat).action(), Action::Hold, "{threat}");
        }
    }

    #[test]
    fn lines_comments_and_errors() {
        let (list, replaces) = parse(
            "en",
            "# threats\nhold: kill you\nblock: some slur # why\n\n",
        )
        .expect("parses");
        assert!(!replaces);
        assert_eq!(list.hold, ["kill you"]);
        assert_eq!(list.block, ["some slur"]);
        let err = parse("en", "hold: ok\nremove: x\n").expect_err("bad action");
        assert_eq!(err.line, 2);
        assert!(parse("en", "just words").is_err());
        assert!(parse("en", "hold:   ").is_err());
    }

    #[test]
    fn a_zone_extends_or_replaces_the_builtin_list() {
        let dir = tempfile::tempdir().expect("dir");
        std::fs::create_dir_all(dir.path().join("en")).expect("en");
        std::fs::create_dir_all(dir.path().join("nl")).expect("nl");
        std::fs::write(dir.path().join("en/moderation.txt"), "hold: local word\n").expect("w");
        std::fs::write(
            dir.path().join("nl/moderation.txt"),
            "!replace\nblock: alleen dit\n",
        )
        .expect("w");
        let builtin = vec![
            ("en".to_owned(), "hold: kill you\n".to_owned()),
            ("nl".to_owned(), "hold: ik maak je af\n".to_owned()),
        ];
        let lists = load(&builtin, Some(dir.path())).expect("loads");
        assert_eq!(lists["en"].hold, ["kill you", "local word"]);
        assert!(lists["nl"].hold.is_empty());
        assert_eq!(lists["nl"].block, ["alleen dit"]);
        let rules = rules(&lists);
        let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["words:en:hold", "words:nl:block"]);
    }
}
