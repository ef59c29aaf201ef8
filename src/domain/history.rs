//! A ticket's history: who wrote each line and what it records
//! (append-only).

use std::fmt;

/// A line of a ticket's history (append-only).
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub author: Author,
    /// Platform id of the message (Telegram message id, Matrix event id).
    pub external_id: String,
    pub body: String,
}

/// Who wrote a line of a ticket's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Author {
    Resident,
    /// The resident edited an earlier message.
    ResidentEdit,
    /// koban itself (notices, failed deliveries).
    Koban,
    /// A member of an officers' room, by Matrix user id.
    Officer {
        act: OfficerAct,
        user: String,
    },
}

/// What an officer's history line records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfficerAct {
    /// An answer the resident received.
    Answer,
    /// A later version of an answer.
    Edit,
    /// An answer taken back.
    Redacted,
    /// An internal note (never reaches the resident).
    Note,
    Assigned,
    Labels,
    Closed,
    Reopened,
    Transferred,
    /// Written while the ticket could not reach the resident.
    Unsent,
    /// Written by a member without the power to act.
    Refused,
}

impl OfficerAct {
    const ALL: [OfficerAct; 11] = [
        OfficerAct::Answer,
        OfficerAct::Edit,
        OfficerAct::Redacted,
        OfficerAct::Note,
        OfficerAct::Assigned,
        OfficerAct::Labels,
        OfficerAct::Closed,
        OfficerAct::Reopened,
        OfficerAct::Transferred,
        OfficerAct::Unsent,
        OfficerAct::Refused,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OfficerAct::Answer => "officer",
            OfficerAct::Edit => "officer-edit",
            OfficerAct::Redacted => "officer-redacted",
            OfficerAct::Note => "note",
            OfficerAct::Assigned => "assigned",
            OfficerAct::Labels => "labels",
            OfficerAct::Closed => "closed",
            OfficerAct::Reopened => "reopened",
            OfficerAct::Transferred => "transferred",
            OfficerAct::Unsent => "unsent",
            OfficerAct::Refused => "refused",
        }
    }
}

impl Author {
    pub fn officer(act: OfficerAct, user: &str) -> Self {
        Author::Officer {
            act,
            user: user.to_owned(),
        }
    }

    /// The stored form: `resident`, `resident-edit`, `koban` or
    /// `<act>:<matrix user id>`.
    pub fn encode(&self) -> String {
        self.to_string()
    }

    pub fn decode(s: &str) -> Option<Self> {
        match s {
            "resident" => Some(Author::Resident),
            "resident-edit" => Some(Author::ResidentEdit),
            "koban" => Some(Author::Koban),
            _ => {
                let (kind, user) = s.split_once(':')?;
                let act = OfficerAct::ALL.into_iter().find(|a| a.as_str() == kind)?;
                Some(Author::officer(act, user))
            }
        }
    }

    /// The resident wrote it (first version or edit).
    pub fn is_resident(&self) -> bool {
        matches!(self, Author::Resident | Author::ResidentEdit)
    }

    /// The officer's user id, for an officer's line.
    pub fn user(&self) -> Option<&str> {
        match self {
            Author::Officer { user, .. } => Some(user),
            _ => None,
        }
    }

    pub fn act(&self) -> Option<OfficerAct> {
        match self {
            Author::Officer { act, .. } => Some(*act),
            _ => None,
        }
    }
}

impl fmt::Display for Author {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Author::Resident => f.write_str("resident"),
            Author::ResidentEdit => f.write_str("resident-edit"),
            Author::Koban => f.write_str("koban"),
            Author::Officer { act, user } => write!(f, "{}:{user}", act.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authors_survive_their_stored_form() {
        let mut all = vec![Author::Resident, Author::ResidentEdit, Author::Koban];
        all.extend(
            OfficerAct::ALL
                .into_iter()
                .map(|act| Author::officer(act, "@ana:police.example")),
        );
        for author in all {
            assert_eq!(Author::decode(&author.encode()), Some(author.clone()));
        }
        assert_eq!(
            Author::officer(OfficerAct::Note, "@a:b").encode(),
            "note:@a:b"
        );
        assert_eq!(Author::decode("officer"), None);
        assert_eq!(Author::decode("wizard:@a:b"), None);
    }
}
