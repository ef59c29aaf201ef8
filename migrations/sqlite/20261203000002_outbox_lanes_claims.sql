-- Outgoing messages go in lanes (interactive: answers and menus; bulk:
-- broadcasts), interactive first, and a worker claims the rows it is
-- sending, for a limited time, so that no two workers send the same row.
ALTER TABLE outbox ADD COLUMN lane TEXT NOT NULL DEFAULT 'interactive';
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until BIGINT;
