//! Routing: which officer queue a new ticket goes to. Rules from the
//! configuration are tried in order; the first that matches wins; the
//! default queue catches the rest.

use serde::Deserialize;

/// One rule. An empty list matches anything; a non-empty list must contain
/// the ticket's value (a ticket without a category or area does not match a
/// rule that lists categories or areas).
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RouteRule {
    /// The queue (its `id`) that receives matching tickets.
    pub queue: String,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub areas: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
}

/// What is known about a new ticket when it is routed.
#[derive(Debug, Clone, Copy, Default)]
pub struct TicketFacts<'a> {
    pub category: Option<&'a str>,
    pub area: Option<&'a str>,
    pub language: &'a str,
}

fn matches(list: &[String], value: Option<&str>) -> bool {
    list.is_empty() || value.is_some_and(|v| list.iter().any(|x| x == v))
}

impl RouteRule {
    pub fn matches(&self, facts: &TicketFacts<'_>) -> bool {
        matches(&self.categories, facts.category)
            && matches(&self.areas, facts.area)
            && matches(&self.languages, Some(facts.language))
    }
}

/// The queue id for a ticket: the first matching rule's, else `default`.
pub fn route<'a>(rules: &'a [RouteRule], facts: &TicketFacts<'_>, default: &'a str) -> &'a str {
    rules
        .iter()
        .find(|r| r.matches(facts))
        .map(|r| r.queue.as_str())
        .unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(queue: &str, categories: &[&str], areas: &[&str], languages: &[&str]) -> RouteRule {
        let v = |l: &[&str]| l.iter().map(|s| (*s).to_owned()).collect();
        RouteRule {
            queue: queue.into(),
            categories: v(categories),
            areas: v(areas),
            languages: v(languages),
        }
    }

    #[test]
    fn first_match_wins_and_the_default_catches_the_rest() {
        let rules = vec![
            rule("hate", &["hate-incident"], &[], &[]),
            rule("newcomers", &[], &[], &["ar", "uk"]),
            rule("north", &[], &["north"], &[]),
            rule("north-drugs", &["drugs"], &["north"], &[]),
        ];
        let f = |category, area, language| TicketFacts {
            category,
            area,
            language,
        };
        assert_eq!(
            route(
                &rules,
                &f(Some("hate-incident"), Some("north"), "ar"),
                "general"
            ),
            "hate"
        );
        assert_eq!(
            route(&rules, &f(None, Some("north"), "ar"), "general"),
            "newcomers"
        );
        assert_eq!(
            route(&rules, &f(None, Some("north"), "nl"), "general"),
            "north"
        );
        // The more specific rule comes later, so the area rule wins: order matters.
        assert_eq!(
            route(&rules, &f(Some("drugs"), Some("north"), "nl"), "general"),
            "north"
        );
        assert_eq!(route(&rules, &f(None, None, "nl"), "general"), "general");
        assert_eq!(
            route(&rules, &f(Some("drugs"), Some("south"), "fr"), "general"),
            "general"
        );
        assert_eq!(route(&[], &f(None, None, "en"), "general"), "general");
    }

    #[test]
    fn a_rule_with_categories_does_not_catch_questions() {
        let rules = vec![rule("theft", &["theft"], &[], &[])];
        let question = TicketFacts {
            category: None,
            area: Some("north"),
            language: "en",
        };
        assert_eq!(route(&rules, &question, "general"), "general");
    }
}
