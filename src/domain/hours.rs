//! Time on the officers' side: a queue's business hours (in its time zone)
//! and its answer targets. Pure: the time is always passed in.

use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::model::{Ticket, TicketStatus};
use crate::clock::Millis;

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

#[derive(Debug, Clone, PartialEq)]
struct Span {
    /// Monday first.
    days: [bool; 7],
    start: NaiveTime,
    end: NaiveTime,
}

/// When a queue's officers work, e.g. `["mon-fri 08:00-17:00", "sat 09:00-12:00"]`
/// in `Europe/Brussels`.
#[derive(Debug, Clone, PartialEq)]
pub struct BusinessHours {
    tz: Tz,
    spans: Vec<Span>,
    /// The configured text, for residents.
    pub text: String,
}

fn day(name: &str) -> Result<usize, String> {
    DAYS.iter()
        .position(|d| *d == name)
        .ok_or_else(|| format!("unknown day {name:?} (use mon, tue, wed, thu, fri, sat, sun)"))
}

fn parse_span(spec: &str) -> Result<Span, String> {
    let spec = spec.trim().to_lowercase();
    let (days_part, times) = spec.split_once(char::is_whitespace).ok_or_else(|| {
        format!("{spec:?}: expected days and times, e.g. \"mon-fri 08:00-17:00\"")
    })?;
    let mut days = [false; 7];
    for part in days_part.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a)?, day(b)?);
                if a > b {
                    return Err(format!("{spec:?}: {part} runs backwards"));
                }
                days[a..=b].iter_mut().for_each(|d| *d = true);
            }
            None => days[day(part)?] = true,
        }
    }
    let (start, end) = times
        .trim()
        .split_once('-')
        .ok_or_else(|| format!("{spec:?}: expected a time range such as 08:00-17:00"))?;
    let time = |t: &str| {
        NaiveTime::parse_from_str(t.trim(), "%H:%M")
            .map_err(|_| format!("{spec:?}: bad time {t:?}"))
    };
    let (start, end) = (time(start)?, time(end)?);
    if start >= end {
        return Err(format!("{spec:?}: the end must come after the start"));
    }
    Ok(Span { days, start, end })
}

impl BusinessHours {
    /// `None` when `specs` is empty: always open.
    pub fn parse(specs: &[String], tz: &str) -> Result<Option<Self>, String> {
        if specs.is_empty() {
            return Ok(None);
        }
        let tz: Tz = tz.parse().map_err(|_| {
            format!("unknown time zone {tz:?} (use a name such as Europe/Brussels)")
        })?;
        let spans = specs
            .iter()
            .map(|s| parse_span(s))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Some(Self {
            tz,
            spans,
            text: specs.join(", "),
        }))
    }

    fn local(&self, at: Millis) -> DateTime<Tz> {
        self.tz.from_utc_datetime(
            &DateTime::<Utc>::from_timestamp_millis(at)
                .unwrap_or_default()
                .naive_utc(),
        )
    }

    pub fn is_open(&self, at: Millis) -> bool {
        let local = self.local(at);
        let weekday = local.weekday().num_days_from_monday() as usize;
        let time = local.time();
        self.spans
            .iter()
            .any(|s| s.days[weekday] && s.start <= time && time < s.end)
    }

    /// The next moment the queue opens after `at` (within two weeks).
    pub fn next_open(&self, at: Millis) -> Option<Millis> {
        let local = self.local(at);
        (0..15)
            .flat_map(|offset| {
                let date = local.date_naive() + Duration::days(offset);
                let weekday = date.weekday().num_days_from_monday() as usize;
                self.spans
                    .iter()
                    .filter(move |s| s.days[weekday])
                    .filter_map(move |s| {
                        self.tz
                            .from_local_datetime(&date.and_time(s.start))
                            .earliest()
                    })
            })
            .map(|t| t.timestamp_millis())
            .filter(|t| *t > at)
            .min()
    }

    /// A moment as residents read it, in the queue's time zone
    /// (`2026-12-07 08:00`).
    pub fn format(&self, at: Millis) -> String {
        self.local(at).format("%Y-%m-%d %H:%M").to_string()
    }
}

/// A queue's answer targets.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Targets {
    /// Until the first answer.
    pub first_response_minutes: Option<u64>,
    /// Until the ticket is closed.
    pub resolution_hours: Option<u64>,
}

