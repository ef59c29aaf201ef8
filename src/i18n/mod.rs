//! Fluent bundles from `locales/<lang>/*.ftl`, embedded in the binary, with
//! language negotiation and a fallback to the zone's default language.
//!
//! Adding a locale: create `locales/<lang>/` with the same files and message
//! ids as `locales/en/` (the reference locale); the locale test names anything
//! missing. Texts take user values as Fluent arguments only, never by string
//! splicing, so right-to-left text gets its arguments isolated.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use unic_langid::LanguageIdentifier;

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The locale every other locale must match.
pub const REFERENCE_LOCALE: &str = "en";

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locale {lang}: file {file} has syntax errors: {errors}")]
    Syntax {
        lang: String,
        file: String,
        errors: String,
    },
    #[error("locale directory name {0:?} is not a language tag")]
    BadTag(String),
    #[error("cannot read content directory {path}: {source}")]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("default language {0:?} has no locale")]
    MissingDefault(String),
}

/// One language's texts.
pub struct Locale {
    pub lang: String,
    bundle: FluentBundle<FluentResource>,
    /// Message ids defined in this locale, in file order.
    ids: Vec<String>,
}

pub struct Localizer {
    locales: BTreeMap<String, Locale>,
    default: String,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("languages", &self.locales.keys().collect::<Vec<_>>())
            .field("default", &self.default)
            .finish()
    }
}

/// Fluent arguments from `(name, value)` pairs.
pub fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, value.clone());
    }
    args
}

impl Localizer {
    /// The built-in locales, overridden and extended by `<content_dir>/<lang>/*.ftl`
    /// (a zone edits texts or adds a language without recompiling).
    pub fn load(default_lang: &str, content_dir: Option<&Path>) -> Result<Self, I18nError> {
        let mut sources = Self::builtin_sources();
        if let Some(dir) = content_dir {
            let io = |path: &Path, source| I18nError::Io {
                path: path.to_owned(),
                source,
            };
            let mut langs: Vec<_> = std::fs::read_dir(dir)
                .map_err(|e| io(dir, e))?
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .collect();
            langs.sort_by_key(|e| e.path());
            for entry in langs {
                let lang = entry.file_name().to_string_lossy().into_owned();
                let mut files: Vec<_> = std::fs::read_dir(entry.path())
                    .map_err(|e| io(&entry.path(), e))?
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                    .collect();
                files.sort();
                for file in files {
                    let text = std::fs::read_to_string(&file).map_err(|e| io(&file, e))?;
                    sources
                        .entry(lang.clone())
                        .or_default()
                        .push((file.display().to_string(), text));
                }
            }
        }
        Self::from_sources(sources, default_lang)
    }

    /// The locales built into the binary.
    pub fn builtin(default_lang: &str) -> Result<Self, I18nError> {
        Self::from_sources(Self::builtin_sources(), default_lang)
    }

    /// The built-in file `name` of every locale that has one: (language,
    /// text). Other per-language data than texts lives there too (such as
    /// the screening lists, `moderation.txt`).
    pub fn builtin_files(name: &str) -> Vec<(String, String)> {
        BUILTIN
            .dirs()
            .filter_map(|dir| {
                let lang = dir.path().file_name()?.to_str()?.to_owned();
                let file = dir.get_file(dir.path().join(name))?;
                Some((lang, file.contents_utf8()?.to_owned()))
            })
            .collect()
    }

    fn builtin_sources() -> BTreeMap<String, Vec<(String, String)>> {
        let mut sources: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for dir in BUILTIN.dirs() {
            let lang = dir
                .path()
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let mut files: Vec<(String, String)> = dir
                .files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .filter_map(|f| {
                    Some((
                        f.path().display().to_string(),
                        f.contents_utf8()?.to_owned(),
                    ))
                })
                .collect();
            files.sort();
            sources.insert(lang, files);
        }
        sources
    }

