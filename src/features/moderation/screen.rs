//! Screening: what a text is checked against before anyone reads it. Pure.
//!
//! A text is matched in normalized views, so that spelling tricks do not
//! get past a rule. Invisible characters (zero-width, bidi controls,
//! variation selectors, soft hyphens) are dropped. Fancy letters (math
//! alphanumerics, enclosed or full-width letters) become plain ones
//! (decancer, which keeps Arabic, Cyrillic, Greek, Hebrew and Turkish
//! letters as they are). Then come NFKD without combining marks, Arabic
//! tatweel removed, dotless and dotted i folded to i, NFKC and lower case.
//! A word that mixes Latin letters with Cyrillic or Greek look-alikes is
//! cured to Latin: a word written wholly in one script is never changed,
//! so no language's text is treated as suspect. Two more views catch
//! spaced-out words ("h a t e", "h.a.t.e") and stretched ones ("haaate").
//! Word lists are one Aho-Corasick automaton over all entries; patterns are
//! one `RegexSet`.

use std::fmt;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{RegexSet, RegexSetBuilder};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::domain::text::is_invisible;

/// What a rule does with a text it matches. Ordered: the strongest match
/// decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    Pass,
    /// Kept back until a moderator releases or removes it.
    Hold,
    /// Not passed on; the sender is told.
    Block,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Pass => "pass",
            Action::Hold => "hold",
            Action::Block => "block",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_lowercase().as_str() {
            "pass" => Some(Action::Pass),
            "hold" => Some(Action::Hold),
            "block" => Some(Action::Block),
            _ => None,
        }
    }
}

/// What a rule looks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleKind {
    /// Words and phrases, matched as whole words in the normalized views.
    Words {
        /// The list's language (for the moderators' view; every list is
        /// applied to every text).
        language: Option<String>,
        entries: Vec<String>,
    },
    /// A regular expression, case-insensitive, over the normalized text.
    Pattern(String),
    /// Links. With neither list, any link matches; with `allow`, a link to
    /// any other domain; with `deny`, a link to one of those domains
    /// (subdomains included).
    Links {
        allow: Vec<String>,
        deny: Vec<String>,
    },
    /// More than `max` mentions (`@name`, `@room`).
    Mentions { max: usize },
    /// More than `max` emoji.
    Emoji { max: usize },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Stable name, shown to moderators and written in the audit log.
    pub id: String,
    pub kind: RuleKind,
    pub action: Action,
    /// Only logs what it would have done.
    pub dry_run: bool,
}

/// One rule that matched, with what it matched (normalized words, links,
/// counts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub rule: String,
    pub action: Action,
    pub dry_run: bool,
    pub matched: Vec<String>,
}

/// The result of screening one text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Screening {
    pub hits: Vec<Hit>,
}

impl Screening {
    /// The strongest action of the rules that are not dry runs.
    pub fn action(&self) -> Action {
        self.hits
            .iter()
            .filter(|h| !h.dry_run)
            .map(|h| h.action)
            .max()
            .unwrap_or(Action::Pass)
    }

    /// The hit that decided [`Self::action`].
    pub fn deciding(&self) -> Option<&Hit> {
        self.hits
            .iter()
            .filter(|h| !h.dry_run)
            .max_by_key(|h| h.action)
    }
}

#[derive(Debug)]
pub struct ScreenError(String);

impl fmt::Display for ScreenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ScreenError {}

/// The rules, compiled.
pub struct Screener {
    rules: Vec<Rule>,
    words: AhoCorasick,
    /// For each automaton pattern: its rule and the normalized entry.
    word_of: Vec<(usize, String)>,
    patterns: RegexSet,
    pattern_rule: Vec<usize>,
    links: regex::Regex,
}

impl fmt::Debug for Screener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Screener")
            .field("rules", &self.rules.len())
            .field("words", &self.word_of.len())
            .finish()
    }
}

/// Where a link starts: a scheme, `www.`, or a domain with a common
/// top-level domain.
const LINK: &str = r"(?i)\b(?:https?://[^\s<>]+|www\.[^\s<>]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|info|biz|io|me|ly|gg|to|cc|co|xyz|top|site|online|link|click|ru|ua|be|nl|fr|de|tr|ro|eu|uk)\b(?:/[^\s<>]*)?|t\.me/[^\s<>]+)";

