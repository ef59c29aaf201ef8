-- Hardening. Inbox ids are never reused after deletion (AUTOINCREMENT needs a
-- rebuilt table in SQLite). Every event carries its conversation: events of
-- one conversation are handled in order, and erasure finds a resident's
-- events by it instead of scanning payloads. Events that cannot be processed
-- at all are kept as dead letters (dead_at) for `koban inbox`. A lease row
-- lets one koban at a time work on a database.

CREATE TABLE inbox_rebuilt (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    source          TEXT NOT NULL,
    external_id     TEXT NOT NULL,
    payload         TEXT NOT NULL,
    received_at     BIGINT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    processed_at    BIGINT,
    last_error      TEXT,
    conversation    TEXT,
    dead_at         BIGINT,
    UNIQUE (source, external_id)
);
INSERT INTO inbox_rebuilt (id, source, external_id, payload, received_at, attempts,
                           next_attempt_at, processed_at, last_error, conversation)
SELECT id, source, external_id, payload, received_at, attempts, next_attempt_at,
       processed_at, last_error,
       CASE WHEN json_valid(payload) AND json_extract(payload, '$.type') = 'resident'
            THEN json_extract(payload, '$.channel') || ':' || json_extract(payload, '$.chat_id')
       END
FROM inbox;
DROP TABLE inbox;
ALTER TABLE inbox_rebuilt RENAME TO inbox;
CREATE INDEX inbox_pending ON inbox (processed_at, next_attempt_at, id);
CREATE INDEX inbox_conversation ON inbox (conversation, processed_at, id);

CREATE TABLE leases (
    name       TEXT PRIMARY KEY NOT NULL,
    holder     TEXT NOT NULL,
    generation BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
