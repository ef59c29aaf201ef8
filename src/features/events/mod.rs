//! Community events and broadcasts: residents' subscriptions, invites with
//! answers (going / maybe / not going), the waiting list, calendar files,
//! reminders; coordinators' `!event` commands in the coordination room;
//! and broadcasts expanded in batches into the outbox's bulk lane.
//!
//! Loading here (read-only), decisions in `decide.rs`, command parsing in
//! `command.rs`, koban's timers for events in `timer.rs`.

pub mod command;
pub mod decide;
pub mod dialogue;
pub mod timer;

pub use timer::EventTimers;

use async_trait::async_trait;

use crate::domain::event::{
    AnnouncementStatus, BroadcastKind, EventChange, EventStatus, EventTimer, RsvpCounts,
};
use crate::domain::intent::ResidentInput;
use crate::domain::menu::{Action, EventAction};
use crate::domain::{Change, InboundEvent, OfficerMessage, ResidentMessage};
use crate::features::{Cx, Feature, ProcessError};
use crate::storage::InboxItem;

use command::EventCommand;
use decide::{Planner, ResidentEvents};
use dialogue::{Dialogue, Turn};

pub struct Events;

#[async_trait]
impl Feature for Events {
    async fn handle(
        &self,
        cx: &Cx,
        _item: &InboxItem,
        event: &InboundEvent,
    ) -> Result<Option<Vec<Change>>, ProcessError> {
        match event {
            InboundEvent::Resident(msg) | InboundEvent::Released { message: msg, .. } => {
                cx.resident_events(msg).await
            }
            InboundEvent::Officer(msg)
                if cx.coordination_room.as_deref() == Some(msg.room_id.as_str())
                    && msg.thread_root.is_none() =>
            {
                let tz = cx.events_tz();
                match EventCommand::parse(&msg.body, tz) {
                    Some(command) => cx.event_command(msg, command).await.map(Some),
                    None => cx.event_dialogue(msg).await,
                }
            }
            InboundEvent::Events(timer) => cx.event_timer(timer).await.map(Some),
            InboundEvent::PostFailed {
                channel,
                destination,
                error,
            } => {
                let news = cx
                    .events
                    .channels
                    .iter()
                    .any(|c| c.channel() == *channel && c.chat == *destination);
                if !news {
                    return Ok(None);
                }
                tracing::warn!(channel = channel.as_str(), chat = %destination, %error, "news channel post failed");
                Ok(Some(cx.planner().news_post_failed(destination, error)))
            }
            _ => Ok(None),
        }
    }
}

impl Cx {
    fn events_tz(&self) -> chrono_tz::Tz {
        self.events.timezone.parse().unwrap_or(chrono_tz::UTC)
    }

