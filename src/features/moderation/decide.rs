//! Moderation's pure decisions: what a screened message becomes (passed on,
//! held with a card for the moderators, or refused), and what moderators'
//! commands change. No I/O; time is passed in.

use chrono::TimeZone;
use fluent::{FluentArgs, FluentValue};

use super::ModerationSettings;
use super::screen::{Action, Hit, Screening};
use crate::clock::Millis;
use crate::config::ZoneConfig;
use crate::domain::image::CleanImage;
use crate::domain::moderation::{
    Held, HeldStatus, ModerationChange, NewAudit, NewHeld, Sanction, SanctionKind,
};
use crate::domain::outbound::{MediaRef, MessageBody, NewOutbound, Placement, quote};
use crate::domain::{Change, Channel, InboundEvent, Resident, ResidentMessage};
use crate::features::engine::splice;
use crate::i18n::{Localizer, args};

/// Who is acting in the audit log when koban itself decided.
pub const KOBAN: &str = "koban";

/// The key/value entry that changes whenever moderators change the rules,
/// so every koban process rebuilds its screener.
pub const RULES_VERSION_KEY: &str = "moderation-rules-version";

/// How far back the repetition rule looks.
pub const REPEAT_WINDOW_MS: Millis = 10 * 60_000;

/// The rules that look at what a sender sent before: too many messages in
/// a minute, the same text again and again, a first photo. `recent` is the
/// conversation's inbound events since [`REPEAT_WINDOW_MS`] (newest first,
/// this one included).
pub fn history_hits(
    settings: &ModerationSettings,
    text: &str,
    recent: &[(Millis, String)],
    now: Millis,
    first_photo: bool,
) -> Vec<Hit> {
    let mut hits = Vec::new();
    let hit = |rule: &str, matched: String| Hit {
        rule: rule.to_owned(),
        action: Action::Hold,
        dry_run: false,
        matched: vec![matched],
    };
    let last_minute = recent.iter().filter(|(at, _)| *at > now - 60_000).count();
    if settings.max_per_minute > 0 && last_minute > settings.max_per_minute {
        hits.push(hit("rate", format!("{last_minute} messages in a minute")));
    }
    let folded = super::screen::fold(text);
    let folded = folded.trim();
    if settings.max_repeats > 0 && !folded.is_empty() {
        let same = recent
            .iter()
            .filter_map(|(_, payload)| serde_json::from_str::<InboundEvent>(payload).ok())
            .filter(|event| match event {
                InboundEvent::Resident(m) => match &m.content {
                    crate::domain::ResidentContent::Text { text }
                    | crate::domain::ResidentContent::Edit { text, .. } => {
                        super::screen::fold(text).trim() == folded
                    }
                    _ => false,
                },
                _ => false,
            })
            .count();
        if same > settings.max_repeats {
            hits.push(hit(
                "repeat",
                format!("the same text {same} times in 10 minutes"),
            ));
        }
    }
    if first_photo {
        hits.push(hit("first-photo", "a photo from a new sender".to_owned()));
    }
    hits
}

/// Whether one more ticket would exceed `max` new tickets within a minute:
/// `latest` are the resident's newest tickets' opening times (at most
/// `max`, newest first).
pub fn too_many_new_tickets(latest: &[Millis], max: usize, now: Millis) -> bool {
    max > 0 && latest.len() >= max && latest.iter().all(|&at| at > now - 60_000)
}

/// A copy of a resident's message on a platform, to take back when a
/// moderator removes it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Copy {
    pub channel: Channel,
    pub destination: String,
    /// The platform's message or event id.
    pub target: String,
}

/// What moderation decides with.
pub struct Moderator<'a> {
    pub settings: &'a ModerationSettings,
    pub zone: &'a ZoneConfig,
    pub loc: &'a Localizer,
}

/// Where a held message was going, for its card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    Ticket { reference: String, queue: String },
    Report,
    NewQuestion,
}

