//! Coordinators' event commands in the coordination room, parsed once:
//!
//! ```text
//! !event new            (alone: koban asks for the fields one by one)
//! !event new            (or the fields on the following lines)
//! title: Coffee with a cop
//! when: 2026-12-10 17:00
//! until: 18:30          (or `duration: 90`, in minutes)
//! where: Market square 1
//! map: https://www.openstreetmap.org/…
//! geo: 52.52, 13.40
//! area: north           (or `all`)
//! topic: events         (events, prevention, news)
//! capacity: 20
//! registration: yes
//! for: Everyone living in the north
//! access: Step-free entrance
//! about: A free coffee and a chat with your neighbourhood officers.
//! title.de: Kaffee mit der Polizei   (any field with `.<language>`)
//! !event set 12         (the same fields; only those given change)
//! !event show 12 [language]
//! !event publish 12 [2026-12-01 09:00]
//! !event cancel 12
//! !events
//! !attendees 12
//! !announce new         (fields on the following lines)
//! topic: prevention     (events, prevention, news; default news)
//! area: north           (or `all`)
//! languages: ar, uk     (only residents with these; default all)
//! via: both             (subscribers, channels or both; default subscribers)
//! text: Bicycle thefts near the station: lock your bike to something fixed.
//! text.ar: …
//! !announce show 3 [language]
//! !announce send 3 [2026-12-01 09:00]
//! !announce cancel 3
//! ```

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

use crate::clock::Millis;
use crate::domain::event::{Topic, Via};

#[derive(Debug, Clone, PartialEq)]
pub enum EventCommand {
    /// `!event new` alone: the guided dialogue.
    Guided,
    New(Fields),
    Set(i64, Fields),
    Show(i64, Option<String>),
    /// Publish now, or at a time.
    Publish(i64, Option<Millis>),
    Cancel(i64),
    List,
    Attendees(i64),
    AnnounceNew(AnnounceFields),
    AnnounceShow(i64, Option<String>),
    /// Send now, or at a time.
    AnnounceSend(i64, Option<Millis>),
    AnnounceCancel(i64),
    Help,
    /// A command we know, written wrongly: what is wrong.
    Invalid(String),
}

/// The fields of `!event new` / `!event set`, as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fields {
    pub starts_at: Option<Millis>,
    pub ends_at: Option<Millis>,
    pub duration_minutes: Option<i64>,
    pub place: Option<String>,
    pub map_url: Option<String>,
    pub location: Option<(f64, f64)>,
    /// `Some(None)`: the whole zone.
    pub area: Option<Option<String>>,
    pub topic: Option<Topic>,
    /// `Some(None)`: no limit.
    pub capacity: Option<Option<i64>>,
    pub registration: Option<bool>,
    /// (language or `None` for the default, field, text).
    pub texts: Vec<(Option<String>, TextField, String)>,
}

/// The fields of `!announce new`, as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AnnounceFields {
    pub topic: Option<Topic>,
    /// `Some(None)`: the whole zone.
    pub area: Option<Option<String>>,
    pub languages: Vec<String>,
    pub via: Option<Via>,
    /// (language or `None` for the default, text).
    pub texts: Vec<(Option<String>, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Title,
    About,
    Audience,
    Access,
}

