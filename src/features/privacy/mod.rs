//! Residents' data rights: `/mydata` (everything koban keeps about them and
//! what they may see of their tickets) and `/erase` (everything deleted,
//! every copy redacted), and an officer's `!erase` on their behalf.

/// The pure decisions: the export's text, the erasure's confirmation.
pub(crate) mod decide;

pub use decide::ExportTicket;

use crate::domain::OfficerAct;
use crate::features::Cx;

impl Cx {
    /// A resident's tickets with what they may see of them: their own
    /// messages and the officers' answers, not internal notes.
    pub(crate) async fn export(
        &self,
        resident_id: i64,
    ) -> crate::storage::Result<Vec<ExportTicket>> {
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
        Ok(out)
    }
}
