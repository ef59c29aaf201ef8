-- One conversation state per resident: what was a report draft
-- (report_drafts) and an awaited comment after a rating (residents.awaiting)
-- become one row in `conversations`, with its kind, its state as JSON and
-- the time of its last change, which drives its expiry.
CREATE TABLE conversations (
    resident_id BIGINT PRIMARY KEY NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    state       TEXT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX conversations_kind_updated ON conversations (kind, updated_at);

INSERT INTO conversations (resident_id, kind, state, updated_at)
SELECT resident_id, 'reporting', body, updated_at FROM report_drafts;

-- A comment was awaited until `until`, 30 minutes after the rating.
INSERT INTO conversations (resident_id, kind, state, updated_at)
SELECT id, 'feedback',
       json_build_object('ticket_id', (awaiting::json -> 'feedback' ->> 'ticket_id')::bigint)::text,
       COALESCE((awaiting::json -> 'feedback' ->> 'until')::bigint - 1800000, last_seen_at)
FROM residents
WHERE awaiting IS NOT NULL
  AND (awaiting::json -> 'feedback' ->> 'ticket_id') IS NOT NULL
  AND id NOT IN (SELECT resident_id FROM report_drafts);

DROP TABLE report_drafts;
ALTER TABLE residents DROP COLUMN awaiting;