impl EventCommand {
    /// `None`: not an event command. Times are read in `tz`.
    pub fn parse(body: &str, tz: chrono_tz::Tz) -> Option<Self> {
        let body = body.trim();
        let (first, rest) = body.split_once('\n').unwrap_or((body, ""));
        let mut words = first.split_whitespace();
        let command = words.next()?;
        let args: Vec<&str> = words.collect();
        let id = |i: usize| {
            args.get(i)
                .and_then(|a| a.trim_start_matches('#').parse().ok())
        };
        Some(match command {
            "!events" => EventCommand::List,
            "!attendees" => match id(0) {
                Some(id) => EventCommand::Attendees(id),
                None => EventCommand::Invalid("!attendees <event number>".into()),
            },
            "!announce" => match args.first().copied() {
                None | Some("help") => EventCommand::Help,
                Some("new") => match announce_fields(rest) {
                    Ok(f) => EventCommand::AnnounceNew(f),
                    Err(e) => EventCommand::Invalid(e),
                },
                Some("show") => match id(1) {
                    Some(id) => {
                        EventCommand::AnnounceShow(id, args.get(2).map(|l| (*l).to_owned()))
                    }
                    None => EventCommand::Invalid("!announce show <number> [language]".into()),
                },
                Some("send") => match id(1) {
                    Some(id) if args.len() == 2 => EventCommand::AnnounceSend(id, None),
                    Some(id) => match time(&args[2..].join(" "), tz) {
                        Ok(at) => EventCommand::AnnounceSend(id, Some(at)),
                        Err(e) => EventCommand::Invalid(e),
                    },
                    None => {
                        EventCommand::Invalid("!announce send <number> [YYYY-MM-DD HH:MM]".into())
                    }
                },
                Some("cancel") => match id(1) {
                    Some(id) => EventCommand::AnnounceCancel(id),
                    None => EventCommand::Invalid("!announce cancel <number>".into()),
                },
                Some(other) => EventCommand::Invalid(format!("unknown: !announce {other}")),
            },
            "!event" => match args.first().copied() {
                None | Some("help") => EventCommand::Help,
                Some("new") if rest.trim().is_empty() => EventCommand::Guided,
                Some("new") => match fields(rest, tz) {
                    Ok(f) => EventCommand::New(f),
                    Err(e) => EventCommand::Invalid(e),
                },
                Some("set") => match (id(1), fields(rest, tz)) {
                    (Some(id), Ok(f)) => EventCommand::Set(id, f),
                    (None, _) => EventCommand::Invalid("!event set <event number>".into()),
                    (_, Err(e)) => EventCommand::Invalid(e),
                },
                Some("show") => match id(1) {
                    Some(id) => EventCommand::Show(id, args.get(2).map(|l| (*l).to_owned())),
                    None => EventCommand::Invalid("!event show <event number> [language]".into()),
                },
                Some("publish") => match id(1) {
                    Some(id) if args.len() == 2 => EventCommand::Publish(id, None),
                    Some(id) => match time(&args[2..].join(" "), tz) {
                        Ok(at) => EventCommand::Publish(id, Some(at)),
                        Err(e) => EventCommand::Invalid(e),
                    },
                    None => EventCommand::Invalid(
                        "!event publish <event number> [YYYY-MM-DD HH:MM]".into(),
                    ),
                },
                Some("cancel") => match id(1) {
                    Some(id) => EventCommand::Cancel(id),
                    None => EventCommand::Invalid("!event cancel <event number>".into()),
                },
                Some(other) => EventCommand::Invalid(format!("unknown: !event {other}")),
            },
            _ => return None,
        })
    }
}

fn announce_fields(text: &str) -> Result<AnnounceFields, String> {
    let mut f = AnnounceFields::default();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| format!("{line:?}: write fields as `name: value`"))?;
        let (key, value) = (key.trim().to_lowercase(), value.trim());
        match key.split_once('.') {
            Some(("text", lang)) => f.texts.push((Some(lang.to_owned()), value.to_owned())),
            Some((other, _)) => return Err(format!("{other:?}: only `text` has languages")),
            None => {
                match key.as_str() {
                    "text" => f.texts.push((None, value.to_owned())),
                    "topic" => {
                        f.topic = Some(Topic::parse(value).ok_or_else(|| {
                            format!("topic {value:?}: events, prevention or news")
                        })?)
                    }
                    "area" => {
                        f.area = Some(match value {
                            "all" | "zone" | "" => None,
                            a => Some(a.to_owned()),
                        })
                    }
                    "via" => {
                        f.via = Some(Via::parse(&value.to_lowercase()).ok_or_else(|| {
                            format!("via {value:?}: subscribers, channels or both")
                        })?)
                    }
                    "languages" => {
                        f.languages = value
                            .split(',')
                            .map(|l| l.trim().to_owned())
                            .filter(|l| !l.is_empty())
                            .collect()
                    }
                    other => return Err(format!("unknown field {other:?}")),
                }
            }
        }
    }
    Ok(f)
}

/// `YYYY-MM-DD HH:MM` in `tz`.
fn time(s: &str, tz: chrono_tz::Tz) -> Result<Millis, String> {
    let naive = NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%d %H:%M")
        .map_err(|_| format!("{s:?} is not a time like 2026-12-10 17:00"))?;
    local(naive, tz).ok_or_else(|| format!("{s:?} does not exist in {tz} (a clock change)"))
}

fn local(naive: NaiveDateTime, tz: chrono_tz::Tz) -> Option<Millis> {
    // In the autumn hour that happens twice, the first one.
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|t| t.timestamp_millis())
}

