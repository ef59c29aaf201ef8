-- Incident reports: tickets carry a category, and each resident may have one
-- report draft in progress (JSON), kept across restarts until it is sent,
-- cancelled or expires. Photos of a draft are media rows listed in its body.
ALTER TABLE tickets ADD COLUMN category TEXT;

CREATE TABLE report_drafts (
    resident_id BIGINT PRIMARY KEY NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX report_drafts_updated ON report_drafts (updated_at);