/// A message from a resident, as moderation sees it.
pub struct Screened<'s> {
    pub resident: &'s Resident,
    pub message: &'s ResidentMessage,
    /// The inbound event, as recorded.
    pub payload: &'s str,
    /// Its number (the inbound event's id).
    pub number: i64,
    /// Its text (the caption of a photo).
    pub text: &'s str,
    pub has_photo: bool,
    /// The photo, stripped of its metadata, for the card.
    pub photo: Option<&'s CleanImage>,
}

impl Moderator<'_> {
    fn room_text(&self, text: String) -> Change {
        Change::Send {
            ticket_id: None,
            message: NewOutbound {
                channel: Channel::Matrix,
                destination: self.settings.room.clone(),
                placement: Placement::Direct,
                body: MessageBody::Text { text },
                media: None,
            },
            lane: Default::default(),
        }
    }

    fn to_resident(&self, resident: &Resident, text: String) -> Change {
        Change::Send {
            ticket_id: None,
            message: NewOutbound {
                channel: resident.channel,
                destination: resident.chat_id.clone(),
                placement: Placement::Direct,
                body: MessageBody::Text { text },
                media: None,
            },
            lane: Default::default(),
        }
    }

    fn officer_text(&self, id: &str, a: &FluentArgs) -> String {
        self.loc.text(self.loc.default_language(), id, Some(a))
    }

    fn resident_text(
        &self,
        resident: &Resident,
        id: &str,
        extra: &[(&str, FluentValue)],
    ) -> String {
        let mut a = args(&[
            ("emergency", self.zone.emergency_number.as_str().into()),
            ("police", self.zone.police_number.as_str().into()),
        ]);
        for (k, v) in extra {
            a.set(*k, v.clone());
        }
        self.loc.text(&resident.language, id, Some(&a))
    }

    /// A moment in the zone's time, as officers and residents read it.
    pub fn local_time(&self, at: Millis) -> String {
        let tz: chrono_tz::Tz = self.settings.timezone.parse().unwrap_or(chrono_tz::UTC);
        tz.timestamp_millis_opt(at)
            .single()
            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default()
    }

    /// What screening decided for a message: `None` when it passes.
    pub fn screened(
        &self,
        m: &Screened<'_>,
        screening: &Screening,
        destination: &Destination,
    ) -> Option<Vec<Change>> {
        let hit = screening.deciding()?;
        match hit.action {
            Action::Pass => None,
            Action::Hold => Some(self.hold(m, Some(hit), destination)),
            Action::Block => Some(self.refuse(m, hit)),
        }
    }

    /// A message that only waits behind an earlier held one of the same
    /// sender: held without a card, released with it.
    pub fn behind(&self, m: &Screened<'_>, first: i64) -> Vec<Change> {
        vec![
            Change::Moderation(ModerationChange::Hold(self.new_held(m, None))),
            Change::Audit(NewAudit {
                actor: KOBAN.into(),
                action: "hold-behind".into(),
                subject: format!("#{} · {}", m.number, m.resident.pseudonym),
                resident_id: Some(m.resident.id),
                reason: format!("waits behind #{first}"),
                content: Some(m.text.to_owned()),
            }),
        ]
    }

    fn new_held(&self, m: &Screened<'_>, hit: Option<&Hit>) -> NewHeld {
        NewHeld {
            resident_id: m.resident.id,
            payload: m.payload.to_owned(),
            conversation: format!("{}:{}", m.message.channel.as_str(), m.message.chat_id),
            text: m.text.to_owned(),
            rule: hit.map(|h| h.rule.clone()),
            matched: hit.map(|h| h.matched.clone()).unwrap_or_default(),
        }
    }

    fn hold(&self, m: &Screened<'_>, hit: Option<&Hit>, destination: &Destination) -> Vec<Change> {
        let mut changes = vec![Change::Moderation(ModerationChange::Hold(
            self.new_held(m, hit),
        ))];
        let rule = hit.map_or("-", |h| h.rule.as_str());
        let matched = hit.map(|h| h.matched.join(", ")).unwrap_or_default();
        changes.push(Change::Audit(NewAudit {
            actor: KOBAN.into(),
            action: "hold".into(),
            subject: format!("#{} · {}", m.number, m.resident.pseudonym),
            resident_id: Some(m.resident.id),
            reason: format!("rule {rule}: {matched}"),
            content: Some(m.text.to_owned()),
        }));
        changes.push(self.room_text(self.card(m, rule, &matched, destination, hit)));
        if let Some(photo) = m.photo {
            changes.push(Change::Send {
                ticket_id: None,
                message: NewOutbound {
                    channel: Channel::Matrix,
                    destination: self.settings.room.clone(),
                    placement: Placement::Direct,
                    body: MessageBody::Image {
                        caption: Some(format!("#{}", m.number)),
                    },
                    media: Some(MediaRef::New(photo.clone())),
                },
                lane: Default::default(),
            });
        }
        if self.settings.tell_held {
            let text = self.resident_text(m.resident, "moderation-held-notice", &[]);
            changes.push(self.to_resident(m.resident, text));
        }
        changes
    }

    /// The held message's card: who, where it was going, the rule, and the
    /// whole message with what matched marked.
    pub fn card(
        &self,
        m: &Screened<'_>,
        rule: &str,
        matched: &str,
        destination: &Destination,
        hit: Option<&Hit>,
    ) -> String {
        let lang = self.loc.default_language();
        let place = match destination {
            Destination::Ticket { reference, queue } => self.loc.text(
                lang,
                "moderation-where-ticket",
                Some(&args(&[
                    ("reference", reference.as_str().into()),
                    ("queue", queue.as_str().into()),
                ])),
            ),
            Destination::Report => self.loc.t(lang, "moderation-where-report"),
            Destination::NewQuestion => self.loc.t(lang, "moderation-where-new"),
        };
        let a = args(&[
            ("number", FluentValue::from(m.number)),
            ("who", m.resident.pseudonym.as_str().into()),
            (
                "channel",
                match m.message.channel {
                    Channel::Telegram => "Telegram",
                    Channel::Matrix => "Matrix",
                }
                .into(),
            ),
            ("language", m.resident.language.as_str().into()),
            ("where", place.into()),
            ("rule", rule.into()),
            ("matched", matched.into()),
        ]);
        let formatted = self.officer_text("moderation-card", &a);
        let marked = mark(
            m.text,
            hit.map(|h| h.matched.as_slice()).unwrap_or_default(),
        );
        let mut text = splice(&formatted, &quote(&marked));
        if m.has_photo {
            text.push('\n');
            text.push_str(&self.loc.t(lang, "moderation-card-photo"));
        }
        text
    }

    /// A message a block rule stopped: the sender is told, nobody else.
    fn refuse(&self, m: &Screened<'_>, hit: &Hit) -> Vec<Change> {
        let text = self.resident_text(m.resident, "moderation-refused", &[]);
        vec![
            Change::Audit(NewAudit {
                actor: KOBAN.into(),
                action: "block-message".into(),
                subject: format!("#{} · {}", m.number, m.resident.pseudonym),
                resident_id: Some(m.resident.id),
                reason: format!("rule {}: {}", hit.rule, hit.matched.join(", ")),
                content: Some(m.text.to_owned()),
            }),
            self.to_resident(m.resident, text),
        ]
    }

    /// An officer reported the resident's latest message in a ticket's
    /// thread: a card for the moderators (whose thread acts on the sender),
    /// and word in the thread that it was passed on.
    #[allow(clippy::too_many_arguments)]
    pub fn reported(
        &self,
        number: i64,
        ticket: &crate::domain::Ticket,
        queue: &str,
        resident: &Resident,
        by: &str,
        reason: &str,
        last: Option<&str>,
        copies: &[Copy],
    ) -> Vec<Change> {
        let lang = self.loc.default_language();
        let text = last.unwrap_or_default();
        let mut changes = vec![
            Change::Moderation(ModerationChange::Report(NewHeld {
                resident_id: resident.id,
                // Where it exists, for `!remove`.
                payload: serde_json::to_string(copies).unwrap_or_default(),
                conversation: format!("{}:{}", resident.channel.as_str(), resident.chat_id),
                text: text.to_owned(),
                rule: Some(format!("report by {by}")),
                matched: Vec::new(),
            })),
            Change::Audit(NewAudit {
                actor: by.to_owned(),
                action: "report".into(),
                subject: format!(
                    "#{number} · {} · {}",
                    resident.pseudonym,
                    ticket.reference()
                ),
                resident_id: Some(resident.id),
                reason: reason.to_owned(),
                content: last.map(str::to_owned),
            }),
        ];
        let a = args(&[
            ("number", FluentValue::from(number)),
            ("user", by.into()),
            ("who", resident.pseudonym.as_str().into()),
            ("reference", ticket.reference().into()),
            ("queue", queue.into()),
            (
                "reason",
                if reason.is_empty() {
                    "none".into()
                } else {
                    reason.into()
                },
            ),
        ]);
        let card = self.officer_text("moderation-report-card", &a);
        changes.push(self.room_text(splice(&card, &quote(text))));
        changes.push(Change::Send {
            ticket_id: Some(ticket.id),
            message: NewOutbound {
                channel: Channel::Matrix,
                destination: ticket.room_id.clone(),
                placement: Placement::TicketThread,
                body: MessageBody::Text {
                    text: self.loc.t(lang, "moderation-report-sent"),
                },
                media: None,
            },
            lane: Default::default(),
        });
        changes
    }

    /// A moderator decided on a held message. `after` are the sender's
    /// messages still held after it, oldest first: those that only waited
    /// behind held ones are released with it, up to the next one a rule
    /// held.
    pub fn decide(
        &self,
        held: &Held,
        status: HeldStatus,
        by: &str,
        reason: &str,
        resident: Option<&Resident>,
        after: &[Held],
    ) -> Vec<Change> {
        let mut changes = vec![Change::Moderation(ModerationChange::Decide {
            held_id: held.id,
            status,
            by: by.to_owned(),
            reason: reason.to_owned(),
        })];
        if status == HeldStatus::Released {
            changes.extend(release(held));
        }
        let delivered = held.status == HeldStatus::Reported;
        if status == HeldStatus::Removed && delivered {
            let copies: Vec<Copy> = serde_json::from_str(&held.payload).unwrap_or_default();
            for c in copies {
                changes.push(Change::Send {
                    ticket_id: None,
                    message: NewOutbound {
                        channel: c.channel,
                        destination: c.destination,
                        placement: Placement::Direct,
                        body: MessageBody::Delete { target: c.target },
                        media: None,
                    },
                    lane: Default::default(),
                });
            }
        }
        if status == HeldStatus::Removed
            && !delivered
            && let Some(r) = resident
            && r.channel == Channel::Telegram
            && let Ok(InboundEvent::Resident(msg)) = serde_json::from_str(&held.payload)
        {
            // Telegram lets a bot delete a message in its private chat.
            changes.push(Change::Send {
                ticket_id: None,
                message: NewOutbound {
                    channel: Channel::Telegram,
                    destination: r.chat_id.clone(),
                    placement: Placement::Direct,
                    body: MessageBody::Delete {
                        target: msg.message_id,
                    },
                    media: None,
                },
                lane: Default::default(),
            });
        }
        // A reported message was delivered: nothing waits behind it.
        let followers: Vec<&Held> = if delivered {
            Vec::new()
        } else {
            after
                .iter()
                .filter(|h| h.id != held.id)
                .take_while(|h| h.rule.is_none())
                .collect()
        };
        for f in &followers {
            changes.push(Change::Moderation(ModerationChange::Decide {
                held_id: f.id,
                status: HeldStatus::Released,
                by: by.to_owned(),
                reason: format!("waited behind #{}", held.id),
            }));
            changes.extend(release(f));
        }
        let pseudonym = resident.map_or("?", |r| r.pseudonym.as_str());
        changes.push(Change::Audit(NewAudit {
            actor: by.to_owned(),
            action: match status {
                HeldStatus::Released => "release",
                HeldStatus::Removed => "remove",
                HeldStatus::Dismissed | HeldStatus::Pending | HeldStatus::Reported => "dismiss",
            }
            .to_owned(),
            subject: format!("#{} · {pseudonym}", held.id),
            resident_id: Some(held.resident_id),
            reason: reason.to_owned(),
            content: Some(held.text.clone()),
        }));
        let a = args(&[
            ("number", FluentValue::from(held.id)),
            ("user", by.into()),
            ("behind", FluentValue::from(followers.len())),
        ]);
        let id = match status {
            HeldStatus::Released => "moderation-done-release",
            HeldStatus::Removed if delivered => "moderation-done-take-back",
            HeldStatus::Removed => "moderation-done-remove",
            HeldStatus::Dismissed | HeldStatus::Pending | HeldStatus::Reported => {
                "moderation-done-dismiss"
            }
        };
        changes.push(self.room_text(self.officer_text(id, &a)));
        changes
    }

    /// A warning: the resident is told in their language; the warnings-th
    /// warning within the window mutes them (`count`: with this one).
    pub fn warn(
        &self,
        resident: &Resident,
        by: &str,
        reason: &str,
        count: i64,
        now: Millis,
    ) -> Vec<Change> {
        let mut changes = vec![Change::Moderation(ModerationChange::Warn {
            channel: resident.channel,
            user_id: resident.external_id.clone(),
            by: by.to_owned(),
            reason: reason.to_owned(),
        })];
        changes.push(audit(by, "warn", resident, reason));
        let shown: FluentValue = if reason.is_empty() {
            "none".into()
        } else {
            reason.into()
        };
        let text = self.resident_text(resident, "moderation-warned", &[("reason", shown)]);
        changes.push(self.to_resident(resident, text));
        let days = self.settings.warning_window_days;
        changes.push(self.room_text(self.officer_text(
            "moderation-done-warn",
            &args(&[
                ("who", resident.pseudonym.as_str().into()),
                ("user", by.into()),
                ("count", FluentValue::from(count)),
                ("days", FluentValue::from(days)),
            ]),
        )));
        if self.settings.warnings_to_mute > 0 && count >= self.settings.warnings_to_mute {
            let until = now + self.settings.escalation_mute_hours * 3_600_000;
            changes.extend(self.sanction_changes(
                resident,
                SanctionKind::Mute,
                Some(until),
                KOBAN,
                &format!("{count} warnings in {days} days"),
                now,
            ));
            changes.push(self.room_text(self.officer_text(
                "moderation-escalated",
                &args(&[
                    ("who", resident.pseudonym.as_str().into()),
                    ("count", FluentValue::from(count)),
                    ("days", FluentValue::from(days)),
                    ("until", self.local_time(until).into()),
                ]),
            )));
        }
        changes
    }

    fn sanction_changes(
        &self,
        resident: &Resident,
        kind: SanctionKind,
        until: Option<Millis>,
        by: &str,
        reason: &str,
        now: Millis,
    ) -> Vec<Change> {
        let text = match kind {
            SanctionKind::Block => self.resident_text(
                resident,
                "moderation-blocked",
                &[("appeal", self.settings.appeal.as_str().into())],
            ),
            SanctionKind::Mute => self.resident_text(
                resident,
                "moderation-muted",
                &[("until", self.local_time(until.unwrap_or(now)).into())],
            ),
        };
        vec![
            Change::Moderation(ModerationChange::Sanction(Sanction {
                channel: resident.channel,
                user_id: resident.external_id.clone(),
                kind,
                until,
                reason: reason.to_owned(),
                created_by: by.to_owned(),
                created_at: now,
            })),
            audit(by, kind.as_str(), resident, reason),
            self.to_resident(resident, text),
        ]
    }

    /// A mute for `duration` (or the default), or a block.
    pub fn sanction(
        &self,
        resident: &Resident,
        kind: SanctionKind,
        duration: Option<Millis>,
        by: &str,
        reason: &str,
        now: Millis,
    ) -> Vec<Change> {
        let until = match kind {
            SanctionKind::Block => None,
            SanctionKind::Mute => Some(now + duration.unwrap_or(self.settings.mute_default_ms)),
        };
        let mut changes = self.sanction_changes(resident, kind, until, by, reason, now);
        let who = resident.pseudonym.as_str();
        let a = args(&[
            ("who", who.into()),
            ("user", by.into()),
            ("until", self.local_time(until.unwrap_or(now)).into()),
        ]);
        let id = match kind {
            SanctionKind::Block => "moderation-done-block",
            SanctionKind::Mute => "moderation-done-mute",
        };
        changes.push(self.room_text(self.officer_text(id, &a)));
        changes
    }

    /// A block or mute lifted (the resident is told they may write again).
    pub fn lift(&self, resident: &Resident, kind: SanctionKind, by: &str) -> Vec<Change> {
        let mut changes = vec![
            Change::Moderation(ModerationChange::Lift {
                channel: resident.channel,
                user_id: resident.external_id.clone(),
                kind,
            }),
            audit(by, &format!("un{}", kind.as_str()), resident, ""),
        ];
        let text = self.resident_text(resident, "moderation-unblocked", &[]);
        changes.push(self.to_resident(resident, text));
        let id = match kind {
            SanctionKind::Block => "moderation-done-unblock",
            SanctionKind::Mute => "moderation-done-unmute",
        };
        let a = args(&[
            ("who", resident.pseudonym.as_str().into()),
            ("user", by.into()),
        ]);
        changes.push(self.room_text(self.officer_text(id, &a)));
        changes
    }

    /// Too many new tickets in a minute: the resident is asked to wait.
    pub fn slow_down(&self, resident: &Resident) -> Vec<Change> {
        let text = self.resident_text(resident, "moderation-slow-down", &[]);
        vec![self.to_resident(resident, text)]
    }

    /// A notice to the moderation room (from a text id and its arguments).
    pub fn notice(&self, id: &str, pairs: &[(&str, FluentValue)]) -> Vec<Change> {
        vec![self.room_text(self.officer_text(id, &args(pairs)))]
    }
}

