//! One repository per aggregate. Each function takes the database (reads,
//! single statements) or a connection inside a transaction.

pub(crate) mod audit;
pub(crate) mod conversations;
pub(crate) mod erasure;
pub mod events;
pub(crate) mod history;
pub(crate) mod inbox;
pub(crate) mod kv;
pub(crate) mod leases;
pub(crate) mod media;
pub(crate) mod moderation;
pub(crate) mod outbox;
pub(crate) mod residents;
pub(crate) mod retention;
pub(crate) mod tickets;
