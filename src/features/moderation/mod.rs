//! Moderation: every resident's text is screened before it reaches its
//! readers. Each rule says what to do with a text it matches: pass, hold
//! it for a moderator, or block it. Held messages get a card in the
//! moderation room, where moderators release, remove, warn, mute and block;
//! every decision goes to the audit log.
//!
//! This feature is asked first: it answers for a resident's message only
//! when it keeps it back (held, refused, or from a blocked or muted sender)
//! and otherwise leaves it to the residents' feature. A released message
//! comes back as a new inbound event ([`InboundEvent::Released`]) that is
//! not screened again.

pub mod command;
pub(crate) mod decide;
pub mod lists;
pub mod screen;
mod settings;

pub use settings::{ModerationSettings, stored_rule};

use std::sync::{Arc, Mutex};

use async_trait::async_trait;

use self::command::{ModCommand, RuleSpec, Target};
use self::decide::{Destination, Moderator, RULES_VERSION_KEY, Screened};
use self::screen::Screener;
use crate::domain::intent::{ResidentInput, ResidentIntent};
use crate::domain::menu::Action as MenuAction;
use crate::domain::moderation::{HeldStatus, SanctionKind, StoredRule};
use crate::domain::{
    Change, Conversation, InboundEvent, OfficerMessage, Resident, ResidentContent, ResidentMessage,
};
use crate::features::{Cx, Feature, ProcessError};
use crate::storage::{InboxItem, NewResident};

/// The screener of the current rules, rebuilt when moderators change them.
#[derive(Default)]
pub struct Moderation {
    screener: Mutex<Option<(String, Arc<Screener>)>>,
}

#[async_trait]
impl Feature for Moderation {
    async fn handle(
        &self,
        cx: &Cx,
        item: &InboxItem,
        event: &InboundEvent,
    ) -> Result<Option<Vec<Change>>, ProcessError> {
        let Some(settings) = cx.moderation.as_deref() else {
            return Ok(None);
        };
        match event {
            InboundEvent::Resident(msg) => self.resident(cx, settings, item, msg).await,
            InboundEvent::Officer(msg) if msg.room_id == settings.room => {
                self.command(cx, settings, msg).await.map(Some)
            }
            // An officer passes a resident's message on to the moderators.
            InboundEvent::Officer(msg) if !msg.via_reaction => {
                match (command::report(&msg.body), &msg.thread_root) {
                    (Some(reason), Some(root)) => {
                        self.report(cx, settings, item.id, msg, root, &reason).await
                    }
                    _ => Ok(None),
                }
            }
            // Edits and redactions in the moderation room change nothing.
            InboundEvent::OfficerEdit(c) | InboundEvent::OfficerRedaction(c)
                if c.room_id == settings.room =>
            {
                Ok(Some(Vec::new()))
            }
            _ => Ok(None),
        }
    }
}

/// What a resident may still do when blocked: their data rights.
fn allowed_when_blocked(intent: &ResidentIntent) -> bool {
    matches!(
        intent,
        ResidentIntent::Act(MenuAction::MyData | MenuAction::Erase | MenuAction::Privacy)
    )
}

/// Whether a message's content would reach officers (as a ticket, a
/// report field or a message in a thread), and its text to screen.
fn reaching_officers(intent: &ResidentIntent, content: &ResidentContent) -> Option<(String, bool)> {
    match (intent, content) {
        (ResidentIntent::Text(text), _) => Some((text.clone(), false)),
        (ResidentIntent::Edit { text, .. }, _) => Some((text.clone(), false)),
        (ResidentIntent::Image { caption }, _) => Some((caption.clone().unwrap_or_default(), true)),
        (ResidentIntent::Location(_), _) => Some((String::new(), false)),
        _ => None,
    }
}

