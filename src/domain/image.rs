//! Images as koban passes them on: checked, re-encoded, without metadata.

/// An image that passed the checks and lost its metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanImage {
    pub content_type: String,
    pub file_name: String,
    pub width: u32,
    pub height: u32,
    pub bytes: Vec<u8>,
}
