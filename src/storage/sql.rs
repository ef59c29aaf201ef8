//! The SQL both backends share, written once. `impl_store!` expands it for a
//! concrete pool type; the few statements whose dialects differ are passed in.

use crate::domain::{Channel, MessageBody, Placement, Resident, Ticket, TicketKind, TicketStatus};

use super::{HistoryRow, InboxItem, Media, OutboxItem, StorageError};

#[derive(sqlx::FromRow)]
pub(super) struct ResidentRow {
    id: i64,
    channel: String,
    external_id: String,
    chat_id: String,
    pseudonym: String,
    language: String,
    platform_language: Option<String>,
    area_id: Option<String>,
    menu: String,
    awaiting: Option<String>,
    created_at: i64,
    last_seen_at: i64,
}

impl TryFrom<ResidentRow> for Resident {
    type Error = StorageError;
    fn try_from(r: ResidentRow) -> Result<Self, StorageError> {
        Ok(Resident {
            id: r.id,
            channel: Channel::parse(&r.channel).ok_or_else(|| {
                StorageError::Corrupt(format!("resident channel {:?}", r.channel))
            })?,
            external_id: r.external_id,
            chat_id: r.chat_id,
            pseudonym: r.pseudonym,
            language: r.language,
            platform_language: r.platform_language,
            area_id: r.area_id,
            menu: serde_json::from_str(&r.menu).unwrap_or_default(),
            awaiting: r.awaiting.and_then(|a| serde_json::from_str(&a).ok()),
            created_at: r.created_at,
            last_seen_at: r.last_seen_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct TicketRow {
    id: i64,
    resident_id: i64,
    kind: String,
    queue_id: String,
    room_id: String,
    root_event_id: Option<String>,
    status: String,
    category: Option<String>,
    card: String,
    assignee: Option<String>,
    labels: String,
    rating: Option<i64>,
    feedback: Option<String>,
    first_response_at: Option<i64>,
    reminded_at: Option<i64>,
    closed_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

impl TryFrom<TicketRow> for Ticket {
    type Error = StorageError;
    fn try_from(r: TicketRow) -> Result<Self, StorageError> {
        Ok(Ticket {
            id: r.id,
            resident_id: r.resident_id,
            kind: TicketKind::parse(&r.kind)
                .ok_or_else(|| StorageError::Corrupt(format!("ticket kind {:?}", r.kind)))?,
            queue_id: r.queue_id,
            room_id: r.room_id,
            root_event_id: r.root_event_id,
            status: TicketStatus::parse(&r.status)
                .ok_or_else(|| StorageError::Corrupt(format!("ticket status {:?}", r.status)))?,
            category: r.category,
            card: r.card,
            assignee: r.assignee,
            labels: serde_json::from_str(&r.labels).unwrap_or_default(),
            rating: r.rating,
            feedback: r.feedback,
            first_response_at: r.first_response_at,
            reminded_at: r.reminded_at,
            closed_at: r.closed_at,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct InboxRow {
    id: i64,
    source: String,
    external_id: String,
    payload: String,
    received_at: i64,
    attempts: i64,
}

impl From<InboxRow> for InboxItem {
    fn from(r: InboxRow) -> Self {
        InboxItem {
            id: r.id,
            source: r.source,
            external_id: r.external_id,
            payload: r.payload,
            received_at: r.received_at,
            attempts: r.attempts,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct OutboxRow {
    id: i64,
    channel: String,
    destination: String,
    placement: String,
    ticket_id: Option<i64>,
    media_id: Option<i64>,
    body: String,
    attempts: i64,
    created_at: i64,
    first_attempt_at: Option<i64>,
}

impl TryFrom<OutboxRow> for OutboxItem {
    type Error = StorageError;
    fn try_from(r: OutboxRow) -> Result<Self, StorageError> {
        let body: MessageBody = serde_json::from_str(&r.body)
            .map_err(|e| StorageError::Corrupt(format!("outbox {} body: {e}", r.id)))?;
        Ok(OutboxItem {
            id: r.id,
            channel: Channel::parse(&r.channel)
                .ok_or_else(|| StorageError::Corrupt(format!("outbox channel {:?}", r.channel)))?,
            destination: r.destination,
            placement: Placement::parse(&r.placement).ok_or_else(|| {
                StorageError::Corrupt(format!("outbox placement {:?}", r.placement))
            })?,
            ticket_id: r.ticket_id,
            media_id: r.media_id,
            body,
            attempts: r.attempts,
            created_at: r.created_at,
            first_attempt_at: r.first_attempt_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct MediaRow {
    id: i64,
    content_type: String,
    file_name: String,
    width: i64,
    height: i64,
    bytes: Vec<u8>,
}

impl From<MediaRow> for Media {
    fn from(r: MediaRow) -> Self {
        Media {
            id: r.id,
            content_type: r.content_type,
            file_name: r.file_name,
            width: r.width,
            height: r.height,
            bytes: r.bytes,
        }
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct HistoryDbRow {
    author: String,
    external_id: String,
    body: String,
    created_at: i64,
}

impl From<HistoryDbRow> for HistoryRow {
    fn from(r: HistoryDbRow) -> Self {
        HistoryRow {
            author: r.author,
            external_id: r.external_id,
            body: r.body,
            created_at: r.created_at,
        }
    }
}

/// Attempts to find a free pseudonym before giving up.
pub(super) const PSEUDONYM_TRIES: usize = 8;

/// What a cancelled outbox row keeps of its message: nothing.
pub(super) const ERASED_BODY: &str = r#"{"type":"text","text":""}"#;

/// The columns of `tickets` that [`TicketRow`] reads, in its order.
macro_rules! ticket_columns {
    () => {
        "id, resident_id, kind, queue_id, room_id, root_event_id, status, category, card, \
         assignee, labels, rating, feedback, first_response_at, reminded_at, closed_at, \
         created_at, updated_at"
    };
}

/// Implements [`super::Store`] for `$store`, which has a `pool` field and a
/// `begin_write()` method; `$reserve_ticket` is the dialect's statement that
/// returns the next ticket id.
macro_rules! impl_store {
    ($store:ty, $db:ty, reserve_ticket = $reserve_ticket:literal) => {
        impl $store {
            /// Stores a cleaned image; returns its media id.
            async fn insert_media(
                conn: &mut <$db as sqlx::Database>::Connection,
                image: &$crate::domain::outbound::CleanImage,
                now: $crate::clock::Millis,
            ) -> $crate::storage::Result<i64> {
                Ok(sqlx::query_scalar::<$db, i64>(
                    "INSERT INTO media (content_type, file_name, width, height, bytes, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(&image.content_type)
                .bind(&image.file_name)
                .bind(i64::from(image.width))
                .bind(i64::from(image.height))
                .bind(&image.bytes)
                .bind(now)
                .fetch_one(conn)
                .await?)
            }
        }

        impl $store {
            /// Deletes tickets with their history, messages and photos, and
            /// queues the redaction of koban's own copies in Matrix (cards,
            /// relayed messages, photos). Returns how many history lines went.
            async fn drop_tickets(
                conn: &mut <$db as sqlx::Database>::Connection,
                ticket_ids: &[i64],
                now: $crate::clock::Millis,
            ) -> $crate::storage::Result<u64> {
                let mut lines = 0;
                for id in ticket_ids {
                    let events = sqlx::query_as::<$db, (String, String, String)>(
                        "SELECT destination, remote_id, body FROM outbox WHERE ticket_id = $1 \
                         AND channel = 'matrix' AND status = 'sent' AND remote_id IS NOT NULL",
                    )
                    .bind(id)
                    .fetch_all(&mut *conn)
                    .await?;
                    for (room, event_id, body) in events {
                        // An edit (`m.replace`) is an event of its own that
                        // carries the whole new text: it is redacted too. A
                        // redaction has nothing to take back.
                        if body.starts_with("{\"type\":\"delete\"") {
                            continue;
                        }
                        let delete = serde_json::to_string(&$crate::domain::MessageBody::Delete {
                            target: event_id,
                        })
                        .map_err(|e| $crate::storage::StorageError::Corrupt(e.to_string()))?;
                        sqlx::query::<$db>(
                            "INSERT INTO outbox (channel, destination, placement, body, status, \
                             attempts, next_attempt_at, created_at) \
                             VALUES ('matrix', $1, 'direct', $2, 'pending', 0, $3, $3)",
                        )
                        .bind(room)
                        .bind(delete)
                        .bind(now)
                        .execute(&mut *conn)
                        .await?;
                    }
                    let media = sqlx::query_scalar::<$db, i64>(
                        "SELECT media_id FROM outbox WHERE ticket_id = $1 AND media_id IS NOT NULL",
                    )
                    .bind(id)
                    .fetch_all(&mut *conn)
                    .await?;
                    // Rows still to deliver may be on their way right now:
                    // they are emptied and cancelled (see `outbox_sent`).
                    sqlx::query::<$db>(
                        "UPDATE outbox SET status = 'cancelled', body = $2, ticket_id = NULL, \
                         media_id = NULL, last_error = 'erased' WHERE ticket_id = $1 AND status = 'pending'",
                    )
                    .bind(id)
                    .bind($crate::storage::sql::ERASED_BODY)
                    .execute(&mut *conn)
                    .await?;
                    sqlx::query::<$db>("DELETE FROM outbox WHERE ticket_id = $1")
                        .bind(id)
                        .execute(&mut *conn)
                        .await?;
                    lines += sqlx::query::<$db>("DELETE FROM ticket_messages WHERE ticket_id = $1")
                        .bind(id)
                        .execute(&mut *conn)
                        .await?
                        .rows_affected();
                    sqlx::query::<$db>("DELETE FROM tickets WHERE id = $1")
                        .bind(id)
                        .execute(&mut *conn)
                        .await?;
                    for media_id in media {
                        sqlx::query::<$db>("DELETE FROM media WHERE id = $1")
                            .bind(media_id)
                            .execute(&mut *conn)
                            .await?;
                    }
                }
                Ok(lines)
            }

            /// Deletes a resident and everything koban keeps about them:
            /// tickets (see `drop_tickets`), report draft and its photos,
            /// messages to their chat, the events they sent. Returns the
            /// number of tickets.
            async fn drop_resident(
                conn: &mut <$db as sqlx::Database>::Connection,
                resident_id: i64,
                now: $crate::clock::Millis,
            ) -> $crate::storage::Result<u64> {
                let Some((channel, _external_id, chat_id)) = sqlx::query_as::<$db, (String, String, String)>(
                    "SELECT channel, external_id, chat_id FROM residents WHERE id = $1",
                )
                .bind(resident_id)
                .fetch_optional(&mut *conn)
                .await?
                else {
                    return Ok(0);
                };
                let tickets = sqlx::query_scalar::<$db, i64>("SELECT id FROM tickets WHERE resident_id = $1")
                    .bind(resident_id)
                    .fetch_all(&mut *conn)
                    .await?;
                Self::drop_tickets(&mut *conn, &tickets, now).await?;
                if let Some(body) = sqlx::query_scalar::<$db, String>(
                    "DELETE FROM report_drafts WHERE resident_id = $1 RETURNING body",
                )
                .bind(resident_id)
                .fetch_optional(&mut *conn)
                .await?
                {
                    let photos = serde_json::from_str::<$crate::domain::report::ReportDraft>(&body)
                        .map(|d| d.photos)
                        .unwrap_or_default();
                    for id in photos {
                        sqlx::query::<$db>("DELETE FROM media WHERE id = $1")
                            .bind(id)
                            .execute(&mut *conn)
                            .await?;
                    }
                }
                let media = sqlx::query_scalar::<$db, i64>(
                    "SELECT media_id FROM outbox WHERE channel = $1 AND destination = $2 \
                     AND media_id IS NOT NULL",
                )
                .bind(&channel)
                .bind(&chat_id)
                .fetch_all(&mut *conn)
                .await?;
                sqlx::query::<$db>(
                    "UPDATE outbox SET status = 'cancelled', body = $3, media_id = NULL, \
                     last_error = 'erased' WHERE channel = $1 AND destination = $2 AND status = 'pending'",
                )
                .bind(&channel)
                .bind(&chat_id)
                .bind($crate::storage::sql::ERASED_BODY)
                .execute(&mut *conn)
                .await?;
                sqlx::query::<$db>(
                    "DELETE FROM outbox WHERE channel = $1 AND destination = $2 AND status <> 'cancelled'",
                )
                .bind(&channel)
                .bind(&chat_id)
                .execute(&mut *conn)
                .await?;
                for id in media {
                    sqlx::query::<$db>("DELETE FROM media WHERE id = $1")
                        .bind(id)
                        .execute(&mut *conn)
                        .await?;
                }
                // What they sent, as recorded: found by its conversation
                // (indexed), not by scanning every payload.
                sqlx::query::<$db>("DELETE FROM inbox WHERE conversation = $1")
                    .bind(format!("{channel}:{chat_id}"))
                    .execute(&mut *conn)
                    .await?;
                sqlx::query::<$db>("DELETE FROM residents WHERE id = $1")
                    .bind(resident_id)
                    .execute(&mut *conn)
                    .await?;
                Ok(tickets.len() as u64)
            }
        }

        #[async_trait::async_trait]
        impl $crate::storage::Store for $store {
            async fn kv_get(&self, key: &str) -> $crate::storage::Result<Option<String>> {
                Ok(sqlx::query_scalar::<$db, String>("SELECT value FROM kv WHERE key = $1")
                    .bind(key)
                    .fetch_optional(&self.pool)
                    .await?)
            }

            async fn kv_set(&self, key: &str, value: &str) -> $crate::storage::Result<()> {
                sqlx::query::<$db>(
                    "INSERT INTO kv (key, value) VALUES ($1, $2) \
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                )
                .bind(key)
                .bind(value)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn inbox_record(
                &self,
                items: &[$crate::storage::NewInbox],
                cursor: &[(&str, &str)],
            ) -> $crate::storage::Result<u64> {
                let mut tx = self.begin_write().await?;
                let mut inserted = 0;
                for item in items {
                    inserted += sqlx::query::<$db>(
                        "INSERT INTO inbox (source, external_id, payload, received_at, next_attempt_at, conversation) \
                         VALUES ($1, $2, $3, $4, $4, $5) ON CONFLICT (source, external_id) DO NOTHING",
                    )
                    .bind(&item.source)
                    .bind(&item.external_id)
                    .bind(&item.payload)
                    .bind(item.received_at)
                    .bind(&item.conversation)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                }
                for (key, value) in cursor {
                    sqlx::query::<$db>(
                        "INSERT INTO kv (key, value) VALUES ($1, $2) \
                         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    )
                    .bind(key)
                    .bind(value)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(inserted)
            }

            async fn inbox_has(&self, source: &str, external_id: &str) -> $crate::storage::Result<bool> {
                Ok(sqlx::query_scalar::<$db, i64>(
                    "SELECT id FROM inbox WHERE source = $1 AND external_id = $2",
                )
                .bind(source)
                .bind(external_id)
                .fetch_optional(&self.pool)
                .await?
                .is_some())
            }

            async fn inbox_due(
                &self,
                now: $crate::clock::Millis,
                limit: i64,
            ) -> $crate::storage::Result<Vec<$crate::storage::InboxItem>> {
                let rows = sqlx::query_as::<$db, $crate::storage::sql::InboxRow>(
                    // Only the oldest unprocessed event of each conversation:
                    // one that must wait holds back its own conversation only.
                    "SELECT id, source, external_id, payload, received_at, attempts FROM inbox i \
                     WHERE processed_at IS NULL AND next_attempt_at <= $1 \
                     AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.conversation = i.conversation \
                                     AND e.processed_at IS NULL AND e.id < i.id) \
                     ORDER BY id LIMIT $2",
                )
                .bind(now)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn inbox_postpone(&self, id: i64, until: $crate::clock::Millis, error: &str) -> $crate::storage::Result<()> {
                sqlx::query::<$db>(
                    "UPDATE inbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 WHERE id = $1",
                )
                .bind(id)
                .bind(until)
                .bind(error)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn inbox_give_up(&self, id: i64, error: &str, now: $crate::clock::Millis) -> $crate::storage::Result<()> {
                sqlx::query::<$db>(
                    "UPDATE inbox SET attempts = attempts + 1, processed_at = $2, dead_at = $2, last_error = $3 WHERE id = $1",
                )
                .bind(id)
                .bind(now)
                .bind(error)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn inbox_dead(&self, limit: i64) -> $crate::storage::Result<Vec<$crate::storage::DeadLetter>> {
                let rows = sqlx::query_as::<$db, (i64, String, String, $crate::clock::Millis, $crate::clock::Millis, i64, Option<String>)>(
                    "SELECT id, source, external_id, received_at, dead_at, attempts, last_error FROM inbox \
                     WHERE dead_at IS NOT NULL ORDER BY id LIMIT $1",
                )
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, source, external_id, received_at, dead_at, attempts, error)| {
                        $crate::storage::DeadLetter { id, source, external_id, received_at, dead_at, attempts, error: error.unwrap_or_default() }
                    })
                    .collect())
            }

            async fn inbox_retry(&self, id: Option<i64>, now: $crate::clock::Millis) -> $crate::storage::Result<u64> {
                Ok(sqlx::query::<$db>(
                    "UPDATE inbox SET processed_at = NULL, dead_at = NULL, attempts = 0, next_attempt_at = $1 \
                     WHERE dead_at IS NOT NULL AND ($2 IS NULL OR id = $2)",
                )
                .bind(now)
                .bind(id)
                .execute(&self.pool)
                .await?
                .rows_affected())
            }

            async fn inbox_unprocessed(&self) -> $crate::storage::Result<i64> {
                Ok(sqlx::query_scalar::<$db, i64>("SELECT COUNT(*) FROM inbox WHERE processed_at IS NULL")
                    .fetch_one(&self.pool)
                    .await?)
            }

            async fn resident_upsert(
                &self,
                new: &$crate::storage::NewResident,
                now: $crate::clock::Millis,
            ) -> $crate::storage::Result<$crate::domain::Resident> {
                use rand::SeedableRng;
                let mut rng = rand::rngs::StdRng::from_os_rng();
                let mut last_error = None;
                for _ in 0..$crate::storage::sql::PSEUDONYM_TRIES {
                    let code = $crate::domain::pseudonym::random_code(&mut rng, 4);
                    let result = sqlx::query_as::<$db, $crate::storage::sql::ResidentRow>(
                        "INSERT INTO residents (channel, external_id, chat_id, pseudonym, language, \
                         platform_language, created_at, last_seen_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
                         ON CONFLICT (channel, external_id) DO UPDATE SET \
                         chat_id = excluded.chat_id, last_seen_at = excluded.last_seen_at, \
                         platform_language = COALESCE(excluded.platform_language, residents.platform_language) \
                         RETURNING id, channel, external_id, chat_id, pseudonym, language, platform_language, area_id, menu, awaiting, created_at, last_seen_at",
                    )
                    .bind(new.channel.as_str())
                    .bind(&new.external_id)
                    .bind(&new.chat_id)
                    .bind($crate::domain::pseudonym::pseudonym(&code))
                    .bind(&new.language)
                    .bind(&new.platform_language)
                    .bind(now)
                    .fetch_one(&self.pool)
                    .await;
                    match result {
                        Ok(row) => return row.try_into(),
                        // Another resident has this pseudonym: draw again.
                        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                            last_error = Some(sqlx::Error::Database(e));
                        }
                        Err(e) => return Err(e.into()),
                    }
                }
                Err(last_error.expect("the loop ran at least once").into())
            }

            async fn resident_get(&self, id: i64) -> $crate::storage::Result<Option<$crate::domain::Resident>> {
                sqlx::query_as::<$db, $crate::storage::sql::ResidentRow>(
                    "SELECT id, channel, external_id, chat_id, pseudonym, language, platform_language, \
                     area_id, menu, awaiting, created_at, last_seen_at FROM residents WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?
                .map(TryInto::try_into)
                .transpose()
            }

            async fn ticket_reserve_id(&self) -> $crate::storage::Result<i64> {
                let mut tx = self.begin_write().await?;
                let id = sqlx::query_scalar::<$db, i64>($reserve_ticket)
                    .fetch_one(&mut *tx)
                    .await?;
                tx.commit().await?;
                Ok(id)
            }

            async fn ticket_get(&self, id: i64) -> $crate::storage::Result<Option<$crate::domain::Ticket>> {
                sqlx::query_as::<$db, $crate::storage::sql::TicketRow>(
                    concat!("SELECT ", $crate::storage::sql::ticket_columns!(), " FROM tickets WHERE id = $1"),
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?
                .map(TryInto::try_into)
                .transpose()
            }

            async fn ticket_open_for(&self, resident_id: i64) -> $crate::storage::Result<Option<$crate::domain::Ticket>> {
                sqlx::query_as::<$db, $crate::storage::sql::TicketRow>(
                    concat!("SELECT ", $crate::storage::sql::ticket_columns!(), " FROM tickets WHERE resident_id = $1 AND status <> 'closed' \
                     ORDER BY updated_at DESC, id DESC LIMIT 1"),
                )
                .bind(resident_id)
                .fetch_optional(&self.pool)
                .await?
                .map(TryInto::try_into)
                .transpose()
            }

            async fn ticket_by_root(
                &self,
                room_id: &str,
                root_event_id: &str,
            ) -> $crate::storage::Result<Option<$crate::domain::Ticket>> {
                sqlx::query_as::<$db, $crate::storage::sql::TicketRow>(
                    concat!("SELECT ", $crate::storage::sql::ticket_columns!(), " FROM tickets WHERE room_id = $1 AND root_event_id = $2"),
                )
                .bind(room_id)
                .bind(root_event_id)
                .fetch_optional(&self.pool)
                .await?
                .map(TryInto::try_into)
                .transpose()
            }

            async fn purge(
                &self,
                before: $crate::clock::Millis,
                now: $crate::clock::Millis,
            ) -> $crate::storage::Result<$crate::storage::Purged> {
                let mut tx = self.begin_write().await?;
                let mut purged = $crate::storage::Purged::default();
                let tickets = sqlx::query_scalar::<$db, i64>(
                    "SELECT id FROM tickets WHERE status = 'closed' AND closed_at < $1",
                )
                .bind(before)
                .fetch_all(&mut *tx)
                .await?;
                purged.tickets = tickets.len() as u64;
                Self::drop_tickets(&mut *tx, &tickets, now).await?;
                let residents = sqlx::query_scalar::<$db, i64>(
                    "SELECT id FROM residents r WHERE last_seen_at < $1 \
                     AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.resident_id = r.id) \
                     AND NOT EXISTS (SELECT 1 FROM report_drafts d WHERE d.resident_id = r.id)",
                )
                .bind(before)
                .fetch_all(&mut *tx)
                .await?;
                purged.residents = residents.len() as u64;
                for id in residents {
                    Self::drop_resident(&mut *tx, id, now).await?;
                }
                purged.inbox = sqlx::query::<$db>(
                    "DELETE FROM inbox WHERE processed_at IS NOT NULL AND received_at < $1",
                )
                .bind(before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                purged.outbox = sqlx::query::<$db>(
                    "DELETE FROM outbox WHERE status <> 'pending' AND ticket_id IS NULL \
                     AND created_at < $1",
                )
                .bind(before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                purged.media = sqlx::query::<$db>(
                    "DELETE FROM media WHERE created_at < $1 AND NOT EXISTS \
                     (SELECT 1 FROM outbox o WHERE o.media_id = media.id)",
                )
                .bind(before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                tx.commit().await?;
                Ok(purged)
            }

            async fn tickets_created_since(
                &self,
                since: $crate::clock::Millis,
            ) -> $crate::storage::Result<Vec<$crate::domain::Ticket>> {
                sqlx::query_as::<$db, $crate::storage::sql::TicketRow>(
                    concat!("SELECT ", $crate::storage::sql::ticket_columns!(), " FROM tickets \
                     WHERE created_at >= $1 ORDER BY id"),
                )
                .bind(since)
                .fetch_all(&self.pool)
                .await?
                .into_iter()
                .map(TryInto::try_into)
                .collect()
            }

            async fn tickets_assigned_open(
                &self,
                assignee: &str,
            ) -> $crate::storage::Result<Vec<$crate::domain::Ticket>> {
                sqlx::query_as::<$db, $crate::storage::sql::TicketRow>(
                    concat!("SELECT ", $crate::storage::sql::ticket_columns!(), " FROM tickets \
                     WHERE assignee = $1 AND status <> 'closed' ORDER BY id"),
                )
                .bind(assignee)
                .fetch_all(&self.pool)
                .await?
                .into_iter()
                .map(TryInto::try_into)
                .collect()
            }

            async fn tickets_to_watch(&self) -> $crate::storage::Result<Vec<$crate::domain::Ticket>> {
                sqlx::query_as::<$db, $crate::storage::sql::TicketRow>(
                    concat!("SELECT ", $crate::storage::sql::ticket_columns!(), " FROM tickets \
                     WHERE status <> 'closed' AND reminded_at IS NULL ORDER BY id"),
                )
                .fetch_all(&self.pool)
                .await?
                .into_iter()
                .map(TryInto::try_into)
                .collect()
            }

            async fn tickets_of_resident(
                &self,
                resident_id: i64,
                limit: i64,
            ) -> $crate::storage::Result<Vec<$crate::domain::Ticket>> {
                sqlx::query_as::<$db, $crate::storage::sql::TicketRow>(
                    concat!("SELECT ", $crate::storage::sql::ticket_columns!(), " FROM tickets WHERE resident_id = $1 ORDER BY id DESC LIMIT $2"),
                )
                .bind(resident_id)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?
                .into_iter()
                .map(TryInto::try_into)
                .collect()
            }

            async fn draft_get(
                &self,
                resident_id: i64,
            ) -> $crate::storage::Result<Option<$crate::domain::report::ReportDraft>> {
                let row: Option<(String, i64)> = sqlx::query_as::<$db, (String, i64)>(
                    "SELECT body, updated_at FROM report_drafts WHERE resident_id = $1",
                )
                .bind(resident_id)
                .fetch_optional(&self.pool)
                .await?;
                row.map(|(body, updated_at)| {
                    let mut draft: $crate::domain::report::ReportDraft = serde_json::from_str(&body)
                        .map_err(|e| $crate::storage::StorageError::Corrupt(format!("report draft: {e}")))?;
                    draft.updated_at = updated_at;
                    Ok(draft)
                })
                .transpose()
            }

            async fn drafts_idle_since(
                &self,
                before: $crate::clock::Millis,
            ) -> $crate::storage::Result<Vec<(i64, $crate::clock::Millis)>> {
                Ok(sqlx::query_as::<$db, (i64, i64)>(
                    "SELECT resident_id, updated_at FROM report_drafts WHERE updated_at < $1 \
                     ORDER BY updated_at LIMIT 100",
                )
                .bind(before)
                .fetch_all(&self.pool)
                .await?)
            }

            async fn ticket_history(&self, ticket_id: i64) -> $crate::storage::Result<Vec<$crate::storage::HistoryRow>> {
                let rows = sqlx::query_as::<$db, $crate::storage::sql::HistoryDbRow>(
                    "SELECT author, external_id, body, created_at FROM ticket_messages \
                     WHERE ticket_id = $1 ORDER BY id",
                )
                .bind(ticket_id)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows.into_iter().map(Into::into).collect())
            }

            async fn commit_outcome(
                &self,
                inbox_id: i64,
                outcome: &$crate::domain::Outcome,
                now: $crate::clock::Millis,
            ) -> $crate::storage::Result<()> {
                use $crate::domain::TicketChange;
                let mut tx = self.begin_write().await?;
                // Claim the event first: an event already processed (or
                // unknown) must not have its effects applied twice.
                let claimed = sqlx::query::<$db>(
                    "UPDATE inbox SET processed_at = $2, attempts = attempts + 1 \
                     WHERE id = $1 AND processed_at IS NULL",
                )
                .bind(inbox_id)
                .bind(now)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if claimed == 0 {
                    return Err($crate::storage::StorageError::AlreadyProcessed(inbox_id));
                }
                if let Some(resident_id) = outcome.erase {
                    Self::drop_resident(&mut *tx, resident_id, now).await?;
                }
                let ticket_id = match &outcome.ticket {
                    TicketChange::None => None,
                    TicketChange::Open { id, resident_id, kind, queue_id, room_id, category, card } => {
                        sqlx::query::<$db>(
                            "INSERT INTO tickets (id, resident_id, kind, queue_id, room_id, status, \
                             category, card, created_at, updated_at) \
                             VALUES ($1, $2, $3, $4, $5, 'open', $6, $7, $8, $8)",
                        )
                        .bind(id)
                        .bind(resident_id)
                        .bind(kind.as_str())
                        .bind(queue_id)
                        .bind(room_id)
                        .bind(category)
                        .bind(card)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                        Some(*id)
                    }
                    TicketChange::Existing { ticket_id } => {
                        sqlx::query::<$db>("UPDATE tickets SET updated_at = $2 WHERE id = $1")
                            .bind(ticket_id)
                            .bind(now)
                            .execute(&mut *tx)
                            .await?;
                        Some(*ticket_id)
                    }
                };
                if let Some(ticket_id) = ticket_id {
                    for entry in &outcome.history {
                        sqlx::query::<$db>(
                            "INSERT INTO ticket_messages (ticket_id, author, external_id, body, created_at) \
                             VALUES ($1, $2, $3, $4, $5)",
                        )
                        .bind(ticket_id)
                        .bind(&entry.author)
                        .bind(&entry.external_id)
                        .bind(&entry.body)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
                for message in &outcome.outbox {
                    let media_id = match &message.media {
                        Some($crate::domain::outbound::MediaRef::Stored(id)) => Some(*id),
                        Some($crate::domain::outbound::MediaRef::New(image)) => {
                            Some(<$store>::insert_media(&mut *tx, image, now).await?)
                        }
                        None => None,
                    };
                    let body = serde_json::to_string(&message.body)
                        .map_err(|e| $crate::storage::StorageError::Corrupt(e.to_string()))?;
                    sqlx::query::<$db>(
                        "INSERT INTO outbox (channel, destination, placement, ticket_id, media_id, inbox_id, \
                         body, status, attempts, next_attempt_at, created_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', 0, $8, $8)",
                    )
                    .bind(message.channel.as_str())
                    .bind(&message.destination)
                    .bind(message.placement.as_str())
                    .bind(ticket_id)
                    .bind(media_id)
                    .bind(inbox_id)
                    .bind(body)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                if let Some((ticket_id, status)) = &outcome.set_status {
                    let closed_at = (*status == $crate::domain::TicketStatus::Closed).then_some(now);
                    sqlx::query::<$db>(
                        "UPDATE tickets SET status = $2, closed_at = $3, updated_at = $4 WHERE id = $1",
                    )
                    .bind(ticket_id)
                    .bind(status.as_str())
                    .bind(closed_at)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                if let Some(u) = &outcome.update {
                    // One statement: each field changes only when asked to.
                    let labels = u
                        .labels
                        .as_ref()
                        .map(serde_json::to_string)
                        .transpose()
                        .map_err(|e| $crate::storage::StorageError::Corrupt(e.to_string()))?;
                    let (queue, room) = match &u.transfer {
                        Some((queue, room)) => (Some(queue.as_str()), Some(room.as_str())),
                        None => (None, None),
                    };
                    sqlx::query::<$db>(
                        "UPDATE tickets SET \
                         assignee = CASE WHEN $2 THEN $3 ELSE assignee END, \
                         labels = COALESCE($4, labels), \
                         rating = COALESCE($5, rating), \
                         feedback = COALESCE($6, feedback), \
                         first_response_at = CASE WHEN $7 THEN COALESCE(first_response_at, $8) \
                             ELSE first_response_at END, \
                         reminded_at = CASE WHEN $9 THEN $8 ELSE reminded_at END, \
                         root_event_id = CASE WHEN $10 IS NULL THEN root_event_id ELSE NULL END, \
                         queue_id = COALESCE($10, queue_id), \
                         room_id = COALESCE($11, room_id) \
                         WHERE id = $1",
                    )
                    .bind(u.ticket_id)
                    .bind(u.assignee.is_some())
                    .bind(u.assignee.clone().flatten())
                    .bind(labels)
                    .bind(u.rating)
                    .bind(&u.feedback)
                    .bind(u.first_response)
                    .bind(now)
                    .bind(u.reminded)
                    .bind(queue)
                    .bind(room)
                    .execute(&mut *tx)
                    .await?;
                }
                if let Some((key, value)) = &outcome.set_kv {
                    sqlx::query::<$db>(
                        "INSERT INTO kv (key, value) VALUES ($1, $2) \
                         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    )
                    .bind(key)
                    .bind(value)
                    .execute(&mut *tx)
                    .await?;
                }
                for (ticket_id, assignee) in &outcome.reassign {
                    sqlx::query::<$db>(
                        "UPDATE tickets SET assignee = $2, updated_at = $3 WHERE id = $1",
                    )
                    .bind(ticket_id)
                    .bind(assignee)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                if let Some((resident_id, awaiting)) = &outcome.set_awaiting {
                    let awaiting = awaiting
                        .as_ref()
                        .map(serde_json::to_string)
                        .transpose()
                        .map_err(|e| $crate::storage::StorageError::Corrupt(e.to_string()))?;
                    sqlx::query::<$db>("UPDATE residents SET awaiting = $2 WHERE id = $1")
                        .bind(resident_id)
                        .bind(awaiting)
                        .execute(&mut *tx)
                        .await?;
                }
                if let Some((resident_id, area)) = &outcome.set_area {
                    sqlx::query::<$db>("UPDATE residents SET area_id = $2 WHERE id = $1")
                        .bind(resident_id)
                        .bind(area)
                        .execute(&mut *tx)
                        .await?;
                }
                if let Some((resident_id, menu)) = &outcome.set_menu {
                    let menu = serde_json::to_string(menu)
                        .map_err(|e| $crate::storage::StorageError::Corrupt(e.to_string()))?;
                    sqlx::query::<$db>("UPDATE residents SET menu = $2 WHERE id = $1")
                        .bind(resident_id)
                        .bind(menu)
                        .execute(&mut *tx)
                        .await?;
                }
                if let Some((resident_id, language)) = &outcome.set_language {
                    sqlx::query::<$db>("UPDATE residents SET language = $2 WHERE id = $1")
                        .bind(resident_id)
                        .bind(language)
                        .execute(&mut *tx)
                        .await?;
                }
                if let Some((resident_id, change)) = &outcome.draft {
                    use $crate::domain::report::{DraftChange, ReportDraft};
                    let (remove, delete_photos, save): (bool, bool, Option<(&ReportDraft, Option<&$crate::domain::outbound::CleanImage>)>) =
                        match change {
                            DraftChange::Keep => (false, false, None),
                            DraftChange::Save { draft, add_photo } => {
                                (false, false, Some((&**draft, add_photo.as_ref())))
                            }
                            DraftChange::Submitted => (true, false, None),
                            DraftChange::Discard => (true, true, None),
                            DraftChange::Restart(draft) => (true, true, Some((&**draft, None))),
                        };
                    if remove {
                        let body: Option<String> = sqlx::query_scalar::<$db, String>(
                            "DELETE FROM report_drafts WHERE resident_id = $1 RETURNING body",
                        )
                        .bind(resident_id)
                        .fetch_optional(&mut *tx)
                        .await?;
                        if let (true, Some(body)) = (delete_photos, body) {
                            let photos = serde_json::from_str::<ReportDraft>(&body)
                                .map(|d| d.photos)
                                .unwrap_or_default();
                            for id in photos {
                                sqlx::query::<$db>("DELETE FROM media WHERE id = $1")
                                    .bind(id)
                                    .execute(&mut *tx)
                                    .await?;
                            }
                        }
                    }
                    if let Some((draft, add_photo)) = save {
                        let mut draft = draft.clone();
                        if let Some(image) = add_photo {
                            draft.photos.push(<$store>::insert_media(&mut *tx, image, now).await?);
                        }
                        draft.updated_at = now;
                        let body = serde_json::to_string(&draft)
                            .map_err(|e| $crate::storage::StorageError::Corrupt(e.to_string()))?;
                        sqlx::query::<$db>(
                            "INSERT INTO report_drafts (resident_id, body, updated_at) VALUES ($1, $2, $3) \
                             ON CONFLICT (resident_id) DO UPDATE SET body = excluded.body, \
                             updated_at = excluded.updated_at",
                        )
                        .bind(resident_id)
                        .bind(body)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                    }
                }
                tx.commit().await?;
                Ok(())
            }

            async fn outbox_due(
                &self,
                channel: $crate::domain::Channel,
                now: $crate::clock::Millis,
                limit: i64,
            ) -> $crate::storage::Result<Vec<$crate::storage::OutboxItem>> {
                let rows = sqlx::query_as::<$db, $crate::storage::sql::OutboxRow>(
                    "SELECT o.id, o.channel, o.destination, o.placement, o.ticket_id, o.media_id, o.body, \
                     o.attempts, o.created_at, o.first_attempt_at FROM outbox o \
                     WHERE o.status = 'pending' AND o.channel = $1 AND o.next_attempt_at <= $2 \
                     AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.status = 'pending' \
                       AND p.channel = o.channel AND p.destination = o.destination AND p.id < o.id) \
                     ORDER BY o.id LIMIT $3",
                )
                .bind(channel.as_str())
                .bind(now)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter().map(TryInto::try_into).collect()
            }

            async fn outbox_next_due(&self, channel: $crate::domain::Channel) -> $crate::storage::Result<Option<$crate::clock::Millis>> {
                Ok(sqlx::query_scalar::<$db, Option<i64>>(
                    "SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending' AND channel = $1",
                )
                .bind(channel.as_str())
                .fetch_one(&self.pool)
                .await?)
            }

            async fn outbox_sent(
                &self,
                id: i64,
                remote_id: &str,
                attempted_at: $crate::clock::Millis,
                now: $crate::clock::Millis,
            ) -> $crate::storage::Result<()> {
                let mut tx = self.begin_write().await?;
                // Erased while it was being delivered: take it back.
                let cancelled: Option<(String, String)> = sqlx::query_as::<$db, (String, String)>(
                    "UPDATE outbox SET remote_id = $2, sent_at = $3 WHERE id = $1 \
                     AND status = 'cancelled' RETURNING channel, destination",
                )
                .bind(id)
                .bind(remote_id)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
                if let Some((channel, destination)) = cancelled {
                    let delete = serde_json::to_string(&$crate::domain::MessageBody::Delete {
                        target: remote_id.to_owned(),
                    })
                    .map_err(|e| $crate::storage::StorageError::Corrupt(e.to_string()))?;
                    sqlx::query::<$db>(
                        "INSERT INTO outbox (channel, destination, placement, body, status, \
                         attempts, next_attempt_at, created_at) \
                         VALUES ($1, $2, 'direct', $3, 'pending', 0, $4, $4)",
                    )
                    .bind(channel)
                    .bind(destination)
                    .bind(delete)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    tx.commit().await?;
                    return Ok(());
                }
                let row: Option<(String, Option<i64>)> = sqlx::query_as::<$db, (String, Option<i64>)>(
                    "UPDATE outbox SET status = 'sent', remote_id = $2, sent_at = $3, \
                     first_attempt_at = COALESCE(first_attempt_at, $4), attempts = attempts + 1, \
                     last_error = NULL WHERE id = $1 RETURNING placement, ticket_id",
                )
                .bind(id)
                .bind(remote_id)
                .bind(now)
                .bind(attempted_at)
                .fetch_optional(&mut *tx)
                .await?;
                if let Some((placement, Some(ticket_id))) = row
                    && placement == $crate::domain::Placement::TicketRoot.as_str()
                {
                    sqlx::query::<$db>("UPDATE tickets SET root_event_id = $2 WHERE id = $1")
                        .bind(ticket_id)
                        .bind(remote_id)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn outbox_postpone(
                &self,
                id: i64,
                until: $crate::clock::Millis,
                error: &str,
                counts_as_attempt: bool,
                attempted_at: $crate::clock::Millis,
            ) -> $crate::storage::Result<()> {
                sqlx::query::<$db>(
                    "UPDATE outbox SET next_attempt_at = $2, last_error = $3, \
                     attempts = attempts + $4, first_attempt_at = COALESCE(first_attempt_at, $5) \
                     WHERE id = $1",
                )
                .bind(id)
                .bind(until)
                .bind(error)
                .bind(i64::from(counts_as_attempt))
                .bind(attempted_at)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn outbox_failed(&self, id: i64, error: &str, now: $crate::clock::Millis) -> $crate::storage::Result<()> {
                let mut tx = self.begin_write().await?;
                let row: Option<(String, Option<i64>, String)> = sqlx::query_as::<$db, (String, Option<i64>, String)>(
                    "UPDATE outbox SET status = 'failed', last_error = $2, attempts = attempts + 1, \
                     sent_at = NULL, next_attempt_at = $3 WHERE id = $1 \
                     RETURNING placement, ticket_id, destination",
                )
                .bind(id)
                .bind(error)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
                // Without its card, a ticket's thread can never be posted:
                // fail those rows too instead of letting them hold up the room.
                if let Some((placement, Some(ticket_id), destination)) = row
                    && placement == $crate::domain::Placement::TicketRoot.as_str()
                {
                    sqlx::query::<$db>(
                        "UPDATE outbox SET status = 'failed', last_error = $3, next_attempt_at = $4 \
                         WHERE ticket_id = $1 AND destination = $2 AND placement = 'ticket_thread' \
                         AND status = 'pending'",
                    )
                    .bind(ticket_id)
                    .bind(destination)
                    .bind(format!("the ticket's card could not be posted: {error}"))
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                }
                tx.commit().await?;
                Ok(())
            }

            async fn outbox_counts(&self) -> $crate::storage::Result<$crate::storage::OutboxCounts> {
                let rows = sqlx::query_as::<$db, (String, i64)>(
                    "SELECT status, COUNT(*) FROM outbox GROUP BY status",
                )
                .fetch_all(&self.pool)
                .await?;
                let mut counts = $crate::storage::OutboxCounts::default();
                for (status, n) in rows {
                    match status.as_str() {
                        "pending" => counts.pending = n,
                        "sent" => counts.sent = n,
                        "failed" => counts.failed = n,
                        "cancelled" => counts.cancelled = n,
                        other => {
                            return Err($crate::storage::StorageError::Corrupt(format!(
                                "outbox status {other:?}"
                            )))
                        }
                    }
                }
                Ok(counts)
            }

            async fn outbox_list(&self, status: &str, limit: i64) -> $crate::storage::Result<Vec<$crate::storage::OutboxSummary>> {
                let rows = sqlx::query_as::<$db, (i64, String, String, String, i64, $crate::clock::Millis, $crate::clock::Millis, Option<String>)>(
                    "SELECT id, channel, destination, placement, attempts, created_at, next_attempt_at, last_error \
                     FROM outbox WHERE status = $1 ORDER BY id LIMIT $2",
                )
                .bind(status)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(id, channel, destination, placement, attempts, created_at, next_attempt_at, error)| {
                        $crate::storage::OutboxSummary { id, channel, destination, placement, attempts, created_at, next_attempt_at, error: error.unwrap_or_default() }
                    })
                    .collect())
            }

            async fn outbox_retry_failed(&self, id: Option<i64>, now: $crate::clock::Millis) -> $crate::storage::Result<u64> {
                Ok(sqlx::query::<$db>(
                    "UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $1, created_at = $1, first_attempt_at = NULL \
                     WHERE status = 'failed' AND ($2 IS NULL OR id = $2)",
                )
                .bind(now)
                .bind(id)
                .execute(&self.pool)
                .await?
                .rows_affected())
            }

            async fn lease_acquire(
                &self,
                name: &str,
                holder: &str,
                expires_at: $crate::clock::Millis,
                now: $crate::clock::Millis,
                take_over_generation: Option<i64>,
            ) -> $crate::storage::Result<Result<i64, $crate::storage::LeaseHolder>> {
                let mut tx = self.begin_write().await?;
                let won = sqlx::query_scalar::<$db, i64>(
                    "INSERT INTO leases (name, holder, generation, expires_at) VALUES ($1, $2, 1, $3) \
                     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, \
                     generation = leases.generation + 1, expires_at = excluded.expires_at \
                     WHERE leases.expires_at <= $4 OR leases.holder = $2 OR leases.generation = $5 \
                     RETURNING generation",
                )
                .bind(name)
                .bind(holder)
                .bind(expires_at)
                .bind(now)
                .bind(take_over_generation.unwrap_or(-1))
                .fetch_optional(&mut *tx)
                .await?;
                let result = match won {
                    Some(generation) => Ok(generation),
                    None => {
                        let (holder, generation, expires_at) = sqlx::query_as::<$db, (String, i64, $crate::clock::Millis)>(
                            "SELECT holder, generation, expires_at FROM leases WHERE name = $1",
                        )
                        .bind(name)
                        .fetch_one(&mut *tx)
                        .await?;
                        Err($crate::storage::LeaseHolder { holder, generation, expires_at })
                    }
                };
                tx.commit().await?;
                Ok(result)
            }

            async fn lease_renew(
                &self,
                name: &str,
                holder: &str,
                generation: i64,
                expires_at: $crate::clock::Millis,
            ) -> $crate::storage::Result<bool> {
                Ok(sqlx::query::<$db>(
                    "UPDATE leases SET expires_at = $4 WHERE name = $1 AND holder = $2 AND generation = $3",
                )
                .bind(name)
                .bind(holder)
                .bind(generation)
                .bind(expires_at)
                .execute(&self.pool)
                .await?
                .rows_affected()
                    == 1)
            }

            async fn lease_release(&self, name: &str, holder: &str, generation: i64) -> $crate::storage::Result<()> {
                sqlx::query::<$db>(
                    "UPDATE leases SET expires_at = 0 WHERE name = $1 AND holder = $2 AND generation = $3",
                )
                .bind(name)
                .bind(holder)
                .bind(generation)
                .execute(&self.pool)
                .await?;
                Ok(())
            }

            async fn outbox_remote_id(&self, id: i64) -> $crate::storage::Result<Option<String>> {
                Ok(sqlx::query_scalar::<$db, Option<String>>("SELECT remote_id FROM outbox WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&self.pool)
                    .await?
                    .flatten())
            }

            async fn outbox_of_event(
                &self,
                source: &str,
                external_id: &str,
            ) -> $crate::storage::Result<Vec<$crate::storage::SentRow>> {
                let rows = sqlx::query_as::<$db, (i64, String, String, Option<i64>, Option<String>)>(
                    "SELECT o.id, o.channel, o.destination, o.ticket_id, o.remote_id FROM outbox o \
                     JOIN inbox i ON i.id = o.inbox_id \
                     WHERE i.source = $1 AND i.external_id = $2 ORDER BY o.id",
                )
                .bind(source)
                .bind(external_id)
                .fetch_all(&self.pool)
                .await?;
                rows.into_iter()
                    .map(|(id, channel, destination, ticket_id, remote_id)| {
                        Ok($crate::storage::SentRow {
                            id,
                            channel: $crate::domain::Channel::parse(&channel).ok_or_else(|| {
                                $crate::storage::StorageError::Corrupt(format!("outbox channel {channel:?}"))
                            })?,
                            destination,
                            ticket_id,
                            remote_id,
                        })
                    })
                    .collect()
            }

            async fn history_of_message(
                &self,
                ticket_id: i64,
                external_id: &str,
            ) -> $crate::storage::Result<Option<(String, String)>> {
                Ok(sqlx::query_as::<$db, (String, String)>(
                    "SELECT author, body FROM ticket_messages WHERE ticket_id = $1 AND external_id = $2 \
                     ORDER BY id DESC LIMIT 1",
                )
                .bind(ticket_id)
                .bind(external_id)
                .fetch_optional(&self.pool)
                .await?)
            }

            async fn relay_timings(
                &self,
                channel: $crate::domain::Channel,
            ) -> $crate::storage::Result<Vec<$crate::storage::RelayTiming>> {
                let rows = sqlx::query_as::<$db, (i64, i64, i64)>(
                    "SELECT i.received_at, o.first_attempt_at, o.sent_at FROM outbox o \
                     JOIN inbox i ON i.id = o.inbox_id \
                     WHERE o.channel = $1 AND o.status = 'sent' ORDER BY o.id",
                )
                .bind(channel.as_str())
                .fetch_all(&self.pool)
                .await?;
                Ok(rows
                    .into_iter()
                    .map(|(received_at, first_attempt_at, sent_at)| $crate::storage::RelayTiming {
                        received_at,
                        first_attempt_at,
                        sent_at,
                    })
                    .collect())
            }

            async fn media_get(&self, id: i64) -> $crate::storage::Result<Option<$crate::storage::Media>> {
                Ok(sqlx::query_as::<$db, $crate::storage::sql::MediaRow>(
                    "SELECT id, content_type, file_name, width, height, bytes FROM media WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?
                .map(Into::into))
            }
        }
    };
}

pub(super) use impl_store;
pub(super) use ticket_columns;