impl Moderation {
    /// The screener of the configured rules and those stored, cached until
    /// the rules change (in any koban process).
    async fn screener(
        &self,
        cx: &Cx,
        settings: &ModerationSettings,
    ) -> Result<Arc<Screener>, ProcessError> {
        let version = cx
            .store
            .kv_get(RULES_VERSION_KEY)
            .await?
            .unwrap_or_default();
        if let Ok(cached) = self.screener.lock()
            && let Some((v, s)) = cached.as_ref()
            && *v == version
        {
            return Ok(s.clone());
        }
        let stored = cx.store.moderation_rules().await?;
        let mut rules = settings.rules.clone();
        for r in &stored {
            match stored_rule(r) {
                Ok(rule) => rules.push(rule),
                Err(e) => {
                    tracing::error!(rule = %r.id, error = %e, "a stored moderation rule is unusable; it is skipped")
                }
            }
        }
        let screener = match Screener::new(rules) {
            Ok(s) => Arc::new(s),
            Err(e) => {
                // A stored pattern was checked when added; should the
                // set fail anyway, the configured rules still apply.
                tracing::error!(error = %e, "moderation rules do not compile; using the configured ones");
                Arc::new(
                    Screener::new(settings.rules.clone())
                        .map_err(|e| ProcessError::Retry(format!("moderation rules: {e}")))?,
                )
            }
        };
        if let Ok(mut cached) = self.screener.lock() {
            *cached = Some((version, screener.clone()));
        }
        Ok(screener)
    }

    async fn resident(
        &self,
        cx: &Cx,
        settings: &ModerationSettings,
        item: &InboxItem,
        msg: &ResidentMessage,
    ) -> Result<Option<Vec<Change>>, ProcessError> {
        let now = cx.clock.now_ms();
        let known = cx.store.resident_find(msg.channel, &msg.user_id).await?;
        let menu = known.as_ref().map(|r| r.menu.clone()).unwrap_or_default();
        let input = ResidentInput::parse(&msg.content, msg.channel, &menu);
        let sanction = cx
            .store
            .moderation_sanction(msg.channel, &msg.user_id, now)
            .await?;
        let reaching = reaching_officers(&input.intent, &msg.content);
        // Only what reaches officers or presses a button can open a ticket
        // (a button: a report's confirmation).
        // Looked up only when a mute or the ticket rate needs it.
        let muted = sanction
            .as_ref()
            .is_some_and(|s| s.kind == SanctionKind::Mute);
        let opens = match &known {
            Some(r)
                if (muted || settings.max_tickets_per_minute > 0)
                    && (reaching.is_some() || input.callback.is_some()) =>
            {
                self.opens_ticket(cx, r, &input).await?
            }
            _ => false,
        };
        let kept_back = match &sanction {
            Some(s) if s.kind == SanctionKind::Block => !allowed_when_blocked(&input.intent),
            // Muted: nothing they write or confirm reaches the officers.
            Some(_) => reaching.is_some() || opens,
            None => false,
        };
        if kept_back {
            // They were told when the block or mute began.
            tracing::info!(
                inbox = item.id,
                sanction = sanction.as_ref().map(|s| s.kind.as_str()),
                "a blocked or muted sender's message is not passed on"
            );
            return Ok(Some(answer_button(msg, &input)));
        }
        let too_many_tickets = match &known {
            Some(r) if opens => self.too_many_tickets(cx, settings, r, now).await?,
            _ => false,
        };
        let Some((text, has_photo)) = reaching else {
            if too_many_tickets && let Some(r) = &known {
                // A report's confirmation: refused for now, the report kept.
                tracing::info!(
                    inbox = item.id,
                    "a resident's new ticket waits: too many in a minute"
                );
                let moderator = Moderator {
                    settings,
                    zone: &cx.settings.zone,
                    loc: &cx.localizer,
                };
                let mut changes = answer_button(msg, &input);
                changes.extend(moderator.slow_down(r));
                return Ok(Some(changes));
            }
            return Ok(None);
        };
        let resident = match known {
            Some(r) => r,
            None => {
                cx.store
                    .resident_upsert(
                        &NewResident {
                            channel: msg.channel,
                            external_id: msg.user_id.clone(),
                            chat_id: msg.chat_id.clone(),
                            language: cx.localizer.negotiate(msg.language_hint.as_deref()),
                            platform_language: msg.language_hint.clone(),
                        },
                        now,
                    )
                    .await?
            }
        };
        let mut screened = Screened {
            resident: &resident,
            message: msg,
            payload: &item.payload,
            number: item.id,
            text: &text,
            has_photo,
            photo: None,
        };
        let moderator = Moderator {
            settings,
            zone: &cx.settings.zone,
            loc: &cx.localizer,
        };
        let mut screening = self.screener(cx, settings).await?.screen(&text);
        // What this sender sent lately, for the rate and repetition rules.
        let conversation = format!("{}:{}", msg.channel.as_str(), msg.chat_id);
        let recent = if settings.max_per_minute > 0 || settings.max_repeats > 0 {
            cx.store
                .inbox_recent_of(&conversation, now - decide::REPEAT_WINDOW_MS, 200)
                .await?
        } else {
            Vec::new()
        };
        let first_photo = has_photo
            && settings.hold_first_photos
            && cx
                .store
                .tickets_of_resident(resident.id, 1)
                .await?
                .is_empty();
        // A released message was counted when it first came.
        let recent: Vec<(i64, String)> = recent
            .into_iter()
            .filter(|i| i.source != "moderation")
            .map(|i| (i.received_at, i.payload))
            .collect();
        if too_many_tickets {
            screening.hits.push(screen::Hit {
                rule: "ticket-rate".into(),
                action: screen::Action::Hold,
                dry_run: false,
                matched: vec![format!(
                    "more than {} new tickets in a minute",
                    settings.max_tickets_per_minute
                )],
            });
        }
        screening.hits.extend(decide::history_hits(
            settings,
            &text,
            &recent,
            now,
            first_photo,
        ));
        for hit in screening.hits.iter().filter(|h| h.dry_run) {
            tracing::info!(
                inbox = item.id,
                rule = %hit.rule,
                action = hit.action.as_str(),
                "moderation dry run: this rule would have acted on the message"
            );
        }
        let pending = cx.store.moderation_held_pending_of(resident.id).await?;
        let destination = if screening.action() == screen::Action::Hold {
            self.destination(cx, &resident).await?
        } else {
            Destination::NewQuestion
        };
        // A held photo is shown to the moderators, stripped like any other.
        let photo = match (&msg.content, screening.action()) {
            (ResidentContent::Image { file, .. }, screen::Action::Hold) => {
                match cx.attachment(msg.channel, file, item.attempts).await? {
                    crate::features::engine::Attachment::Image { image, .. } => Some(image),
                    crate::features::engine::Attachment::Refused(_) => None,
                }
            }
            _ => None,
        };
        screened.photo = photo.as_ref();
        if let Some(changes) = moderator.screened(&screened, &screening, &destination) {
            tracing::info!(
                inbox = item.id,
                action = screening.action().as_str(),
                rule = screening.deciding().map(|h| h.rule.as_str()),
                "a resident's message was kept back by screening"
            );
            return Ok(Some(changes));
        }
        // In order: while an earlier message waits for review, later ones
        // wait behind it.
        if let Some(first) = pending.first() {
            return Ok(Some(moderator.behind(&screened, first.id)));
        }
        Ok(None)
    }

