//! Each step of a broadcast, and its progress card.

use super::*;

impl Planner<'_> {
    /// One step of a broadcast: `recipients` (at most a batch) get their
    /// message in the bulk lane; the next step follows, or the progress
    /// watch takes over when there are no more.
    pub fn expand(
        &self,
        broadcast: &Broadcast,
        subject: &Subject<'_>,
        recipients: &[Recipient],
        now: Millis,
    ) -> Vec<Change> {
        let mut out = Vec::with_capacity(recipients.len() * 2 + 2);
        let cursor = recipients
            .last()
            .map_or(broadcast.cursor, |r| r.resident_id);
        let done = i64::try_from(recipients.len()).unwrap_or(i64::MAX) < self.config.batch;
        for r in recipients {
            for message in self.broadcast_messages(broadcast.kind, subject, r, now) {
                out.push(Change::Events(EventChange::Deliver {
                    broadcast_id: broadcast.id,
                    message,
                }));
            }
        }
        out.push(Change::Events(EventChange::Expanded {
            id: broadcast.id,
            cursor,
            added: i64::try_from(recipients.len()).unwrap_or(0),
            done,
        }));
        if !done {
            out.push(expand(broadcast.id, cursor));
        }
        out
    }

    /// What one recipient of a broadcast gets, in their language.
    fn broadcast_messages(
        &self,
        kind: BroadcastKind,
        subject: &Subject<'_>,
        r: &Recipient,
        now: Millis,
    ) -> Vec<NewOutbound> {
        let lang = r.language.as_str();
        let event = match subject {
            Subject::Announcement(a) => {
                return vec![self.announcement(a, r.channel, &r.chat_id, lang)];
            }
            Subject::Event { event, counts } => {
                let intro = match kind {
                    BroadcastKind::Invite => "invite-intro",
                    BroadcastKind::Update => "update-intro",
                    BroadcastKind::Reminder => "reminder-intro",
                    BroadcastKind::Cancel | BroadcastKind::Announcement => "",
                };
                if !intro.is_empty() {
                    let mut out =
                        vec![self.invite(event, r.channel, &r.chat_id, lang, intro, counts)];
                    // A change brings the new calendar entry with it.
                    if kind == BroadcastKind::Update {
                        out.push(to(r.channel, &r.chat_id, self.calendar(event, lang, now)));
                    }
                    return out;
                }
                *event
            }
        };
        let text = self.cancel_text(event, lang);
        vec![
            to(r.channel, &r.chat_id, MessageBody::Text { text }),
            to(r.channel, &r.chat_id, self.calendar(event, lang, now)),
        ]
    }

    /// An event's cancellation in `lang`.
    pub(super) fn cancel_text(&self, event: &Event, lang: &str) -> String {
        self.ta(
            lang,
            "cancel-intro",
            &[
                ("title", event.title(lang).into()),
                (
                    "when",
                    self.when(lang, event.starts_at, event.ends_at).into(),
                ),
            ],
        )
    }

    /// An announcement's text in `lang` (or the default language's, said so).
    pub(super) fn announcement_text(&self, a: &Announcement, lang: &str) -> String {
        let (text_lang, text, fallback) = a.text(lang).unwrap_or(("", "", false));
        let mut body = format!("{}\n\n{text}", self.t(lang, "announcement-intro"));
        if fallback {
            let name = self.t(text_lang, "language-name");
            body.push_str("\n\n");
            body.push_str(&self.ta(lang, "announcement-fallback", &[("language", name.into())]));
        }
        body
    }

    /// An announcement as one resident reads it.
    pub fn announcement(
        &self,
        a: &Announcement,
        channel: Channel,
        chat_id: &str,
        lang: &str,
    ) -> NewOutbound {
        let body = self.announcement_text(a, lang);
        let rows = vec![vec![
            (
                self.t(lang, "button-subscriptions"),
                Action::Event(EventAction::Subscriptions),
            ),
            (self.t(lang, "button-menu"), Action::Menu),
        ]];
        to(channel, chat_id, menu(body, rows, lang))
    }

    /// The broadcast's card shows `progress`; finished when every send has
    /// its result, with a summary.
    pub fn progress(
        &self,
        broadcast: &Broadcast,
        progress: &BroadcastProgress,
        card: Option<&str>,
    ) -> Vec<Change> {
        let lang = self.loc.default_language();
        let finished = broadcast.status == "sending" && progress.pending == 0;
        let text = self.ta(
            lang,
            if finished {
                "broadcast-card-done"
            } else {
                "broadcast-card"
            },
            &[
                ("id", broadcast.id.into()),
                (
                    "kind",
                    self.t(lang, &format!("broadcast-kind-{}", broadcast.kind.as_str()))
                        .into(),
                ),
                ("event", broadcast.event_id.unwrap_or(0).into()),
                ("sent", progress.sent.into()),
                ("total", progress.total.into()),
                ("failed", progress.failed.into()),
                ("unreachable", progress.unreachable.into()),
            ],
        );
        let mut out: Vec<Change> = self.edit_card(card, text).into_iter().collect();
        if finished {
            out.push(Change::Events(EventChange::Finished { id: broadcast.id }));
        }
        out
    }
}
