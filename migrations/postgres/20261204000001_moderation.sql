-- Moderation: messages held for review, sanctions (blocks and mutes),
-- warnings, rules moderators add at runtime, and the audit log.

-- A resident's message kept back from its readers until a moderator
-- decides. `rule` is empty for a message that only waits behind an earlier
-- held one of the same sender (so that a release keeps their order).
CREATE TABLE moderation_held (
    id           BIGSERIAL PRIMARY KEY,
    resident_id  BIGINT NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    inbox_id     BIGINT NOT NULL,
    payload      TEXT NOT NULL,
    conversation TEXT NOT NULL,
    text         TEXT NOT NULL,
    rule         TEXT,
    matched      TEXT NOT NULL DEFAULT '[]',
    status       TEXT NOT NULL DEFAULT 'pending',
    created_at   BIGINT NOT NULL,
    decided_at   BIGINT,
    decided_by   TEXT,
    reason       TEXT
);
CREATE INDEX moderation_held_resident ON moderation_held (resident_id, status, id);
CREATE INDEX moderation_held_inbox ON moderation_held (inbox_id);

-- A block (no end) or a mute (until a time) of one account on one channel.
-- Kept by account, not by resident row: an erasure of the resident's data
-- does not lift a block.
CREATE TABLE moderation_sanctions (
    channel      TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    until        BIGINT,
    reason       TEXT NOT NULL DEFAULT '',
    created_by   TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (channel, user_id, kind)
);

CREATE TABLE moderation_warnings (
    id           BIGSERIAL PRIMARY KEY,
    channel      TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL
);
CREATE INDEX moderation_warnings_user ON moderation_warnings (channel, user_id, created_at);

-- Rules added by moderators from the moderation room (the configured
-- rules and word lists are not stored).
CREATE TABLE moderation_rules (
    id           TEXT PRIMARY KEY NOT NULL,
    kind         TEXT NOT NULL,
    action       TEXT NOT NULL,
    dry_run      BOOLEAN NOT NULL,
    spec         TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   BIGINT NOT NULL
);

-- Append-only: every entry carries the hash of the one before it. The only
-- change allowed is dropping the content copy (retention, erasure); the
-- content's hash stays, so the chain still verifies.
CREATE TABLE audit_log (
    seq          BIGINT PRIMARY KEY NOT NULL,
    at           BIGINT NOT NULL,
    actor        TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject      TEXT NOT NULL,
    resident_id  BIGINT,
    reason       TEXT NOT NULL,
    content      TEXT,
    content_hash TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE INDEX audit_log_resident ON audit_log (resident_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND NEW.content IS NULL
       AND (NEW.seq, NEW.at, NEW.actor, NEW.action, NEW.subject, NEW.reason,
            NEW.content_hash, NEW.prev_hash, NEW.hash)
           IS NOT DISTINCT FROM
           (OLD.seq, OLD.at, OLD.actor, OLD.action, OLD.subject, OLD.reason,
            OLD.content_hash, OLD.prev_hash, OLD.hash)
       AND NEW.resident_id IS NOT DISTINCT FROM OLD.resident_id
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