    /// Whether this message would open a ticket (a question, a report's
    /// confirmation).
    async fn opens_ticket(
        &self,
        cx: &Cx,
        resident: &Resident,
        input: &ResidentInput,
    ) -> Result<bool, ProcessError> {
        let open = cx.store.ticket_open_for(resident.id).await?;
        let conversation = cx.store.conversation_get(resident.id).await?;
        let state = crate::features::engine::ResidentState {
            resident,
            open_ticket: open.as_ref(),
            conversation: &conversation,
            tickets: &[],
            rated_ticket: None,
            edited_original: None,
            export: None,
        };
        let engine = crate::features::engine::Engine::new(&cx.settings, &cx.localizer);
        Ok(engine.opens_ticket(&state, input, None))
    }

    /// Whether one more ticket would be beyond the resident's limit of new
    /// tickets in a minute.
    async fn too_many_tickets(
        &self,
        cx: &Cx,
        settings: &ModerationSettings,
        resident: &Resident,
        now: i64,
    ) -> Result<bool, ProcessError> {
        let max = settings.max_tickets_per_minute;
        if max == 0 {
            return Ok(false);
        }
        let latest = cx
            .store
            .tickets_of_resident(resident.id, i64::try_from(max).unwrap_or(i64::MAX))
            .await?;
        let created: Vec<i64> = latest.iter().map(|t| t.created_at).collect();
        Ok(decide::too_many_new_tickets(&created, max, now))
    }

