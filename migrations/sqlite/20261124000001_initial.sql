-- Walking skeleton: residents, tickets, the durable inbox and outbox, media awaiting
-- relay, and a small key/value table for adapter state (sync tokens, Matrix session).
-- Timestamps are Unix milliseconds (BIGINT) so the same SQL runs on SQLite and PostgreSQL.

CREATE TABLE kv (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE residents (
    id                INTEGER PRIMARY KEY,
    channel           TEXT NOT NULL,
    external_id       TEXT NOT NULL,
    chat_id           TEXT NOT NULL,
    pseudonym         TEXT NOT NULL UNIQUE,
    language          TEXT NOT NULL,
    platform_language TEXT,
    created_at        BIGINT NOT NULL,
    last_seen_at      BIGINT NOT NULL,
    UNIQUE (channel, external_id)
);

-- Ticket ids are reserved before the conversation engine runs (the reference
-- appears in the texts it writes), so they come from a counter.
CREATE TABLE sequences (
    name  TEXT PRIMARY KEY NOT NULL,
    value BIGINT NOT NULL
);
INSERT INTO sequences (name, value) VALUES ('ticket', 0);

CREATE TABLE tickets (
    id            INTEGER PRIMARY KEY,
    resident_id   BIGINT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    queue_id      TEXT NOT NULL,
    room_id       TEXT NOT NULL,
    root_event_id TEXT,
    status        TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL,
    closed_at     BIGINT
);
CREATE INDEX tickets_resident_status ON tickets (resident_id, status);
CREATE INDEX tickets_root ON tickets (room_id, root_event_id);

CREATE TABLE ticket_messages (
    id          INTEGER PRIMARY KEY,
    ticket_id   BIGINT NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    author      TEXT NOT NULL,
    external_id TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id, id);

CREATE TABLE inbox (
    id              INTEGER PRIMARY KEY,
    source          TEXT NOT NULL,
    external_id     TEXT NOT NULL,
    payload         TEXT NOT NULL,
    received_at     BIGINT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    processed_at    BIGINT,
    last_error      TEXT,
    UNIQUE (source, external_id)
);
CREATE INDEX inbox_pending ON inbox (processed_at, next_attempt_at, id);

CREATE TABLE media (
    id           INTEGER PRIMARY KEY,
    content_type TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    width        BIGINT NOT NULL,
    height       BIGINT NOT NULL,
    bytes        BLOB NOT NULL,
    created_at   BIGINT NOT NULL
);

-- AUTOINCREMENT: outbox ids are part of Matrix transaction ids and must
-- never be reused, even after the newest row is deleted.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    channel          TEXT NOT NULL,
    destination      TEXT NOT NULL,
    placement        TEXT NOT NULL,
    ticket_id        BIGINT REFERENCES tickets (id) ON DELETE CASCADE,
    media_id         BIGINT REFERENCES media (id) ON DELETE SET NULL,
    inbox_id         BIGINT,
    body             TEXT NOT NULL,
    status           TEXT NOT NULL,
    attempts         BIGINT NOT NULL DEFAULT 0,
    next_attempt_at  BIGINT NOT NULL,
    created_at       BIGINT NOT NULL,
    first_attempt_at BIGINT,
    sent_at          BIGINT,
    remote_id        TEXT,
    last_error       TEXT
);
CREATE INDEX outbox_pending ON outbox (status, channel, destination, id);
