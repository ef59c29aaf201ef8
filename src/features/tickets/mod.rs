//! Tickets from residents: a question opens one (its card in the queue room
//! the routing rules choose), later messages and photos go to its thread,
//! and a resident's edits are quoted there. The residents' feature loads the
//! open ticket (and a cleaned photo) and hands the message here.

/// The pure decisions: opening, the card, relaying into the thread.
pub(crate) mod decide;
