//! Community events as iCalendar files (RFC 5545), for residents to add a
//! district meeting or a "coffee with a cop" to their own calendars. Pure:
//! the time of the version (DTSTAMP) is passed in like every other time.
//!
//! The `icalendar` crate builds the calendar and escapes TEXT values. Three
//! things are done here around it:
//! - Text is cleaned first: a CR or CRLF becomes a LF (which the crate writes
//!   as `\n`) and other control characters are dropped; the crate would pass
//!   a CR through raw, and RFC 5545 allows no control character but HTAB in
//!   TEXT.
//! - The organizer's name, a parameter value, loses its control characters
//!   and double quotes, which the crate would write raw.
//! - Its output is folded again: the crate can leave a continuation line of
//!   76 octets (its limit counts the leading space once too few), so each
//!   content line is unfolded and folded anew at 75 octets, on a UTF-8
//!   character boundary.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, EventLike, EventStatus, Property};

use crate::clock::Millis;

/// The MIME type of an `.ics` file.
pub const MIME: &str = "text/calendar";

/// Who made the file (RFC 5545 §3.7.3).
const PRODID: &str = "-//koban//events//EN";

/// The longest a physical line may be, CRLF not counted (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// The longest file name [`file_name`] gives, `.ics` included.
const FILE_NAME_CHARS: usize = 60;

/// What the file asks of the calendar that reads it (RFC 5546 §1.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// The event as it is now: add it, or update the copy with the same UID
    /// and a lower SEQUENCE.
    Publish,
    /// The event will not take place: the calendar marks or removes the copy
    /// with the same UID.
    Cancel,
}

/// One community event, as the caller has it.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarEvent<'a> {
    /// Stable across versions, e.g. `event-42@<install id>.koban`.
    pub uid: &'a str,
    /// Raised by the caller on every change, the cancellation included.
    pub sequence: u32,
    pub title: &'a str,
    pub description: Option<&'a str>,
    /// Address text.
    pub location: Option<&'a str>,
    /// Latitude and longitude in degrees (WGS 84).
    pub geo: Option<(f64, f64)>,
    /// A map link or the event's page: `http`, `https` or `geo` only.
    pub url: Option<&'a str>,
    /// Unix ms, UTC.
    pub starts_at: Millis,
    /// Unix ms, UTC.
    pub ends_at: Millis,
    /// DTSTAMP, Unix ms: the time of this version (the caller's clock's now).
    pub stamp: Millis,
    pub organizer_name: Option<&'a str>,
}

/// The event as an iCalendar file: CRLF line ends, lines folded at 75 octets,
/// times in UTC (`20261210T170000Z`), so that no calendar shifts them.
///
/// Optional fields that cannot be written correctly are left out: a GEO out
/// of range, a URL that does not parse or is not `http`, `https` or `geo`,
/// an organizer name that is empty once cleaned, and a DTEND that is not
/// after DTSTART (the event then lasts no time, RFC 5545 §3.6.1).
pub fn ics(event: &CalendarEvent<'_>, method: Method) -> String {
    let starts = utc(event.starts_at);
    let mut vevent = icalendar::Event::new();
    vevent
        .uid(event.uid)
        .sequence(event.sequence)
        .timestamp(utc(event.stamp))
        .starts(starts)
        .summary(&clean_text(event.title))
        .status(match method {
            Method::Publish => EventStatus::Confirmed,
            Method::Cancel => EventStatus::Cancelled,
        });
    let ends = utc(event.ends_at);
    if ends > starts {
        vevent.ends(ends);
    }
    if let Some(description) = event.description {
        vevent.description(&clean_text(description));
    }
    if let Some(location) = event.location {
        vevent.location(&clean_text(location));
    }
    if let Some((lat, lon)) = event.geo
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon)
    {
        // GEO is two FLOATs, not TEXT: the semicolon stays unescaped.
        vevent.add_property("GEO", format!("{lat:.6};{lon:.6}"));
    }
    if let Some(url) = event.url.and_then(clean_url) {
        vevent.url(&url);
    }
    if let Some(name) = event
        .organizer_name
        .map(clean_param)
        .filter(|n| !n.is_empty())
    {
        // The organizer is known by name only. `invalid:nomail` is the
        // address Exchange writes for one without mail (MS-OXCICAL
        // 2.1.3.1.1.20.16): a calendar has nobody to send replies to.
        vevent.append_property(
            Property::new("ORGANIZER", "invalid:nomail")
                .add_parameter("CN", &name)
                .done(),
        );
    }

    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new(
            "METHOD",
            match method {
                Method::Publish => "PUBLISH",
                Method::Cancel => "CANCEL",
            },
        ))
        .push(vevent.done());
    refold(&calendar.to_string())
}

