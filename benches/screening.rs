//! Screening cost: how long checking one resident's message against the
//! starter word lists of the eight languages and the default rules takes
//! (normalized views, one Aho-Corasick automaton, one RegexSet), over a
//! mix of ordinary messages, spelling tricks and long texts; and how long
//! rebuilding the rules takes (after a moderator changes one). Prints
//! figures; asserts nothing about speed.

// A bench that cannot run fails loudly.
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use koban::features::moderation::lists;
use koban::features::moderation::screen::{Action, Rule, RuleKind, Screener};
use koban::i18n::Localizer;

const TEXTS: &[&str] = &[
    "My bike was stolen last night near the station, what can I do?",
    "Mijn fiets is gestolen bij het station. Wie kan ik bellen?",
    "On m'a volé mon vélo hier soir près de la gare",
    "Mir wurde gestern das Fahrrad am Bahnhof gestohlen",
    "سرقت دراجتي أمس قرب المحطة، ماذا أفعل؟",
    "Dün akşam istasyonun yakınında bisikletim çalındı",
    "Вчора ввечері біля вокзалу вкрали мій велосипед",
    "Mi s-a furat bicicleta aseară lângă gară",
    "I will k i l l you",
    "𝐈 𝐰𝐢𝐥𝐥 𝐤𝐢𝐥𝐥 𝐲𝐨𝐮",
    "Check www.example.com and t.me/somebody @a @b @c",
    "🙂🙂🙂 thanks officers 👍",
];

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn rules() -> Vec<Rule> {
    let builtin = Localizer::builtin_files("moderation.txt");
    let mut rules = lists::rules(&lists::load(&builtin, None).unwrap());
    rules.push(Rule {
        id: "mentions".into(),
        kind: RuleKind::Mentions { max: 5 },
        action: Action::Hold,
        dry_run: false,
    });
    rules.push(Rule {
        id: "emoji".into(),
        kind: RuleKind::Emoji { max: 30 },
        action: Action::Hold,
        dry_run: false,
    });
    rules
}

fn main() {
    let rules = rules();
    let mut builds = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        let _ = Screener::new(rules.clone()).unwrap();
        builds.push(t.elapsed().as_secs_f64() * 1e3);
    }
    builds.sort_by(f64::total_cmp);
    let screener = Screener::new(rules.clone()).unwrap();
    let long = TEXTS.join(" ").repeat(8);
    let mut texts: Vec<String> = TEXTS.iter().map(|t| (*t).to_owned()).collect();
    texts.push(long.clone());
    let rounds = 2_000;
    let mut times = Vec::with_capacity(rounds * texts.len());
    let mut held = 0;
    let started = Instant::now();
    for _ in 0..rounds {
        for text in &texts {
            let t = Instant::now();
            let s = screener.screen(text);
            times.push(t.elapsed().as_secs_f64() * 1e6);
            if s.action() != Action::Pass {
                held += 1;
            }
        }
    }
    let total = started.elapsed().as_secs_f64();
    times.sort_by(f64::total_cmp);
    println!(
        "screening benchmark: {} rules ({} word-list entries in 8 languages), {} texts × {rounds}",
        rules.len(),
        rules
            .iter()
            .map(|r| match &r.kind {
                RuleKind::Words { entries, .. } => entries.len(),
                _ => 0,
            })
            .sum::<usize>(),
        texts.len()
    );
    println!(
        "  one message: p50 {:.1} µs, p99 {:.1} µs, max {:.1} µs ({} chars for the longest)",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times.last().copied().unwrap_or_default(),
        long.chars().count()
    );
    println!(
        "  throughput: {:.0} messages/s on one core; {} of {} kept back",
        times.len() as f64 / total,
        held,
        times.len()
    );
    println!(
        "  rebuilding the rules: p50 {:.2} ms, max {:.2} ms",
        percentile(&builds, 0.5),
        builds.last().copied().unwrap_or_default()
    );
}
