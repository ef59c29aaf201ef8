-- Events and broadcasts: residents' subscriptions, events with their texts
-- per language, answers (RSVP) with the waiting list, and broadcasts whose
-- audience is expanded in batches into the outbox's bulk lane.

-- What a resident opted into: a topic (events, prevention, news) in their
-- area (and the zone-wide ones).
CREATE TABLE subscriptions (
    resident_id  BIGINT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    topic        TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (resident_id, topic)
);
CREATE INDEX subscriptions_topic ON subscriptions (topic, resident_id);

-- `status`: draft, scheduled (published at `publish_at`), published,
-- cancelled. `sequence` is raised on every change (the calendar file's
-- SEQUENCE). `area` NULL: the whole zone.
CREATE TABLE events (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    status       TEXT NOT NULL DEFAULT 'draft',
    area         TEXT,
    topic        TEXT NOT NULL DEFAULT 'events',
    starts_at    BIGINT NOT NULL,
    ends_at      BIGINT NOT NULL,
    place        TEXT NOT NULL DEFAULT '',
    map_url      TEXT,
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    capacity     BIGINT,
    registration BIGINT NOT NULL DEFAULT 0,
    sequence     BIGINT NOT NULL DEFAULT 0,
    publish_at   BIGINT,
    card_outbox  BIGINT,
    created_by   TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX events_upcoming ON events (status, starts_at);

-- An event's texts in one language (the default language always exists).
CREATE TABLE event_texts (
    event_id      BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    language      TEXT NOT NULL,
    title         TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    audience      TEXT NOT NULL DEFAULT '',
    accessibility TEXT NOT NULL DEFAULT '',
    -- The order languages were added in: the default language first.
    ord           BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, language)
);

-- A resident's answer: going, maybe, not_going, waiting (in `position`
-- order), offered (a freed place, to confirm before `offered_until`).
CREATE TABLE rsvps (
    event_id      BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    resident_id   BIGINT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    answer        TEXT NOT NULL,
    position      BIGINT,
    offered_until BIGINT,
    answered_at   BIGINT NOT NULL,
    PRIMARY KEY (event_id, resident_id)
);
CREATE INDEX rsvps_answer ON rsvps (event_id, answer, position);

-- A message to many: an event's invite, change or cancellation, or an
-- announcement. Recipients are expanded in batches after `cursor` (a
-- resident id); each batch and the cursor move in one transaction.
CREATE TABLE broadcasts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL,
    event_id     BIGINT REFERENCES events (id) ON DELETE CASCADE,
    topic        TEXT NOT NULL,
    area         TEXT,
    status       TEXT NOT NULL DEFAULT 'expanding',
    cursor       BIGINT NOT NULL DEFAULT 0,
    total        BIGINT NOT NULL DEFAULT 0,
    card_outbox  BIGINT,
    created_by   TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    finished_at  BIGINT
);

ALTER TABLE outbox ADD COLUMN broadcast_id BIGINT;
CREATE INDEX outbox_broadcast ON outbox (broadcast_id, status);
-- Set when the resident blocked the bot (Telegram 403): skipped by broadcasts.
ALTER TABLE residents ADD COLUMN unreachable_at BIGINT;
-- A broadcast's progress joins its outbox rows to their residents by chat.
CREATE INDEX residents_chat ON residents (channel, chat_id);

-- Ids reserved before the commit that creates the row (cards name them).
INSERT INTO sequences (name, value) VALUES ('event', 0), ('broadcast', 0);

-- Announcements: a message to the subscribers of a topic (in an area, in
-- some languages), not about an event. `status`: draft, scheduled, sent.
CREATE TABLE announcements (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    status       TEXT NOT NULL DEFAULT 'draft',
    topic        TEXT NOT NULL,
    area         TEXT,
    languages    TEXT NOT NULL DEFAULT '',
    publish_at   BIGINT,
    created_by   TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);
CREATE TABLE announcement_texts (
    announcement_id BIGINT NOT NULL REFERENCES announcements (id) ON DELETE CASCADE,
    language        TEXT NOT NULL,
    text            TEXT NOT NULL,
    ord             BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (announcement_id, language)
);
ALTER TABLE broadcasts ADD COLUMN announcement_id BIGINT REFERENCES announcements (id) ON DELETE CASCADE;
INSERT INTO sequences (name, value) VALUES ('announcement', 0);
