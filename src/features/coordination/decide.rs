//! The coordinators' room: `!stats` (per queue, the last 7 and 30 days) and
//! `!handover @outgoing @incoming [queue]` (continuity when a community
//! officer is reassigned).

use std::collections::BTreeMap;

use fluent::FluentValue;

use crate::clock::Millis;
use crate::domain::model::{Channel, Ticket, TicketKind, TicketStatus};
use crate::domain::outbound::{MessageBody, NewOutbound, Placement};
use crate::domain::{Change, OfficerMessage};
use crate::features::engine::Engine;
use crate::i18n::args;

const DAY_MS: i64 = 86_400_000;

pub use crate::domain::intent::Handover;

fn median(mut values: Vec<i64>) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2
    } else {
        values[mid]
    })
}

/// `2 d 3 h`, `4 h 05 min`, `12 min`.
fn duration(ms: i64) -> String {
    let minutes = ms / 60_000;
    let (d, h, m) = (minutes / 1440, (minutes % 1440) / 60, minutes % 60);
    if d > 0 {
        format!("{d} d {h} h")
    } else if h > 0 {
        format!("{h} h {m:02} min")
    } else {
        format!("{m} min")
    }
}

impl Engine<'_> {
    /// A text in `room`, about no ticket.
    fn room_text(&self, room: &str, text: String) -> Change {
        Change::send(
            None,
            NewOutbound {
                channel: Channel::Matrix,
                destination: room.to_owned(),
                placement: Placement::Direct,
                body: MessageBody::Text { text },
                media: None,
            },
        )
    }

    /// `!stats`: `tickets` are those opened in the last 30 days (at least).
    pub fn stats(&self, msg: &OfficerMessage, tickets: &[Ticket], now: Millis) -> Vec<Change> {
        let lang = self.loc.default_language();
        let none = || self.loc.t(lang, "stats-none");
        let mut queues: Vec<String> = self
            .settings
            .queue_rooms
            .iter()
            .map(|(id, _)| id.clone())
            .collect();
        for t in tickets {
            if !queues.contains(&t.queue_id) {
                queues.push(t.queue_id.clone());
            }
        }
        let mut lines = Vec::new();
        for days in [7, 30] {
            lines.push(self.loc.text(
                lang,
                "stats-title",
                Some(&args(&[("days", FluentValue::from(days))])),
            ));
            for queue in &queues {
                let of: Vec<&Ticket> = tickets
                    .iter()
                    .filter(|t| t.queue_id == *queue && t.created_at >= now - days * DAY_MS)
                    .collect();
                let count = |s: TicketStatus| of.iter().filter(|t| t.status == s).count();
                let first = median(
                    of.iter()
                        .filter_map(|t| Some(t.first_response_at? - t.created_at))
                        .collect(),
                );
                let resolution = median(
                    of.iter()
                        .filter(|t| t.status == TicketStatus::Closed)
                        .filter_map(|t| Some(t.closed_at? - t.created_at))
                        .collect(),
                );
                let ratings: Vec<i64> = of.iter().filter_map(|t| t.rating).collect();
                let average = (!ratings.is_empty()).then(|| {
                    format!(
                        "{:.1}",
                        ratings.iter().sum::<i64>() as f64 / ratings.len() as f64
                    )
                });
                let reports = of.iter().filter(|t| t.kind == TicketKind::Report).count();
                lines.push(self.loc.text(
                    lang,
                    "stats-line",
                    Some(&args(&[
                        ("queue", queue.as_str().into()),
                        ("opened", FluentValue::from(of.len())),
                        ("reports", FluentValue::from(reports)),
                        ("new", FluentValue::from(count(TicketStatus::Open))),
                        (
                            "claimed",
                            FluentValue::from(
                                count(TicketStatus::Claimed) + count(TicketStatus::Waiting),
                            ),
                        ),
                        ("closed", FluentValue::from(count(TicketStatus::Closed))),
                        ("first", first.map(duration).unwrap_or_else(none).into()),
                        (
                            "resolution",
                            resolution.map(duration).unwrap_or_else(none).into(),
                        ),
                        ("rating", average.unwrap_or_else(none).into()),
                        ("ratings", FluentValue::from(ratings.len())),
                    ])),
                ));
            }
            lines.push(String::new());
        }
        vec![self.room_text(&msg.room_id, lines.join("\n").trim_end().to_owned())]
    }

    /// `!handover`: the outgoing officer's open tickets (`tickets`) go to
    /// the incoming one; each affected queue room gets a briefing. Area
    /// contact roles the outgoing officer holds pass to the incoming one
    /// (`incoming_name`: their display name), recorded in `holders`.
    pub fn handover(
        &self,
        msg: &OfficerMessage,
        h: &Handover,
        tickets: &[Ticket],
        holders: &crate::features::engine::ContactHolders,
        incoming_name: &str,
    ) -> Vec<Change> {
        let lang = self.loc.default_language();
        if let Some(queue) = &h.queue
            && !self.settings.queue_rooms.iter().any(|(id, _)| id == queue)
        {
            let text = self.unknown_queue(queue);
            return vec![self.room_text(&msg.room_id, text)];
        }
        let moving: Vec<&Ticket> = tickets
            .iter()
            .filter(|t| t.assignee.as_deref() == Some(h.outgoing.as_str()))
            .filter(|t| t.status != TicketStatus::Closed)
            .filter(|t| h.queue.as_ref().is_none_or(|q| *q == t.queue_id))
            .collect();
        // Per queue room: the tickets and what they are about.
        let mut by_room: BTreeMap<&str, Vec<&Ticket>> = BTreeMap::new();
        let mut out = Vec::new();
        for t in &moving {
            let mut after = (*t).clone();
            after.assignee = Some(h.incoming.clone());
            out.extend(self.card_edit(&after).map(|edit| Change::send(None, edit)));
            by_room.entry(t.room_id.as_str()).or_default().push(t);
        }
        for (room, list) in &by_room {
            let mut topics: BTreeMap<String, usize> = BTreeMap::new();
            for t in list {
                if let Some(c) = &t.category {
                    *topics.entry(self.category_name(lang, c)).or_default() += 1;
                }
                for l in &t.labels {
                    *topics.entry(format!("#{l}")).or_default() += 1;
                }
            }
            let mut topics: Vec<(String, usize)> = topics.into_iter().collect();
            topics.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let topics = if topics.is_empty() {
                self.loc.t(lang, "stats-none")
            } else {
                topics
                    .iter()
                    .take(8)
                    .map(|(t, n)| format!("{t} ({n})"))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let tickets = list
                .iter()
                .map(|t| {
                    let status = match t.status {
                        TicketStatus::Open => "status-open",
                        TicketStatus::Claimed => "status-claimed",
                        TicketStatus::Waiting => "status-waiting",
                        TicketStatus::Closed => "status-closed",
                    };
                    let mut line = format!("• {} · {}", t.reference(), self.loc.t(lang, status));
                    if t.reminded_at.is_some() {
                        line.push_str(" · ⏰");
                    }
                    line
                })
                .collect::<Vec<_>>()
                .join("\n");
            let text = self.loc.text(
                lang,
                "handover-briefing",
                Some(&args(&[
                    ("outgoing", h.outgoing.as_str().into()),
                    ("incoming", h.incoming.as_str().into()),
                    ("count", FluentValue::from(list.len())),
                    ("tickets", tickets.into()),
                    ("topics", topics.into()),
                ])),
            );
            out.push(self.room_text(room, text));
        }
        // Contact roles: every configured officer whose role the outgoing
        // officer holds (themselves, or by an earlier handover).
        let mut holders = holders.clone();
        let mut areas = Vec::new();
        for area in &self.settings.areas.0 {
            for officer in &area.officers {
                let Some(id) = &officer.matrix_id else {
                    continue;
                };
                let current = holders
                    .get(id)
                    .map_or(id.as_str(), |c| c.matrix_id.as_str());
                if current == h.outgoing {
                    if h.incoming == *id {
                        // Back to the configured officer: as configured.
                        holders.remove(id);
                    } else {
                        holders.insert(
                            id.clone(),
                            crate::features::engine::ContactHolder {
                                matrix_id: h.incoming.clone(),
                                name: incoming_name.to_owned(),
                            },
                        );
                    }
                    areas.push(area.name(lang, lang).to_owned());
                }
            }
        }
        let mut stored = None;
        if !areas.is_empty() {
            stored = Some(Change::Kv {
                key: crate::features::engine::CONTACT_HOLDERS_KEY.to_owned(),
                value: serde_json::to_string(&holders).expect("contact holders serialize"),
            });
            let text = self.loc.text(
                lang,
                "handover-contacts",
                Some(&args(&[
                    ("incoming", incoming_name.into()),
                    ("areas", areas.join(", ").into()),
                ])),
            );
            out.push(self.room_text(&msg.room_id, text));
        }
        let text = self.loc.text(
            lang,
            "handover-done",
            Some(&args(&[
                ("outgoing", h.outgoing.as_str().into()),
                ("incoming", h.incoming.as_str().into()),
                ("count", FluentValue::from(moving.len())),
            ])),
        );
        out.push(self.room_text(&msg.room_id, text));
        out.extend(stored);
        out.extend(moving.iter().map(|t| Change::Reassign {
            ticket_id: t.id,
            assignee: h.incoming.clone(),
        }));
        out
    }

    /// Someone without the power level asked for a coordination command.
    pub fn coordination_refused(&self, msg: &OfficerMessage, needed: i64) -> Vec<Change> {
        let text = self.loc.text(
            self.loc.default_language(),
            "notice-not-allowed-coordination",
            Some(&args(&[
                ("user", msg.sender.as_str().into()),
                ("level", FluentValue::from(needed)),
            ])),
        );
        vec![self.room_text(&msg.room_id, text)]
    }

    /// A `!command` in the coordination room other than the two above.
    pub fn coordination_help(&self, msg: &OfficerMessage) -> Vec<Change> {
        let text = self
            .loc
            .t(self.loc.default_language(), "notice-coordination-help");
        vec![self.room_text(&msg.room_id, text)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::area::Areas;
    use crate::features::fixtures::{self, kv, reassigned, sends, settings};
    use crate::i18n::Localizer;

    const NOW: Millis = 1_796_464_800_000;
    const HOUR: i64 = 3_600_000;

    fn ticket(id: i64, queue: &str, age_h: i64, status: TicketStatus) -> Ticket {
        Ticket {
            queue_id: queue.into(),
            room_id: format!("!{queue}:hs"),
            status,
            created_at: NOW - age_h * HOUR,
            updated_at: NOW,
            ..fixtures::ticket(id)
        }
    }

    fn msg(body: &str) -> OfficerMessage {
        OfficerMessage {
            room_id: "!coord:hs".into(),
            event_id: "$e".into(),
            sender: "@chief:hs".into(),
            thread_root: None,
            body: body.into(),
            via_reaction: false,
            sender_name: None,
        }
    }

    fn text(out: &[Change], room: &str) -> String {
        sends(out)
            .into_iter()
            .filter(|o| o.destination == room)
            .filter_map(|o| match &o.body {
                MessageBody::Text { text } => Some(fixtures::plain(text)),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn stats_count_and_take_medians_per_queue_and_period() {
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let mut a = ticket(1, "north", 24, TicketStatus::Closed);
        a.first_response_at = Some(a.created_at + HOUR);
        a.closed_at = Some(a.created_at + 5 * HOUR);
        a.rating = Some(5);
        let mut b = ticket(2, "north", 48, TicketStatus::Closed);
        b.first_response_at = Some(b.created_at + 3 * HOUR);
        b.closed_at = Some(b.created_at + 9 * HOUR);
        b.rating = Some(4);
        let c = ticket(3, "north", 10 * 24, TicketStatus::Open);
        let mut d = ticket(4, "south", 2, TicketStatus::Claimed);
        d.first_response_at = Some(d.created_at + 30 * 60_000);
        let out = engine.stats(&msg("!stats"), &[a, b, c, d], NOW);
        let t = text(&out, "!coord:hs");
        let week: Vec<&str> = t.split("30 days").collect();
        assert!(
            week[0].contains(
                "north: 2 opened (0 reports) · 0 new · 0 in progress · 2 closed · first answer 2 h 00 min · closed after 7 h 00 min · rating 4.5 (2)"
            ),
            "{t}"
        );
        assert!(week[0].contains("south: 1 opened"), "{t}");
        assert!(week[0].contains("first answer 30 min"), "{t}");
        assert!(
            week[1].contains("north: 3 opened (0 reports) · 1 new"),
            "{t}"
        );
    }

    #[test]
    fn handover_moves_open_tickets_and_briefs_each_room() {
        let loc = Localizer::builtin("en").expect("locales");
        let settings = settings();
        let engine = Engine::new(&settings, &loc);
        let h = Handover::parse("!handover @lotte:hs @sam:hs").expect("parses");
        assert_eq!(h.queue, None);
        assert_eq!(Handover::parse("!handover @lotte:hs"), None);
        assert_eq!(Handover::parse("!handover lotte sam"), None);
        let mut a = ticket(1, "north", 5, TicketStatus::Claimed);
        a.assignee = Some("@lotte:hs".into());
        a.labels = vec!["graffiti".into()];
        let mut b = ticket(2, "south", 5, TicketStatus::Claimed);
        b.assignee = Some("@lotte:hs".into());
        b.reminded_at = Some(NOW);
        let holders = crate::features::engine::ContactHolders::new();
        let out = engine.handover(
            &msg("!handover"),
            &h,
            &[a.clone(), b.clone()],
            &holders,
            "Sam",
        );
        assert_eq!(
            reassigned(&out),
            vec![(1, "@sam:hs".into()), (2, "@sam:hs".into())]
        );
        let north = text(&out, "!north:hs");
        assert!(
            north.contains("@lotte:hs → @sam:hs") && north.contains("Q-2026-00001"),
            "{north}"
        );
        assert!(north.contains("#graffiti (1)"), "{north}");
        assert!(text(&out, "!south:hs").contains("⏰"));
        assert!(text(&out, "!coord:hs").contains("2 open tickets"));
        let edits = sends(&out)
            .into_iter()
            .filter(
                |o| matches!(&o.body, MessageBody::Edit { text, .. } if text.contains("@sam:hs")),
            )
            .count();
        assert_eq!(edits, 2, "both cards show the new officer");

        // Only one queue.
        let h = Handover::parse("!handover @lotte:hs @sam:hs south").expect("parses");
        let out = engine.handover(&msg("!handover"), &h, &[a, b], &holders, "Sam");
        assert_eq!(reassigned(&out), vec![(2, "@sam:hs".into())]);
        let h = Handover::parse("!handover @lotte:hs @sam:hs west").expect("parses");
        let out = engine.handover(&msg("!handover"), &h, &[], &holders, "Sam");
        assert!(reassigned(&out).is_empty());
        assert!(text(&out, "!coord:hs").contains("no queue"));
    }

    #[test]
    fn handover_passes_the_area_contact_role_on() {
        use crate::config::{AreaConfig, OfficerContact};
        use crate::domain::model::{Channel, Resident};
        use crate::domain::{ResidentContent, ResidentMessage};
        let loc = Localizer::builtin("en").expect("locales");
        let mut settings = settings();
        let north = AreaConfig {
            id: "north".into(),
            names: [("en".to_owned(), "North".to_owned())]
                .into_iter()
                .collect(),
            boundary: None,
            officers: vec![OfficerContact {
                name: "Lotte Peeters".into(),
                role: "Community officer".into(),
                phone: Some("+32 9 266 00 00".into()),
                matrix_id: Some("@lotte:hs".into()),
            }],
        };
        settings.areas = Areas(vec![north.area(None).expect("area")]);
        let engine = Engine::new(&settings, &loc);
        let h = Handover::parse("!handover @lotte:hs @sam:hs").expect("parses");
        let out = engine.handover(&msg("!handover"), &h, &[], &Default::default(), "Sam Claes");
        let (key, value) = kv(&out).expect("holders stored");
        assert_eq!(key, crate::features::engine::CONTACT_HOLDERS_KEY);
        let holders: crate::features::engine::ContactHolders =
            serde_json::from_str(value).expect("json");
        assert_eq!(holders["@lotte:hs"].matrix_id, "@sam:hs");
        assert!(text(&out, "!coord:hs").contains("North now see Sam Claes"));
        // A second handover follows the role, not the configured name.
        let next = Handover::parse("!handover @sam:hs @noor:hs").expect("parses");
        let out = engine.handover(&msg("!handover"), &next, &[], &holders, "Noor");
        let chained: crate::features::engine::ContactHolders =
            serde_json::from_str(kv(&out).expect("stored").1).expect("json");
        assert_eq!(chained["@lotte:hs"].name, "Noor");
        // Handing it back to the configured officer restores the original.
        let back = Handover::parse("!handover @noor:hs @lotte:hs").expect("parses");
        let out = engine.handover(&msg("!handover"), &back, &[], &chained, "Lotte");
        let restored: crate::features::engine::ContactHolders =
            serde_json::from_str(kv(&out).expect("stored").1).expect("json");
        assert!(restored.is_empty());

        // Residents of North see the incoming officer, without the old phone.
        let resident = Resident {
            area_id: Some("north".into()),
            ..fixtures::resident()
        };
        let contact = ResidentMessage {
            channel: Channel::Telegram,
            user_id: "u".into(),
            chat_id: "c".into(),
            message_id: "1".into(),
            language_hint: None,
            content: ResidentContent::Callback {
                query_id: "q".into(),
                data: "c".into(),
            },
        };
        let st = fixtures::state(&resident);
        let shown = |out: &[Change]| {
            sends(out)
                .into_iter()
                .filter_map(|o| match &o.body {
                    MessageBody::Menu { text, .. } => {
                        Some(text.replace(['\u{2068}', '\u{2069}'], ""))
                    }
                    _ => None,
                })
                .collect::<String>()
        };
        let before = shown(&engine.resident_said(&st, &contact, None, None, NOW));
        assert!(
            before.contains("Lotte Peeters") && before.contains("+32 9 266 00 00"),
            "{before}"
        );
        let after = shown(
            &Engine::new(&settings, &loc)
                .with_contacts(&chained)
                .resident_said(&st, &contact, None, None, NOW),
        );
        assert!(after.contains("Noor – Community officer"), "{after}");
        assert!(
            !after.contains("Lotte") && !after.contains("+32 9 266 00 00"),
            "{after}"
        );
    }
}