impl Screener {
    pub fn new(rules: Vec<Rule>) -> Result<Self, ScreenError> {
        let mut entries = Vec::new();
        let mut word_of = Vec::new();
        let mut patterns = Vec::new();
        let mut pattern_rule = Vec::new();
        for (i, rule) in rules.iter().enumerate() {
            match &rule.kind {
                RuleKind::Words { entries: words, .. } => {
                    for word in words {
                        let n = fold(word);
                        let n = n.trim();
                        if !n.is_empty() {
                            entries.push(n.to_owned());
                            word_of.push((i, n.to_owned()));
                        }
                    }
                }
                RuleKind::Pattern(p) => {
                    patterns.push(p.clone());
                    pattern_rule.push(i);
                }
                _ => {}
            }
        }
        let words = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&entries)
            .map_err(|e| ScreenError(format!("word lists: {e}")))?;
        let patterns = RegexSetBuilder::new(&patterns)
            .case_insensitive(true)
            .size_limit(1 << 24)
            .build()
            .map_err(|e| ScreenError(format!("pattern: {e}")))?;
        let links = regex::Regex::new(LINK).map_err(|e| ScreenError(e.to_string()))?;
        Ok(Self {
            rules,
            words,
            word_of,
            patterns,
            pattern_rule,
            links,
        })
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Checks `text` against every rule.
    pub fn screen(&self, text: &str) -> Screening {
        let mut matched: Vec<Vec<String>> = vec![Vec::new(); self.rules.len()];
        let views = views(text);
        for view in &views {
            for m in self.words.find_iter(view.as_str()) {
                if is_word_boundary(view, m.start(), m.end()) {
                    let (rule, entry) = &self.word_of[m.pattern().as_usize()];
                    push_unique(&mut matched[*rule], entry.clone());
                }
            }
            for i in self.patterns.matches(view.as_str()).iter() {
                let rule = self.pattern_rule[i];
                push_unique(
                    &mut matched[rule],
                    format!("pattern {}", self.rules[rule].id),
                );
            }
        }
        for (i, rule) in self.rules.iter().enumerate() {
            match &rule.kind {
                RuleKind::Links { allow, deny } => {
                    for link in self.links.find_iter(text) {
                        let domain = domain_of(link.as_str());
                        let hit = match (allow.is_empty(), deny.is_empty()) {
                            (true, true) => true,
                            (false, _) => !allow.iter().any(|d| within(&domain, d)),
                            (true, false) => deny.iter().any(|d| within(&domain, d)),
                        };
                        if hit {
                            push_unique(&mut matched[i], link.as_str().to_owned());
                        }
                    }
                }
                RuleKind::Mentions { max } => {
                    let n = mentions(text);
                    if n > *max {
                        matched[i].push(format!("{n} mentions"));
                    }
                }
                RuleKind::Emoji { max } => {
                    let n = text.chars().filter(|c| is_emoji(*c)).count();
                    if n > *max {
                        matched[i].push(format!("{n} emoji"));
                    }
                }
                _ => {}
            }
        }
        Screening {
            hits: self
                .rules
                .iter()
                .zip(matched)
                .filter(|(_, m)| !m.is_empty())
                .map(|(rule, matched)| Hit {
                    rule: rule.id.clone(),
                    action: rule.action,
                    dry_run: rule.dry_run,
                    matched,
                })
                .collect(),
        }
    }
}

fn push_unique(v: &mut Vec<String>, s: String) {
    if !v.contains(&s) {
        v.push(s);
    }
}

fn decancer_options() -> decancer::Options {
    decancer::Options::default()
        .retain_arabic()
        .retain_cyrillic()
        .retain_greek()
        .retain_hebrew()
        .retain_turkish()
        .retain_emojis()
        .disable_bidi()
}

fn cure(text: &str, options: decancer::Options) -> String {
    decancer::cure(text, options)
        .map(String::from)
        .unwrap_or_else(|_| text.to_owned())
}

/// The normalized form of a text (or a list entry): see the module's text.
pub fn fold(text: &str) -> String {
    let visible: String = text.chars().filter(|c| !is_invisible(*c)).collect();
    let cured = cure(&visible, decancer_options());
    let plain: String = cured
        .nfkd()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{0640}')
        .map(|c| match c {
            'ı' | 'İ' => 'i',
            c => c,
        })
        .collect::<String>()
        .nfkc()
        .collect::<String>()
        .to_lowercase();
    let words: Vec<String> = plain
        .split_whitespace()
        .map(|w| {
            if mixes_latin_with_lookalikes(w) {
                cure(w, decancer::Options::default().disable_bidi()).to_lowercase()
            } else {
                w.to_owned()
            }
        })
        .collect();
    words.join(" ")
}

