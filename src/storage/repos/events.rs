//! Events, their texts, residents' answers and subscriptions, and
//! broadcasts: the events feature's repository, with its own store trait
//! ([`EventStore`], part of [`crate::storage::Store`]).

use async_trait::async_trait;

use crate::clock::Millis;
use crate::domain::Channel;
use crate::domain::event::{
    Announcement, AnnouncementStatus, Broadcast, BroadcastKind, BroadcastProgress, Event,
    EventStatus, EventText, Recipient, Rsvp, RsvpCounts, Topic, Via,
};
use crate::storage::db::{Database, Dialect, execute, fetch};
use crate::storage::{Result, StorageError};

/// What the events feature reads.
#[async_trait]
pub trait EventStore: Send + Sync {
    async fn event_reserve_id(&self) -> Result<i64>;
    async fn broadcast_reserve_id(&self) -> Result<i64>;
    async fn announcement_reserve_id(&self) -> Result<i64>;
    async fn announcement_get(&self, id: i64) -> Result<Option<Announcement>>;
    /// Scheduled announcements whose time has come.
    async fn announcements_due(&self, now: Millis) -> Result<Vec<i64>>;
    async fn event_get(&self, id: i64) -> Result<Option<Event>>;
    /// Published events not yet over for residents of `area` (and the
    /// zone-wide ones), soonest first.
    async fn events_upcoming(
        &self,
        area: Option<&str>,
        now: Millis,
        limit: i64,
    ) -> Result<Vec<Event>>;
    /// Every event not yet over and not cancelled, soonest first (for
    /// coordinators).
    async fn events_planned(&self, now: Millis, limit: i64) -> Result<Vec<Event>>;
    /// Scheduled events whose publication time has come.
    async fn events_due(&self, now: Millis) -> Result<Vec<Event>>;
    /// Published events starting between `from` and `to`.
    async fn events_starting(&self, from: Millis, to: Millis) -> Result<Vec<Event>>;
    async fn rsvp_of(&self, event_id: i64, resident_id: i64) -> Result<Option<Rsvp>>;
    /// The event's answers counted, and the last waiting-list position.
    async fn rsvp_counts(&self, event_id: i64) -> Result<(RsvpCounts, i64)>;
    /// The first resident on the waiting list.
    async fn rsvp_next_waiting(&self, event_id: i64) -> Result<Option<Recipient>>;
    /// Offers not confirmed by `now`: (event, resident, until).
    async fn rsvp_offers_expired(&self, now: Millis) -> Result<Vec<(i64, i64, i64)>>;
    /// How many wait before `position` on the event's waiting list.
    async fn rsvp_waiting_before(&self, event_id: i64, position: i64) -> Result<i64>;
    /// The event's answers with the residents' pseudonyms, by answer.
    async fn rsvp_list(&self, event_id: i64) -> Result<Vec<(String, Rsvp)>>;
    /// The resident's answers to events not yet over.
    async fn rsvps_of_resident(&self, resident_id: i64) -> Result<Vec<(i64, Rsvp)>>;
    async fn subscriptions_of(&self, resident_id: i64) -> Result<Vec<Topic>>;
    async fn broadcast_get(&self, id: i64) -> Result<Option<Broadcast>>;
    /// Broadcasts still expanding or sending.
    async fn broadcasts_running(&self) -> Result<Vec<Broadcast>>;
    /// The next recipients of a broadcast after resident id `after`.
    async fn broadcast_recipients(
        &self,
        broadcast: &Broadcast,
        after: i64,
        limit: i64,
    ) -> Result<Vec<Recipient>>;
    async fn broadcast_progress(&self, id: i64) -> Result<BroadcastProgress>;
    /// Marks the resident of this chat unreachable (they blocked the bot):
    /// broadcasts skip them until they write again.
    async fn resident_unreachable(
        &self,
        channel: Channel,
        chat_id: &str,
        now: Millis,
    ) -> Result<()>;
}

macro_rules! select_event {
    ($rest:literal) => {
        concat!(
            "SELECT id, status, area, topic, starts_at, ends_at, place, map_url, latitude, \
             longitude, capacity, registration, sequence, publish_at, card_outbox, created_by, \
             created_at, updated_at FROM events ",
            $rest
        )
    };
}

