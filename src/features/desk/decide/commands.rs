//! The `!` commands in a queue room: in a ticket's thread they act on the
//! ticket (claim, assign, label, template, transfer, close, reopen, note,
//! erase); outside one, koban says where they belong.

use crate::domain::history::{Author, OfficerAct};
use crate::domain::intent::DeskCommand;
use crate::domain::model::{Channel, Resident, Ticket, TicketStatus};
use crate::domain::outbound::{HistoryEntry, MessageBody, NewOutbound, Placement, TicketUpdate};
use crate::domain::{Change, OfficerMessage};
use crate::features::engine::Engine;
use crate::i18n::args;

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
    /// A `!command` in a queue room outside any ticket's thread.
    pub(super) fn room_command(&self, msg: &OfficerMessage, command: &DeskCommand) -> Vec<Change> {
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
    /// Commands in a ticket's thread, after the change that touches the
    /// ticket.
    pub(super) fn officer_command(
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
}
