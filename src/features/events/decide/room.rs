//! The coordinators' commands: drafts, cards, previews, lists.

use fluent::FluentValue;

use super::*;

impl Planner<'_> {
    fn room(&self, room: &str, text: String) -> Change {
        Change::send(None, to(Channel::Matrix, room, MessageBody::Text { text }))
    }

    /// The event's card text for the coordinators (default language).
    pub fn card_text(&self, event: &Event, counts: &RsvpCounts) -> String {
        let lang = self.loc.default_language();
        let title = event.title(lang);
        let langs: Vec<&str> = event.texts.iter().map(|t| t.language.as_str()).collect();
        self.ta(
            lang,
            "event-card",
            &[
                ("id", event.id.into()),
                ("title", title.into()),
                (
                    "status",
                    self.t(lang, &format!("event-status-{}", event.status.as_str()))
                        .into(),
                ),
                (
                    "when",
                    self.when(lang, event.starts_at, event.ends_at).into(),
                ),
                ("place", event.place.clone().into()),
                (
                    "area",
                    event.area.clone().unwrap_or_else(|| "*".to_owned()).into(),
                ),
                ("topic", event.topic.as_str().into()),
                (
                    "capacity",
                    event
                        .capacity
                        .map_or_else(|| "∞".to_owned(), |c| c.to_string())
                        .into(),
                ),
                ("languages", langs.join(", ").into()),
                ("going", counts.going.into()),
                ("maybe", counts.maybe.into()),
                ("notgoing", counts.not_going.into()),
                ("waiting", (counts.waiting + counts.offered).into()),
            ],
        )
    }

    /// Edits the event's card to show `counts`.
    pub fn card_edit(
        &self,
        out: &mut Vec<Change>,
        event: &Event,
        counts: &RsvpCounts,
        card: Option<&str>,
    ) {
        out.extend(self.edit_card(card, self.card_text(event, counts)));
    }

    /// Edits a card in the coordination room (once it is delivered) to
    /// read `text`.
    pub(super) fn edit_card(&self, card: Option<&str>, text: String) -> Option<Change> {
        let (room, target) = (self.coordination_room?, card?);
        Some(Change::send(
            None,
            to(
                Channel::Matrix,
                room,
                MessageBody::Edit {
                    target: target.to_owned(),
                    text,
                },
            ),
        ))
    }

    /// The draft `fields` make, on top of `base` (an event being changed).
    pub fn draft(
        &self,
        fields: &Fields,
        base: Option<&Event>,
        known_areas: &[String],
    ) -> Result<EventDraft, String> {
        let default = self.loc.default_language();
        let mut d = match base {
            Some(e) => EventDraft {
                area: e.area.clone(),
                topic: Some(e.topic),
                starts_at: e.starts_at,
                ends_at: e.ends_at,
                place: e.place.clone(),
                map_url: e.map_url.clone(),
                location: e.location,
                capacity: e.capacity,
                registration: e.registration,
                texts: e.texts.clone(),
            },
            None => EventDraft::default(),
        };
        if let Some(s) = fields.starts_at {
            let length = if base.is_some() {
                d.ends_at - d.starts_at
            } else {
                self.config.default_duration_minutes * 60_000
            };
            d.starts_at = s;
            d.ends_at = s + length;
        } else if base.is_none() {
            return Err("when: YYYY-MM-DD HH:MM is missing".into());
        }
        if let Some(m) = fields.duration_minutes {
            d.ends_at = d.starts_at + m * 60_000;
        }
        if let Some(e) = fields.ends_at {
            d.ends_at = e;
        }
        if d.ends_at <= d.starts_at {
            return Err("the end is before the start".into());
        }
        if let Some(p) = &fields.place {
            d.place = p.clone();
        }
        if let Some(m) = &fields.map_url {
            d.map_url = Some(m.clone());
        }
        if let Some(l) = fields.location {
            d.location = Some(l);
        }
        if let Some(a) = &fields.area {
            if let Some(id) = a
                && !known_areas.contains(id)
            {
                return Err(format!(
                    "area {id:?} is not configured (known: {}; or `all`)",
                    known_areas.join(", ")
                ));
            }
            d.area = a.clone();
        }
        if let Some(t) = fields.topic {
            d.topic = Some(t);
        }
        if let Some(c) = fields.capacity {
            d.capacity = c;
        }
        if let Some(r) = fields.registration {
            d.registration = r;
        }
        for (lang, field, value) in &fields.texts {
            let lang = lang.clone().unwrap_or_else(|| default.to_owned());
            if !self.loc.languages().any(|l| l == lang) {
                return Err(format!("language {lang:?} is not one koban speaks"));
            }
            let pos = match d.texts.iter().position(|t| t.language == lang) {
                Some(p) => p,
                None => {
                    d.texts.push(EventText {
                        language: lang.clone(),
                        ..Default::default()
                    });
                    d.texts.len() - 1
                }
            };
            let t = &mut d.texts[pos];
            match field {
                TextField::Title => t.title = value.clone(),
                TextField::About => t.description = value.clone(),
                TextField::Audience => t.audience = value.clone(),
                TextField::Access => t.accessibility = value.clone(),
            }
        }
        // The default language's texts come first and need a title.
        if let Some(p) = d.texts.iter().position(|t| t.language == default) {
            let t = d.texts.remove(p);
            d.texts.insert(0, t);
        }
        match d.texts.first() {
            Some(t) if t.language == default && !t.title.trim().is_empty() => {}
            _ => return Err(format!("title: (in {default}) is missing")),
        }
        if let Some(t) = d.texts.iter().find(|t| t.title.trim().is_empty()) {
            return Err(format!("title.{} is missing", t.language));
        }
        Ok(d)
    }

    /// `!event new`: the event as a draft, with its card.
    pub fn create(
        &self,
        msg: &OfficerMessage,
        id: i64,
        draft: EventDraft,
        now: Millis,
    ) -> Vec<Change> {
        let event = event_of(id, &draft, &msg.sender, now);
        let card = self.card_text(&event, &RsvpCounts::default());
        let lang = self.loc.default_language();
        vec![
            Change::Events(EventChange::Create {
                id,
                draft,
                created_by: msg.sender.clone(),
                card: to(
                    Channel::Matrix,
                    &msg.room_id,
                    MessageBody::Text { text: card },
                ),
            }),
            self.room(
                &msg.room_id,
                self.ta(lang, "event-created", &[("id", id.into())]),
            ),
        ]
    }

    /// `!event set`: the changed event; those who answered going or maybe
    /// hear of it (with the new calendar file) once it is published.
    pub fn update(
        &self,
        msg: &OfficerMessage,
        before: &Event,
        draft: EventDraft,
        shown: &Shown<'_>,
        broadcast_id: i64,
        now: Millis,
    ) -> Vec<Change> {
        let mut after = event_of(before.id, &draft, &before.created_by, now);
        after.status = before.status;
        after.sequence = before.sequence + 1;
        after.card_outbox = before.card_outbox;
        let lang = self.loc.default_language();
        let mut out = vec![Change::Events(EventChange::Update {
            id: before.id,
            draft,
        })];
        self.card_edit(&mut out, &after, &shown.counts, shown.card);
        if before.status == EventStatus::Published {
            out.extend(self.start_broadcast(msg, &after, BroadcastKind::Update, broadcast_id));
        }
        out.push(self.room(
            &msg.room_id,
            self.ta(lang, "event-updated", &[("id", before.id.into())]),
        ));
        out
    }

    /// A broadcast of `kind` about `event`, with its progress card.
    pub fn start_broadcast(
        &self,
        msg: &OfficerMessage,
        event: &Event,
        kind: BroadcastKind,
        id: i64,
    ) -> Vec<Change> {
        let lang = self.loc.default_language();
        let card = self.ta(
            lang,
            "broadcast-card",
            &[
                ("id", id.into()),
                (
                    "kind",
                    self.t(lang, &format!("broadcast-kind-{}", kind.as_str()))
                        .into(),
                ),
                ("event", event.id.into()),
                ("sent", 0.into()),
                ("total", "…".into()),
                ("failed", 0.into()),
                ("unreachable", 0.into()),
            ],
        );
        vec![
            Change::Events(EventChange::Broadcast {
                id,
                kind,
                event_id: Some(event.id),
                announcement_id: None,
                topic: event.topic,
                area: event.area.clone(),
                created_by: msg.sender.clone(),
                card: Some(to(
                    Channel::Matrix,
                    &msg.room_id,
                    MessageBody::Text { text: card },
                )),
            }),
            expand(id, 0),
        ]
    }

    pub fn room_reply(
        &self,
        msg: &OfficerMessage,
        id: &str,
        pairs: &[(&str, FluentValue<'_>)],
    ) -> Vec<Change> {
        let lang = self.loc.default_language();
        vec![self.room(&msg.room_id, self.ta(lang, id, pairs))]
    }

    /// A coordinators' text (in the default language).
    pub(in crate::features::events) fn room_text(
        &self,
        id: &str,
        pairs: &[(&str, FluentValue<'_>)],
    ) -> String {
        self.ta(self.loc.default_language(), id, pairs)
    }

    /// `text` as the answer to `msg`.
    pub(in crate::features::events) fn room_reply_text(
        &self,
        msg: &OfficerMessage,
        text: String,
    ) -> Vec<Change> {
        vec![self.room(&msg.room_id, text)]
    }

    /// The reply that #`id` (an event or an announcement, by `key`) will go
    /// out at `at`.
    pub fn scheduled_reply(
        &self,
        msg: &OfficerMessage,
        key: &str,
        id: i64,
        at: Millis,
    ) -> Vec<Change> {
        let when = self.when(self.loc.default_language(), at, at);
        self.room_reply(msg, key, &[("id", id.into()), ("when", when.into())])
    }

    /// `!events`: what is planned.
    pub fn list_planned(
        &self,
        msg: &OfficerMessage,
        events: &[(Event, RsvpCounts)],
    ) -> Vec<Change> {
        let lang = self.loc.default_language();
        if events.is_empty() {
            return self.room_reply(msg, "events-planned-none", &[]);
        }
        let lines: Vec<String> = events
            .iter()
            .map(|(e, c)| {
                let title = e.title(lang);
                format!(
                    "#{} {} · {} · {} · ✅ {} 🤔 {} ⏳ {}",
                    e.id,
                    self.short_when(lang, e.starts_at),
                    title,
                    self.t(lang, &format!("event-status-{}", e.status.as_str())),
                    c.going,
                    c.maybe,
                    c.waiting + c.offered
                )
            })
            .collect();
        vec![self.room(&msg.room_id, lines.join("\n"))]
    }

    /// `!attendees`: pseudonyms by answer.
    pub fn attendees(
        &self,
        msg: &OfficerMessage,
        event: &Event,
        list: &[(String, Rsvp)],
    ) -> Vec<Change> {
        let lang = self.loc.default_language();
        let mut lines = vec![self.ta(lang, "attendees-title", &[("id", event.id.into())])];
        if list.is_empty() {
            lines.push(self.t(lang, "attendees-none"));
        }
        for (pseudonym, rsvp) in list {
            let label = match rsvp {
                Rsvp::Going => "✅".to_owned(),
                Rsvp::Offered { .. } => "🎟".to_owned(),
                Rsvp::Maybe => "🤔".to_owned(),
                Rsvp::Waiting { position } => format!("⏳{position}"),
                Rsvp::NotGoing => "❌".to_owned(),
            };
            lines.push(format!("{label} {pseudonym}"));
        }
        vec![self.room(&msg.room_id, lines.join("\n"))]
    }

    /// `!announce new`: the announcement a coordinator wrote, checked.
    pub fn announcement_draft(
        &self,
        id: i64,
        fields: &AnnounceFields,
        created_by: &str,
        known_areas: &[String],
        now: Millis,
    ) -> Result<Announcement, String> {
        let default = self.loc.default_language();
        if let Some(Some(area)) = &fields.area
            && !known_areas.contains(area)
        {
            return Err(format!(
                "area {area:?} is not configured (known: {}; or `all`)",
                known_areas.join(", ")
            ));
        }
        for lang in &fields.languages {
            if !self.loc.has(lang) {
                return Err(format!("language {lang:?} is not one koban speaks"));
            }
        }
        let mut texts: Vec<(String, String)> = Vec::new();
        for (lang, text) in &fields.texts {
            let lang = lang.clone().unwrap_or_else(|| default.to_owned());
            if !self.loc.has(&lang) {
                return Err(format!("language {lang:?} is not one koban speaks"));
            }
            if text.trim().is_empty() {
                return Err(format!("text.{lang} is empty"));
            }
            match texts.iter_mut().find(|(l, _)| *l == lang) {
                Some(t) => t.1 = text.clone(),
                None => texts.push((lang, text.clone())),
            }
        }
        match texts.iter().position(|(l, _)| l == default) {
            Some(p) => {
                let t = texts.remove(p);
                texts.insert(0, t);
            }
            None => return Err(format!("text: (in {default}) is missing")),
        }
        let via = fields.via.unwrap_or_default();
        let area = fields.area.clone().flatten();
        if via.channels() && self.news_channels(area.as_deref()).next().is_none() {
            return Err(format!(
                "via {}: no news channel covers area {} (events.channels)",
                via.as_str(),
                area.as_deref().unwrap_or("*")
            ));
        }
        Ok(Announcement {
            id,
            status: AnnouncementStatus::Draft,
            topic: fields.topic.unwrap_or(Topic::News),
            area: fields.area.clone().flatten(),
            languages: fields.languages.clone(),
            via,
            publish_at: None,
            created_by: created_by.to_owned(),
            created_at: now,
            texts,
        })
    }

    /// Saves the announcement as a draft.
    pub fn announce(&self, msg: &OfficerMessage, a: Announcement) -> Vec<Change> {
        let lang = self.loc.default_language();
        let reply = self.ta(
            lang,
            "announcement-created",
            &[
                ("id", a.id.into()),
                ("topic", a.topic.as_str().into()),
                (
                    "area",
                    a.area.clone().unwrap_or_else(|| "*".to_owned()).into(),
                ),
                (
                    "languages",
                    if a.languages.is_empty() {
                        "*".to_owned()
                    } else {
                        a.languages.join(", ")
                    }
                    .into(),
                ),
            ],
        );
        vec![
            Change::Events(EventChange::Announce(a)),
            self.room(&msg.room_id, reply),
        ]
    }

    /// Sends the announcement now: its broadcast with a progress card.
    pub fn send_announcement(
        &self,
        msg: &OfficerMessage,
        a: &Announcement,
        broadcast: i64,
    ) -> Vec<Change> {
        let lang = self.loc.default_language();
        let card = self.ta(
            lang,
            "broadcast-card",
            &[
                ("id", broadcast.into()),
                ("kind", self.t(lang, "broadcast-kind-announcement").into()),
                ("event", a.id.into()),
                ("sent", 0.into()),
                ("total", "…".into()),
                ("failed", 0.into()),
                ("unreachable", 0.into()),
            ],
        );
        let mut out = vec![Change::Events(EventChange::AnnouncementStatus {
            id: a.id,
            status: AnnouncementStatus::Sent,
            publish_at: None,
        })];
        if a.via.channels() {
            let posts = self.channel_announcements(a);
            let count = posts.len();
            out.extend(posts);
            out.extend(self.room_reply(
                msg,
                "announcement-posted",
                &[("id", a.id.into()), ("count", count.into())],
            ));
        }
        if !a.via.subscribers() {
            return out;
        }
        out.extend([
            Change::Events(EventChange::Broadcast {
                id: broadcast,
                kind: BroadcastKind::Announcement,
                event_id: None,
                announcement_id: Some(a.id),
                topic: a.topic,
                area: a.area.clone(),
                created_by: msg.sender.clone(),
                card: Some(to(
                    Channel::Matrix,
                    &msg.room_id,
                    MessageBody::Text { text: card },
                )),
            }),
            expand(broadcast, 0),
        ]);
        out
    }
}
