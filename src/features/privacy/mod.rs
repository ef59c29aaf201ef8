//! Residents' data rights: `/mydata` (everything koban keeps about them and
//! what they may see of their tickets) and `/erase` (everything deleted,
//! every copy redacted), and an officer's `!erase` on their behalf.

/// The pure decisions: the export's text, the erasure's confirmation.
pub(crate) mod decide;

pub use decide::{Export, ExportTicket};

use crate::domain::OfficerAct;
use crate::features::Cx;

impl Cx {
    /// A resident's tickets with what they may see of them: their own
    /// messages and the officers' answers, not internal notes.
    pub(crate) async fn export(&self, resident_id: i64) -> crate::storage::Result<Export> {
        let mut out = Vec::new();
        for ticket in self.store.tickets_of_resident(resident_id, 1000).await? {
            let lines = self
                .store
                .ticket_history(ticket.id)
                .await?
                .into_iter()
                .filter_map(|h| {
                    let from_resident = match h.author.act() {
                        _ if h.author.is_resident() => true,
                        Some(OfficerAct::Answer | OfficerAct::Edit | OfficerAct::Closed) => false,
                        _ => return None,
                    };
                    (!h.body.trim().is_empty()).then_some((from_resident, h.body, h.created_at))
                })
                .collect();
            out.push(ExportTicket { ticket, lines });
        }
        let subscriptions = self.store.subscriptions_of(resident_id).await?;
        let mut answers = Vec::new();
        for (event_id, rsvp) in self.store.rsvps_of_resident(resident_id).await? {
            if let Some(event) = self.store.event_get(event_id).await? {
                let title = event
                    .texts
                    .first()
                    .map(|t| t.title.clone())
                    .unwrap_or_default();
                answers.push((title, rsvp));
            }
        }
        Ok(Export {
            tickets: out,
            subscriptions,
            answers,
        })
    }
}
