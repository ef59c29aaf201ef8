//! Each step of a broadcast, and its progress card.

use super::*;

impl Planner<'_> {
    /// One step of a broadcast: `recipients` (at most a batch) get their
    /// message in the bulk lane; the next step follows, or the progress
    /// watch takes over when there are no more.
    pub fn expand(
        &self,
        broadcast: &Broadcast,
        event: &Event,
        counts: &RsvpCounts,
        recipients: &[Recipient],
        now: Millis,
    ) -> Vec<Change> {
        let mut out = Vec::with_capacity(recipients.len() * 2 + 2);
        let cursor = recipients
            .last()
            .map_or(broadcast.cursor, |r| r.resident_id);
        let done = i64::try_from(recipients.len()).unwrap_or(i64::MAX) < self.config.batch;
        for r in recipients {
            let lang = r.language.as_str();
            let deliver = |out: &mut Vec<Change>, message| {
                out.push(Change::Events(EventChange::Deliver {
                    broadcast_id: broadcast.id,
                    message,
                }));
            };
            match broadcast.kind {
                BroadcastKind::Invite => deliver(
                    &mut out,
                    self.invite(event, r.channel, &r.chat_id, lang, "invite-intro", counts),
                ),
                BroadcastKind::Update => {
                    deliver(
                        &mut out,
                        self.invite(event, r.channel, &r.chat_id, lang, "update-intro", counts),
                    );
                    deliver(
                        &mut out,
                        to(r.channel, &r.chat_id, self.calendar(event, lang, now)),
                    );
                }
                BroadcastKind::Reminder => deliver(
                    &mut out,
                    self.invite(event, r.channel, &r.chat_id, lang, "reminder-intro", counts),
                ),
                BroadcastKind::Cancel => {
                    let title = event
                        .text(lang)
                        .map(|(t, _)| t.title.clone())
                        .unwrap_or_default();
                    let text = self.ta(
                        lang,
                        "cancel-intro",
                        &[
                            ("title", title.into()),
                            (
                                "when",
                                self.when(lang, event.starts_at, event.ends_at).into(),
                            ),
                        ],
                    );
                    deliver(
                        &mut out,
                        to(r.channel, &r.chat_id, MessageBody::Text { text }),
                    );
                    deliver(
                        &mut out,
                        to(r.channel, &r.chat_id, self.calendar(event, lang, now)),
                    );
                }
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
        let mut out = Vec::new();
        if let (Some(room), Some(target)) = (self.coordination_room, card) {
            out.push(Change::send(
                None,
                to(
                    Channel::Matrix,
                    room,
                    MessageBody::Edit {
                        target: target.to_owned(),
                        text,
                    },
                ),
            ));
        }
        if finished {
            out.push(Change::Events(EventChange::Finished { id: broadcast.id }));
        }
        out
    }
}