macro_rules! select_broadcast {
    ($rest:literal) => {
        concat!(
            "SELECT id, kind, event_id, announcement_id, topic, area, status, cursor, total, \
             card_outbox, created_by, created_at FROM broadcasts ",
            $rest
        )
    };
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    status: String,
    area: Option<String>,
    topic: String,
    starts_at: i64,
    ends_at: i64,
    place: String,
    map_url: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    capacity: Option<i64>,
    registration: i64,
    sequence: i64,
    publish_at: Option<i64>,
    card_outbox: Option<i64>,
    created_by: String,
    created_at: i64,
    updated_at: i64,
}

fn corrupt(what: &str, value: &str) -> StorageError {
    StorageError::Corrupt(format!("{what} {value:?}"))
}

impl EventRow {
    fn into_event(self, texts: Vec<EventText>) -> Result<Event> {
        Ok(Event {
            id: self.id,
            status: EventStatus::parse(&self.status)
                .ok_or_else(|| corrupt("event status", &self.status))?,
            area: self.area,
            topic: Topic::parse(&self.topic).ok_or_else(|| corrupt("event topic", &self.topic))?,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            place: self.place,
            map_url: self.map_url,
            location: self.latitude.zip(self.longitude),
            capacity: self.capacity,
            registration: self.registration != 0,
            sequence: self.sequence,
            publish_at: self.publish_at,
            card_outbox: self.card_outbox,
            created_by: self.created_by,
            created_at: self.created_at,
            updated_at: self.updated_at,
            texts,
        })
    }
}

#[derive(sqlx::FromRow)]
struct TextRow {
    language: String,
    title: String,
    description: String,
    audience: String,
    accessibility: String,
}

#[derive(sqlx::FromRow)]
struct BroadcastRow {
    id: i64,
    kind: String,
    event_id: Option<i64>,
    announcement_id: Option<i64>,
    topic: String,
    area: Option<String>,
    status: String,
    cursor: i64,
    total: i64,
    card_outbox: Option<i64>,
    created_by: String,
    created_at: i64,
}