    pub(crate) fn planner(&self) -> Planner<'_> {
        Planner {
            loc: &self.localizer,
            config: &self.events,
            tz: self.events_tz(),
            install_id: &self.install_id,
            coordination_room: self.coordination_room.as_deref(),
            bot_links: &self.bot_links,
        }
    }

    /// What a timer's decision answers to: the coordination room, on behalf
    /// of `sender` (who scheduled it).
    fn timer_message(&self, sender: String) -> OfficerMessage {
        OfficerMessage {
            room_id: self.coordination_room.clone().unwrap_or_default(),
            event_id: String::new(),
            sender,
            thread_root: None,
            body: String::new(),
            via_reaction: false,
            sender_name: None,
        }
    }

    /// The card's Matrix event id, once the card is delivered.
    async fn card_of(&self, outbox: Option<i64>) -> crate::storage::Result<Option<String>> {
        match outbox {
            Some(id) => self.store.outbox_remote_id(id).await,
            None => Ok(None),
        }
    }

    /// A resident's message asking for events or subscriptions; `None` for
    /// anything else (the residents' feature handles it).
    async fn resident_events(
        &self,
        msg: &ResidentMessage,
    ) -> Result<Option<Vec<Change>>, ProcessError> {
        let now = self.clock.now_ms();
        // Parsing needs the options last shown on Matrix: read them
        // without writing anything for messages that are not ours.
        let known = self.store.resident_find(msg.channel, &msg.user_id).await?;
        let menu = known.as_ref().map(|r| r.menu.clone()).unwrap_or_default();
        let input = ResidentInput::parse(&msg.content, msg.channel, &menu);
        let action = match input.action() {
            Some(a @ (Action::Events | Action::Event(_))) => a.clone(),
            _ => return Ok(None),
        };
        let resident = self.resident_of(msg, now).await?;
        let event_id = match &action {
            Action::Event(
                EventAction::Show(id)
                | EventAction::Answer(id, _)
                | EventAction::Calendar(id)
                | EventAction::Place(id),
            ) => Some(*id),
            _ => None,
        };
        let event = match event_id {
            Some(id) => self.store.event_get(id).await?,
            None => None,
        };
        let (rsvp, (counts, last_position), card) = match &event {
            Some(e) => (
                self.store.rsvp_of(e.id, resident.id).await?,
                self.store.rsvp_counts(e.id).await?,
                self.card_of(e.card_outbox).await?,
            ),
            None => (None, (RsvpCounts::default(), 0), None),
        };
        let waiting_ahead = match (&event, rsvp) {
            (Some(e), Some(crate::domain::event::Rsvp::Waiting { position })) => {
                self.store.rsvp_waiting_before(e.id, position).await?
            }
            _ => 0,
        };
        let next_waiting = match (&event, &action) {
            (Some(e), Action::Event(EventAction::Answer(..))) => {
                self.store.rsvp_next_waiting(e.id).await?
            }
            _ => None,
        };
        let upcoming = if action == Action::Events {
            self.store
                .events_upcoming(resident.area_id.as_deref(), now, decide::LISTED)
                .await?
        } else {
            Vec::new()
        };
        let subscriptions = self.store.subscriptions_of(resident.id).await?;
        let st = ResidentEvents {
            resident: &resident,
            event: event.as_ref(),
            rsvp,
            counts,
            last_position,
            waiting_ahead,
            next_waiting: next_waiting.as_ref(),
            card: card.as_deref(),
            upcoming: &upcoming,
            subscriptions: &subscriptions,
        };
        Ok(Some(self.planner().resident(
            &st,
            &action,
            input.callback.as_deref(),
            now,
        )))
    }

    /// A new event from `fields` (a command's or a dialogue's).
    async fn create_event(
        &self,
        msg: &OfficerMessage,
        fields: &command::Fields,
        areas: &[String],
        now: crate::clock::Millis,
    ) -> Result<Vec<Change>, ProcessError> {
        let planner = self.planner();
        Ok(match planner.draft(fields, None, areas) {
            Ok(draft) => {
                let id = self.store.event_reserve_id().await?;
                tracing::info!(event = id, by = %msg.sender, "event created");
                planner.create(msg, id, draft, now)
            }
            Err(why) => planner.room_reply(msg, "event-invalid", &[("why", why.into())]),
        })
    }

    /// A plain message in the coordination room: the answer to the
    /// sender's guided `!event new`, if one is waiting; `None` otherwise.
    async fn event_dialogue(
        &self,
        msg: &OfficerMessage,
    ) -> Result<Option<Vec<Change>>, ProcessError> {
        let now = self.clock.now_ms();
        let stored = self
            .store
            .kv_get(&Dialogue::key(&msg.room_id, &msg.sender))
            .await?;
        let Some(dialogue) = Dialogue::live(stored.as_deref(), now) else {
            return Ok(None);
        };
        let areas = self.area_ids();
        let planner = self.planner();
        let turn = dialogue.answer(&msg.body, self.events_tz(), now, |f| {
            planner.draft(f, None, &areas).map(|_| ())
        });
        let (room, sender) = (msg.room_id.as_str(), msg.sender.as_str());
        Ok(Some(match turn {
            Turn::Ask { dialogue, refused } => {
                let mut out = vec![dialogue.save(room, sender)];
                out.extend(planner.dialogue_question(msg, &dialogue, refused.as_ref(), &areas));
                out
            }
            Turn::Stopped => {
                let mut out = vec![Dialogue::end(room, sender)];
                out.extend(planner.room_reply(msg, "event-dialogue-stopped", &[]));
                out
            }
            Turn::Done(fields) => {
                let mut out = vec![Dialogue::end(room, sender)];
                out.extend(self.create_event(msg, &fields, &areas, now).await?);
                out
            }
        }))
    }

    fn area_ids(&self) -> Vec<String> {
        self.settings.areas.0.iter().map(|a| a.id.clone()).collect()
    }

    async fn event_command(
        &self,
        msg: &OfficerMessage,
        command: EventCommand,
    ) -> Result<Vec<Change>, ProcessError> {
        let now = self.clock.now_ms();
        let planner = self.planner();
        if let Some(needed) = self.refused(&msg.room_id, &msg.sender).await? {
            tracing::warn!(room = %msg.room_id, sender = %msg.sender, needed, "event command refused");
            return Ok(planner.room_reply(msg, "event-refused", &[("level", needed.into())]));
        }
        let areas = self.area_ids();
        let unknown = |id: i64| planner.room_reply(msg, "event-not-found", &[("id", id.into())]);
        Ok(match command {
            EventCommand::Help => planner.room_reply(msg, "event-help", &[]),
            EventCommand::Invalid(why) => {
                planner.room_reply(msg, "event-invalid", &[("why", why.into())])
            }
            EventCommand::Guided => {
                let dialogue = Dialogue::start(now);
                tracing::info!(by = %msg.sender, "guided event creation started");
                let mut out = vec![dialogue.save(&msg.room_id, &msg.sender)];
                out.extend(planner.dialogue_question(msg, &dialogue, None, &areas));
                out
            }
            EventCommand::New(fields) => self.create_event(msg, &fields, &areas, now).await?,
            EventCommand::Set(id, fields) => match self.store.event_get(id).await? {
                Some(before) if before.status != EventStatus::Cancelled => {
                    match planner.draft(&fields, Some(&before), &areas) {
                        Ok(draft) => {
                            let (counts, _) = self.store.rsvp_counts(id).await?;
                            let card = self.card_of(before.card_outbox).await?;
                            let broadcast = if before.status == EventStatus::Published {
                                self.store.broadcast_reserve_id().await?
                            } else {
                                0
                            };
                            let shown = decide::Shown {
                                counts,
                                card: card.as_deref(),
                            };
                            planner.update(msg, &before, draft, &shown, broadcast, now)
                        }
                        Err(why) => {
                            planner.room_reply(msg, "event-invalid", &[("why", why.into())])
                        }
                    }
                }
                Some(_) => planner.room_reply(msg, "event-is-cancelled", &[("id", id.into())]),
                None => unknown(id),
            },
            EventCommand::Show(id, lang) => match self.store.event_get(id).await? {
                Some(event) => {
                    let lang = lang
                        .filter(|l| self.localizer.has(l))
                        .unwrap_or_else(|| self.localizer.default_language().to_owned());
                    let (counts, _) = self.store.rsvp_counts(id).await?;
                    let text = planner.event_text(&event, &lang, &counts);
                    planner.room_reply(
                        msg,
                        "event-preview",
                        &[("language", lang.into()), ("text", text.into())],
                    )
                }
                None => unknown(id),
            },
            EventCommand::Publish(id, at) => match self.store.event_get(id).await? {
                Some(event)
                    if matches!(event.status, EventStatus::Draft | EventStatus::Scheduled) =>
                {
                    let (counts, _) = self.store.rsvp_counts(id).await?;
                    let card = self.card_of(event.card_outbox).await?;
                    match at.filter(|at| *at > now) {
                        Some(at) => {
                            let mut scheduled = event.clone();
                            scheduled.status = EventStatus::Scheduled;
                            let mut out = vec![Change::Events(EventChange::Status {
                                id,
                                status: EventStatus::Scheduled,
                                publish_at: Some(at),
                            })];
                            planner.card_edit(&mut out, &scheduled, &counts, card.as_deref());
                            out.extend(planner.scheduled_reply(msg, "event-scheduled", id, at));
                            out
                        }
                        None => {
                            let broadcast = self.store.broadcast_reserve_id().await?;
                            tracing::info!(event = id, broadcast, "event published");
                            self.publish(msg, &event, &counts, card.as_deref(), broadcast)
                        }
                    }
                }
                Some(_) => planner.room_reply(msg, "event-not-draft", &[("id", id.into())]),
                None => unknown(id),
            },
            EventCommand::Cancel(id) => match self.store.event_get(id).await? {
                Some(event) if event.status != EventStatus::Cancelled => {
                    let (counts, _) = self.store.rsvp_counts(id).await?;
                    let card = self.card_of(event.card_outbox).await?;
                    let mut cancelled = event.clone();
                    cancelled.status = EventStatus::Cancelled;
                    cancelled.sequence += 1;
                    let mut out = vec![Change::Events(EventChange::Status {
                        id,
                        status: EventStatus::Cancelled,
                        publish_at: None,
                    })];
                    planner.card_edit(&mut out, &cancelled, &counts, card.as_deref());
                    if event.status == EventStatus::Published {
                        out.extend(planner.channel_cancellations(&cancelled));
                        let broadcast = self.store.broadcast_reserve_id().await?;
                        out.extend(planner.start_broadcast(
                            msg,
                            &cancelled,
                            BroadcastKind::Cancel,
                            broadcast,
                        ));
                    }
                    tracing::info!(event = id, "event cancelled");
                    out.extend(planner.room_reply(msg, "event-cancelled", &[("id", id.into())]));
                    out
                }
                Some(_) => planner.room_reply(msg, "event-is-cancelled", &[("id", id.into())]),
                None => unknown(id),
            },
            EventCommand::List => {
                let events = self.store.events_planned(now, 30).await?;
                let mut listed = Vec::with_capacity(events.len());
                for e in events {
                    let (counts, _) = self.store.rsvp_counts(e.id).await?;
                    listed.push((e, counts));
                }
                planner.list_planned(msg, &listed)
            }
            EventCommand::AnnounceNew(fields) => {
                let id = self.store.announcement_reserve_id().await?;
                match planner.announcement_draft(id, &fields, &msg.sender, &areas, now) {
                    Ok(a) => {
                        tracing::info!(announcement = id, by = %msg.sender, "announcement saved");
                        planner.announce(msg, a)
                    }
                    Err(why) => planner.room_reply(msg, "event-invalid", &[("why", why.into())]),
                }
            }
            EventCommand::AnnounceShow(id, lang) => match self.store.announcement_get(id).await? {
                Some(a) => {
                    let lang = lang
                        .filter(|l| self.localizer.has(l))
                        .unwrap_or_else(|| self.localizer.default_language().to_owned());
                    let preview = planner.announcement(&a, msg_channel(), &msg.room_id, &lang);
                    let text = match preview.body {
                        crate::domain::MessageBody::Menu { text, .. } => text,
                        _ => String::new(),
                    };
                    planner.room_reply(
                        msg,
                        "event-preview",
                        &[("language", lang.into()), ("text", text.into())],
                    )
                }
                None => planner.room_reply(msg, "announcement-not-found", &[("id", id.into())]),
            },
            EventCommand::AnnounceSend(id, at) => match self.store.announcement_get(id).await? {
                Some(a)
                    if matches!(
                        a.status,
                        AnnouncementStatus::Draft | AnnouncementStatus::Scheduled
                    ) =>
                {
                    match at.filter(|at| *at > now) {
                        Some(at) => {
                            let mut out = vec![Change::Events(EventChange::AnnouncementStatus {
                                id,
                                status: AnnouncementStatus::Scheduled,
                                publish_at: Some(at),
                            })];
                            out.extend(planner.scheduled_reply(
                                msg,
                                "announcement-scheduled",
                                id,
                                at,
                            ));
                            out
                        }
                        None => {
                            let broadcast = self.store.broadcast_reserve_id().await?;
                            tracing::info!(announcement = id, broadcast, "announcement sent");
                            let mut out = planner.send_announcement(msg, &a, broadcast);
                            if a.via.subscribers() {
                                out.extend(planner.room_reply(
                                    msg,
                                    "announcement-sent",
                                    &[("id", id.into()), ("broadcast", broadcast.into())],
                                ));
                            }
                            out
                        }
                    }
                }
                Some(_) => planner.room_reply(msg, "announcement-not-draft", &[("id", id.into())]),
                None => planner.room_reply(msg, "announcement-not-found", &[("id", id.into())]),
            },
            EventCommand::AnnounceCancel(id) => match self.store.announcement_get(id).await? {
                Some(a)
                    if matches!(
                        a.status,
                        AnnouncementStatus::Draft | AnnouncementStatus::Scheduled
                    ) =>
                {
                    let mut out = vec![Change::Events(EventChange::AnnouncementStatus {
                        id,
                        status: AnnouncementStatus::Cancelled,
                        publish_at: None,
                    })];
                    out.extend(planner.room_reply(
                        msg,
                        "announcement-cancelled",
                        &[("id", id.into())],
                    ));
                    out
                }
                Some(_) => planner.room_reply(msg, "announcement-not-draft", &[("id", id.into())]),
                None => planner.room_reply(msg, "announcement-not-found", &[("id", id.into())]),
            },
            EventCommand::Attendees(id) => match self.store.event_get(id).await? {
                Some(event) => {
                    let list = self.store.rsvp_list(id).await?;
                    planner.attendees(msg, &event, &list)
                }
                None => unknown(id),
            },
        })
    }

    /// Publishes `event` now: its status, its card, and the invite to the
    /// subscribers of its topic in its area.
    fn publish(
        &self,
        msg: &OfficerMessage,
        event: &crate::domain::event::Event,
        counts: &RsvpCounts,
        card: Option<&str>,
        broadcast: i64,
    ) -> Vec<Change> {
        let planner = self.planner();
        let mut published = event.clone();
        published.status = EventStatus::Published;
        let mut out = vec![Change::Events(EventChange::Status {
            id: event.id,
            status: EventStatus::Published,
            publish_at: None,
        })];
        planner.card_edit(&mut out, &published, counts, card);
        out.extend(planner.channel_invites(&published, counts));
        out.extend(planner.start_broadcast(msg, &published, BroadcastKind::Invite, broadcast));
        out.extend(planner.room_reply(
            msg,
            "event-published",
            &[("id", event.id.into()), ("broadcast", broadcast.into())],
        ));
        out
    }

    async fn event_timer(&self, timer: &EventTimer) -> Result<Vec<Change>, ProcessError> {
        let now = self.clock.now_ms();
        let planner = self.planner();
        match timer {
            EventTimer::Expand { broadcast_id } => {
                let Some(b) = self.store.broadcast_get(*broadcast_id).await? else {
                    return Ok(Vec::new());
                };
                if b.status != "expanding" {
                    return Ok(Vec::new());
                }
                let recipients = self
                    .store
                    .broadcast_recipients(&b, b.cursor, self.events.batch)
                    .await?;
                tracing::debug!(
                    broadcast = b.id,
                    recipients = recipients.len(),
                    "broadcast batch"
                );
                if let Some(id) = b.announcement_id {
                    return Ok(match self.store.announcement_get(id).await? {
                        Some(a) => {
                            planner.expand(&b, &decide::Subject::Announcement(&a), &recipients, now)
                        }
                        None => vec![gone(&b)],
                    });
                }
                let event = match b.event_id {
                    Some(id) => self.store.event_get(id).await?,
                    None => None,
                };
                // The event is gone (erased): nothing left to send.
                let Some(event) = event else {
                    return Ok(vec![gone(&b)]);
                };
                let (counts, _) = self.store.rsvp_counts(event.id).await?;
                let subject = decide::Subject::Event {
                    event: &event,
                    counts: &counts,
                };
                Ok(planner.expand(&b, &subject, &recipients, now))
            }
            EventTimer::Progress { broadcast_id } => {
                let Some(b) = self.store.broadcast_get(*broadcast_id).await? else {
                    return Ok(Vec::new());
                };
                if b.status == "done" {
                    return Ok(Vec::new());
                }
                let progress = self.store.broadcast_progress(b.id).await?;
                let card = self.card_of(b.card_outbox).await?;
                if b.status == "sending" && progress.pending == 0 {
                    tracing::info!(
                        broadcast = b.id,
                        sent = progress.sent,
                        failed = progress.failed,
                        unreachable = progress.unreachable,
                        "broadcast finished"
                    );
                }
                Ok(planner.progress(&b, &progress, card.as_deref()))
            }
            EventTimer::Publish { event_id } => {
                let Some(event) = self.store.event_get(*event_id).await? else {
                    return Ok(Vec::new());
                };
                if event.status != EventStatus::Scheduled {
                    return Ok(Vec::new());
                }
                let (counts, _) = self.store.rsvp_counts(event.id).await?;
                let card = self.card_of(event.card_outbox).await?;
                let broadcast = self.store.broadcast_reserve_id().await?;
                let msg = self.timer_message(event.created_by.clone());
                tracing::info!(event = event.id, broadcast, "scheduled event published");
                Ok(self.publish(&msg, &event, &counts, card.as_deref(), broadcast))
            }
            EventTimer::Remind { event_id, .. } => {
                let Some(event) = self.store.event_get(*event_id).await? else {
                    return Ok(Vec::new());
                };
                if !event.is_open(now) || event.starts_at <= now {
                    return Ok(Vec::new());
                }
                let broadcast = self.store.broadcast_reserve_id().await?;
                let msg = self.timer_message("koban".to_owned());
                let mut out =
                    planner.start_broadcast(&msg, &event, BroadcastKind::Reminder, broadcast);
                // Reminders get no card of their own in the room.
                if let Some(Change::Events(EventChange::Broadcast { card, .. })) = out.first_mut() {
                    *card = None;
                }
                Ok(out)
            }
            EventTimer::Announce { announcement_id } => {
                let Some(a) = self.store.announcement_get(*announcement_id).await? else {
                    return Ok(Vec::new());
                };
                if a.status != AnnouncementStatus::Scheduled {
                    return Ok(Vec::new());
                }
                let broadcast = self.store.broadcast_reserve_id().await?;
                let msg = self.timer_message(a.created_by.clone());
                tracing::info!(
                    announcement = a.id,
                    broadcast,
                    "scheduled announcement sent"
                );
                Ok(planner.send_announcement(&msg, &a, broadcast))
            }
            EventTimer::OfferExpired {
                event_id,
                resident_id,
            } => {
                let Some(event) = self.store.event_get(*event_id).await? else {
                    return Ok(Vec::new());
                };
                let Some(crate::domain::event::Rsvp::Offered { until }) =
                    self.store.rsvp_of(*event_id, *resident_id).await?
                else {
                    return Ok(Vec::new());
                };
                if until > now {
                    return Ok(Vec::new());
                }
                let Some(resident) = self.store.resident_get(*resident_id).await? else {
                    return Ok(Vec::new());
                };
                let recipient = crate::domain::event::Recipient {
                    resident_id: resident.id,
                    channel: resident.channel,
                    chat_id: resident.chat_id.clone(),
                    language: resident.language.clone(),
                    pseudonym: resident.pseudonym.clone(),
                };
                let (counts, _) = self.store.rsvp_counts(*event_id).await?;
                let next = self.store.rsvp_next_waiting(*event_id).await?;
                let card = self.card_of(event.card_outbox).await?;
                Ok(planner.offer_expired(
                    &event,
                    &recipient,
                    counts,
                    next.as_ref(),
                    card.as_deref(),
                    now,
                ))
            }
        }
    }
}

/// A broadcast whose subject is gone: finished expanding, nothing sent.
fn gone(b: &crate::domain::event::Broadcast) -> Change {
    Change::Events(EventChange::Expanded {
        id: b.id,
        cursor: b.cursor,
        added: 0,
        done: true,
    })
}

/// Previews in the coordination room are rendered as for a Matrix resident.
fn msg_channel() -> crate::domain::Channel {
    crate::domain::Channel::Matrix
}