    async fn destination(&self, cx: &Cx, resident: &Resident) -> Result<Destination, ProcessError> {
        if let Some(t) = cx.store.ticket_open_for(resident.id).await? {
            let queue = cx
                .settings
                .desk(&t.queue_id)
                .map_or_else(|| t.queue_id.clone(), |d| d.name.clone());
            return Ok(Destination::Ticket {
                reference: t.reference(),
                queue,
            });
        }
        Ok(match cx.store.conversation_get(resident.id).await? {
            Conversation::Reporting { .. } => Destination::Report,
            _ => Destination::NewQuestion,
        })
    }

    /// A message in the moderation room: only `!` commands matter.
    async fn command(
        &self,
        cx: &Cx,
        settings: &ModerationSettings,
        msg: &OfficerMessage,
    ) -> Result<Vec<Change>, ProcessError> {
        let command = if msg.via_reaction {
            ModCommand::from_reaction(&msg.body)
        } else {
            ModCommand::parse(&msg.body)
        };
        let Some(command) = command else {
            return Ok(Vec::new());
        };
        let moderator = Moderator {
            settings,
            zone: &cx.settings.zone,
            loc: &cx.localizer,
        };
        if let Some(needed) = cx.refused(&msg.room_id, &msg.sender).await? {
            tracing::warn!(room = %msg.room_id, sender = %msg.sender, needed, "moderation command refused");
            return Ok(moderator.notice(
                "moderation-not-allowed",
                &[
                    ("user", msg.sender.as_str().into()),
                    ("level", needed.into()),
                ],
            ));
        }
        let now = cx.clock.now_ms();
        let by = msg.sender.as_str();
        // In a card's thread, the card's message is meant.
        let in_thread = match &msg.thread_root {
            Some(root) => cx.store.moderation_held_by_card(&msg.room_id, root).await?,
            None => None,
        };
        let held_target = |n: Option<i64>| n.or(in_thread.as_ref().map(|h| h.id));
        match command {
            ModCommand::Release { target, reason } => {
                self.decide(
                    cx,
                    &moderator,
                    held_target(target),
                    HeldStatus::Released,
                    by,
                    &reason,
                )
                .await
            }
            ModCommand::Remove { target, reason } => {
                self.decide(
                    cx,
                    &moderator,
                    held_target(target),
                    HeldStatus::Removed,
                    by,
                    &reason,
                )
                .await
            }
            ModCommand::Dismiss { target, reason } => {
                self.decide(
                    cx,
                    &moderator,
                    held_target(target),
                    HeldStatus::Dismissed,
                    by,
                    &reason,
                )
                .await
            }
            ModCommand::Warn { target, reason } => {
                let Some(resident) = self
                    .target(cx, &moderator, target, in_thread.as_ref())
                    .await?
                else {
                    return Ok(self.no_target(&moderator));
                };
                let since = now - settings.warning_window_days * 86_400_000;
                let count = cx
                    .store
                    .moderation_warnings_since(resident.channel, &resident.external_id, since)
                    .await?
                    + 1;
                Ok(moderator.warn(&resident, by, &reason, count, now))
            }
            ModCommand::Mute {
                target,
                duration,
                reason,
            } => {
                let Some(resident) = self
                    .target(cx, &moderator, target, in_thread.as_ref())
                    .await?
                else {
                    return Ok(self.no_target(&moderator));
                };
                Ok(moderator.sanction(&resident, SanctionKind::Mute, duration, by, &reason, now))
            }
            ModCommand::Block { target, reason } => {
                let Some(resident) = self
                    .target(cx, &moderator, target, in_thread.as_ref())
                    .await?
                else {
                    return Ok(self.no_target(&moderator));
                };
                Ok(moderator.sanction(&resident, SanctionKind::Block, None, by, &reason, now))
            }
            ModCommand::Unblock { target } => {
                let Some(resident) = self
                    .target(cx, &moderator, target, in_thread.as_ref())
                    .await?
                else {
                    return Ok(self.no_target(&moderator));
                };
                Ok(moderator.lift(&resident, SanctionKind::Block, by))
            }
            ModCommand::Unmute { target } => {
                let Some(resident) = self
                    .target(cx, &moderator, target, in_thread.as_ref())
                    .await?
                else {
                    return Ok(self.no_target(&moderator));
                };
                Ok(moderator.lift(&resident, SanctionKind::Mute, by))
            }
            ModCommand::Held => {
                let held = cx.store.moderation_held_pending(50).await?;
                let mut listed = Vec::with_capacity(held.len());
                for h in held {
                    let who = cx
                        .store
                        .resident_get(h.resident_id)
                        .await?
                        .map_or_else(|| "?".to_owned(), |r| r.pseudonym);
                    listed.push((h, who));
                }
                Ok(moderator.held_list(&listed, now))
            }
            ModCommand::Test(text) => {
                let screening = self.screener(cx, settings).await?.screen(&text);
                Ok(moderator.test(&screening))
            }
            ModCommand::RuleAdd(spec) => Ok(self.add_rule(settings, &moderator, spec, by, now)),
            ModCommand::RuleRemove(id) => {
                let rules = cx.store.moderation_rules().await?;
                Ok(match rules.iter().find(|r| r.id == id) {
                    Some(rule) => moderator.rule_removed(rule, by, now),
                    None => {
                        moderator.notice("moderation-rule-unknown", &[("id", id.as_str().into())])
                    }
                })
            }
            ModCommand::RuleList => {
                let rules = cx.store.moderation_rules().await?;
                Ok(moderator.rule_list(&rules, settings.rules.len()))
            }
            ModCommand::RuleUsage => Ok(moderator.notice("moderation-rule-usage", &[])),
            ModCommand::Audit(n) => {
                let entries = cx.store.audit_recent(n).await?;
                Ok(moderator.audit_list(&entries))
            }
            ModCommand::Help => Ok(moderator.notice("moderation-help", &[])),
        }
    }

