//! The guided incident report: category, time, place (a shared location or
//! an address), description, photos, a call-back contact, a summary to check
//! and send. It runs inside a resident's conversation (`Reporting` with its
//! draft), so the residents' feature loads what it needs (the conversation,
//! a cleaned photo) and hands the message here.

/// The pure decisions: each step, its checks and the card it ends in.
pub(crate) mod decide;
