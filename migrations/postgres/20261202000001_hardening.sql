-- Hardening. Every event carries its conversation: events of one
-- conversation are handled in order, and erasure finds a resident's events by
-- it instead of scanning payloads. Events that cannot be processed at all are
-- kept as dead letters (dead_at) for `koban inbox`. A lease row lets one
-- koban at a time work on a database. (PostgreSQL sequences never hand out
-- an id twice, so the inbox keeps its table.)

ALTER TABLE inbox ADD COLUMN conversation TEXT;
ALTER TABLE inbox ADD COLUMN dead_at BIGINT;
UPDATE inbox SET conversation = (payload::jsonb ->> 'channel') || ':' || (payload::jsonb ->> 'chat_id')
WHERE payload LIKE '{"type":"resident"%';
CREATE INDEX inbox_conversation ON inbox (conversation, processed_at, id);

CREATE TABLE leases (
    name       TEXT PRIMARY KEY NOT NULL,
    holder     TEXT NOT NULL,
    generation BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