    /// `!report` in a ticket's thread: the resident's latest message goes
    /// to the moderators. Not a ticket's thread: left to the desk.
    async fn report(
        &self,
        cx: &Cx,
        settings: &ModerationSettings,
        number: i64,
        msg: &OfficerMessage,
        root: &str,
        reason: &str,
    ) -> Result<Option<Vec<Change>>, ProcessError> {
        let Some(ticket) = cx.store.ticket_by_root(&msg.room_id, root).await? else {
            return Ok(None);
        };
        if cx.refused(&msg.room_id, &msg.sender).await?.is_some() {
            // The desk tells them what they may not do.
            return Ok(None);
        }
        let Some(resident) = cx.store.resident_get(ticket.resident_id).await? else {
            return Ok(Some(Vec::new()));
        };
        let history = cx.store.ticket_history(ticket.id).await?;
        let last = history.iter().rev().find(|h| h.author.is_resident());
        let copies = match last {
            Some(h) => self.copies(cx, &resident, &ticket, h).await?,
            None => Vec::new(),
        };
        let last = last.map(|h| h.body.as_str());
        let queue = cx
            .settings
            .desk(&ticket.queue_id)
            .map_or_else(|| ticket.queue_id.clone(), |d| d.name.clone());
        let moderator = Moderator {
            settings,
            zone: &cx.settings.zone,
            loc: &cx.localizer,
        };
        tracing::info!(ticket = ticket.id, officer = %msg.sender, "a resident's message was reported to the moderators");
        Ok(Some(moderator.reported(
            number,
            &ticket,
            &queue,
            &resident,
            &msg.sender,
            reason,
            last,
            &copies,
        )))
    }

    /// Where a resident's message exists besides koban's database: their
    /// own message in their Telegram chat, and koban's copies in the queue
    /// room (text, photos, edits).
    async fn copies(
        &self,
        cx: &Cx,
        resident: &Resident,
        ticket: &crate::domain::Ticket,
        line: &crate::storage::HistoryRow,
    ) -> Result<Vec<decide::Copy>, ProcessError> {
        let mut copies = Vec::new();
        if resident.channel == crate::domain::Channel::Telegram {
            copies.push(decide::Copy {
                channel: resident.channel,
                destination: resident.chat_id.clone(),
                target: line.external_id.clone(),
            });
        }
        let conversation = format!("{}:{}", resident.channel.as_str(), resident.chat_id);
        let recent = cx
            .store
            .inbox_recent_of(&conversation, line.created_at - 86_400_000, 500)
            .await?;
        // The message as it came, and as it came back if it was held.
        let events = recent.iter().filter(|i| {
            matches!(
                serde_json::from_str::<InboundEvent>(&i.payload),
                Ok(InboundEvent::Resident(m) | InboundEvent::Released { message: m, .. })
                    if m.message_id == line.external_id
            )
        });
        for event in events {
            for row in cx
                .store
                .outbox_of_event(&event.source, &event.external_id)
                .await?
            {
                if let (Some(remote), true) = (row.remote_id, row.destination == ticket.room_id) {
                    copies.push(decide::Copy {
                        channel: row.channel,
                        destination: row.destination,
                        target: remote,
                    });
                }
            }
        }
        Ok(copies)
    }

