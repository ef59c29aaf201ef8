//! The built-in locales against the reference locale (`en`): same message
//! ids, same `$variables`, every message renders without Fluent errors,
//! right-to-left arguments are isolated, and nothing looks untranslated.
//!
//! Every check collects all problems before failing, so one run names
//! everything that is missing where.

// A failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use fluent::{FluentArgs, FluentValue};
use koban::i18n::{Locale, Localizer, REFERENCE_LOCALE, args};

/// Values of `$count` that exercise the plural categories of the built-in
/// languages (Arabic has zero, one, two, few, many and other).
const COUNTS: [i64; 6] = [0, 1, 2, 5, 11, 100];

/// Messages with this much text of their own (arguments and whitespace
/// not counted) that read the same as in English were probably copied and
/// never translated.
const UNTRANSLATED_MIN_CHARS: usize = 40;

/// Languages whose plural rules put 1 and 5 in different categories (CLDR),
/// so a `$count` message must read differently for them. Languages without
/// a singular form (Chinese, Japanese, Vietnamese…) must not be listed.
const ONE_IS_NOT_FIVE: &[&str] = &[
    "ar", "de", "en", "es", "fr", "it", "nl", "pl", "pt", "ro", "ru", "tr", "uk",
];

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

fn localizer() -> Localizer {
    Localizer::builtin(REFERENCE_LOCALE).expect("the built-in locales load")
}

fn reference(loc: &Localizer) -> &Locale {
    loc.locale(REFERENCE_LOCALE)
        .unwrap_or_else(|| panic!("the reference locale {REFERENCE_LOCALE} is built in"))
}

/// The other built-in languages; at least one, or these tests check nothing.
fn others(loc: &Localizer) -> Vec<&str> {
    let others: Vec<&str> = loc
        .languages()
        .filter(|lang| *lang != REFERENCE_LOCALE)
        .collect();
    assert!(
        !others.is_empty(),
        "no built-in locale besides {REFERENCE_LOCALE}"
    );
    others
}

fn id_set(locale: &Locale) -> BTreeSet<&str> {
    locale.ids().iter().map(String::as_str).collect()
}

fn sample_string(variable: &str) -> String {
    format!("«{variable}-value»")
}

/// Arguments for every variable of a message: `$count` is `count`, the rest
/// are distinct strings.
fn sample_args(variables: &[String], count: i64) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for v in variables {
        let value = if v == "count" {
            FluentValue::from(count)
        } else {
            FluentValue::from(sample_string(v))
        };
        args.set(v.clone(), value);
    }
    args
}

/// The counts a message is rendered with: all of [`COUNTS`] if it takes a
/// `$count`, otherwise one rendering.
fn counts_for(variables: &[String]) -> &'static [i64] {
    if variables.iter().any(|v| v == "count") {
        &COUNTS
    } else {
        &COUNTS[3..4]
    }
}

fn variables(locale: &Locale, id: &str) -> Vec<String> {
    locale.variables(id).unwrap_or_else(|| {
        panic!(
            "{}: listed message {id} has no variables entry",
            locale.lang
        )
    })
}

/// How many characters of a rendered message are its own text, not the
/// arguments (nor their isolation marks): a message made only of
/// placeables has nothing to translate.
/// The variables koban passes when it renders `id`: those of the reference
/// message (the code is written against it), or the locale's own for an id
/// the reference lacks.
fn arguments_for(loc: &Localizer, locale: &Locale, id: &str) -> Vec<String> {
    reference(loc)
        .variables(id)
        .unwrap_or_else(|| variables(locale, id))
}

fn literal_chars(rendered: &str, variables: &[String]) -> usize {
    let mut text = rendered.replace([FSI, PDI], "");
    for v in variables {
        text = text.replace(&sample_string(v), "");
    }
    text.chars().filter(|c| !c.is_whitespace()).count()
}