fn is_cyrillic_or_greek(c: char) -> bool {
    matches!(c, '\u{0370}'..='\u{03FF}' | '\u{0400}'..='\u{052F}' | '\u{1F00}'..='\u{1FFF}')
}

fn mixes_latin_with_lookalikes(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_alphabetic()) && word.chars().any(is_cyrillic_or_greek)
}

/// The views a text is matched in: folded, spaced-out letters joined, and
/// letters repeated three times or more squeezed to one.
fn views(text: &str) -> Vec<String> {
    let folded = fold(text);
    let joined = join_spaced(&folded);
    let squeezed = squeeze(&joined);
    let mut out = vec![folded];
    for v in [joined, squeezed] {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// "h a t e", "h.a.t.e", "h-a-t-e" → "hate": runs of at least three single
/// letters, each separated by at most two non-letters, are joined.
fn join_spaced(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let starts_run = chars[i].is_alphanumeric()
            && (i == 0 || !chars[i - 1].is_alphanumeric())
            && chars.get(i + 1).is_none_or(|c| !c.is_alphanumeric());
        if starts_run {
            // Collect single letters separated by short gaps.
            let mut letters = vec![chars[i]];
            let mut j = i + 1;
            loop {
                let gap_start = j;
                while j < chars.len() && !chars[j].is_alphanumeric() && j - gap_start < 2 {
                    j += 1;
                }
                let gap = j - gap_start;
                let single = j < chars.len()
                    && chars[j].is_alphanumeric()
                    && chars.get(j + 1).is_none_or(|c| !c.is_alphanumeric());
                if gap >= 1 && single {
                    letters.push(chars[j]);
                    j += 1;
                } else {
                    j = gap_start;
                    break;
                }
            }
            if letters.len() >= 3 {
                out.extend(letters);
                i = j;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// Letters repeated three times or more become one.
fn squeeze(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut j = i;
        while j < chars.len() && chars[j] == c {
            j += 1;
        }
        let run = j - i;
        if c.is_alphabetic() && run >= 3 {
            out.push(c);
        } else {
            out.extend(std::iter::repeat_n(c, run));
        }
        i = j;
    }
    out
}

fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
}

fn domain_of(link: &str) -> String {
    let rest = link
        .split_once("://")
        .map_or(link, |(_, rest)| rest)
        .to_lowercase();
    let host = rest
        .split(['/', '?', '#', ':'])
        .next()
        .unwrap_or_default()
        .to_owned();
    host.strip_prefix("www.").unwrap_or(&host).to_owned()
}

/// `domain` is `listed` or one of its subdomains.
fn within(domain: &str, listed: &str) -> bool {
    let listed = listed.trim().trim_start_matches("www.").to_lowercase();
    domain == listed || domain.ends_with(&format!(".{listed}"))
}

/// `@name`, `@name:server`, `@room`, `@everyone`: an `@` starting a word,
/// followed by a letter or digit.
fn mentions(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| {
            chars[i] == '@'
                && (i == 0 || chars[i - 1].is_whitespace())
                && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())
        })
        .count()
}

/// Pictographic emoji (the common blocks; modifiers and joiners are not
/// counted).
fn is_emoji(c: char) -> bool {
    matches!(
        c,
        '\u{1F300}'..='\u{1F5FF}'
            | '\u{1F600}'..='\u{1F64F}'
            | '\u{1F680}'..='\u{1F6FF}'
            | '\u{1F900}'..='\u{1F9FF}'
            | '\u{1FA70}'..='\u{1FAFF}'
            | '\u{2600}'..='\u{26FF}'
            | '\u{2700}'..='\u{27BF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(id: &str, action: Action, entries: &[&str]) -> Rule {
        Rule {
            id: id.into(),
            kind: RuleKind::Words {
                language: None,
                entries: entries.iter().map(|s| (*s).to_owned()).collect(),
            },
            action,
            dry_run: false,
        }
    }

    fn screener() -> Screener {
        Screener::new(vec![
            words("threats", Action::Hold, &["kill you", "hate"]),
            words("slurs:tr", Action::Block, &["şerefsiz"]),
            words("uk", Action::Hold, &["вбити"]),
            words("ar", Action::Hold, &["اقتلك"]),
            Rule {
                id: "no-links".into(),
                kind: RuleKind::Links {
                    allow: vec!["politie.be".into()],
                    deny: vec![],
                },
                action: Action::Hold,
                dry_run: false,
            },
            Rule {
                id: "mentions".into(),
                kind: RuleKind::Mentions { max: 3 },
                action: Action::Hold,
                dry_run: false,
            },
            Rule {
                id: "emoji".into(),
                kind: RuleKind::Emoji { max: 5 },
                action: Action::Hold,
                dry_run: false,
            },
            Rule {
                id: "card-numbers".into(),
                kind: RuleKind::Pattern(r"\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b".into()),
                action: Action::Hold,
                dry_run: true,
            },
        ])
        .expect("rules compile")
    }

    fn action(text: &str) -> Action {
        screener().screen(text).action()
    }

    #[test]
    fn spelling_tricks_do_not_get_past_a_rule() {
        for text in [
            "I will kill you",
            "I will KILL YOU",
            "I will k\u{200B}ill y\u{200D}ou",
            "I will 𝐤𝐢𝐥𝐥 𝐲𝐨𝐮",
            "I will ｋｉｌｌ ｙｏｕ",
            "I will kíll yoü",
            // Cyrillic а and о inside Latin words.
            "I h\u{0430}te them",
            "I will kill y\u{043E}u",
            "h a t e",
            "h.a.t.e",
            "haaaate",
            "I will kill\u{00A0}\u{00A0}you",
        ] {
            assert_eq!(action(text), Action::Hold, "{text:?}");
        }
    }

    #[test]
    fn whole_words_only_and_no_script_is_suspect() {
        for text in [
            "My skill is hatecrime-free? no: whatever",
            "The killer whale yourself",
            "Привіт, мене обікрали вчора ввечері біля вокзалу",
            "سرقت دراجتي أمس قرب المحطة",
            "Dün akşam bisikletim çalındı",
            "Γεια σας, μου έκλεψαν το ποδήλατο",
            "Ich hatte gestern einen Unfall",
            "",
            "\u{200B}\u{200B}",
        ] {
            assert_eq!(action(text), Action::Pass, "{text:?}");
        }
    }

    #[test]
    fn each_language_list_matches_in_its_own_script() {
        assert_eq!(action("я тебе вбити"), Action::Hold);
        // Tatweel and diacritics inside an Arabic word.
        assert_eq!(action("سوف اقـــتلك"), Action::Hold);
        assert_eq!(action("سوف اقْتُلك"), Action::Hold);
        // Turkish dotted capital İ and dotless ı fold the same way.
        assert_eq!(action("ŞEREFSİZ"), Action::Block);
        assert_eq!(action("serefsiz"), Action::Block, "without the cedilla too");
    }

    #[test]
    fn the_strongest_rule_decides_and_dry_runs_only_report() {
        let s = screener().screen("hate, şerefsiz");
        assert_eq!(s.action(), Action::Block);
        assert_eq!(s.deciding().map(|h| h.rule.as_str()), Some("slurs:tr"));
        assert_eq!(s.hits.len(), 2);
        let dry = screener().screen("my card 1234 5678 9012 3456");
        assert_eq!(dry.action(), Action::Pass, "a dry run does not act");
        assert_eq!(dry.hits.len(), 1);
        assert!(dry.hits[0].dry_run);
    }

    #[test]
    fn links_mentions_and_emoji_floods() {
        assert_eq!(action("see https://politie.be/gent/contact"), Action::Pass);
        assert_eq!(action("see www.politie.be"), Action::Pass);
        assert_eq!(action("win at https://evil.example.com/x"), Action::Hold);
        assert_eq!(action("join t.me/somegroup"), Action::Hold);
        assert_eq!(action("cheap-pills.ru now"), Action::Hold);
        assert_eq!(action("e.g. at 10 a.m. Mr.Smith came"), Action::Pass);
        assert_eq!(action("@a @b @c hello"), Action::Pass);
        assert_eq!(action("@a @b @c @room hello"), Action::Hold);
        assert!(
            !screener()
                .screen("mail me at x@y.be")
                .hits
                .iter()
                .any(|h| h.rule == "mentions"),
            "an address is no mention"
        );
        assert_eq!(action("thanks 🙏🙏🙏🙏🙏"), Action::Pass);
        assert_eq!(action("😡😡😡😡😡😡"), Action::Hold);
    }

    #[test]
    fn a_bad_pattern_is_refused_with_its_error() {
        let bad = Screener::new(vec![Rule {
            id: "bad".into(),
            kind: RuleKind::Pattern("(unclosed".into()),
            action: Action::Hold,
            dry_run: false,
        }]);
        assert!(bad.is_err());
    }
}