/// Which target a ticket missed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breach {
    FirstResponse { minutes: u64 },
    Resolution { hours: u64 },
}

impl Targets {
    /// The target `ticket` has missed at `now`, if any (and it has not
    /// been reminded of yet: one reminder per ticket).
    pub fn breach(&self, ticket: &Ticket, now: Millis) -> Option<Breach> {
        if ticket.status == TicketStatus::Closed || ticket.reminded_at.is_some() {
            return None;
        }
        let age = now - ticket.created_at;
        if let Some(minutes) = self.first_response_minutes
            && ticket.first_response_at.is_none()
            && age
                > i64::try_from(minutes)
                    .unwrap_or(i64::MAX)
                    .saturating_mul(60_000)
        {
            return Some(Breach::FirstResponse { minutes });
        }
        if let Some(hours) = self.resolution_hours
            && age
                > i64::try_from(hours)
                    .unwrap_or(i64::MAX)
                    .saturating_mul(3_600_000)
        {
            return Some(Breach::Resolution { hours });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Millis {
        DateTime::parse_from_rfc3339(s)
            .expect("time")
            .timestamp_millis()
    }

    #[test]
    fn business_hours_follow_the_time_zone_and_daylight_saving() {
        let hours = BusinessHours::parse(
            &["mon-fri 08:00-17:00".into(), "sat 09:00-12:00".into()],
            "Europe/Brussels",
        )
        .expect("valid")
        .expect("some");
        // Tuesday 2026-12-01, 07:30 UTC = 08:30 in Brussels (winter, UTC+1).
        assert!(hours.is_open(at("2026-12-01T07:30:00Z")));
        assert!(!hours.is_open(at("2026-12-01T06:30:00Z")), "07:30 local");
        assert!(
            !hours.is_open(at("2026-12-01T16:00:00Z")),
            "17:00 local: closed"
        );
        // Friday evening: next opening Saturday 09:00 local.
        let next = hours.next_open(at("2026-12-04T18:00:00Z")).expect("opens");
        assert_eq!(hours.format(next), "2026-12-05 09:00");
        // Saturday afternoon: Monday 08:00.
        let next = hours.next_open(at("2026-12-05T12:00:00Z")).expect("opens");
        assert_eq!(hours.format(next), "2026-12-07 08:00");
        // Summer time (UTC+2): 06:30 UTC is 08:30 local.
        assert!(hours.is_open(at("2026-07-01T06:30:00Z")));
        assert_eq!(BusinessHours::parse(&[], "Europe/Brussels"), Ok(None));
        for bad in [
            "mon-fri",
            "fri-mon 08:00-17:00",
            "mon 17:00-08:00",
            "someday 08:00-09:00",
        ] {
            assert!(
                BusinessHours::parse(&[bad.into()], "Europe/Brussels").is_err(),
                "{bad}"
            );
        }
        assert!(BusinessHours::parse(&["mon 08:00-09:00".into()], "Mars/Olympus").is_err());
    }

    #[test]
    fn targets_are_missed_once() {
        let t0 = at("2026-12-01T08:00:00Z");
        let mut ticket = Ticket {
            created_at: t0,
            updated_at: t0,
            ..crate::features::fixtures::ticket(1)
        };
        let targets = Targets {
            first_response_minutes: Some(240),
            resolution_hours: Some(72),
        };
        let hour = 3_600_000;
        assert_eq!(targets.breach(&ticket, t0 + 3 * hour), None);
        assert_eq!(
            targets.breach(&ticket, t0 + 5 * hour),
            Some(Breach::FirstResponse { minutes: 240 })
        );
        ticket.first_response_at = Some(t0 + hour);
        assert_eq!(targets.breach(&ticket, t0 + 5 * hour), None);
        assert_eq!(
            targets.breach(&ticket, t0 + 73 * hour),
            Some(Breach::Resolution { hours: 72 })
        );
        ticket.reminded_at = Some(t0 + 73 * hour);
        assert_eq!(
            targets.breach(&ticket, t0 + 80 * hour),
            None,
            "one reminder"
        );
        ticket.reminded_at = None;
        ticket.status = TicketStatus::Closed;
        assert_eq!(targets.breach(&ticket, t0 + 80 * hour), None);
        assert_eq!(Targets::default().breach(&ticket, t0 + 1000 * hour), None);
    }
}
