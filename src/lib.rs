//! koban: a self-hosted chat bot that lets a local police service talk with the
//! residents it serves, on Telegram and Matrix, in their own languages.
//!
//! The modules follow the layers of the architecture:
//! - [`domain`]: platform-free types and the conversation engine;
//! - [`storage`]: the storage trait and its SQLite and PostgreSQL implementations;
//! - [`i18n`]: Fluent bundles and language negotiation;
//! - [`media`]: image checks and metadata stripping;
//! - [`telegram`], [`matrix`]: channel adapters (durable receive loops, senders);
//! - [`pipeline`]: inbox processing (inbound → engine → outbox, one transaction);
//! - [`delivery`]: outbox workers (pacing, retries, dead letters);
//! - [`app`]: wiring and graceful shutdown.

pub mod admin;
pub mod app;
pub mod clock;
pub mod config;
pub mod delivery;
pub mod domain;
pub mod features;
pub mod i18n;
pub mod lease;
pub mod matrix;
pub mod media;
pub mod pipeline;
pub mod ports;
pub mod qr;
pub mod storage;
pub mod telegram;
