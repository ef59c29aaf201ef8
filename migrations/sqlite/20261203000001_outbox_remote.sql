-- An officer's message in a thread whose root is none of the tickets' cards
-- is matched against what koban sent (a notice, a card that moved with a
-- transfer) by the platform id of koban's message.
CREATE INDEX outbox_remote ON outbox (channel, remote_id);