/// A safe file name for the event's `.ics` file: ASCII letters, digits and
/// `-` only (other scripts transliterated, symbols and emoji dropped), no
/// path, at most 60 characters; `event.ics` when nothing is left.
pub fn file_name(title: &str) -> String {
    let mut stem = String::new();
    for c in title.chars() {
        if c.is_ascii() || !c.is_alphanumeric() {
            push_file_char(&mut stem, c);
        } else {
            for t in deunicode::deunicode_char(c).unwrap_or("-").chars() {
                push_file_char(&mut stem, t);
            }
        }
    }
    let max = FILE_NAME_CHARS - ".ics".len();
    if stem.len() > max {
        // ASCII only, so any index is a character boundary.
        let cut = stem[..=max]
            .rfind('-')
            .filter(|&i| i >= max / 2)
            .unwrap_or(max);
        stem.truncate(cut);
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        return "event.ics".to_string();
    }
    // Names that Windows keeps for devices, whatever the extension.
    let device = stem.to_ascii_uppercase();
    let device = matches!(device.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((device.starts_with("COM") || device.starts_with("LPT"))
            && device.len() == 4
            && device.ends_with(|c: char| c.is_ascii_digit()));
    if device {
        format!("event-{stem}.ics")
    } else {
        format!("{stem}.ics")
    }
}

/// An ASCII letter or digit as it is; anything else as one `-` between words.
fn push_file_char(stem: &mut String, c: char) {
    if c.is_ascii_alphanumeric() {
        stem.push(c);
    } else if !stem.is_empty() && !stem.ends_with('-') {
        stem.push('-');
    }
}

/// Unix ms as a UTC time, kept within the years an iCalendar DATE-TIME can
/// write (0000 to 9999).
fn utc(ms: Millis) -> DateTime<Utc> {
    const FIRST: Millis = -62_167_219_200_000; // 0000-01-01T00:00:00Z
    const LAST: Millis = 253_402_300_799_000; // 9999-12-31T23:59:59Z
    DateTime::from_timestamp_millis(ms.clamp(FIRST, LAST)).unwrap_or_default()
}

/// TEXT as RFC 5545 §3.3.11 allows it: line breaks as LF (escaped by the
/// crate), HTAB kept, other control characters dropped.
fn clean_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

/// A parameter value (RFC 5545 §3.1): no control characters (a line break
/// becomes a space) and no double quote; the crate quotes a value with
/// `:`, `;` or `,`.
fn clean_param(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| match c {
            '"' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A URL as a URI (RFC 3986, percent-encoded), if it is a web or geo link.
fn clean_url(url: &str) -> Option<String> {
    let url = url::Url::parse(url.trim()).ok()?;
    matches!(url.scheme(), "http" | "https" | "geo").then(|| url.to_string())
}

/// Unfolds the crate's output into content lines and folds each anew.
fn refold(ics: &str) -> String {
    let mut out = String::with_capacity(ics.len() + ics.len() / 24);
    for line in ics.replace("\r\n ", "").split("\r\n") {
        if !line.is_empty() {
            fold_line(line, &mut out);
        }
    }
    out
}

/// Writes one content line as physical lines of at most 75 octets, the
/// leading space of a continuation included, each ended by CRLF. A line is
/// never cut inside a UTF-8 character, and a continuation does not start
/// with whitespace where that can be helped (some readers trim it).
fn fold_line(line: &str, out: &mut String) {
    let mut rest = line;
    let mut room = LINE_OCTETS;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        if rest[cut..].starts_with([' ', '\t'])
            && let Some((before, _)) = rest[..cut].char_indices().next_back()
            && before > 0
        {
            cut = before;
        }
        let (head, tail) = rest.split_at(cut);
        out.push_str(head);
        out.push_str("\r\n ");
        rest = tail;
        room = LINE_OCTETS - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-12-10 17:00 and 19:00 UTC, 2026-12-04 03:30 UTC.
    const START: Millis = 1_796_922_000_000;
    const END: Millis = 1_796_929_200_000;
    const STAMP: Millis = 1_796_355_000_000;

    fn event() -> CalendarEvent<'static> {
        CalendarEvent {
            uid: "event-42@3f9a.koban",
            sequence: 2,
            title: "Coffee with a cop",
            description: Some("Meet the officers of district 4; questions welcome."),
            location: Some("Marktplatz 1, 10115 Berlin"),
            geo: Some((52.520008, 13.404954)),
            url: Some("https://example.org/events/42"),
            starts_at: START,
            ends_at: END,
            stamp: STAMP,
            organizer_name: Some("Polizei Abschnitt 4"),
        }
    }

    fn minimal() -> CalendarEvent<'static> {
        CalendarEvent {
            uid: "event-7@3f9a.koban",
            sequence: 0,
            title: "District meeting",
            description: None,
            location: None,
            geo: None,
            url: None,
            starts_at: START,
            ends_at: END,
            stamp: STAMP,
            organizer_name: None,
        }
    }

    /// The content lines of a file: physical lines joined again.
    fn unfold(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The one content line of a property, e.g. `DESCRIPTION:…`.
    fn property(ics: &str, name: &str) -> Option<String> {
        let mut found = unfold(ics)
            .into_iter()
            .filter(|l| l.starts_with(&format!("{name}:")) || l.starts_with(&format!("{name};")));
        let line = found.next();
        assert!(found.next().is_none(), "{name} more than once");
        line
    }

    /// Reverses TEXT escaping (RFC 5545 §3.3.11).
    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n' | 'N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => panic!("trailing backslash in {value:?}"),
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn assert_physical_lines(ics: &str) {
        assert!(ics.ends_with("\r\n"), "no CRLF at the end");
        for (i, line) in ics.split("\r\n").enumerate() {
            assert!(
                !line.contains(['\r', '\n']),
                "bare CR or LF in line {i}: {line:?}"
            );
            assert!(
                line.len() <= 75,
                "line {i} has {} octets: {line:?}",
                line.len()
            );
        }
    }

    fn parse(ics: &str) -> icalendar::Event {
        let calendar: Calendar = ics.parse().expect("the file parses");
        let mut events = calendar.events();
        let event = events.next().expect("present").clone();
        assert!(events.next().is_none());
        event
    }

    #[test]
    fn one_event_exactly() {
        let expected = "BEGIN:VCALENDAR\r\n\
            VERSION:2.0\r\n\
            PRODID:-//koban//events//EN\r\n\
            CALSCALE:GREGORIAN\r\n\
            METHOD:PUBLISH\r\n\
            BEGIN:VEVENT\r\n\
            DESCRIPTION:Meet the officers of district 4\\; questions welcome.\r\n\
            DTEND:20261210T190000Z\r\n\
            DTSTAMP:20261204T033000Z\r\n\
            DTSTART:20261210T170000Z\r\n\
            GEO:52.520008;13.404954\r\n\
            LOCATION:Marktplatz 1\\, 10115 Berlin\r\n\
            ORGANIZER;CN=Polizei Abschnitt 4:invalid:nomail\r\n\
            SEQUENCE:2\r\n\
            STATUS:CONFIRMED\r\n\
            SUMMARY:Coffee with a cop\r\n\
            UID:event-42@3f9a.koban\r\n\
            URL:https://example.org/events/42\r\n\
            END:VEVENT\r\n\
            END:VCALENDAR\r\n";
        assert_eq!(ics(&event(), Method::Publish), expected);
    }

    #[test]
    fn only_the_given_fields() {
        let expected = "BEGIN:VCALENDAR\r\n\
            VERSION:2.0\r\n\
            PRODID:-//koban//events//EN\r\n\
            CALSCALE:GREGORIAN\r\n\
            METHOD:PUBLISH\r\n\
            BEGIN:VEVENT\r\n\
            DTEND:20261210T190000Z\r\n\
            DTSTAMP:20261204T033000Z\r\n\
            DTSTART:20261210T170000Z\r\n\
            SEQUENCE:0\r\n\
            STATUS:CONFIRMED\r\n\
            SUMMARY:District meeting\r\n\
            UID:event-7@3f9a.koban\r\n\
            END:VEVENT\r\n\
            END:VCALENDAR\r\n";
        assert_eq!(ics(&minimal(), Method::Publish), expected);
    }

    #[test]
    fn cancel_keeps_the_uid_with_the_raised_sequence() {
        let cancelled = CalendarEvent {
            sequence: 3,
            stamp: STAMP + 60_000,
            ..event()
        };
        let out = ics(&cancelled, Method::Cancel);
        let lines = unfold(&out);
        for line in [
            "METHOD:CANCEL",
            "STATUS:CANCELLED",
            "UID:event-42@3f9a.koban",
            "SEQUENCE:3",
            "DTSTAMP:20261204T033100Z",
            "DTSTART:20261210T170000Z",
        ] {
            assert!(lines.iter().any(|l| l == line), "no {line} in {out}");
        }
        assert!(
            !out.contains("PUBLISH") && !out.contains("CONFIRMED"),
            "{out}"
        );
        // METHOD belongs to the calendar, STATUS to the event.
        let method = lines
            .iter()
            .position(|l| l == "METHOD:CANCEL")
            .expect("the line is there");
        let begin = lines
            .iter()
            .position(|l| l == "BEGIN:VEVENT")
            .expect("the line is there");
        let status = lines
            .iter()
            .position(|l| l == "STATUS:CANCELLED")
            .expect("the line is there");
        assert!(method < begin && begin < status, "{out}");

        let parsed = parse(&out);
        assert_eq!(parsed.get_status(), Some(EventStatus::Cancelled));
        assert_eq!(parsed.get_uid(), Some("event-42@3f9a.koban"));
        assert_eq!(parsed.get_sequence(), Some(3));
    }

    #[test]
    fn times_are_utc_across_the_eu_clock_change() {
        // 2026-03-29 01:00 UTC the EU clocks go forward: 01:30 UTC is 03:30
        // in Berlin, and 00:59:59.999 UTC is still 01:59:59 there.
        let at = CalendarEvent {
            starts_at: 1_774_747_800_000 - 30 * 60_000 - 1,
            ends_at: 1_774_747_800_000,
            stamp: 1_774_747_800_000 - 1,
            ..minimal()
        };
        let out = ics(&at, Method::Publish);
        assert_eq!(
            property(&out, "DTSTART").expect("present"),
            "DTSTART:20260329T005959Z"
        );
        assert_eq!(
            property(&out, "DTEND").expect("present"),
            "DTEND:20260329T013000Z"
        );
        assert_eq!(
            property(&out, "DTSTAMP").expect("present"),
            "DTSTAMP:20260329T012959Z"
        );
        assert!(!out.contains("TZID"), "{out}");
    }

    #[test]
    fn an_end_not_after_the_start_is_left_out() {
        let at = CalendarEvent {
            ends_at: START,
            ..minimal()
        };
        let out = ics(&at, Method::Publish);
        assert_eq!(property(&out, "DTEND"), None, "{out}");
        assert_eq!(
            property(&out, "DTSTART").expect("present"),
            "DTSTART:20261210T170000Z"
        );
    }

    #[test]
    fn special_characters_are_escaped() {
        let at = CalendarEvent {
            title: r"Safety, traffic; and C:\Users\ questions",
            description: Some("Line one\nLine two\r\nLine three\rend\u{7}\u{0}\ttab"),
            location: Some("Rue de la Loi 16; 1000 Bruxelles, BE"),
            ..minimal()
        };
        let out = ics(&at, Method::Publish);
        assert_eq!(
            property(&out, "SUMMARY").expect("present"),
            r"SUMMARY:Safety\, traffic\; and C:\\Users\\ questions"
        );
        assert_eq!(
            property(&out, "DESCRIPTION").expect("present"),
            "DESCRIPTION:Line one\\nLine two\\nLine three\\nend\ttab"
        );
        assert_eq!(
            property(&out, "LOCATION").expect("present"),
            r"LOCATION:Rue de la Loi 16\; 1000 Bruxelles\, BE"
        );
        assert_physical_lines(&out);

        let parsed = parse(&out);
        assert_eq!(parsed.get_summary(), Some(at.title));
        assert_eq!(
            parsed.get_description(),
            Some("Line one\nLine two\nLine three\nend\ttab")
        );
        assert_eq!(parsed.get_location(), at.location);
    }

    #[test]
    fn the_organizer_name_cannot_break_its_parameter() {
        let at = CalendarEvent {
            organizer_name: Some("Abschnitt \"Mitte\"; Berlin\r\nX-INJECTED:1"),
            ..minimal()
        };
        let out = ics(&at, Method::Publish);
        assert_eq!(
            property(&out, "ORGANIZER").expect("present"),
            "ORGANIZER;CN=\"Abschnitt 'Mitte'; Berlin X-INJECTED:1\":invalid:nomail"
        );
        assert!(
            !unfold(&out).iter().any(|l| l.starts_with("X-INJECTED")),
            "{out}"
        );
        assert_physical_lines(&out);
        parse(&out);

        let blank = CalendarEvent {
            organizer_name: Some(" \n "),
            ..minimal()
        };
        assert_eq!(property(&ics(&blank, Method::Publish), "ORGANIZER"), None);
    }

    #[test]
    fn only_web_and_geo_links_are_written() {
        let link = |url| {
            let at = CalendarEvent {
                url: Some(url),
                ..minimal()
            };
            property(&ics(&at, Method::Publish), "URL")
        };
        assert_eq!(
            link("https://maps.example.org/?q=Marktplatz 1,Berlin&z=17").expect("present"),
            "URL:https://maps.example.org/?q=Marktplatz%201,Berlin&z=17"
        );
        assert_eq!(
            link("geo:52.52,13.40").expect("present"),
            "URL:geo:52.52,13.40"
        );
        assert_eq!(link("javascript:alert(1)"), None);
        assert_eq!(link("file:///etc/passwd"), None);
        assert_eq!(link("not a url"), None);
        assert_eq!(
            link("https://example.org/\r\nX-INJECTED:1").expect("present"),
            "URL:https://example.org/X-INJECTED:1"
        );
    }

    #[test]
    fn geo_out_of_range_is_left_out() {
        for geo in [
            (91.0, 0.0),
            (0.0, -180.5),
            (f64::NAN, 1.0),
            (1.0, f64::INFINITY),
        ] {
            let at = CalendarEvent {
                geo: Some(geo),
                ..minimal()
            };
            assert_eq!(property(&ics(&at, Method::Publish), "GEO"), None, "{geo:?}");
        }
        let at = CalendarEvent {
            geo: Some((-33.8688, 151.2093)),
            ..minimal()
        };
        assert_eq!(
            property(&ics(&at, Method::Publish), "GEO").expect("present"),
            "GEO:-33.868800;151.209300"
        );
    }

    const ARABIC: &str = "لقاء مفتوح مع شرطة الحي: نناقش السلامة المرورية، وسرقة الدراجات، \
        والإزعاج الليلي؛ القهوة والشاي مجاناً. \"الجميع مرحّب بهم\" \\ شكراً.";
    const CYRILLIC: &str = "Відкрита зустріч з дільничним офіцером поліції у бібліотеці на вулиці \
        Шевченка, 12; приходьте з питаннями про безпеку дітей, шахрайство й крадіжки.";
    const TURKISH: &str = "Mahalle polisiyle kahve: İstiklal Caddesi'ndeki kütüphanede, \
        çocukların güvenliği, dolandırıcılık ve hırsızlık üzerine sohbet; herkes davetli.";

    #[test]
    fn long_text_in_any_script_is_folded_at_75_octets_and_unfolds_to_itself() {
        let description = format!("{ARABIC}\n{CYRILLIC}\n\n{TURKISH} 🚓☕👮🏽‍♀️");
        let title = "Зустріч з поліцією — лقاء مع الشرطة — Polis buluşması, Şişli";
        let at = CalendarEvent {
            title,
            description: Some(&description),
            location: Some(CYRILLIC),
            organizer_name: Some("Поліція району, відділ «Центр»; дільничні офіцери"),
            ..event()
        };
        let out = ics(&at, Method::Publish);
        assert_physical_lines(&out);
        assert!(out.split("\r\n").count() > 20, "{out}");

        let value = |name| {
            let line = property(&out, name).expect("present");
            unescape(&line[name.len() + 1..])
        };
        assert_eq!(value("DESCRIPTION"), description);
        assert_eq!(value("SUMMARY"), title);
        assert_eq!(value("LOCATION"), CYRILLIC);

        let parsed = parse(&out);
        assert_eq!(parsed.get_description(), Some(description.as_str()));
        assert_eq!(parsed.get_summary(), Some(title));
        assert_eq!(parsed.get_location(), Some(CYRILLIC));
    }

    #[test]
    fn every_length_and_width_folds_within_75_octets() {
        // The crate alone leaves a 76-octet continuation for some lengths
        // (e.g. a content line of 150 octets); every cut must also land on
        // a character boundary and unfold to the same line.
        for unit in ["a", "é", "ж", "ع", "€", "😀", " ", "a ", "ж "] {
            for count in 1..=120 {
                let text = unit.repeat(count);
                let at = CalendarEvent {
                    description: Some(&text),
                    ..minimal()
                };
                let out = ics(&at, Method::Publish);
                assert_physical_lines(&out);
                let line = property(&out, "DESCRIPTION").expect("present");
                assert_eq!(
                    unescape(&line["DESCRIPTION:".len()..]),
                    text,
                    "{unit:?} × {count}"
                );
            }
        }
    }

    #[test]
    fn folding_of_one_line() {
        let mut out = String::new();
        fold_line(&"x".repeat(150), &mut out);
        let lines: Vec<_> = out.split("\r\n").collect();
        assert_eq!(
            lines.iter().map(|l| l.len()).collect::<Vec<_>>(),
            [75, 75, 2, 0]
        );
        assert_eq!(lines[1], format!(" {}", "x".repeat(74)));

        // 74 ASCII octets, then a 2-octet letter that must not be cut.
        let mut out = String::new();
        fold_line(&format!("{}жж", "x".repeat(74)), &mut out);
        assert_eq!(out, format!("{}\r\n жж\r\n", "x".repeat(74)));

        // A continuation does not start with the space that follows the cut.
        let mut out = String::new();
        fold_line(&format!("{}y z", "x".repeat(74)), &mut out);
        assert_eq!(out, format!("{}\r\n y z\r\n", "x".repeat(74)));
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name("Coffee with a cop"), "Coffee-with-a-cop.ics");
        assert_eq!(file_name("../../etc/passwd"), "etc-passwd.ics");
        assert_eq!(
            file_name(r"..\..\Windows\System32\cmd.exe"),
            "Windows-System32-cmd-exe.ics"
        );
        assert_eq!(
            file_name("☕ Coffee with a cop 🚓"),
            "Coffee-with-a-cop.ics"
        );
        assert_eq!(file_name("🚓☕👮"), "event.ics");
        assert_eq!(file_name(""), "event.ics");
        assert_eq!(file_name("   \n\t "), "event.ics");
        assert_eq!(file_name("..."), "event.ics");
        assert_eq!(file_name("Зустріч у Києві"), "Zustrich-u-Kiievi.ics");
        assert_eq!(file_name("Встреча с полицией"), "Vstrecha-s-politsiei.ics");
        assert_eq!(
            file_name("Kahve ve Polis: Şişli İlçe"),
            "Kahve-ve-Polis-Sisli-Ilce.ics"
        );
        assert_eq!(file_name("CON"), "event-CON.ics");
        assert_eq!(file_name("com1"), "event-com1.ics");
        assert_eq!(file_name("Nul"), "event-Nul.ics");

        let arabic = file_name("لقاء مع الشرطة");
        assert!(
            arabic.len() > "x.ics".len() && arabic != "event.ics",
            "{arabic}"
        );

        let long = file_name(&format!("{ARABIC} {CYRILLIC} {TURKISH}"));
        for name in [
            arabic,
            long,
            file_name(&"a".repeat(500)),
            file_name(&"ab ".repeat(100)),
        ] {
            assert!(name.len() <= 60, "{name}");
            assert!(name.ends_with(".ics"), "{name}");
            let stem = name.strip_suffix(".ics").expect("present");
            assert!(
                !stem.is_empty() && !stem.starts_with('-') && !stem.ends_with('-'),
                "{name}"
            );
            assert!(
                stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
                "{name}"
            );
        }
        assert_eq!(file_name(&"ab ".repeat(100)).len(), 60);
    }

    #[test]
    fn mime_type() {
        assert_eq!(MIME, "text/calendar");
    }
}
