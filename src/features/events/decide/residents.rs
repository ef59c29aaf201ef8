//! What residents see of events and subscriptions, and what their
//! answers change.

use super::*;

impl Planner<'_> {
    /// A resident's events action.
    pub fn resident(
        &self,
        st: &ResidentEvents<'_>,
        action: &Action,
        callback: Option<&str>,
        now: Millis,
    ) -> Vec<Change> {
        let r = st.resident;
        let lang = r.language.as_str();
        let mut out = Vec::new();
        if let Some(query_id) = callback {
            out.push(Change::send(
                None,
                to(
                    r.channel,
                    &r.chat_id,
                    MessageBody::CallbackAnswer {
                        query_id: query_id.to_owned(),
                        text: None,
                    },
                ),
            ));
        }
        let send = |out: &mut Vec<Change>, body| {
            out.push(Change::send(None, to(r.channel, &r.chat_id, body)));
        };
        let event_gone = |out: &mut Vec<Change>| {
            send(
                out,
                menu(
                    self.t(lang, "event-unknown"),
                    vec![self.nav_row(lang)],
                    lang,
                ),
            );
        };
        match action {
            Action::Events => send(&mut out, self.list(st, now)),
            Action::Event(EventAction::Show(_)) => match st.event {
                Some(event) if event.status != EventStatus::Draft => {
                    let mut text = self.event_text(event, lang, &st.counts);
                    if let Some(rsvp) = st.rsvp {
                        text.push_str("\n\n");
                        text.push_str(&self.standing(lang, rsvp));
                    }
                    if event.ends_at <= now {
                        text = format!("{text}\n\n{}", self.t(lang, "event-over"));
                    }
                    let mut rows = if event.ends_at > now {
                        self.event_rows(lang, event)
                    } else {
                        Vec::new()
                    };
                    rows.push(self.nav_row(lang));
                    send(&mut out, menu(text, rows, lang));
                }
                _ => event_gone(&mut out),
            },
            Action::Event(EventAction::Answer(_, answer)) => match st.event {
                Some(event) if event.is_open(now) => self.answer(&mut out, st, event, *answer, now),
                Some(event) if event.status == EventStatus::Published => send(
                    &mut out,
                    menu(self.t(lang, "event-over"), vec![self.nav_row(lang)], lang),
                ),
                _ => event_gone(&mut out),
            },
            Action::Event(EventAction::Calendar(_)) => match st.event {
                Some(event) if event.status != EventStatus::Draft => {
                    send(&mut out, self.calendar(event, lang, now));
                }
                _ => event_gone(&mut out),
            },
            Action::Event(EventAction::Place(_)) => match st.event {
                Some(event) if event.status != EventStatus::Draft => {
                    // A pin the resident's messenger opens in its own map
                    // (and can route to), then the address and link.
                    if let Some((latitude, longitude)) = event.location {
                        let address = if event.place.is_empty() {
                            format!("{latitude}, {longitude}")
                        } else {
                            event.place.clone()
                        };
                        let title = Some(event.title(lang))
                            .filter(|t| !t.trim().is_empty())
                            .unwrap_or_else(|| address.clone());
                        send(
                            &mut out,
                            MessageBody::Venue {
                                latitude,
                                longitude,
                                title,
                                address,
                            },
                        );
                    }
                    let mut lines = Vec::new();
                    if !event.place.is_empty() {
                        lines.push(self.ta(
                            lang,
                            "event-place",
                            &[("place", event.place.clone().into())],
                        ));
                    }
                    let map = event.map_url.clone().or_else(|| {
                        event.location.map(|(lat, lon)| {
                            format!(
                                "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}"
                            )
                        })
                    });
                    if let Some(url) = map {
                        lines.push(self.ta(lang, "event-map", &[("url", url.into())]));
                    }
                    send(
                        &mut out,
                        menu(lines.join("\n"), vec![self.nav_row(lang)], lang),
                    );
                }
                _ => event_gone(&mut out),
            },
            Action::Event(EventAction::Subscriptions) => {
                send(&mut out, self.subscriptions(lang, st.subscriptions, None));
            }
            Action::Event(EventAction::Toggle(topic)) => {
                let on = st.subscriptions.contains(topic);
                let mut now_on: Vec<Topic> = st
                    .subscriptions
                    .iter()
                    .copied()
                    .filter(|t| t != topic)
                    .collect();
                let change = if on {
                    EventChange::Unsubscribe {
                        resident_id: r.id,
                        topic: Some(*topic),
                    }
                } else {
                    now_on.push(*topic);
                    EventChange::Subscribe {
                        resident_id: r.id,
                        topic: *topic,
                    }
                };
                out.push(Change::Events(change));
                let note = self.ta(
                    lang,
                    if on {
                        "subscription-left"
                    } else {
                        "subscription-joined"
                    },
                    &[(
                        "topic",
                        self.t(lang, &format!("topic-{}", topic.as_str())).into(),
                    )],
                );
                send(&mut out, self.subscriptions(lang, &now_on, Some(note)));
            }
            Action::Event(EventAction::LeaveAll) => {
                out.push(Change::Events(EventChange::Unsubscribe {
                    resident_id: r.id,
                    topic: None,
                }));
                let note = self.t(lang, "subscriptions-none-left");
                send(&mut out, self.subscriptions(lang, &[], Some(note)));
            }
            _ => {}
        }
        out
    }

    fn list(&self, st: &ResidentEvents<'_>, now: Millis) -> MessageBody {
        let lang = st.resident.language.as_str();
        let mut rows: Vec<Vec<(String, Action)>> = st
            .upcoming
            .iter()
            .filter(|e| e.ends_at > now)
            .take(LISTED as usize)
            .map(|e| {
                let title = e.title(lang);
                let label: String = format!("{} · {title}", self.short_when(lang, e.starts_at))
                    .chars()
                    .take(60)
                    .collect();
                vec![(label, Action::Event(EventAction::Show(e.id)))]
            })
            .collect();
        let text = if rows.is_empty() {
            self.t(lang, "events-none")
        } else {
            self.t(lang, "events-title")
        };
        rows.push(vec![(
            self.t(lang, "button-subscriptions"),
            Action::Event(EventAction::Subscriptions),
        )]);
        rows.push(vec![(self.t(lang, "button-menu"), Action::Menu)]);
        menu(text, rows, lang)
    }

    /// The subscriptions with a switch per topic.
    pub fn subscriptions(&self, lang: &str, on: &[Topic], note: Option<String>) -> MessageBody {
        let mut text = note.map(|n| format!("{n}\n\n")).unwrap_or_default();
        text.push_str(&self.t(lang, "subscriptions-title"));
        let mut rows: Vec<Vec<(String, Action)>> = Topic::ALL
            .iter()
            .map(|t| {
                let name = self.t(lang, &format!("topic-{}", t.as_str()));
                let mark = if on.contains(t) { "✅" } else { "⬜" };
                vec![(
                    format!("{mark} {name}"),
                    Action::Event(EventAction::Toggle(*t)),
                )]
            })
            .collect();
        if !on.is_empty() {
            rows.push(vec![(
                self.t(lang, "button-leave-all"),
                Action::Event(EventAction::LeaveAll),
            )]);
        }
        rows.push(vec![
            (self.t(lang, "button-events"), Action::Events),
            (self.t(lang, "button-menu"), Action::Menu),
        ]);
        menu(text, rows, lang)
    }

    fn standing(&self, lang: &str, rsvp: Rsvp) -> String {
        match rsvp {
            Rsvp::Going => self.t(lang, "standing-going"),
            Rsvp::Maybe => self.t(lang, "standing-maybe"),
            Rsvp::NotGoing => self.t(lang, "standing-not-going"),
            Rsvp::Waiting { .. } => self.t(lang, "standing-waiting"),
            Rsvp::Offered { until } => self.ta(
                lang,
                "standing-offered",
                &[("until", self.short_when(lang, until).into())],
            ),
        }
    }

    fn answer(
        &self,
        out: &mut Vec<Change>,
        st: &ResidentEvents<'_>,
        event: &Event,
        answer: Answer,
        now: Millis,
    ) {
        let r = st.resident;
        let lang = r.language.as_str();
        let AnswerOutcome { rsvp, place_freed } = crate::domain::event::answer(
            event.capacity,
            st.counts,
            st.rsvp,
            answer,
            st.last_position,
        );
        let title = event.title(lang);
        out.push(Change::Events(EventChange::Answer {
            event_id: event.id,
            resident_id: r.id,
            rsvp,
        }));
        let mut counts = st.counts;
        adjust(&mut counts, st.rsvp, -1);
        adjust(&mut counts, Some(rsvp), 1);
        let text = match rsvp {
            Rsvp::Going => self.ta(lang, "rsvp-going", &[("title", title.into())]),
            Rsvp::Maybe => self.ta(lang, "rsvp-maybe", &[("title", title.into())]),
            Rsvp::NotGoing => self.ta(lang, "rsvp-not-going", &[("title", title.into())]),
            Rsvp::Waiting { .. } => {
                // Their place in line: those waiting before them, plus one.
                let ahead = match st.rsvp {
                    Some(Rsvp::Waiting { .. }) => st.waiting_ahead,
                    _ => st.counts.waiting,
                };
                self.ta(
                    lang,
                    "rsvp-waiting",
                    &[("title", title.into()), ("position", (ahead + 1).into())],
                )
            }
            Rsvp::Offered { .. } => String::new(),
        };
        let mut rows = Vec::new();
        if matches!(rsvp, Rsvp::Going | Rsvp::Maybe) {
            rows.push(vec![(
                self.t(lang, "button-calendar"),
                Action::Event(EventAction::Calendar(event.id)),
            )]);
        }
        rows.push(self.nav_row(lang));
        out.push(Change::send(
            None,
            to(r.channel, &r.chat_id, menu(text, rows, lang)),
        ));
        if place_freed && let Some(next) = st.next_waiting {
            self.offer(out, event, next, &mut counts, now);
        }
        self.card_edit(out, event, &counts, st.card);
    }

    /// Offers a freed place to `next` (first on the waiting list).
    pub fn offer(
        &self,
        out: &mut Vec<Change>,
        event: &Event,
        next: &Recipient,
        counts: &mut RsvpCounts,
        now: Millis,
    ) {
        let until = now + self.config.offer_hours * 3_600_000;
        let until = until.min(event.starts_at).max(now);
        out.push(Change::Events(EventChange::Answer {
            event_id: event.id,
            resident_id: next.resident_id,
            rsvp: Rsvp::Offered { until },
        }));
        counts.waiting -= 1;
        counts.offered += 1;
        let lang = next.language.as_str();
        let title = event.title(lang);
        let text = self.ta(
            lang,
            "rsvp-offer",
            &[
                ("title", title.into()),
                ("until", self.short_when(lang, until).into()),
            ],
        );
        let rows = vec![
            vec![
                (
                    self.t(lang, "button-going"),
                    Action::Event(EventAction::Answer(event.id, Answer::Going)),
                ),
                (
                    self.t(lang, "button-not-going"),
                    Action::Event(EventAction::Answer(event.id, Answer::NotGoing)),
                ),
            ],
            vec![(
                self.t(lang, "button-show-event"),
                Action::Event(EventAction::Show(event.id)),
            )],
        ];
        out.push(Change::send(
            None,
            to(next.channel, &next.chat_id, menu(text, rows, lang)),
        ));
    }

    /// An offer ran out: the place goes to the next in line.
    pub fn offer_expired(
        &self,
        event: &Event,
        resident: &Recipient,
        counts: RsvpCounts,
        next: Option<&Recipient>,
        card: Option<&str>,
        now: Millis,
    ) -> Vec<Change> {
        let mut out = vec![Change::Events(EventChange::Answer {
            event_id: event.id,
            resident_id: resident.resident_id,
            rsvp: Rsvp::NotGoing,
        })];
        let lang = resident.language.as_str();
        let title = event.title(lang);
        out.push(Change::send(
            None,
            to(
                resident.channel,
                &resident.chat_id,
                MessageBody::Text {
                    text: self.ta(lang, "rsvp-offer-expired", &[("title", title.into())]),
                },
            ),
        ));
        let mut counts = counts;
        counts.offered -= 1;
        counts.not_going += 1;
        if event.is_open(now)
            && let Some(next) = next
        {
            self.offer(&mut out, event, next, &mut counts, now);
        }
        self.card_edit(&mut out, event, &counts, card);
        out
    }
}
