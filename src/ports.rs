//! Ports: what koban needs from the platforms, as traits the adapters
//! implement (`telegram/`, `matrix/`) and the features use.

use async_trait::async_trait;

use crate::domain::FileRef;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("file of {size} bytes is over the {max} byte limit")]
    TooLarge { size: u64, max: u64 },
    #[error("file cannot be fetched: {0}")]
    Permanent(String),
    #[error("file fetch failed, may pass: {0}")]
    Transient(String),
}

/// Downloads files residents sent, from the platform they came from.
#[async_trait]
pub trait MediaSource: Send + Sync {
    async fn fetch(&self, file: &FileRef, max_bytes: u64) -> Result<Vec<u8>, FetchError>;
}

/// Who may act in an officer room: powers come from Matrix.
#[async_trait]
pub trait Authority: Send + Sync {
    /// The user's power level in the room; `None` if they are not a joined
    /// member. Room creators in room version 12 have `i64::MAX`.
    async fn power_level(&self, room_id: &str, user_id: &str) -> Result<Option<i64>, String>;
    /// The power level a member needs to redact other members' events.
    async fn redact_level(&self, room_id: &str) -> Result<i64, String>;
    /// Whether koban itself has joined the room.
    async fn bot_in_room(&self, room_id: &str) -> bool;
    /// The user's display name in the room, if they set one.
    async fn display_name(&self, room_id: &str, user_id: &str) -> Option<String>;
}
