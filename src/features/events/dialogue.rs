//! The guided `!event new`: with no fields, koban asks for them one at a
//! time in the coordination room. Only the coordinator who started it
//! answers (plain messages; commands still work in between); `skip` leaves
//! an optional field empty, `back` asks the previous question again, `stop`
//! ends without saving. A dialogue nobody answers for 30 minutes ends by
//! itself. Each answer is checked as soon as it is given, with the same
//! rules as the one-command form, so a wrong time is asked again at once.

use fluent::FluentValue;
use serde::{Deserialize, Serialize};

use crate::clock::Millis;
use crate::domain::Change;
use crate::domain::OfficerMessage;

use super::command::{Fields, fields};
use super::decide::Planner;

/// How long a dialogue waits for the next answer.
pub const EXPIRES_MS: Millis = 30 * 60_000;

/// One question: the `!event new` field it fills, its text, and whether it
/// may be skipped.
pub struct Step {
    pub field: &'static str,
    pub question: &'static str,
    pub required: bool,
}

/// The questions, in order. Title and start come first: from then on every
/// answer is checked against a whole draft.
pub const STEPS: [Step; 10] = [
    Step {
        field: "title",
        question: "event-ask-title",
        required: true,
    },
    Step {
        field: "when",
        question: "event-ask-when",
        required: true,
    },
    Step {
        field: "until",
        question: "event-ask-until",
        required: false,
    },
    Step {
        field: "where",
        question: "event-ask-where",
        required: false,
    },
    Step {
        field: "area",
        question: "event-ask-area",
        required: false,
    },
    Step {
        field: "capacity",
        question: "event-ask-capacity",
        required: false,
    },
    Step {
        field: "registration",
        question: "event-ask-registration",
        required: false,
    },
    Step {
        field: "for",
        question: "event-ask-for",
        required: false,
    },
    Step {
        field: "access",
        question: "event-ask-access",
        required: false,
    },
    Step {
        field: "about",
        question: "event-ask-about",
        required: false,
    },
];

/// A coordinator's dialogue, kept between answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dialogue {
    /// One entry per question answered so far (`None`: skipped); the next
    /// question is `STEPS[answers.len()]`.
    pub answers: Vec<Option<String>>,
    pub updated_at: Millis,
}

/// Why an answer was not taken.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// `skip` on a question that needs an answer.
    Required,
    /// The answer does not read (the reason, as the command form gives it).
    Invalid(String),
}

/// What an answer leads to.
#[derive(Debug, Clone, PartialEq)]
pub enum Turn {
    /// Ask the next (or the same) question.
    Ask {
        dialogue: Dialogue,
        refused: Option<Refusal>,
    },
    /// Every question answered: the fields of the new event.
    Done(Fields),
    Stopped,
}

impl Dialogue {
    /// Where a coordinator's dialogue is kept.
    pub fn key(room: &str, sender: &str) -> String {
        format!("event-dialogue:{room}:{sender}")
    }

    pub fn start(now: Millis) -> Self {
        Dialogue {
            answers: Vec::new(),
            updated_at: now,
        }
    }

    /// The stored dialogue, if it is still waiting for an answer.
    pub fn live(stored: Option<&str>, now: Millis) -> Option<Self> {
        let d: Dialogue = serde_json::from_str(stored?).ok()?;
        (now - d.updated_at < EXPIRES_MS && d.answers.len() < STEPS.len()).then_some(d)
    }

    /// Keeps this dialogue for the next answer.
    pub fn save(&self, room: &str, sender: &str) -> Change {
        Change::Kv {
            key: Self::key(room, sender),
            value: serde_json::to_string(self).expect("a dialogue serializes"),
        }
    }

    /// Ends the dialogue of `sender` in `room`.
    pub fn end(room: &str, sender: &str) -> Change {
        Change::Kv {
            key: Self::key(room, sender),
            value: String::new(),
        }
    }