impl TryFrom<BroadcastRow> for Broadcast {
    type Error = StorageError;
    fn try_from(r: BroadcastRow) -> Result<Self> {
        Ok(Broadcast {
            id: r.id,
            kind: BroadcastKind::parse(&r.kind)
                .ok_or_else(|| corrupt("broadcast kind", &r.kind))?,
            event_id: r.event_id,
            announcement_id: r.announcement_id,
            topic: Topic::parse(&r.topic).ok_or_else(|| corrupt("broadcast topic", &r.topic))?,
            area: r.area,
            status: r.status,
            cursor: r.cursor,
            total: r.total,
            card_outbox: r.card_outbox,
            created_by: r.created_by,
            created_at: r.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
struct RecipientRow {
    id: i64,
    channel: String,
    chat_id: String,
    language: String,
    pseudonym: String,
}

impl TryFrom<RecipientRow> for Recipient {
    type Error = StorageError;
    fn try_from(r: RecipientRow) -> Result<Self> {
        Ok(Recipient {
            resident_id: r.id,
            channel: Channel::parse(&r.channel).ok_or_else(|| corrupt("channel", &r.channel))?,
            chat_id: r.chat_id,
            language: r.language,
            pseudonym: r.pseudonym,
        })
    }
}

fn rsvp(answer: &str, position: Option<i64>, until: Option<i64>) -> Result<Rsvp> {
    Ok(match answer {
        "going" => Rsvp::Going,
        "maybe" => Rsvp::Maybe,
        "not_going" => Rsvp::NotGoing,
        "waiting" => Rsvp::Waiting {
            position: position.unwrap_or(0),
        },
        "offered" => Rsvp::Offered {
            until: until.unwrap_or(0),
        },
        other => return Err(corrupt("answer", other)),
    })
}

async fn reserve(db: &Database, name: &'static str) -> Result<i64> {
    let sql = match (db.dialect(), name) {
        (Dialect::Sqlite, "event") => {
            "UPDATE sequences SET value = value + 1 WHERE name = 'event' RETURNING value"
        }
        (Dialect::Sqlite, "announcement") => {
            "UPDATE sequences SET value = value + 1 WHERE name = 'announcement' RETURNING value"
        }
        (Dialect::Sqlite, _) => {
            "UPDATE sequences SET value = value + 1 WHERE name = 'broadcast' RETURNING value"
        }
        (Dialect::Postgres, "event") => "SELECT nextval('event_ids')",
        (Dialect::Postgres, "announcement") => "SELECT nextval('announcement_ids')",
        (Dialect::Postgres, _) => "SELECT nextval('broadcast_ids')",
    };
    let mut tx = db.begin_write().await?;
    let id = fetch!(tx, query_scalar::<i64>, fetch_one, sql)?;
    tx.commit().await?;
    Ok(id)
}

async fn with_texts(db: &Database, rows: Vec<EventRow>) -> Result<Vec<Event>> {
    let mut conn = db.acquire().await?;
    let mut events = Vec::with_capacity(rows.len());
    for row in rows {
        let texts = fetch!(
            conn,
            query_as::<TextRow>,
            fetch_all,
            // The default language's row was written first.
            "SELECT language, title, description, audience, accessibility FROM event_texts \
             WHERE event_id = $1 ORDER BY ord, language",
            row.id
        );
        let texts = texts?;
        events.push(
            row.into_event(
                texts
                    .into_iter()
                    .map(|t| EventText {
                        language: t.language,
                        title: t.title,
                        description: t.description,
                        audience: t.audience,
                        accessibility: t.accessibility,
                    })
                    .collect(),
            )?,
        );
    }
    Ok(events)
}

/// The events a condition (`WHERE …`, binding `$1…`) selects, with their
/// texts.
macro_rules! events_where {
    ($db:expr, $rest:literal $(, $arg:expr)* $(,)?) => {{
        let mut conn = $db.acquire().await?;
        let rows = fetch!(
            conn,
            query_as::<EventRow>,
            fetch_all,
            select_event!($rest)
            $(, $arg)*
        )?;
        drop(conn);
        with_texts($db, rows).await
    }};
}

#[async_trait]
impl EventStore for Database {
    async fn event_reserve_id(&self) -> Result<i64> {
        reserve(self, "event").await
    }

    async fn broadcast_reserve_id(&self) -> Result<i64> {
        reserve(self, "broadcast").await
    }

    async fn announcement_reserve_id(&self) -> Result<i64> {
        reserve(self, "announcement").await
    }

    async fn announcement_get(&self, id: i64) -> Result<Option<Announcement>> {
        let mut conn = self.acquire().await?;
        let Some((status, topic, area, languages, via, publish_at, created_by, created_at)) = fetch!(
            conn,
            query_as::<(
                String,
                String,
                Option<String>,
                String,
                String,
                Option<i64>,
                String,
                i64
            )>,
            fetch_optional,
            "SELECT status, topic, area, languages, via, publish_at, created_by, created_at \
             FROM announcements WHERE id = $1",
            id
        )?
        else {
            return Ok(None);
        };
        let texts = fetch!(
            conn,
            query_as::<(String, String)>,
            fetch_all,
            "SELECT language, text FROM announcement_texts WHERE announcement_id = $1 \
             ORDER BY ord, language",
            id
        )?;
        Ok(Some(Announcement {
            id,
            status: AnnouncementStatus::parse(&status)
                .ok_or_else(|| corrupt("announcement status", &status))?,
            topic: Topic::parse(&topic).ok_or_else(|| corrupt("announcement topic", &topic))?,
            area,
            languages: languages
                .split(',')
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            via: Via::parse(&via).ok_or_else(|| corrupt("announcement via", &via))?,
            publish_at,
            created_by,
            created_at,
            texts,
        }))
    }

    async fn announcements_due(&self, now: Millis) -> Result<Vec<i64>> {
        let mut conn = self.acquire().await?;
        Ok(fetch!(
            conn,
            query_scalar::<i64>,
            fetch_all,
            "SELECT id FROM announcements WHERE status = 'scheduled' AND publish_at <= $1 \
             ORDER BY publish_at LIMIT 100",
            now
        )?)
    }

    async fn event_get(&self, id: i64) -> Result<Option<Event>> {
        Ok(events_where!(self, "WHERE id = $1", id)?.pop())
    }

    async fn events_upcoming(
        &self,
        area: Option<&str>,
        now: Millis,
        limit: i64,
    ) -> Result<Vec<Event>> {
        events_where!(
            self,
            "WHERE status = 'published' AND ends_at > $1 AND (area IS NULL OR area = $2) \
             ORDER BY starts_at, id LIMIT $3",
            now,
            area,
            limit
        )
    }

    async fn events_planned(&self, now: Millis, limit: i64) -> Result<Vec<Event>> {
        events_where!(
            self,
            "WHERE status <> 'cancelled' AND ends_at > $1 ORDER BY starts_at, id LIMIT $2",
            now,
            limit
        )
    }

    async fn events_due(&self, now: Millis) -> Result<Vec<Event>> {
        events_where!(
            self,
            "WHERE status = 'scheduled' AND publish_at <= $1 ORDER BY publish_at LIMIT 100",
            now
        )
    }

    async fn events_starting(&self, from: Millis, to: Millis) -> Result<Vec<Event>> {
        events_where!(
            self,
            "WHERE status = 'published' AND starts_at > $1 AND starts_at <= $2 \
             ORDER BY starts_at LIMIT 100",
            from,
            to
        )
    }

    async fn rsvp_of(&self, event_id: i64, resident_id: i64) -> Result<Option<Rsvp>> {
        let mut conn = self.acquire().await?;
        let row = fetch!(
            conn,
            query_as::<(String, Option<i64>, Option<i64>)>,
            fetch_optional,
            "SELECT answer, position, offered_until FROM rsvps \
             WHERE event_id = $1 AND resident_id = $2",
            event_id,
            resident_id
        )?;
        row.map(|(a, p, u)| rsvp(&a, p, u)).transpose()
    }

    async fn rsvp_counts(&self, event_id: i64) -> Result<(RsvpCounts, i64)> {
        let mut conn = self.acquire().await?;
        let rows = fetch!(
            conn,
            query_as::<(String, i64, Option<i64>)>,
            fetch_all,
            "SELECT answer, COUNT(*), MAX(position) FROM rsvps WHERE event_id = $1 GROUP BY answer",
            event_id
        )?;
        let mut counts = RsvpCounts::default();
        let mut last = 0;
        for (answer, n, max) in rows {
            match answer.as_str() {
                "going" => counts.going = n,
                "maybe" => counts.maybe = n,
                "not_going" => counts.not_going = n,
                "waiting" => {
                    counts.waiting = n;
                    last = max.unwrap_or(0);
                }
                "offered" => counts.offered = n,
                other => return Err(corrupt("answer", other)),
            }
        }
        // Positions only grow, also past those who left the list.
        let top = fetch!(
            conn,
            query_scalar::<Option<i64>>,
            fetch_one,
            "SELECT MAX(position) FROM rsvps WHERE event_id = $1",
            event_id
        )?;
        Ok((counts, last.max(top.unwrap_or(0))))
    }

    async fn rsvp_next_waiting(&self, event_id: i64) -> Result<Option<Recipient>> {
        let mut conn = self.acquire().await?;
        fetch!(
            conn,
            query_as::<RecipientRow>,
            fetch_optional,
            "SELECT r.id, r.channel, r.chat_id, r.language, r.pseudonym FROM rsvps v \
             JOIN residents r ON r.id = v.resident_id \
             WHERE v.event_id = $1 AND v.answer = 'waiting' ORDER BY v.position LIMIT 1",
            event_id
        )?
        .map(TryInto::try_into)
        .transpose()
    }

    async fn rsvp_waiting_before(&self, event_id: i64, position: i64) -> Result<i64> {
        let mut conn = self.acquire().await?;
        Ok(fetch!(
            conn,
            query_scalar::<i64>,
            fetch_one,
            "SELECT COUNT(*) FROM rsvps WHERE event_id = $1 AND answer = 'waiting' AND position < $2",
            event_id,
            position
        )?)
    }

    async fn rsvp_offers_expired(&self, now: Millis) -> Result<Vec<(i64, i64, i64)>> {
        let mut conn = self.acquire().await?;
        Ok(fetch!(
            conn,
            query_as::<(i64, i64, i64)>,
            fetch_all,
            "SELECT event_id, resident_id, offered_until FROM rsvps \
             WHERE answer = 'offered' AND offered_until <= $1 LIMIT 100",
            now
        )?)
    }

    async fn rsvp_list(&self, event_id: i64) -> Result<Vec<(String, Rsvp)>> {
        let mut conn = self.acquire().await?;
        fetch!(
            conn,
            query_as::<(String, String, Option<i64>, Option<i64>)>,
            fetch_all,
            "SELECT r.pseudonym, v.answer, v.position, v.offered_until FROM rsvps v \
             JOIN residents r ON r.id = v.resident_id WHERE v.event_id = $1 \
             ORDER BY CASE v.answer WHEN 'going' THEN 0 WHEN 'offered' THEN 1 \
             WHEN 'maybe' THEN 2 WHEN 'waiting' THEN 3 ELSE 4 END, v.position, v.answered_at",
            event_id
        )?
        .into_iter()
        .map(|(p, a, pos, u)| Ok((p, rsvp(&a, pos, u)?)))
        .collect()
    }

    async fn rsvps_of_resident(&self, resident_id: i64) -> Result<Vec<(i64, Rsvp)>> {
        let mut conn = self.acquire().await?;
        fetch!(
            conn,
            query_as::<(i64, String, Option<i64>, Option<i64>)>,
            fetch_all,
            "SELECT event_id, answer, position, offered_until FROM rsvps \
             WHERE resident_id = $1 ORDER BY event_id",
            resident_id
        )?
        .into_iter()
        .map(|(e, a, pos, u)| Ok((e, rsvp(&a, pos, u)?)))
        .collect()
    }

    async fn subscriptions_of(&self, resident_id: i64) -> Result<Vec<Topic>> {
        let mut conn = self.acquire().await?;
        let topics = fetch!(
            conn,
            query_scalar::<String>,
            fetch_all,
            "SELECT topic FROM subscriptions WHERE resident_id = $1 ORDER BY topic",
            resident_id
        )?;
        Ok(topics.iter().filter_map(|t| Topic::parse(t)).collect())
    }

    async fn broadcast_get(&self, id: i64) -> Result<Option<Broadcast>> {
        let mut conn = self.acquire().await?;
        fetch!(
            conn,
            query_as::<BroadcastRow>,
            fetch_optional,
            select_broadcast!("WHERE id = $1"),
            id
        )?
        .map(TryInto::try_into)
        .transpose()
    }

    async fn broadcasts_running(&self) -> Result<Vec<Broadcast>> {
        let mut conn = self.acquire().await?;
        fetch!(
            conn,
            query_as::<BroadcastRow>,
            fetch_all,
            select_broadcast!("WHERE status <> 'done' ORDER BY id LIMIT 100")
        )?
        .into_iter()
        .map(TryInto::try_into)
        .collect()
    }

    async fn broadcast_recipients(
        &self,
        broadcast: &Broadcast,
        after: i64,
        limit: i64,
    ) -> Result<Vec<Recipient>> {
        let mut conn = self.acquire().await?;
        let rows = match broadcast.kind {
            BroadcastKind::Invite => fetch!(
                conn,
                query_as::<RecipientRow>,
                fetch_all,
                "SELECT r.id, r.channel, r.chat_id, r.language, r.pseudonym FROM subscriptions s \
                 JOIN residents r ON r.id = s.resident_id \
                 WHERE s.topic = $1 AND s.resident_id > $2 AND r.unreachable_at IS NULL \
                 AND ($3 IS NULL OR r.area_id IS NULL OR r.area_id = $3) \
                 ORDER BY s.resident_id LIMIT $4",
                broadcast.topic.as_str(),
                after,
                broadcast.area.as_deref(),
                limit
            )?,
            BroadcastKind::Announcement => {
                let languages = match broadcast.announcement_id {
                    Some(id) => fetch!(
                        conn,
                        query_scalar::<String>,
                        fetch_optional,
                        "SELECT languages FROM announcements WHERE id = $1",
                        id
                    )?
                    .unwrap_or_default(),
                    None => String::new(),
                };
                fetch!(
                    conn,
                    query_as::<RecipientRow>,
                    fetch_all,
                    "SELECT r.id, r.channel, r.chat_id, r.language, r.pseudonym FROM subscriptions s \
                     JOIN residents r ON r.id = s.resident_id \
                     WHERE s.topic = $1 AND s.resident_id > $2 AND r.unreachable_at IS NULL \
                     AND ($3 IS NULL OR r.area_id IS NULL OR r.area_id = $3) \
                     AND ($5 = '' OR (',' || $5 || ',') LIKE ('%,' || r.language || ',%')) \
                     ORDER BY s.resident_id LIMIT $4",
                    broadcast.topic.as_str(),
                    after,
                    broadcast.area.as_deref(),
                    limit,
                    languages
                )?
            }
            BroadcastKind::Update | BroadcastKind::Cancel | BroadcastKind::Reminder => fetch!(
                conn,
                query_as::<RecipientRow>,
                fetch_all,
                "SELECT r.id, r.channel, r.chat_id, r.language, r.pseudonym FROM rsvps v \
                 JOIN residents r ON r.id = v.resident_id \
                 WHERE v.event_id = $1 AND v.answer IN ('going', 'maybe', 'offered') \
                 AND v.resident_id > $2 AND r.unreachable_at IS NULL \
                 ORDER BY v.resident_id LIMIT $3",
                broadcast.event_id.unwrap_or(0),
                after,
                limit
            )?,
        };
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn broadcast_progress(&self, id: i64) -> Result<BroadcastProgress> {
        let mut conn = self.acquire().await?;
        // Per recipient (a recipient may get two messages: a text and its
        // calendar file): pending while any is, failed if any failed.
        let rows = fetch!(
            conn,
            query_as::<(String, i64, i64)>,
            fetch_all,
            "SELECT state, unreachable, COUNT(*) FROM (\
               SELECT CASE \
                 WHEN SUM(CASE WHEN o.status = 'pending' THEN 1 ELSE 0 END) > 0 THEN 'pending' \
                 WHEN SUM(CASE WHEN o.status = 'failed' THEN 1 ELSE 0 END) > 0 THEN 'failed' \
                 WHEN SUM(CASE WHEN o.status = 'sent' THEN 1 ELSE 0 END) > 0 THEN 'sent' \
                 ELSE 'cancelled' END AS state, \
               CAST(MAX(CASE WHEN r.unreachable_at IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) \
                 AS unreachable \
               FROM outbox o LEFT JOIN residents r \
                 ON r.channel = o.channel AND r.chat_id = o.destination \
               WHERE o.broadcast_id = $1 GROUP BY o.channel, o.destination) per_recipient \
             GROUP BY state, unreachable",
            id
        )?;
        let mut p = BroadcastProgress::default();
        for (state, unreachable, n) in rows {
            match state.as_str() {
                "sent" => p.sent += n,
                "pending" => p.pending += n,
                "failed" if unreachable > 0 => p.unreachable += n,
                "failed" => p.failed += n,
                // Erased while the broadcast ran: nobody left to count.
                _ => continue,
            }
            p.total += n;
        }
        Ok(p)
    }

    async fn resident_unreachable(
        &self,
        channel: Channel,
        chat_id: &str,
        now: Millis,
    ) -> Result<()> {
        let mut conn = self.acquire().await?;
        execute!(
            conn,
            "UPDATE residents SET unreachable_at = $3 WHERE channel = $1 AND chat_id = $2",
            channel.as_str(),
            chat_id,
            now
        )?;
        Ok(())
    }
}

mod apply;
pub(crate) use apply::apply;