fn report(title: &str, problems: &[String]) -> String {
    format!(
        "{title} ({} problem(s)):\n  - {}",
        problems.len(),
        problems.join("\n  - ")
    )
}

#[test]
fn every_locale_has_exactly_the_reference_message_ids() {
    let loc = localizer();
    let reference_ids = id_set(reference(&loc));
    assert!(
        !reference_ids.is_empty(),
        "the reference locale has no messages"
    );
    let mut problems = Vec::new();
    for lang in others(&loc) {
        let ids = id_set(loc.locale(lang).expect("listed language"));
        let missing: Vec<&str> = reference_ids.difference(&ids).copied().collect();
        let extra: Vec<&str> = ids.difference(&reference_ids).copied().collect();
        if !missing.is_empty() {
            problems.push(format!(
                "locale {lang} is missing {}: {}",
                missing.len(),
                missing.join(", ")
            ));
        }
        if !extra.is_empty() {
            problems.push(format!(
                "locale {lang} has {} id(s) that {REFERENCE_LOCALE} does not: {}",
                extra.len(),
                extra.join(", ")
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{}",
        report("message ids differ from the reference locale", &problems)
    );
}

#[test]
fn every_message_uses_the_reference_variables() {
    let loc = localizer();
    let en = reference(&loc);
    let mut problems = Vec::new();
    for lang in others(&loc) {
        let locale = loc.locale(lang).expect("listed language");
        for id in en.ids() {
            if !locale.ids().contains(id) {
                continue; // reported by the id parity test
            }
            let expected: BTreeSet<String> = variables(en, id).into_iter().collect();
            let actual: BTreeSet<String> = variables(locale, id).into_iter().collect();
            let missing: Vec<String> = expected
                .difference(&actual)
                .map(|v| format!("${v}"))
                .collect();
            let extra: Vec<String> = actual
                .difference(&expected)
                .map(|v| format!("${v}"))
                .collect();
            if !missing.is_empty() || !extra.is_empty() {
                problems.push(format!(
                    "{lang} {id}: missing [{}], extra [{}] (reference uses [{}])",
                    missing.join(", "),
                    extra.join(", "),
                    expected
                        .iter()
                        .map(|v| format!("${v}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}",
        report("variables differ from the reference locale", &problems)
    );
}

#[test]
fn every_message_renders_in_every_locale() {
    let loc = localizer();
    let mut problems = Vec::new();
    let mut rendered = 0;
    for lang in loc.languages() {
        let locale = loc.locale(lang).expect("listed language");
        for id in locale.ids() {
            let vars = arguments_for(&loc, locale, id);
            for &count in counts_for(&vars) {
                let args = sample_args(&vars, count);
                let what = if vars.iter().any(|v| v == "count") {
                    format!("{lang} {id} ($count = {count})")
                } else {
                    format!("{lang} {id}")
                };
                match locale.format_checked(id, Some(&args)) {
                    Ok(text) => {
                        rendered += 1;
                        if text.trim().is_empty() {
                            problems.push(format!("{what}: renders empty"));
                        }
                        // Telegram's limit for one message, with room for
                        // the note or list koban may add to a text.
                        let units = text.encode_utf16().count();
                        if units > 3500 {
                            problems.push(format!(
                                "{what}: {units} UTF-16 units, too long for one message"
                            ));
                        }
                        // Button labels must stay short enough to read.
                        let is_label = ((id.starts_with("advice-") || id.starts_with("rights-"))
                            && id.ends_with("-title"))
                            || id.starts_with("button-")
                            || (id.starts_with("menu-") && id != "menu-title");
                        if is_label && text.chars().count() > 40 {
                            problems
                                .push(format!("{what}: button label longer than 40 characters"));
                        }
                    }
                    Err(errors) => problems.push(format!("{what}: {}", errors.join("; "))),
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}",
        report("messages that do not render cleanly", &problems)
    );
    assert!(rendered > 0, "nothing was rendered");
}

#[test]
fn a_missing_argument_is_reported_as_an_error() {
    // Guards the render test above: without its arguments, a message with
    // variables must fail `format_checked`.
    let loc = localizer();
    let en = reference(&loc);
    let id = en
        .ids()
        .iter()
        .find(|id| !variables(en, id).is_empty())
        .expect("some reference message takes arguments");
    assert!(
        en.format_checked(id, None).is_err(),
        "{id} rendered without its arguments"
    );
    assert!(en.format_checked("no-such-message", None).is_err());
}

#[test]
fn plural_selectors_pick_different_variants() {
    let loc = localizer();
    let mut problems = Vec::new();
    for lang in loc.languages() {
        let locale = loc.locale(lang).expect("listed language");
        for id in locale.ids() {
            let vars = arguments_for(&loc, locale, id);
            if !vars.iter().any(|v| v == "count") {
                continue;
            }
            if !ONE_IS_NOT_FIVE.contains(&lang) {
                continue;
            }
            let render = |count| {
                locale
                    .format_checked(id, Some(&sample_args(&vars, count)))
                    .ok()
            };
            let (Some(one), Some(five)) = (render(1), render(5)) else {
                continue; // reported by the render test
            };
            // The texts must differ by more than the number itself.
            if one.replace('1', "") == five.replace('5', "") {
                problems.push(format!(
                    "{lang} {id}: the same variant for 1 and 5: {one:?}"
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}",
        report("plural variants not selected", &problems)
    );
}

#[test]
fn right_to_left_arguments_are_isolated() {
    let loc = localizer();
    let ar = loc.locale("ar").expect("Arabic is built in");
    let text = ar
        .format_checked(
            "thread-photo",
            Some(&args(&[("pseudonym", FluentValue::from("Resident 7QK4"))])),
        )
        .expect("thread-photo renders");
    assert!(
        text.contains("\u{2068}Resident 7QK4\u{2069}"),
        "the Latin argument in Arabic text is not wrapped in FSI…PDI: {text:?}"
    );

    // And every string argument of every Arabic message.
    let mut problems = Vec::new();
    for id in ar.ids() {
        let vars = arguments_for(&loc, ar, id);
        let text = match ar.format_checked(id, Some(&sample_args(&vars, 5))) {
            Ok(text) => text,
            Err(errors) => {
                problems.push(format!("ar {id}: {}", errors.join("; ")));
                continue;
            }
        };
        // Every argument that is shown (one used only to choose a variant,
        // like the channel, is not).
        for var in vars.iter().filter(|v| *v != "count") {
            let shown = sample_string(var);
            let isolated = format!("{FSI}{shown}{PDI}");
            if text.contains(&shown) && !text.contains(&isolated) {
                problems.push(format!("ar {id}: ${var} is not isolated in {text:?}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}",
        report("Arabic arguments without bidi isolation", &problems)
    );
}

#[test]
fn negotiation_picks_the_best_locale_or_the_default() {
    let loc = localizer();
    assert_eq!(loc.default_language(), REFERENCE_LOCALE);
    assert_eq!(loc.negotiate(Some("nl-BE")), "nl");
    assert_eq!(loc.negotiate(Some("nl")), "nl");
    assert_eq!(loc.negotiate(Some("fr-CA")), "fr");
    assert_eq!(loc.negotiate(Some("ar-EG")), "ar");
    assert_eq!(loc.negotiate(Some("xx")), loc.default_language());
    assert_eq!(loc.negotiate(None), loc.default_language());
    assert_eq!(
        loc.negotiate(Some("not a language tag!")),
        loc.default_language()
    );

    // With another default, the fallback follows it.
    let fr = Localizer::builtin("fr").expect("fr is built in");
    assert_eq!(fr.default_language(), "fr");
    assert_eq!(fr.negotiate(Some("xx")), "fr");
    assert_eq!(fr.negotiate(None), "fr");
    assert_eq!(fr.negotiate(Some("nl-BE")), "nl");
    assert_eq!(fr.negotiate(Some("en-GB")), "en");

    assert!(
        Localizer::builtin("xx").is_err(),
        "a default language without a locale must be refused"
    );
}

#[test]
fn no_message_is_empty_or_an_untranslated_copy() {
    let loc = localizer();
    let en = reference(&loc);
    let mut problems = Vec::new();
    for lang in loc.languages() {
        let locale = loc.locale(lang).expect("listed language");
        for id in locale.ids() {
            let vars = arguments_for(&loc, locale, id);
            let args = sample_args(&vars, 5);
            let Ok(text) = locale.format_checked(id, Some(&args)) else {
                continue; // reported by the render test
            };
            if text.trim().is_empty() {
                problems.push(format!("{lang} {id}: empty"));
                continue;
            }
            if lang == REFERENCE_LOCALE {
                continue;
            }
            let english = en.format_checked(id, Some(&args));
            if let Ok(english) = english
                && english == text
                && literal_chars(&english, &vars) > UNTRANSLATED_MIN_CHARS
            {
                problems.push(format!(
                    "{lang} {id}: identical to {REFERENCE_LOCALE} (untranslated?): {text:?}"
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}",
        report("empty or untranslated messages", &problems)
    );
}

/// The binary megabyte as each built-in language writes it: koban divides
/// sizes by 1024², so a text that says "MB" (10⁶ bytes) is wrong.
const MEBIBYTE: &[(&str, &str)] = &[
    ("ar", "ميبيبايت"),
    ("de", "MiB"),
    ("en", "MiB"),
    ("fr", "Mio"),
    ("nl", "MiB"),
    ("ro", "MiB"),
    ("tr", "MiB"),
    ("uk", "МіБ"),
];

#[test]
fn file_sizes_are_given_in_mebibytes() {
    let loc = localizer();
    let mut problems = Vec::new();
    for lang in loc.languages() {
        let Some((_, unit)) = MEBIBYTE.iter().find(|(l, _)| *l == lang) else {
            problems.push(format!("{lang}: no binary megabyte unit listed here"));
            continue;
        };
        let locale = loc.locale(lang).expect("listed language");
        let size = args(&[("size_mb", "30.0".into()), ("max_mb", "20.0".into())]);
        let text = match locale.format_checked("image-too-large", Some(&size)) {
            Ok(text) => text.replace([FSI, PDI], ""),
            Err(errors) => {
                problems.push(format!("{lang} image-too-large: {}", errors.join("; ")));
                continue;
            }
        };
        for value in ["30.0", "20.0"] {
            if !text.contains(&format!("{value} {unit}")) {
                problems.push(format!(
                    "{lang}: {value} is not followed by {unit}: {text:?}"
                ));
            }
        }
        // Any decimal megabyte: MB, Mo, МБ, ميغابايت.
        let decimal = ["MB", "Mo ", "Mo)", "Mo.", "МБ", "ميغابايت"];
        if let Some(d) = decimal.iter().find(|d| text.contains(*d)) {
            problems.push(format!("{lang}: decimal unit {d:?} in {text:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{}",
        report("file sizes not in MiB", &problems)
    );
}

/// Residents see and delete their data themselves: the privacy notice must
/// name the commands for both messengers (Telegram `/…`, Matrix `!…`), not
/// send them to an officer.
#[test]
fn the_privacy_notice_names_the_data_commands() {
    let loc = localizer();
    let mut problems = Vec::new();
    for lang in loc.languages() {
        let locale = loc.locale(lang).expect("listed language");
        let vars = arguments_for(&loc, locale, "privacy-notice");
        let text = match locale.format_checked("privacy-notice", Some(&sample_args(&vars, 5))) {
            Ok(text) => text,
            Err(errors) => {
                problems.push(format!("{lang} privacy-notice: {}", errors.join("; ")));
                continue;
            }
        };
        for command in ["/mydata", "/erase", "!mydata", "!erase"] {
            if !text.contains(command) {
                problems.push(format!("{lang} privacy-notice does not name {command}"));
            }
        }
        if let Ok(end) = locale.format_checked("export-end", None)
            && !(end.contains("/erase") && end.contains("!erase"))
        {
            problems.push(format!(
                "{lang} export-end: not both /erase and !erase: {end:?}"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{}",
        report("privacy texts without the data commands", &problems)
    );
}

/// The values koban passes as `$channel` (`channel_name` in the engine):
/// selectors must use exactly these keys, or every resident gets the
/// default variant.
const CHANNELS: [&str; 2] = ["Telegram", "Matrix"];

/// Renders `id` for each of [`CHANNELS`], the other arguments sampled.
fn per_channel(loc: &Localizer, locale: &Locale, id: &str) -> Result<[String; 2], String> {
    let vars = arguments_for(loc, locale, id);
    if !vars.iter().any(|v| v == "channel") {
        return Err(format!("{} {id} takes no $channel", locale.lang));
    }
    let render = |channel: &str| {
        let mut args = sample_args(&vars, 5);
        args.set("channel", FluentValue::from(channel.to_owned()));
        locale
            .format_checked(id, Some(&args))
            .map_err(|errors| format!("{} {id}: {}", locale.lang, errors.join("; ")))
    };
    Ok([render(CHANNELS[0])?, render(CHANNELS[1])?])
}

#[test]
fn channel_selectors_match_the_channel_names() {
    let loc = localizer();
    let mut problems = Vec::new();
    for lang in loc.languages() {
        let locale = loc.locale(lang).expect("listed language");
        // Matrix clients keep "/" for themselves: residents there use "!".
        match per_channel(&loc, locale, "unknown-command") {
            Ok([telegram, matrix]) => {
                if !telegram.contains("/start") || telegram.contains("!start") {
                    problems.push(format!("{lang} unknown-command on Telegram: {telegram:?}"));
                }
                if !matrix.contains("!start") || matrix.contains("/start") {
                    problems.push(format!("{lang} unknown-command on Matrix: {matrix:?}"));
                }
                if lang == REFERENCE_LOCALE && !matrix.contains(" or send !start to see ") {
                    problems.push(format!("{lang} unknown-command spacing: {matrix:?}"));
                }
            }
            Err(problem) => problems.push(problem),
        }
        // Only Telegram has the 📎 → Location menu.
        match per_channel(&loc, locale, "report-where") {
            Ok([telegram, matrix]) => {
                if !telegram.contains('📎') {
                    problems.push(format!("{lang} report-where on Telegram: {telegram:?}"));
                }
                if matrix.contains('📎') {
                    problems.push(format!("{lang} report-where on Matrix: {matrix:?}"));
                }
            }
            Err(problem) => problems.push(problem),
        }
    }
    assert!(
        problems.is_empty(),
        "{}",
        report("channel variants not chosen", &problems)
    );
}

/// `fluent_pseudo::transform(text, false, false)`: every ASCII letter
/// becomes an accented look-alike. (The `fluent` crate's `fluent-pseudo`
/// feature does not re-export the crate, so its tables are repeated here;
/// `a e i o u` and `A E I O U` map to themselves, as there.)
const PSEUDO_SMALL: [char; 26] = [
    'a', 'ƀ', 'ƈ', 'ḓ', 'e', 'ƒ', 'ɠ', 'ħ', 'i', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'o', 'ƥ', 'ɋ', 'ř', 'ş',
    'ŧ', 'u', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ',
];
const PSEUDO_CAPS: [char; 26] = [
    'A', 'Ɓ', 'Ƈ', 'Ḓ', 'E', 'Ƒ', 'Ɠ', 'Ħ', 'I', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'O', 'Ƥ', 'Ɋ', 'Ř', 'Ş',
    'Ŧ', 'U', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
];

fn pseudo(text: &str) -> std::borrow::Cow<'_, str> {
    text.chars()
        .map(|c| match c {
            'a'..='z' => PSEUDO_SMALL[(c as u8 - b'a') as usize],
            'A'..='Z' => PSEUDO_CAPS[(c as u8 - b'A') as usize],
            other => other,
        })
        .collect::<String>()
        .into()
}

/// The inverse of [`pseudo`] on its output.
fn unpseudo(text: &str) -> String {
    text.chars()
        .map(|c| {
            if let Some(i) = PSEUDO_SMALL.iter().position(|&p| p == c) {
                (b'a' + i as u8) as char
            } else if let Some(i) = PSEUDO_CAPS.iter().position(|&p| p == c) {
                (b'A' + i as u8) as char
            } else {
                c
            }
        })
        .collect()
}

/// Every English message, rendered with a pseudo-localizing transform:
/// its own text comes out transformed (so it is Fluent text, not a string
/// built elsewhere), its arguments come out untouched and isolated (so they
/// are Fluent arguments, not spliced in), and undoing the transform gives
/// back exactly the plain rendering (nothing lost or reordered).
#[test]
fn pseudo_localized_english_transforms_the_text_and_keeps_the_arguments() {
    let plain = localizer();
    let mut pseudo_loc = localizer();
    pseudo_loc.set_transform(Some(pseudo));
    let en_plain = reference(&plain);
    let en_pseudo = reference(&pseudo_loc);
    // The transform really is on: a message of plain words changes.
    assert_ne!(
        en_pseudo.format_checked("button-keep", None),
        en_plain.format_checked("button-keep", None),
        "set_transform did not reach the bundle"
    );

    let mut problems = Vec::new();
    let mut transformed = BTreeSet::new();
    let mut arguments_seen = 0;
    for id in en_plain.ids() {
        let vars = variables(en_plain, id);
        for &count in counts_for(&vars) {
            let args = sample_args(&vars, count);
            let what = format!("en {id} ($count = {count})");
            let (Ok(text), Ok(pseudo_text)) = (
                en_plain.format_checked(id, Some(&args)),
                en_pseudo.format_checked(id, Some(&args)),
            ) else {
                problems.push(format!("{what}: does not render"));
                continue;
            };
            // Own text with Latin letters must change.
            let mut own = text.clone();
            for v in &vars {
                own = own.replace(&sample_string(v), "");
            }
            if own
                .chars()
                .any(|c| c.is_ascii_alphabetic() && pseudo(&c.to_string()) != c.to_string())
            {
                if pseudo_text == text {
                    problems.push(format!("{what}: unchanged by the transform: {text:?}"));
                } else {
                    transformed.insert(id.as_str());
                }
            }
            // Arguments survive verbatim, wrapped in FSI…PDI by Fluent.
            for v in vars.iter().filter(|v| *v != "count") {
                let sample = sample_string(v);
                if text.contains(&sample) {
                    arguments_seen += 1;
                    if !pseudo_text.contains(&format!("{FSI}{sample}{PDI}")) {
                        problems.push(format!(
                            "{what}: ${v} not kept as an isolated argument: {pseudo_text:?}"
                        ));
                    }
                }
            }
            if count != 1 && vars.iter().any(|v| v == "count") {
                let shown = count.to_string();
                if text.contains(&shown) && !pseudo_text.contains(&shown) {
                    problems.push(format!("{what}: the count is lost: {pseudo_text:?}"));
                }
            }
            if unpseudo(&pseudo_text) != text {
                problems.push(format!(
                    "{what}: undoing the transform does not give the plain text:\n    {pseudo_text:?}\n    {text:?}"
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}",
        report("pseudo-localized English", &problems)
    );
    // Most messages are words, and many take arguments.
    assert!(
        transformed.len() * 10 >= en_plain.ids().len() * 9,
        "only {} of {} messages were transformed",
        transformed.len(),
        en_plain.ids().len()
    );
    assert!(arguments_seen > 20, "only {arguments_seen} arguments seen");
}