    pub fn step(&self) -> &'static Step {
        &STEPS[self.answers.len().min(STEPS.len() - 1)]
    }

    /// The answers as the lines of a one-command `!event new`.
    fn lines(&self) -> String {
        self.answers
            .iter()
            .zip(STEPS.iter())
            .filter_map(|(a, s)| {
                let a = a.as_ref()?;
                // "90" or "90 min" for the end: a length.
                let minutes = a.trim_end_matches("min").trim();
                let field = if s.field == "until"
                    && !minutes.is_empty()
                    && minutes.chars().all(|c| c.is_ascii_digit())
                {
                    "duration"
                } else {
                    s.field
                };
                Some(format!("{field}: {a}"))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Takes one answer. `check` validates the fields as a whole once the
    /// title and start are known (an unknown area, an end before the start).
    pub fn answer(
        mut self,
        text: &str,
        tz: chrono_tz::Tz,
        now: Millis,
        check: impl Fn(&Fields) -> Result<(), String>,
    ) -> Turn {
        self.updated_at = now;
        let answer = without_reply_quote(text);
        let step = self.step();
        let ask = |dialogue, refused| Turn::Ask { dialogue, refused };
        match answer.to_lowercase().as_str() {
            "stop" | "!stop" | "cancel" => return Turn::Stopped,
            "back" => {
                self.answers.pop();
                return ask(self, None);
            }
            "skip" | "-" if step.required => return ask(self, Some(Refusal::Required)),
            "skip" | "-" => self.answers.push(None),
            _ if answer.is_empty() => return ask(self, Some(Refusal::Required)),
            _ => {
                // A multi-line description is one field.
                let flat = answer.split_whitespace().collect::<Vec<_>>().join(" ");
                self.answers.push(Some(flat));
            }
        }
        let checked = fields(&self.lines(), tz).and_then(|f| {
            if self.answers.len() >= 2 {
                check(&f)?;
            }
            Ok(f)
        });
        match checked {
            Err(why) => {
                self.answers.pop();
                ask(self, Some(Refusal::Invalid(why)))
            }
            Ok(f) if self.answers.len() == STEPS.len() => Turn::Done(f),
            Ok(_) => ask(self, None),
        }
    }
}

/// A Matrix reply's quoted fallback (`> <@bot> …` lines, then a blank
/// line) is not part of the answer.
fn without_reply_quote(text: &str) -> &str {
    let text = text.trim();
    if !text.starts_with("> ") {
        return text;
    }
    match text.split_once("\n\n") {
        Some((_, rest)) => rest.trim(),
        None => text,
    }
}

impl Planner<'_> {
    /// The question `dialogue` is at, after why the last answer was not
    /// taken (if it was not).
    pub fn dialogue_question(
        &self,
        msg: &OfficerMessage,
        dialogue: &Dialogue,
        refused: Option<&Refusal>,
        areas: &[String],
    ) -> Vec<Change> {
        let lang = self.loc.default_language();
        let step = dialogue.step();
        let areas = if areas.is_empty() {
            "—".to_owned()
        } else {
            areas.join(", ")
        };
        let pairs: [(&str, FluentValue<'_>); 4] = [
            ("tz", self.tz.name().into()),
            ("areas", areas.into()),
            ("minutes", self.config.default_duration_minutes.into()),
            ("language", self.loc.t(lang, "language-name").into()),
        ];
        let question = self.room_text(step.question, &pairs);
        let mut text = self.room_text(
            "event-ask",
            &[
                ("step", (dialogue.answers.len() + 1).into()),
                ("steps", STEPS.len().into()),
                ("question", question.into()),
            ],
        );
        match refused {
            Some(Refusal::Required) => {
                text = format!("{}\n{text}", self.room_text("event-ask-required", &[]));
            }
            Some(Refusal::Invalid(why)) => {
                let retry = self.room_text("event-ask-retry", &[("why", why.clone().into())]);
                text = format!("{retry}\n{text}");
            }
            None => {}
        }
        if dialogue.answers.is_empty() && refused.is_none() {
            text = format!(
                "{}\n{text}",
                self.room_text(
                    "event-dialogue-start",
                    &[("who", msg.sender.clone().into())]
                )
            );
        }
        self.room_reply_text(msg, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: Millis = 1_796_115_600_000;
    const TZ: chrono_tz::Tz = chrono_tz::Europe::Berlin;

    fn ok(_: &Fields) -> Result<(), String> {
        Ok(())
    }

    fn next(d: Dialogue, text: &str) -> Dialogue {
        match d.answer(text, TZ, NOW, ok) {
            Turn::Ask { dialogue, refused } => {
                assert_eq!(refused, None, "{text:?} was refused");
                dialogue
            }
            other => panic!("{text:?} ended the dialogue: {other:?}"),
        }
    }

    #[test]
    fn every_question_answered_or_skipped_makes_the_fields_of_a_new_event() {
        let mut d = Dialogue::start(NOW);
        for answer in [
            "Coffee with a cop",
            "2026-12-10 17:00",
            "18:30",
            "Market square 1",
        ] {
            d = next(d, answer);
        }
        for _ in 4..9 {
            d = next(d, "skip");
        }
        assert_eq!(d.step().field, "about");
        let Turn::Done(f) = d.answer("Free coffee\nand a chat.", TZ, NOW, ok) else {
            panic!("not done");
        };
        assert_eq!(f.place.as_deref(), Some("Market square 1"));
        // 17:00 and 18:30 in Berlin are 16:00 and 17:30 UTC.
        assert_eq!(f.starts_at, Some(1_796_918_400_000));
        assert_eq!(f.ends_at, Some(1_796_918_400_000 + 90 * 60_000));
        assert!(f.capacity.is_none() && f.area.is_none());
        let texts: Vec<&str> = f.texts.iter().map(|(_, _, t)| t.as_str()).collect();
        assert_eq!(texts, ["Coffee with a cop", "Free coffee and a chat."]);
    }

    #[test]
    fn a_wrong_or_missing_answer_is_asked_again_with_the_reason() {
        let d = next(Dialogue::start(NOW), "District meeting");
        let Turn::Ask { dialogue, refused } = d.clone().answer("next friday", TZ, NOW, ok) else {
            panic!("ended");
        };
        assert_eq!(
            dialogue,
            Dialogue {
                updated_at: NOW,
                ..d.clone()
            }
        );
        assert!(
            matches!(&refused, Some(Refusal::Invalid(why)) if why.contains("2026-12-10 17:00")),
            "{refused:?}"
        );
        // The start cannot be skipped; the check sees the whole draft.
        let Turn::Ask { refused, .. } = d.clone().answer("skip", TZ, NOW, ok) else {
            panic!("ended");
        };
        assert_eq!(refused, Some(Refusal::Required));
        let d = next(d, "2026-12-10 19:00");
        let Turn::Ask { refused, .. } = d.answer("18:00", TZ, NOW, |_| {
            Err("the end is before the start".into())
        }) else {
            panic!("ended");
        };
        assert_eq!(
            refused,
            Some(Refusal::Invalid("the end is before the start".into()))
        );
    }

    #[test]
    fn back_stop_and_expiry() {
        let d = next(next(Dialogue::start(NOW), "Title"), "2026-12-10 19:00");
        let back = next(d.clone(), "back");
        assert_eq!(back.step().field, "when");
        assert_eq!(d.clone().answer("Stop", TZ, NOW, ok), Turn::Stopped);
        let stored = serde_json::to_string(&d).expect("json");
        assert!(Dialogue::live(Some(&stored), NOW + EXPIRES_MS - 1).is_some());
        assert!(Dialogue::live(Some(&stored), NOW + EXPIRES_MS).is_none());
        assert!(Dialogue::live(Some(""), NOW).is_none());
        assert!(Dialogue::live(None, NOW).is_none());
    }

    #[test]
    fn a_quoted_reply_fallback_is_not_part_of_the_answer() {
        assert_eq!(
            without_reply_quote("> <@koban:hs> 1/10 · What is it called?\n\nStreet party"),
            "Street party"
        );
        assert_eq!(without_reply_quote("  Street party "), "Street party");
    }
}
