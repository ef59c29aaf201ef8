//! The library residents browse: onboarding, crime-prevention advice, their
//! rights, the contacts of their area, language and area choices. It needs
//! nothing loaded beyond the resident, so the residents' feature hands it
//! the message.

/// The pure decisions: each screen and what its buttons do.
pub(crate) mod decide;
