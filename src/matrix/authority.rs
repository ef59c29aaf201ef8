//! Powers come from Matrix: membership and power level in the queue room.

use async_trait::async_trait;
use matrix_sdk::Client;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::power_levels::UserPowerLevel;
use matrix_sdk::ruma::{RoomId, UserId};

use crate::ports::Authority;

pub struct MatrixAuthority {
    pub client: Client,
}

#[async_trait]
impl Authority for MatrixAuthority {
    async fn power_level(&self, room_id: &str, user_id: &str) -> Result<Option<i64>, String> {
        let room_id = <&RoomId>::try_from(room_id).map_err(|e| e.to_string())?;
        let user_id = <&UserId>::try_from(user_id).map_err(|e| e.to_string())?;
        let Some(room) = self.client.get_room(room_id) else {
            return Ok(None);
        };
        let Some(member) = room.get_member(user_id).await.map_err(|e| e.to_string())? else {
            return Ok(None);
        };
        if *member.membership() != MembershipState::Join {
            return Ok(None);
        }
        Ok(Some(match member.power_level() {
            UserPowerLevel::Int(level) => i64::from(level),
            // Room creators (room version 12) and any future unbounded level.
            _ => i64::MAX,
        }))
    }

    async fn redact_level(&self, room_id: &str) -> Result<i64, String> {
        let room_id = <&RoomId>::try_from(room_id).map_err(|e| e.to_string())?;
        let room = self
            .client
            .get_room(room_id)
            .ok_or_else(|| format!("koban does not know room {room_id}"))?;
        let levels = room.power_levels().await.map_err(|e| e.to_string())?;
        Ok(i64::from(levels.redact))
    }

    async fn display_name(&self, room_id: &str, user_id: &str) -> Option<String> {
        let room = self.client.get_room(<&RoomId>::try_from(room_id).ok()?)?;
        let member = room
            .get_member(<&UserId>::try_from(user_id).ok()?)
            .await
            .ok()??;
        member.display_name().map(str::to_owned)
    }

    async fn bot_in_room(&self, room_id: &str) -> bool {
        <&RoomId>::try_from(room_id)
            .ok()
            .and_then(|id| self.client.get_room(id))
            .is_some_and(|room| room.state() == matrix_sdk::RoomState::Joined)
    }
}