/// The held message back in the inbox, to be handled as if just arrived.
fn release(held: &Held) -> Option<Change> {
    let Ok(InboundEvent::Resident(message)) = serde_json::from_str(&held.payload) else {
        tracing::error!(
            held = held.id,
            "a held message could not be read back; not released"
        );
        return None;
    };
    Some(Change::Enqueue {
        source: "moderation".into(),
        external_id: format!("release:{}", held.id),
        event: Box::new(InboundEvent::Released {
            held_id: held.id,
            message,
        }),
    })
}

fn audit(by: &str, action: &str, resident: &Resident, reason: &str) -> Change {
    Change::Audit(NewAudit {
        actor: by.to_owned(),
        action: action.to_owned(),
        subject: resident.pseudonym.clone(),
        resident_id: Some(resident.id),
        reason: reason.to_owned(),
        content: None,
    })
}

fn rules_changed(now: Millis) -> Change {
    Change::Kv {
        key: RULES_VERSION_KEY.into(),
        value: now.to_string(),
    }
}

/// `text` with the words that matched (found case-insensitively) between
/// «…». Matches found only in a normalized view (fancy letters, spacing
/// tricks) are listed on the card but cannot be marked in place.
pub fn mark(text: &str, matched: &[String]) -> String {
    let lower = text.to_lowercase();
    // Lower-casing may change lengths; mark only when it did not.
    if lower.len() != text.len() {
        return text.to_owned();
    }
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for word in matched {
        let word = word.to_lowercase();
        if word.is_empty() {
            continue;
        }
        let mut from = 0;
        while let Some(i) = lower[from..].find(&word) {
            let start = from + i;
            let end = start + word.len();
            if text.is_char_boundary(start) && text.is_char_boundary(end) {
                spans.push((start, end));
            }
            from = end;
        }
    }
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len() + spans.len() * 4);
    let mut at = 0;
    for (start, end) in spans {
        if start < at {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push('«');
        out.push_str(&text[start..end]);
        out.push('»');
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

mod listings;
#[cfg(test)]
mod tests;
