//! The officers' desk in a queue room: replies, commands in a ticket's
//! thread, the card kept current by editing it, and the resident's rating
//! after closing.

use fluent::FluentValue;

use crate::domain::history::{Author, OfficerAct};
use crate::domain::intent::{DeskCommand, DeskIntent};
use crate::domain::menu::Action;
use crate::domain::model::{Channel, Resident, Ticket, TicketStatus};
use crate::domain::outbound::{HistoryEntry, MessageBody, NewOutbound, Placement, TicketUpdate};
use crate::domain::{Change, OfficerMessage};
use crate::features::engine::{Engine, ResidentState, Screen};
use crate::i18n::args;

/// Most characters of the resident's comment shown on the card (the
/// history keeps it whole).
const CARD_COMMENT_CHARS: usize = 500;

/// Most labels on one ticket.
const MAX_LABELS: usize = 10;

fn valid_label(label: &str) -> bool {
    !label.is_empty()
        && label.chars().count() <= 24
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

fn is_matrix_user(s: &str) -> bool {
    s.starts_with('@') && s.len() > 3 && s[1..].contains(':') && !s.contains(char::is_whitespace)
}

impl Engine<'_> {
    /// The card as it should read now: its first text and the status lines.
    pub(crate) fn card_text(&self, t: &Ticket) -> String {
        let lang = self.loc.default_language();
        let mut lines = Vec::new();
        let status = match t.status {
            TicketStatus::Open => self.loc.t(lang, "card-status-new"),
            TicketStatus::Claimed => self.loc.text(
                lang,
                "card-status-claimed",
                Some(&args(&[(
                    "user",
                    t.assignee.clone().unwrap_or_default().into(),
                )])),
            ),
            TicketStatus::Waiting => self.loc.text(
                lang,
                "card-status-waiting",
                Some(&args(&[(
                    "user",
                    t.assignee.clone().unwrap_or_default().into(),
                )])),
            ),
            TicketStatus::Closed => self.loc.t(lang, "card-status-closed"),
        };
        lines.push(status);
        if let (Some(assignee), TicketStatus::Closed) = (&t.assignee, t.status) {
            lines.push(self.loc.text(
                lang,
                "card-assignee",
                Some(&args(&[("user", assignee.as_str().into())])),
            ));
        }
        if !t.labels.is_empty() {
            let labels = t
                .labels
                .iter()
                .map(|l| format!("#{l}"))
                .collect::<Vec<_>>()
                .join(" ");
            lines.push(self.loc.text(
                lang,
                "card-labels",
                Some(&args(&[("labels", labels.into())])),
            ));
        }
        if t.reminded_at.is_some() && t.status != TicketStatus::Closed {
            lines.push(self.loc.t(lang, "card-overdue"));
        }
        if let Some(rating) = t.rating {
            let full = rating.clamp(0, 5) as usize;
            let stars = format!("{}{}", "★".repeat(full), "☆".repeat(5 - full));
            lines.push(self.loc.text(
                lang,
                "card-rating",
                Some(&args(&[
                    ("stars", stars.into()),
                    ("rating", FluentValue::from(rating)),
                ])),
            ));
        }
        if let Some(comment) = &t.feedback {
            // On one line and short: the card must stay editable, and the
            // resident's words must not pass for card lines.
            let flat = crate::domain::outbound::neutralize_bidi(comment)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let shown = if flat.chars().count() > CARD_COMMENT_CHARS {
                let cut: String = flat.chars().take(CARD_COMMENT_CHARS).collect();
                format!("{cut}…")
            } else {
                flat
            };
            lines.push(self.loc.text(
                lang,
                "card-feedback",
                Some(&args(&[("comment", shown.into())])),
            ));
        }
        format!("{}\n\n{}", t.card, lines.join("\n"))
    }

    /// The edit of the ticket's card that shows `t` (the ticket after the
    /// change), once the card is delivered.
    pub(crate) fn card_edit(&self, t: &Ticket) -> Option<NewOutbound> {
        // Tickets opened before cards were stored keep their card as posted.
        if t.card.is_empty() {
            return None;
        }
        let root = t.root_event_id.as_ref()?;
        Some(NewOutbound {
            channel: Channel::Matrix,
            destination: t.room_id.clone(),
            placement: Placement::Direct,
            body: MessageBody::Edit {
                target: root.clone(),
                text: self.card_text(t),
            },
            media: None,
        })
    }

    /// Edits the ticket's card to show `t` (the ticket after the change).
    pub(crate) fn edit_card(&self, out: &mut Vec<Change>, t: &Ticket) {
        if let Some(edit) = self.card_edit(t) {
            out.push(Change::send(Some(t.id), edit));
        }
    }

    /// A notice to the officers in the ticket's thread (default language).
    pub(crate) fn thread_notice(&self, out: &mut Vec<Change>, ticket: &Ticket, text: String) {
        let notice = NewOutbound {
            channel: Channel::Matrix,
            destination: ticket.room_id.clone(),
            placement: Placement::TicketThread,
            body: MessageBody::Text { text },
            media: None,
        };
        out.push(Change::send(Some(ticket.id), notice));
    }

    /// How residents see who answers: a role, with the queue's name; and
    /// the officer's name first where the queue is configured to show it.
    fn role_label(&self, lang: &str, ticket: &Ticket, officer: Option<&str>) -> String {
        let role = self.loc.t(lang, "officer-role");
        let desk = self.settings.desk(&ticket.queue_id);
        let role = match desk.map(|d| d.name.as_str()).filter(|n| !n.is_empty()) {
            Some(name) => format!("{role}, {name}"),
            None => role,
        };
        match officer.filter(|_| desk.is_some_and(|d| d.officer_names)) {
            Some(officer) => format!("{officer} · {role}"),
            None => role,
        }
    }

    /// Sends `text` to the resident as the officers' answer.
    fn answer_resident(
        &self,
        out: &mut Vec<Change>,
        ticket: &Ticket,
        resident: &Resident,
        officer: Option<&str>,
        text: &str,
    ) {
        let lang = resident.language.as_str();
        let text = self.loc.text(
            lang,
            "officer-reply",
            Some(&args(&[
                ("role", self.role_label(lang, ticket, officer).into()),
                ("reference", ticket.reference().into()),
                ("text", text.into()),
            ])),
        );
        // A long answer arrives whole, in as many messages as it takes.
        for part in self.resident_parts(resident, &text) {
            out.push(Change::send(
                Some(ticket.id),
                self.to_resident(resident, part),
            ));
        }
    }

    /// Handles a message in a queue room. A message in a ticket's thread is
    /// the officer's answer to the resident; `!` starts a command.
    /// `history` holds the ticket's thread so far, one line per message
    /// (for the summary a transfer carries along).
    pub fn officer_message(
        &self,
        ticket_and_resident: Option<(&Ticket, &Resident)>,
        history: &[String],
        msg: &OfficerMessage,
        intent: &DeskIntent,
    ) -> Vec<Change> {
        let body = match intent {
            DeskIntent::Empty => return Vec::new(),
            DeskIntent::Command(command) => {
                return match ticket_and_resident {
                    Some((ticket, resident)) => {
                        let mut out = vec![Change::TouchTicket(ticket.id)];
                        self.officer_command(&mut out, ticket, resident, history, msg, command);
                        out
                    }
                    None => self.room_command(msg, command),
                };
            }
            DeskIntent::Reply(body) => body.as_str(),
        };
        let Some((ticket, resident)) = ticket_and_resident else {
            return Vec::new();
        };
        let mut out = vec![Change::TouchTicket(ticket.id)];
        if ticket.status == TicketStatus::Closed {
            // Closed: the resident has moved on; say so instead of sending.
            out.push(Change::history(
                ticket.id,
                HistoryEntry {
                    author: Author::officer(OfficerAct::Unsent, &msg.sender),
                    external_id: msg.event_id.clone(),
                    body: body.to_owned(),
                },
            ));
            let text = self.loc.text(
                self.loc.default_language(),
                "notice-closed-not-sent",
                Some(&args(&[("reference", ticket.reference().into())])),
            );
            self.thread_notice(&mut out, ticket, text);
            return out;
        }
        out.push(Change::history(
            ticket.id,
            HistoryEntry {
                author: Author::officer(OfficerAct::Answer, &msg.sender),
                external_id: msg.event_id.clone(),
                body: body.to_owned(),
            },
        ));
        self.answer_resident(&mut out, ticket, resident, msg.sender_name.as_deref(), body);
        let mut update = TicketUpdate {
            ticket_id: ticket.id,
            first_response: true,
            ..TicketUpdate::default()
        };
        // The first officer to answer a ticket nobody has takes it; the
        // resident's turn now.
        let mut after = ticket.clone();
        if ticket.assignee.is_none() {
            update.assignee = Some(Some(msg.sender.clone()));
            after.assignee = Some(msg.sender.clone());
        }
        after.status = TicketStatus::Waiting;
        after.first_response_at = Some(0);
        if after.status != ticket.status || after.assignee != ticket.assignee {
            self.edit_card(&mut out, &after);
        }
        out.push(Change::status(ticket.id, TicketStatus::Waiting));
        out.push(Change::UpdateTicket(update));
        out
    }

    /// A `!command` in a queue room outside any ticket's thread.
    fn room_command(&self, msg: &OfficerMessage, command: &DeskCommand) -> Vec<Change> {
        let lang = self.loc.default_language();
        let text = match command {
            DeskCommand::Help => self.loc.t(lang, "notice-help"),
            _ => self.loc.text(
                lang,
                "notice-not-in-thread",
                Some(&args(&[("command", command.name().into())])),
            ),
        };
        let notice = NewOutbound {
            channel: Channel::Matrix,
            destination: msg.room_id.clone(),
            placement: Placement::Direct,
            body: MessageBody::Text { text },
            media: None,
        };
        vec![Change::send(None, notice)]
    }

    /// Someone without the power to act wrote in a ticket's thread: nothing
    /// reaches the resident; the room is told why.
    pub fn officer_refused(
        &self,
        ticket: &Ticket,
        msg: &OfficerMessage,
        needed: i64,
    ) -> Vec<Change> {
        let mut out = vec![
            Change::TouchTicket(ticket.id),
            Change::history(
                ticket.id,
                HistoryEntry {
                    author: Author::officer(OfficerAct::Refused, &msg.sender),
                    external_id: msg.event_id.clone(),
                    body: msg.body.clone(),
                },
            ),
        ];
        let text = self.loc.text(
            self.loc.default_language(),
            "notice-not-allowed",
            Some(&args(&[
                ("user", msg.sender.as_str().into()),
                ("level", FluentValue::from(needed)),
            ])),
        );
        self.thread_notice(&mut out, ticket, text);
        out
    }

    /// Commands in a ticket's thread, after the change that touches the
    /// ticket.
    fn officer_command(
        &self,
        out: &mut Vec<Change>,
        ticket: &Ticket,
        resident: &Resident,
        history_lines: &[String],
        msg: &OfficerMessage,
        command: &DeskCommand,
    ) {
        let officer_lang = self.loc.default_language();
        let lang = resident.language.as_str();
        let reference = ticket.reference();
        let notice = |id: &str| {
            self.loc.text(
                officer_lang,
                id,
                Some(&args(&[("reference", reference.as_str().into())])),
            )
        };
        let notice_with = |id: &str, key: &'static str, value: String| {
            self.loc.text(
                officer_lang,
                id,
                Some(&args(&[
                    ("reference", reference.as_str().into()),
                    (key, value.into()),
                ])),
            )
        };
        let history = |kind: OfficerAct, text: &str| {
            Change::history(
                ticket.id,
                HistoryEntry {
                    author: Author::officer(kind, &msg.sender),
                    external_id: msg.event_id.clone(),
                    body: text.to_owned(),
                },
            )
        };
        let closed = ticket.status == TicketStatus::Closed;
        match command {
            DeskCommand::Help => {
                self.thread_notice(out, ticket, self.loc.t(officer_lang, "notice-help"));
            }
            // The erasure is all the event changes: the ticket goes with the
            // resident's data.
            DeskCommand::Erase => *out = self.officer_erase(ticket, resident, msg),
            DeskCommand::Note(rest) if rest.is_empty() => {
                self.thread_notice(out, ticket, notice("notice-note-empty"));
            }
            DeskCommand::Note(rest) => {
                // Internal: kept in the history, never sent to the resident.
                out.push(history(OfficerAct::Note, rest));
                self.thread_notice(out, ticket, notice("notice-note-saved"));
            }
            DeskCommand::Claim
            | DeskCommand::Assign(_)
            | DeskCommand::Label(_)
            | DeskCommand::Template(_)
            | DeskCommand::Transfer(_)
            | DeskCommand::Close(_)
                if closed =>
            {
                self.thread_notice(out, ticket, notice("notice-already-closed"));
            }
            DeskCommand::Claim | DeskCommand::Assign(_) => {
                let who = match command {
                    DeskCommand::Assign(rest) if is_matrix_user(rest) => rest.clone(),
                    DeskCommand::Assign(_) => {
                        return self.thread_notice(out, ticket, notice("notice-assign-usage"));
                    }
                    _ => msg.sender.clone(),
                };
                out.push(history(OfficerAct::Assigned, &who));
                let mut after = ticket.clone();
                after.status = TicketStatus::Claimed;
                after.assignee = Some(who.clone());
                self.edit_card(out, &after);
                let assigned = notice_with("notice-assigned", "user", who.clone());
                self.thread_notice(out, ticket, assigned);
                // The resident hears once that someone took it up.
                if ticket.status == TicketStatus::Open {
                    let text = self.loc.text(
                        lang,
                        "ticket-claimed",
                        Some(&args(&[("reference", reference.as_str().into())])),
                    );
                    out.push(Change::send(
                        Some(ticket.id),
                        self.to_resident(resident, text),
                    ));
                }
                out.push(Change::status(ticket.id, TicketStatus::Claimed));
                out.push(Change::UpdateTicket(TicketUpdate {
                    ticket_id: ticket.id,
                    assignee: Some(Some(who)),
                    ..TicketUpdate::default()
                }));
            }
            DeskCommand::Label(rest) => {
                let mut labels = ticket.labels.clone();
                let mut bad = Vec::new();
                for word in rest.split_whitespace() {
                    let (remove, label) = match word.strip_prefix('-') {
                        Some(l) => (true, l),
                        None => (false, word.strip_prefix('+').unwrap_or(word)),
                    };
                    let label = label.trim_start_matches('#').to_lowercase();
                    if !valid_label(&label) {
                        bad.push(word.to_owned());
                    } else if remove {
                        labels.retain(|l| *l != label);
                    } else if !labels.contains(&label) && labels.len() < MAX_LABELS {
                        labels.push(label);
                    }
                }
                if rest.is_empty() || !bad.is_empty() {
                    return self.thread_notice(
                        out,
                        ticket,
                        notice_with("notice-label-usage", "bad", bad.join(" ")),
                    );
                }
                out.push(history(OfficerAct::Labels, &labels.join(" ")));
                let mut after = ticket.clone();
                after.labels = labels.clone();
                self.edit_card(out, &after);
                out.push(Change::UpdateTicket(TicketUpdate {
                    ticket_id: ticket.id,
                    labels: Some(labels),
                    ..TicketUpdate::default()
                }));
            }
            DeskCommand::Template(rest) => self.template(out, ticket, resident, msg, rest),
            DeskCommand::Transfer(rest) => self.transfer(out, ticket, history_lines, msg, rest),
            DeskCommand::Close(rest) => {
                let rest = rest.as_str();
                out.push(history(OfficerAct::Closed, rest));
                let (closed, closed_with) = match ticket.kind {
                    crate::domain::TicketKind::Question => {
                        ("ticket-closed", "ticket-closed-resolution")
                    }
                    crate::domain::TicketKind::Report => {
                        ("report-closed", "report-closed-resolution")
                    }
                };
                let text = if rest.is_empty() {
                    self.loc.text(
                        lang,
                        closed,
                        Some(&args(&[("reference", reference.as_str().into())])),
                    )
                } else {
                    self.loc.text(
                        lang,
                        closed_with,
                        Some(&args(&[
                            ("reference", reference.as_str().into()),
                            ("resolution", rest.into()),
                        ])),
                    )
                };
                out.push(Change::send(
                    Some(ticket.id),
                    self.to_resident(resident, text),
                ));
                self.ask_rating(out, ticket, resident);
                let mut after = ticket.clone();
                after.status = TicketStatus::Closed;
                self.edit_card(out, &after);
                self.thread_notice(out, ticket, notice("notice-closed"));
                out.push(Change::status(ticket.id, TicketStatus::Closed));
            }
            DeskCommand::Reopen if !closed => {
                self.thread_notice(out, ticket, notice("notice-already-open"));
            }
            DeskCommand::Reopen => {
                let status = if ticket.assignee.is_some() {
                    TicketStatus::Claimed
                } else {
                    TicketStatus::Open
                };
                out.push(history(OfficerAct::Reopened, ""));
                let mut after = ticket.clone();
                after.status = status;
                self.edit_card(out, &after);
                self.thread_notice(out, ticket, notice("notice-reopened"));
                out.push(Change::status(ticket.id, status));
            }
            DeskCommand::Unknown(_) => {
                let text = self.loc.text(
                    officer_lang,
                    "notice-unknown-command",
                    Some(&args(&[("command", command.name().into())])),
                );
                self.thread_notice(out, ticket, text);
            }
        }
    }

    /// The template names, from the default language's texts.
    fn template_names(&self) -> Vec<String> {
        self.loc
            .locale(self.loc.default_language())
            .map(|l| {
                l.ids()
                    .iter()
                    .filter_map(|id| id.strip_prefix("template-"))
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `!template [name]`: a canned answer in the resident's language.
    fn template(
        &self,
        out: &mut Vec<Change>,
        ticket: &Ticket,
        resident: &Resident,
        msg: &OfficerMessage,
        name: &str,
    ) {
        let officer_lang = self.loc.default_language();
        let names = self.template_names();
        let name = name.trim().to_lowercase();
        if name.is_empty() || !names.contains(&name) {
            let text = self.loc.text(
                officer_lang,
                "notice-templates",
                Some(&args(&[
                    (
                        "name",
                        if name.is_empty() {
                            "none".to_owned()
                        } else {
                            name
                        }
                        .into(),
                    ),
                    ("names", names.join(", ").into()),
                ])),
            );
            return self.thread_notice(out, ticket, text);
        }
        let id = format!("template-{name}");
        let zone = self.zone_args();
        let lang = resident.language.as_str();
        let text = self.loc.text(lang, &id, Some(&zone));
        out.push(Change::history(
            ticket.id,
            HistoryEntry {
                author: Author::officer(OfficerAct::Answer, &msg.sender),
                external_id: msg.event_id.clone(),
                body: format!("[template {name}] {text}"),
            },
        ));
        self.answer_resident(out, ticket, resident, msg.sender_name.as_deref(), &text);
        let notice = self.loc.text(
            officer_lang,
            "notice-template-sent",
            Some(&args(&[
                ("name", name.as_str().into()),
                ("language", lang.into()),
                ("text", self.loc.text(officer_lang, &id, Some(&zone)).into()),
            ])),
        );
        self.thread_notice(out, ticket, notice);
        out.push(Change::UpdateTicket(TicketUpdate {
            ticket_id: ticket.id,
            first_response: true,
            ..TicketUpdate::default()
        }));
    }

    /// `!transfer <queue>`: a new card (with the thread so far, summed up) in
    /// the other queue's room; the old card says where it went. The resident
    /// notices nothing.
    fn transfer(
        &self,
        out: &mut Vec<Change>,
        ticket: &Ticket,
        history: &[String],
        msg: &OfficerMessage,
        target: &str,
    ) {
        let officer_lang = self.loc.default_language();
        let target = target.trim();
        let Some((queue_id, room_id)) = self
            .settings
            .queue_rooms
            .iter()
            .find(|(id, _)| id == target)
            .cloned()
        else {
            let text = self.unknown_queue(target);
            return self.thread_notice(out, ticket, text);
        };
        if queue_id == ticket.queue_id {
            let text = self.loc.text(
                officer_lang,
                "notice-transfer-same",
                Some(&args(&[("queue", queue_id.into())])),
            );
            return self.thread_notice(out, ticket, text);
        }
        out.push(Change::history(
            ticket.id,
            HistoryEntry {
                author: Author::officer(OfficerAct::Transferred, &msg.sender),
                external_id: msg.event_id.clone(),
                body: format!("{} → {queue_id}", ticket.queue_id),
            },
        ));
        let update = TicketUpdate {
            ticket_id: ticket.id,
            assignee: Some(None),
            transfer: Some((queue_id.clone(), room_id.clone())),
            ..TicketUpdate::default()
        };
        // The old card says where the ticket went.
        if let Some(root) = &ticket.root_event_id {
            let moved = self.loc.text(
                officer_lang,
                "card-transferred",
                Some(&args(&[
                    ("queue", queue_id.as_str().into()),
                    ("user", msg.sender.as_str().into()),
                ])),
            );
            let edit = NewOutbound {
                channel: Channel::Matrix,
                destination: ticket.room_id.clone(),
                placement: Placement::Direct,
                body: MessageBody::Edit {
                    target: root.clone(),
                    text: format!("{}\n\n{moved}", ticket.card),
                },
                media: None,
            };
            out.push(Change::send(Some(ticket.id), edit));
        }
        let mut moved = ticket.clone();
        moved.status = TicketStatus::Open;
        moved.assignee = None;
        moved.queue_id = queue_id.clone();
        moved.room_id = room_id.clone();
        let from = self.loc.text(
            officer_lang,
            "card-transferred-from",
            Some(&args(&[
                ("queue", ticket.queue_id.as_str().into()),
                ("user", msg.sender.as_str().into()),
            ])),
        );
        let mut text = format!("{}\n\n{from}", self.card_text(&moved));
        if !history.is_empty() {
            text.push_str("\n\n");
            text.push_str(&self.loc.t(officer_lang, "card-history"));
            // The latest messages, each shortened: the full history stays
            // in koban's database.
            for line in history.iter().rev().take(10).rev() {
                let line: String = line.chars().take(300).collect();
                text.push('\n');
                text.push_str(&line);
            }
        }
        let card = NewOutbound {
            channel: Channel::Matrix,
            destination: room_id,
            placement: Placement::TicketRoot,
            body: MessageBody::Text { text },
            media: None,
        };
        out.push(Change::send(Some(ticket.id), card));
        out.push(Change::status(ticket.id, TicketStatus::Open));
        out.push(Change::UpdateTicket(update));
    }

    /// An officer edited or redacted a message in a ticket's thread. `sent`
    /// lists what the original caused; the resident's copy, if it was
    /// delivered, is edited or deleted too.
    pub fn officer_change(
        &self,
        ticket: &Ticket,
        resident: &Resident,
        change: &crate::domain::inbound::OfficerChange,
        redacted: bool,
        sent: &[crate::storage::SentRow],
        officer_name: Option<&str>,
    ) -> Vec<Change> {
        // The resident's copy: one message, or the numbered parts of a long
        // answer, in order.
        let copies: Vec<&crate::storage::SentRow> = sent
            .iter()
            .filter(|r| r.channel == resident.channel && r.destination == resident.chat_id)
            .collect();
        if copies.is_empty() {
            // Not an answer to the resident (a note, a command): nothing to
            // pass on.
            return Vec::new();
        }
        let kind = if redacted {
            OfficerAct::Redacted
        } else {
            OfficerAct::Edit
        };
        let mut out = vec![
            Change::TouchTicket(ticket.id),
            Change::history(
                ticket.id,
                HistoryEntry {
                    author: Author::officer(kind, &change.sender),
                    external_id: change.target.clone(),
                    body: change.body.clone(),
                },
            ),
        ];
        let officer_lang = self.loc.default_language();
        let Some(remotes) = copies
            .iter()
            .map(|c| c.remote_id.clone())
            .collect::<Option<Vec<String>>>()
        else {
            let text = self.loc.text(
                officer_lang,
                "notice-change-not-passed",
                Some(&args(&[("reference", ticket.reference().into())])),
            );
            self.thread_notice(&mut out, ticket, text);
            return out;
        };
        let to_resident = |body| {
            let message = NewOutbound {
                channel: resident.channel,
                destination: resident.chat_id.clone(),
                placement: Placement::Direct,
                body,
                media: None,
            };
            Change::send(Some(ticket.id), message)
        };
        if redacted {
            for target in remotes {
                out.push(to_resident(MessageBody::Delete { target }));
            }
        } else {
            // The new text in as many parts as it takes: each earlier part
            // is edited, parts no longer needed are deleted, new ones sent.
            let lang = resident.language.as_str();
            let text = self.loc.text(
                lang,
                "officer-reply",
                Some(&args(&[
                    ("role", self.role_label(lang, ticket, officer_name).into()),
                    ("reference", ticket.reference().into()),
                    ("text", change.body.trim().into()),
                ])),
            );
            let parts = self.resident_parts(resident, &text);
            for i in 0..parts.len().max(remotes.len()) {
                let body = match (remotes.get(i), parts.get(i)) {
                    (Some(target), Some(text)) => MessageBody::Edit {
                        target: target.clone(),
                        text: text.clone(),
                    },
                    (Some(target), None) => MessageBody::Delete {
                        target: target.clone(),
                    },
                    (None, Some(text)) => MessageBody::Text { text: text.clone() },
                    (None, None) => continue,
                };
                out.push(to_resident(body));
            }
        }
        if redacted {
            let text = self.loc.text(
                officer_lang,
                "notice-deleted-for-resident",
                Some(&args(&[("reference", ticket.reference().into())])),
            );
            self.thread_notice(&mut out, ticket, text);
        }
        out
    }

    /// The ticket missed a target: one reminder in its thread, and the card
    /// shows it.
    pub fn overdue(&self, ticket: &Ticket, breach: crate::domain::hours::Breach) -> Vec<Change> {
        use crate::domain::hours::Breach;
        let mut out = vec![Change::TouchTicket(ticket.id)];
        let lang = self.loc.default_language();
        let who = ticket
            .assignee
            .clone()
            .unwrap_or_else(|| self.loc.t(lang, "notice-nobody"));
        let text = match breach {
            Breach::FirstResponse { minutes } => self.loc.text(
                lang,
                "notice-overdue-first",
                Some(&args(&[
                    ("reference", ticket.reference().into()),
                    ("minutes", FluentValue::from(minutes)),
                    ("user", who.into()),
                ])),
            ),
            Breach::Resolution { hours } => self.loc.text(
                lang,
                "notice-overdue-resolution",
                Some(&args(&[
                    ("reference", ticket.reference().into()),
                    ("hours", FluentValue::from(hours)),
                    ("user", who.into()),
                ])),
            ),
        };
        self.thread_notice(&mut out, ticket, text);
        let mut after = ticket.clone();
        after.reminded_at = Some(0);
        self.edit_card(&mut out, &after);
        out.push(Change::UpdateTicket(TicketUpdate {
            ticket_id: ticket.id,
            reminded: true,
            ..TicketUpdate::default()
        }));
        out
    }

    /// A message to the ticket's resident could not be delivered (Telegram
    /// answered 403: they blocked the bot, or deleted their account).
    pub fn delivery_failed(&self, ticket: &Ticket, error: &str) -> Vec<Change> {
        let blocked = error.contains("blocked")
            || error.contains("Forbidden")
            || error.contains("deactivated");
        let mut out = vec![
            Change::TouchTicket(ticket.id),
            Change::history(
                ticket.id,
                HistoryEntry {
                    author: Author::Koban,
                    external_id: "delivery-failed".to_owned(),
                    body: error.to_owned(),
                },
            ),
        ];
        let id = if blocked {
            "notice-resident-blocked"
        } else {
            "notice-not-delivered"
        };
        let text = self.loc.text(
            self.loc.default_language(),
            id,
            Some(&args(&[("reference", ticket.reference().into())])),
        );
        self.thread_notice(&mut out, ticket, text);
        out
    }

    /// "There is no queue …", with the list of queues.
    pub(crate) fn unknown_queue(&self, queue: &str) -> String {
        let queues: Vec<&str> = self
            .settings
            .queue_rooms
            .iter()
            .map(|(id, _)| id.as_str())
            .collect();
        self.loc.text(
            self.loc.default_language(),
            "notice-transfer-unknown",
            Some(&args(&[
                ("queue", queue.into()),
                ("queues", queues.join(", ").into()),
            ])),
        )
    }

    /// `!transfer` to a queue whose room koban has not joined.
    pub fn transfer_unreachable(&self, ticket: &Ticket, queue: &str) -> Vec<Change> {
        let mut out = vec![Change::TouchTicket(ticket.id)];
        let text = self.loc.text(
            self.loc.default_language(),
            "notice-transfer-not-joined",
            Some(&args(&[("queue", queue.into())])),
        );
        self.thread_notice(&mut out, ticket, text);
        out
    }

    /// After closing: the resident may rate the answer from 1 to 5.
    fn ask_rating(&self, out: &mut Vec<Change>, ticket: &Ticket, resident: &Resident) {
        let lang = resident.language.as_str();
        let stars: Vec<(String, Action)> = (1..=5)
            .map(|n| ("⭐".repeat(n as usize), Action::Rate(ticket.id, n)))
            .collect();
        let screen = Screen {
            text: self.loc.text(
                lang,
                "rating-question",
                Some(&args(&[("reference", ticket.reference().into())])),
            ),
            rows: vec![stars],
        };
        out.push(Change::send(
            Some(ticket.id),
            self.screen(resident, lang, screen),
        ));
    }

    /// The resident rated a closed ticket.
    pub(crate) fn rate(
        &self,
        out: &mut Vec<Change>,
        st: &ResidentState<'_>,
        ticket_id: i64,
        n: i64,
    ) {
        let resident = st.resident;
        let lang = resident.language.as_str();
        let ticket = st
            .rated_ticket
            .filter(|t| t.id == ticket_id && t.resident_id == resident.id);
        let Some(ticket) = ticket else {
            return self.menu_note(out, resident, self.loc.t(lang, "stale-button"));
        };
        if ticket.rating.is_some() || !(1..=5).contains(&n) {
            return self.menu_note(out, resident, self.loc.t(lang, "rating-already"));
        }
        out.push(Change::TouchTicket(ticket.id));
        out.push(Change::history(
            ticket.id,
            HistoryEntry {
                author: Author::Resident,
                external_id: format!("rating:{}", ticket.id),
                body: format!("rating {n}/5"),
            },
        ));
        let mut after = ticket.clone();
        after.rating = Some(n);
        self.edit_card(out, &after);
        let screen = Screen {
            text: self.loc.t(lang, "rating-thanks"),
            rows: vec![vec![self.label(lang, "button-no-comment", Action::Menu)]],
        };
        out.push(Change::send(
            Some(ticket.id),
            self.screen(resident, lang, screen),
        ));
        out.push(Change::UpdateTicket(TicketUpdate {
            ticket_id: ticket.id,
            rating: Some(n),
            ..TicketUpdate::default()
        }));
        // A report in progress goes on: the comment is not asked for then.
        if st.draft().is_none() {
            out.push(Change::await_feedback(resident.id, ticket.id));
        }
    }

    /// The resident's comment after a rating: no comment is awaited any
    /// more.
    pub(crate) fn feedback(&self, out: &mut Vec<Change>, st: &ResidentState<'_>, text: &str) {
        let resident = st.resident;
        let lang = resident.language.as_str();
        let Some(ticket) = st.rated_ticket else {
            out.push(Change::end_feedback(resident.id));
            return;
        };
        let text = text.trim();
        out.push(Change::TouchTicket(ticket.id));
        out.push(Change::history(
            ticket.id,
            HistoryEntry {
                author: Author::Resident,
                external_id: format!("feedback:{}", ticket.id),
                body: text.to_owned(),
            },
        ));
        let mut after = ticket.clone();
        after.feedback = Some(text.to_owned());
        self.edit_card(out, &after);
        let note = self.loc.t(lang, "feedback-thanks");
        let screen = self.menu_screen(lang, Some(note));
        out.push(Change::send(
            Some(ticket.id),
            self.screen(resident, lang, screen),
        ));
        out.push(Change::UpdateTicket(TicketUpdate {
            ticket_id: ticket.id,
            feedback: Some(text.to_owned()),
            ..TicketUpdate::default()
        }));
        out.push(Change::end_feedback(resident.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Conversation;
    use crate::domain::conversation::FEEDBACK_WINDOW_MS;
    use crate::domain::{ResidentContent, ResidentMessage};
    use crate::features::engine::EngineSettings;
    use crate::features::fixtures::{
        self, feedback, opened, plain, sends, status, ticket_update, touched,
    };
    use crate::i18n::Localizer;

    fn settings() -> EngineSettings {
        let desk = |id: &str, name: &str, officer_names| crate::features::engine::QueueDesk {
            id: id.into(),
            name: name.into(),
            officer_names,
            ..Default::default()
        };
        EngineSettings {
            desks: vec![desk("north", "North", false), desk("south", "South", true)],
            ..fixtures::settings()
        }
    }

    fn resident() -> Resident {
        Resident {
            id: 7,
            chat_id: "700".into(),
            pseudonym: "Resident OWL".into(),
            ..fixtures::resident()
        }
    }

    fn ticket() -> Ticket {
        Ticket {
            resident_id: 7,
            root_event_id: Some("$card".into()),
            card: "🎫 Q-2026-00012 · new question".into(),
            ..fixtures::ticket(12)
        }
    }

    fn officer(body: &str) -> OfficerMessage {
        OfficerMessage {
            room_id: "!north:hs".into(),
            event_id: "$e".into(),
            sender: "@lotte:hs".into(),
            thread_root: Some("$card".into()),
            body: body.into(),
            via_reaction: false,
            sender_name: None,
        }
    }

    /// (destination, text) of every text, menu or edit the changes send.
    fn sent(out: &[Change]) -> Vec<(String, String)> {
        sends(out)
            .into_iter()
            .filter_map(|o| match &o.body {
                MessageBody::Text { text }
                | MessageBody::Menu { text, .. }
                | MessageBody::Edit { text, .. } => Some((o.destination.clone(), plain(text))),
                _ => None,
            })
            .collect()
    }

    fn card_edit(out: &[Change]) -> String {
        sends(out)
            .into_iter()
            .find_map(|o| match &o.body {
                MessageBody::Edit { target, text } if target == "$card" => Some(plain(text)),
                _ => None,
            })
            .expect("the card is edited")
    }

    struct Desk {
        settings: EngineSettings,
        loc: Localizer,
    }

    impl Desk {
        fn new() -> Self {
            Self {
                settings: settings(),
                loc: Localizer::builtin("en").expect("locales"),
            }
        }
        fn run(&self, t: &Ticket, body: &str) -> Vec<Change> {
            Engine::new(&self.settings, &self.loc).officer_said(
                Some((t, &resident())),
                &["Resident OWL: my bike was stolen".to_owned()],
                &officer(body),
            )
        }
    }

    #[test]
    fn every_part_of_a_long_answer_follows_its_edit_or_redaction() {
        let desk = Desk::new();
        let engine = Engine::new(&desk.settings, &desk.loc);
        let long = "The patrol will pass by tonight and again tomorrow. ".repeat(200);
        let answer = desk.run(&ticket(), &long);
        let parts = sent(&answer)
            .into_iter()
            .filter(|(to, _)| to == "700")
            .count();
        assert!(parts >= 3, "a long answer goes in several parts: {parts}");
        let rows: Vec<crate::storage::SentRow> = (0..parts)
            .map(|i| crate::storage::SentRow {
                id: i as i64 + 1,
                channel: Channel::Telegram,
                destination: "700".into(),
                ticket_id: Some(12),
                remote_id: Some(format!("{}", 900 + i)),
            })
            .collect();
        let change = |body: &str| crate::domain::inbound::OfficerChange {
            room_id: "!north:hs".into(),
            event_id: "$edit".into(),
            sender: "@lotte:hs".into(),
            target: "$e".into(),
            body: body.into(),
        };
        let bodies = |out: &[Change]| -> Vec<MessageBody> {
            sends(out)
                .into_iter()
                .filter(|o| o.destination == "700")
                .map(|o| o.body.clone())
                .collect()
        };
        let removed = engine.officer_change(&ticket(), &resident(), &change(""), true, &rows, None);
        let targets: Vec<MessageBody> = (0..parts)
            .map(|i| MessageBody::Delete {
                target: format!("{}", 900 + i),
            })
            .collect();
        assert_eq!(bodies(&removed), targets, "every part is deleted");

        let shorter = engine.officer_change(
            &ticket(),
            &resident(),
            &change("We found your bike."),
            false,
            &rows,
            None,
        );
        let b = bodies(&shorter);
        assert_eq!(b.len(), parts);
        assert!(
            matches!(&b[0], MessageBody::Edit { target, text } if target == "900" && text.contains("We found your bike.")),
            "{b:?}"
        );
        assert!(
            b[1..]
                .iter()
                .all(|m| matches!(m, MessageBody::Delete { .. }))
        );
    }

    #[test]
    fn a_first_answer_assigns_the_officer_and_shows_a_role_not_a_name() {
        let desk = Desk::new();
        let out = desk.run(&ticket(), "We will look into it.");
        let to_resident: Vec<_> = sent(&out).into_iter().filter(|(d, _)| d == "700").collect();
        assert_eq!(to_resident.len(), 1);
        assert!(
            to_resident[0]
                .1
                .starts_with("👮 Community officer, North (Q-2026-00012)"),
            "{}",
            to_resident[0].1
        );
        assert!(!to_resident[0].1.contains("lotte"));
        // A queue configured to show names: the display name, then the role.
        let mut south = ticket();
        south.queue_id = "south".into();
        let mut named = officer("We will look into it.");
        named.sender_name = Some("Lotte Peeters".into());
        let out = Engine::new(&desk.settings, &desk.loc).officer_said(
            Some((&south, &resident())),
            &[],
            &named,
        );
        let to_resident: Vec<_> = sent(&out).into_iter().filter(|(d, _)| d == "700").collect();
        assert!(
            to_resident[0]
                .1
                .starts_with("👮 Lotte Peeters · Community officer, South"),
            "{}",
            to_resident[0].1
        );
        assert_eq!(status(&out), Some((12, TicketStatus::Waiting)));
        let update = ticket_update(&out).cloned().expect("update");
        assert!(update.first_response);
        assert_eq!(update.assignee, Some(Some("@lotte:hs".into())));
        assert!(card_edit(&out).contains("waiting for the resident · handled by @lotte:hs"));
    }

    #[test]
    fn assign_label_and_template_act_on_the_ticket() {
        let desk = Desk::new();
        let out = desk.run(&ticket(), "!assign @sam:hs");
        assert_eq!(
            ticket_update(&out).and_then(|u| u.assignee.clone()),
            Some(Some("@sam:hs".into()))
        );
        assert!(card_edit(&out).contains("handled by @sam:hs"));
        assert!(
            sent(&out)
                .iter()
                .any(|(d, t)| d == "700" && t.contains("now handling")),
            "the resident hears it was taken"
        );
        let out = desk.run(&ticket(), "!assign sam");
        assert!(sent(&out)[0].1.contains("full Matrix ID"));
        assert!(ticket_update(&out).is_none());

        let mut t = ticket();
        t.labels = vec!["urgent".into()];
        let out = desk.run(&t, "!label graffiti #School -urgent");
        assert_eq!(
            ticket_update(&out).and_then(|u| u.labels.clone()),
            Some(vec!["graffiti".to_owned(), "school".to_owned()])
        );
        assert!(card_edit(&out).contains("#graffiti #school"));
        let out = desk.run(&t, "!label bad!label");
        assert!(sent(&out)[0].1.contains("Not understood: bad!label"));
        // A ticket from before cards were stored keeps its card as posted.
        let old_card = Ticket {
            card: String::new(),
            ..ticket()
        };
        let out = desk.run(&old_card, "!label graffiti");
        assert!(ticket_update(&out).is_some());
        assert!(
            !sends(&out)
                .into_iter()
                .any(|o| matches!(o.body, MessageBody::Edit { .. })),
            "no edit that would blank the card"
        );

        // A template goes out in the resident's language; the room sees it too.
        let mut arabic = resident();
        arabic.language = "ar".into();
        let out = Engine::new(&desk.settings, &desk.loc).officer_said(
            Some((&ticket(), &arabic)),
            &[],
            &officer("!template patrol"),
        );
        let to_resident: Vec<_> = sent(&out).into_iter().filter(|(d, _)| d == "700").collect();
        assert_eq!(to_resident.len(), 1);
        let english = desk.loc.t("en", "template-patrol");
        assert!(!to_resident[0].1.contains(&english), "sent in Arabic");
        assert!(
            sent(&out)
                .iter()
                .any(|(d, t)| d == "!north:hs" && t.contains("“patrol”") && t.contains(&english))
        );
        let out = desk.run(&ticket(), "!template");
        assert!(sent(&out)[0].1.contains("patrol"), "lists the templates");
        let out = desk.run(&ticket(), "!template nonsense");
        assert!(sent(&out)[0].1.contains("no template “nonsense”"));
    }

    #[test]
    fn transfer_moves_the_card_and_the_resident_notices_nothing() {
        let desk = Desk::new();
        let out = desk.run(&ticket(), "!transfer south");
        let update = ticket_update(&out).cloned().expect("update");
        assert_eq!(update.transfer, Some(("south".into(), "!south:hs".into())));
        assert!(
            sent(&out).iter().all(|(d, _)| d != "700"),
            "nothing to the resident"
        );
        assert!(card_edit(&out).contains("Moved to the queue south"));
        let new_card = sends(&out)
            .into_iter()
            .find(|o| o.destination == "!south:hs" && o.placement == Placement::TicketRoot)
            .expect("a card in the new room");
        let MessageBody::Text { text } = &new_card.body else {
            panic!("card is text")
        };
        let text = plain(text);
        assert!(
            text.contains("Q-2026-00012") && text.contains("my bike was stolen"),
            "{text}"
        );
        let out = desk.run(&ticket(), "!transfer west");
        assert!(sent(&out)[0].1.contains("Queues: north, south"));
        assert!(ticket_update(&out).is_none());
    }

    #[test]
    fn closing_asks_for_a_rating_which_reaches_the_card() {
        let desk = Desk::new();
        let out = desk.run(&ticket(), "!close Bike found.");
        let rating = sends(&out)
            .into_iter()
            .find_map(|o| match &o.body {
                MessageBody::Menu { buttons, .. } if o.destination == "700" => {
                    Some(buttons.clone())
                }
                _ => None,
            })
            .expect("rating buttons");
        assert_eq!(rating[0].len(), 5);
        assert_eq!(rating[0][3].data, "rt:12:4");

        // After closing, a reply is not sent; the room is told.
        let mut closed = ticket();
        closed.status = TicketStatus::Closed;
        let out = desk.run(&closed, "One more thing");
        assert!(sent(&out).iter().all(|(d, _)| d != "700"));
        assert!(sent(&out)[0].1.contains("not sent"));

        // The resident rates, then comments.
        let engine = Engine::new(&desk.settings, &desk.loc);
        let r = resident();
        let press = ResidentMessage {
            channel: Channel::Telegram,
            user_id: "u".into(),
            chat_id: "700".into(),
            message_id: "1".into(),
            language_hint: None,
            content: ResidentContent::Callback {
                query_id: "q".into(),
                data: "rt:12:4".into(),
            },
        };
        let st = ResidentState {
            resident: &r,
            open_ticket: None,
            conversation: &fixtures::IDLE,
            tickets: &[],
            rated_ticket: Some(&closed),
            edited_original: None,
            export: None,
        };
        let out = engine.resident_said(&st, &press, None, None, 0);
        assert_eq!(ticket_update(&out).and_then(|u| u.rating), Some(4));
        assert_eq!(feedback(&out), Some((7, Some(12))));
        assert!(card_edit(&out).contains("★★★★☆ (4/5)"));

        let mut rated = closed.clone();
        rated.rating = Some(4);
        let waiting = Conversation::Feedback {
            ticket_id: 12,
            since: 0,
        };
        let comment = ResidentMessage {
            content: ResidentContent::Text {
                text: "Quick and kind, thank you".into(),
            },
            ..press.clone()
        };
        let st = ResidentState {
            conversation: &waiting,
            rated_ticket: Some(&rated),
            ..st
        };
        let out = engine.resident_said(&st, &comment, None, None, 0);
        assert_eq!(
            ticket_update(&out).and_then(|u| u.feedback.as_deref()),
            Some("Quick and kind, thank you")
        );
        assert_eq!(feedback(&out), Some((7, None)));
        assert_eq!(touched(&out), Some(12));
        assert!(card_edit(&out).contains("“Quick and kind, thank you”"));
        // Long after the question, a text is a new message, not a comment.
        let out = engine.resident_said(&st, &comment, None, Some(13), FEEDBACK_WINDOW_MS + 1);
        assert!(ticket_update(&out).is_none());
        assert_eq!(opened(&out).map(|t| t.id), Some(13));
        assert_eq!(feedback(&out), Some((7, None)));
        // Rating while a report is in progress keeps the report going: no
        // comment is asked for.
        let reporting =
            Conversation::Reporting(Box::new(crate::domain::report::ReportDraft::new(0)));
        let mid_report = ResidentState {
            conversation: &reporting,
            rated_ticket: Some(&closed),
            ..st
        };
        let out = engine.resident_said(&mid_report, &press, None, None, 0);
        assert_eq!(ticket_update(&out).and_then(|u| u.rating), Some(4));
        assert_eq!(feedback(&out), None, "the report is not replaced");
        // A second rating is refused.
        let st = ResidentState {
            conversation: &fixtures::IDLE,
            ..st
        };
        let out = engine.resident_said(&st, &press, None, None, 0);
        assert!(ticket_update(&out).is_none());
    }

    #[test]
    fn commands_outside_a_thread_get_a_notice() {
        let desk = Desk::new();
        let engine = Engine::new(&desk.settings, &desk.loc);
        let mut m = officer("!close");
        m.thread_root = None;
        let out = engine.officer_said(None, &[], &m);
        assert_eq!(sends(&out).len(), 1);
        assert!(sent(&out)[0].1.contains("write it in the ticket's thread"));
        m.body = "!help".into();
        assert!(
            sent(&engine.officer_said(None, &[], &m))[0]
                .1
                .contains("!transfer")
        );
        m.body = "good morning, team".into();
        assert!(sends(&engine.officer_said(None, &[], &m)).is_empty());
    }
}
