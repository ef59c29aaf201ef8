//! Moderation: every resident's text is screened before it reaches its
//! readers. Each rule says what to do with a text it matches: pass, hold
//! it for a moderator, or block it.

pub mod lists;
pub mod screen;
