//! Platform-free core: the people and things koban deals with, what arrives and
//! what leaves. The decisions that turn one into the other live with each
//! feature (`src/features/`).
//! No teloxide, matrix-sdk or sqlx types live here.

pub mod area;
pub mod calendar;
pub mod change;
pub mod conversation;
pub mod event;
pub mod history;
pub mod hours;
pub mod image;
pub mod inbound;
pub mod intent;
pub mod menu;
pub mod model;
pub mod moderation;
pub mod outbound;
pub mod pseudonym;
pub mod report;
pub mod routing;
pub mod text;

pub use change::Change;
pub use conversation::{Conversation, ConversationChange};
pub use history::{Author, OfficerAct};
pub use inbound::{FileRef, InboundEvent, OfficerMessage, ResidentContent, ResidentMessage};
pub use model::{Channel, Resident, Ticket, TicketKind, TicketStatus};
pub use outbound::{MessageBody, NewOutbound, Placement};