    fn no_target(&self, moderator: &Moderator<'_>) -> Vec<Change> {
        moderator.notice("moderation-no-target", &[])
    }

    /// A new rule, accepted only if it compiles with the configured ones.
    fn add_rule(
        &self,
        settings: &ModerationSettings,
        moderator: &Moderator<'_>,
        spec: RuleSpec,
        by: &str,
        now: i64,
    ) -> Vec<Change> {
        let stored = StoredRule {
            id: spec.id,
            kind: spec.kind,
            action: spec.action,
            dry_run: spec.dry_run,
            spec: spec.spec,
            created_by: by.to_owned(),
            created_at: now,
        };
        let checked = stored_rule(&stored).and_then(|rule| {
            if settings.rules.iter().any(|r| r.id == rule.id) {
                return Err(format!("{} is the name of a configured rule", rule.id));
            }
            let mut rules = settings.rules.clone();
            rules.push(rule);
            Screener::new(rules).map(|_| ()).map_err(|e| e.to_string())
        });
        match checked {
            Ok(()) => moderator.rule_added(stored, now),
            Err(problem) => {
                moderator.notice("moderation-rule-invalid", &[("problem", problem.into())])
            }
        }
    }

    async fn decide(
        &self,
        cx: &Cx,
        moderator: &Moderator<'_>,
        number: Option<i64>,
        status: HeldStatus,
        by: &str,
        reason: &str,
    ) -> Result<Vec<Change>, ProcessError> {
        let Some(number) = number else {
            return Ok(self.no_target(moderator));
        };
        let held = match cx.store.moderation_held(number).await? {
            Some(h) if h.status == HeldStatus::Pending => h,
            // A reported message was delivered already: it can be taken
            // back or dismissed.
            Some(h) if h.status == HeldStatus::Reported && status != HeldStatus::Released => h,
            _ => {
                return Ok(moderator.notice("moderation-not-pending", &[("number", number.into())]));
            }
        };
        let resident = cx.store.resident_get(held.resident_id).await?;
        let after = cx
            .store
            .moderation_held_pending_of(held.resident_id)
            .await?;
        tracing::info!(
            held = held.id,
            status = status.as_str(),
            moderator = by,
            "held message decided"
        );
        Ok(moderator.decide(&held, status, by, reason, resident.as_ref(), &after))
    }

    /// The resident a command is about: by held number, pseudonym, or the
    /// card whose thread it was written in.
    async fn target(
        &self,
        cx: &Cx,
        _moderator: &Moderator<'_>,
        target: Option<Target>,
        in_thread: Option<&crate::domain::moderation::Held>,
    ) -> Result<Option<Resident>, ProcessError> {
        let resident_id = match target {
            Some(Target::Held(n)) => cx.store.moderation_held(n).await?.map(|h| h.resident_id),
            Some(Target::Pseudonym(p)) => {
                return Ok(cx.store.resident_by_pseudonym(&p).await?);
            }
            None => in_thread.map(|h| h.resident_id),
        };
        Ok(match resident_id {
            Some(id) => cx.store.resident_get(id).await?,
            None => None,
        })
    }
}

/// A button pressed by a sender whose message is kept back still gets its
/// answer, so their client stops waiting.
fn answer_button(msg: &ResidentMessage, input: &ResidentInput) -> Vec<Change> {
    input
        .callback
        .iter()
        .map(|query_id| Change::Send {
            ticket_id: None,
            message: crate::domain::NewOutbound {
                channel: msg.channel,
                destination: msg.chat_id.clone(),
                placement: crate::domain::Placement::Direct,
                body: crate::domain::MessageBody::CallbackAnswer {
                    query_id: query_id.clone(),
                    text: None,
                },
                media: None,
            },
            lane: Default::default(),
        })
        .collect()
}