    /// Builds from `lang → [(file name, FTL text)]`; a later file's message
    /// replaces an earlier one with the same id.
    pub fn from_sources(
        sources: BTreeMap<String, Vec<(String, String)>>,
        default_lang: &str,
    ) -> Result<Self, I18nError> {
        let mut locales = BTreeMap::new();
        for (lang, files) in sources {
            let langid: LanguageIdentifier =
                lang.parse().map_err(|_| I18nError::BadTag(lang.clone()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            let mut ids = Vec::new();
            for (file, text) in files {
                let resource =
                    FluentResource::try_new(text).map_err(|(_, errors)| I18nError::Syntax {
                        lang: lang.clone(),
                        file: file.clone(),
                        errors: format!("{errors:?}"),
                    })?;
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry
                        && !ids.iter().any(|id| id == m.id.name)
                    {
                        ids.push(m.id.name.to_owned());
                    }
                }
                bundle.add_resource_overriding(resource);
            }
            locales.insert(lang.clone(), Locale { lang, bundle, ids });
        }
        if !locales.contains_key(default_lang) {
            return Err(I18nError::MissingDefault(default_lang.to_owned()));
        }
        Ok(Self {
            locales,
            default: default_lang.to_owned(),
        })
    }

    pub fn default_language(&self) -> &str {
        &self.default
    }

    /// Passes the literal text of every message, in every locale, through
    /// `transform` when formatting; arguments are left alone. This is how
    /// Fluent pseudo-localizes (`fluent_pseudo::transform` fits): a text
    /// that does not come out transformed was not rendered by Fluent, and an
    /// argument that does was spliced into the text. `None` switches it off.
    pub fn set_transform(&mut self, transform: Option<fn(&str) -> Cow<'_, str>>) {
        for locale in self.locales.values_mut() {
            locale.bundle.set_transform(transform);
        }
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.locales.keys().map(String::as_str)
    }

    pub fn has(&self, lang: &str) -> bool {
        self.locales.contains_key(lang)
    }

    pub fn locale(&self, lang: &str) -> Option<&Locale> {
        self.locales.get(lang)
    }

    /// Picks the best available locale for what a messenger reports
    /// (`nl-BE` → `nl`), else the default.
    pub fn negotiate(&self, requested: Option<&str>) -> String {
        let Some(requested) = requested.and_then(|r| r.parse::<LanguageIdentifier>().ok()) else {
            return self.default.clone();
        };
        let available: Vec<LanguageIdentifier> =
            self.locales.keys().filter_map(|l| l.parse().ok()).collect();
        let default: LanguageIdentifier = self
            .default
            .parse()
            .expect("the default language was parsed when the locales were loaded");
        let chosen = fluent_langneg::negotiate_languages(
            &[requested],
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .map(|l| l.to_string())
            .unwrap_or_else(|| self.default.clone())
    }

    /// Formats a message; falls back to the default language, and as a last
    /// resort to the id itself (logged, so a missing text is noticed).
    pub fn text(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
        for candidate in [lang, self.default.as_str()] {
            if let Some(locale) = self.locales.get(candidate)
                && let Some(text) = locale.format(id, args)
            {
                return text;
            }
        }
        tracing::error!(lang, id, "message id missing in every locale");
        id.to_owned()
    }

    pub fn t(&self, lang: &str, id: &str) -> String {
        self.text(lang, id, None)
    }

    /// Like [`Localizer::text`] for optional messages: `None` (and nothing
    /// logged) when no locale has `id`.
    pub fn try_text(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        [lang, self.default.as_str()]
            .into_iter()
            .find_map(|candidate| self.locales.get(candidate)?.format(id, args))
    }
}

impl Locale {
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// Formats one message; `None` if the id does not exist here. Formatting
    /// errors (a missing argument, say) are logged.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(lang = %self.lang, id, ?errors, "fluent formatting errors");
        }
        Some(text.into_owned())
    }

    /// Like [`Locale::format`] but returns the Fluent errors, for tests.
    pub fn format_checked(
        &self,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, Vec<String>> {
        let message = self
            .bundle
            .get_message(id)
            .ok_or_else(|| vec![format!("no message {id}")])?;
        let pattern = message
            .value()
            .ok_or_else(|| vec![format!("message {id} has no value")])?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(errors.iter().map(|e| e.to_string()).collect())
        }
    }

    /// The `$variables` a message uses (sorted), for parity checks.
    pub fn variables(&self, id: &str) -> Option<Vec<String>> {
        let message = self.bundle.get_message(id)?;
        let mut vars = Vec::new();
        if let Some(pattern) = message.value() {
            collect_variables(pattern, &mut vars);
        }
        for attribute in message.attributes() {
            collect_variables(attribute.value(), &mut vars);
        }
        vars.sort();
        vars.dedup();
        Some(vars)
    }
}

fn collect_variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(expr: &InlineExpression<&str>, out: &mut Vec<String>) {
        match expr {
            InlineExpression::VariableReference { id } => out.push(id.name.to_owned()),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            InlineExpression::Placeable { expression } => expr_vars(expression, out),
            _ => {}
        }
    }
    fn expr_vars(expr: &Expression<&str>, out: &mut Vec<String>) {
        match expr {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    collect_variables(&v.value, out);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expr_vars(expression, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_content_directory_overrides_and_adds() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("en")).expect("mkdir");
        std::fs::write(
            dir.path().join("en/zone.ftl"),
            "welcome = Welcome to the North zone, { $zone }!\nzone-extra = Only here\n",
        )
        .expect("write");
        std::fs::create_dir_all(dir.path().join("pl")).expect("mkdir");
        std::fs::write(dir.path().join("pl/main.ftl"), "welcome = Dzień dobry!\n").expect("write");

        let loc = Localizer::load("en", Some(dir.path())).expect("loads");
        let welcome = loc.text("en", "welcome", Some(&args(&[("zone", "Gent".into())])));
        assert!(
            welcome.starts_with("Welcome to the North zone"),
            "{welcome}"
        );
        assert_eq!(loc.t("en", "zone-extra"), "Only here");
        // Built-in messages that were not overridden are still there.
        assert!(loc.t("en", "menu-title").contains("What would you like"));
        assert!(loc.has("pl"));
        assert_eq!(loc.t("pl", "welcome"), "Dzień dobry!");
        // A message the new language lacks falls back to the default.
        assert!(loc.t("pl", "menu-title").contains("What would you like"));
    }

    #[test]
    fn a_missing_content_directory_is_an_error() {
        let err = Localizer::load("en", Some(Path::new("/nonexistent/koban-content")));
        assert!(matches!(err, Err(I18nError::Io { .. })));
    }
}