pub(super) fn fields(text: &str, tz: chrono_tz::Tz) -> Result<Fields, String> {
    let mut f = Fields::default();
    let mut day: Option<NaiveDate> = None;
    let mut until: Option<String> = None;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (key, value) = line
            .split_once(':')
            .ok_or_else(|| format!("{line:?}: write fields as `name: value`"))?;
        let (key, value) = (key.trim().to_lowercase(), value.trim());
        let (name, lang) = match key.split_once('.') {
            Some((n, l)) => (n.to_owned(), Some(l.to_owned())),
            None => (key.clone(), None),
        };
        let text_field = match name.as_str() {
            "title" => Some(TextField::Title),
            "about" | "text" | "description" => Some(TextField::About),
            "for" | "audience" => Some(TextField::Audience),
            "access" | "accessibility" => Some(TextField::Access),
            _ => None,
        };
        if let Some(field) = text_field {
            f.texts.push((lang, field, value.to_owned()));
            continue;
        }
        if lang.is_some() {
            return Err(format!("{key:?}: only texts have languages"));
        }
        match name.as_str() {
            "when" | "start" => {
                let at = time(value, tz)?;
                day = NaiveDateTime::parse_from_str(value, "%Y-%m-%d %H:%M")
                    .ok()
                    .map(|d| d.date());
                f.starts_at = Some(at);
            }
            "until" | "end" => until = Some(value.to_owned()),
            "duration" => {
                f.duration_minutes = Some(
                    value
                        .trim_end_matches("min")
                        .trim()
                        .parse()
                        .ok()
                        .filter(|m| (1..=10_080).contains(m))
                        .ok_or_else(|| format!("duration {value:?}: minutes, 1 to 10080"))?,
                )
            }
            "where" | "place" => f.place = Some(value.to_owned()),
            "map" => {
                let ok = url::Url::parse(value)
                    .is_ok_and(|u| matches!(u.scheme(), "https" | "http" | "geo"));
                if !ok {
                    return Err(format!("map {value:?}: a https:// link"));
                }
                f.map_url = Some(value.to_owned());
            }
            "geo" => {
                let (lat, lon) = value
                    .split_once(',')
                    .and_then(|(a, b)| Some((a.trim().parse().ok()?, b.trim().parse().ok()?)))
                    .filter(|(a, b): &(f64, f64)| a.abs() <= 90.0 && b.abs() <= 180.0)
                    .ok_or_else(|| format!("geo {value:?}: latitude, longitude"))?;
                f.location = Some((lat, lon));
            }
            "area" => {
                f.area = Some(match value {
                    "all" | "zone" | "" => None,
                    a => Some(a.to_owned()),
                })
            }
            "topic" => {
                f.topic = Some(
                    Topic::parse(value)
                        .ok_or_else(|| format!("topic {value:?}: events, prevention or news"))?,
                )
            }
            "capacity" | "places" => {
                f.capacity = Some(match value {
                    "" | "none" | "unlimited" | "0" => None,
                    n => Some(
                        n.parse()
                            .ok()
                            .filter(|n| *n > 0)
                            .ok_or_else(|| format!("capacity {value:?}: a number"))?,
                    ),
                })
            }
            "registration" => {
                f.registration = Some(match value.to_lowercase().as_str() {
                    "yes" | "y" | "true" | "required" => true,
                    "no" | "n" | "false" => false,
                    _ => return Err(format!("registration {value:?}: yes or no")),
                })
            }
            other => return Err(format!("unknown field {other:?}")),
        }
    }
    if let Some(until) = until {
        let end = match NaiveTime::parse_from_str(&until, "%H:%M") {
            Ok(t) => {
                let day = day.ok_or("`until: HH:MM` needs `when:` on the same command")?;
                local(day.and_time(t), tz).ok_or("the end does not exist (a clock change)")?
            }
            Err(_) => time(&until, tz)?,
        };
        f.ends_at = Some(end);
    }
    if let (Some(s), Some(e)) = (f.starts_at, f.ends_at)
        && e <= s
    {
        return Err("the end is before the start".into());
    }
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TZ: chrono_tz::Tz = chrono_tz::Europe::Berlin;

    #[test]
    fn a_new_event_with_fields_in_two_languages() {
        let body = "!event new\ntitle: Coffee with a cop\nwhen: 2026-12-10 17:00\nuntil: 18:30\n\
                    where: Market square 1\ngeo: 52.52, 13.40\narea: north\ncapacity: 20\n\
                    registration: yes\ntitle.de: Kaffee mit der Polizei\nabout: Free coffee";
        let Some(EventCommand::New(f)) = EventCommand::parse(body, TZ) else {
            panic!("not parsed: {:?}", EventCommand::parse(body, TZ));
        };
        // 17:00 in Berlin in December is 16:00 UTC.
        assert_eq!(f.starts_at, Some(1_796_918_400_000));
        assert_eq!(f.ends_at, Some(1_796_918_400_000 + 90 * 60_000));
        assert_eq!(f.place.as_deref(), Some("Market square 1"));
        assert_eq!(f.location, Some((52.52, 13.40)));
        assert_eq!(f.area, Some(Some("north".into())));
        assert_eq!(f.capacity, Some(Some(20)));
        assert_eq!(f.registration, Some(true));
        assert_eq!(
            f.texts,
            vec![
                (None, TextField::Title, "Coffee with a cop".into()),
                (
                    Some("de".into()),
                    TextField::Title,
                    "Kaffee mit der Polizei".into()
                ),
                (None, TextField::About, "Free coffee".into()),
            ]
        );
    }

    #[test]
    fn an_announcement_with_its_audience_and_texts() {
        let body = "!announce new\ntopic: prevention\narea: north\nlanguages: ar, uk\n\
                    text: Lock your bike\ntext.ar: قفل دراجتك";
        let Some(EventCommand::AnnounceNew(f)) = EventCommand::parse(body, TZ) else {
            panic!("not parsed: {:?}", EventCommand::parse(body, TZ));
        };
        assert_eq!(f.topic, Some(Topic::Prevention));
        assert_eq!(f.area, Some(Some("north".into())));
        assert_eq!(f.languages, ["ar", "uk"]);
        assert_eq!(
            f.texts,
            [
                (None, "Lock your bike".into()),
                (Some("ar".into()), "قفل دراجتك".into())
            ]
        );
        assert_eq!(
            EventCommand::parse("!announce send 3 2026-07-01 09:00", TZ),
            Some(EventCommand::AnnounceSend(3, Some(1_782_889_200_000)))
        );
        assert!(matches!(
            EventCommand::parse("!announce new\ncolour: red", TZ),
            Some(EventCommand::Invalid(e)) if e.contains("unknown field")
        ));
    }

    #[test]
    fn summer_times_are_read_in_the_zone() {
        let Some(EventCommand::Publish(7, Some(at))) =
            EventCommand::parse("!event publish 7 2026-07-01 09:00", TZ)
        else {
            panic!("not parsed");
        };
        // 09:00 CEST is 07:00 UTC.
        assert_eq!(at, 1_782_889_200_000);
    }

    #[test]
    fn mistakes_are_named() {
        for (body, says) in [
            ("!event new\nwhen: tomorrow", "not a time"),
            ("!event new\ncolour: blue", "unknown field"),
            (
                "!event new\nwhen: 2026-12-10 17:00\nuntil: 16:00",
                "before the start",
            ),
            ("!event new\nuntil: 16:00", "needs `when:`"),
            ("!event new\ncapacity: many", "capacity"),
            ("!event new\nmap: javascript:alert(1)", "https"),
            ("!event new\ngeo: 95, 10", "latitude"),
            ("!event new\nwhen.de: 2026-12-10 17:00", "only texts"),
            ("!event publish", "!event publish"),
            ("!event frobnicate", "unknown"),
            ("!attendees x", "!attendees"),
            // 02:30 does not exist in Berlin on 2026-03-29.
            ("!event publish 1 2026-03-29 02:30", "does not exist"),
        ] {
            match EventCommand::parse(body, TZ) {
                Some(EventCommand::Invalid(e)) => assert!(e.contains(says), "{body:?}: {e}"),
                other => panic!("{body:?}: {other:?}"),
            }
        }
        assert_eq!(EventCommand::parse("!stats", TZ), None);
        assert_eq!(EventCommand::parse("hello", TZ), None);
        assert_eq!(EventCommand::parse("!event", TZ), Some(EventCommand::Help));
        assert_eq!(EventCommand::parse("!events", TZ), Some(EventCommand::List));
        assert_eq!(
            EventCommand::parse("!event show #12 de", TZ),
            Some(EventCommand::Show(12, Some("de".into())))
        );
    }
}
