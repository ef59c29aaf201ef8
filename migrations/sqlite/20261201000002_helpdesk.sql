-- The officers' desk: the text of a ticket's card (kept current by editing
-- it in the room), the assignee, labels, the resident's rating and comment,
-- when an officer first answered (for targets and statistics) and when the
-- one overdue reminder was posted. Residents may owe koban an answer (a
-- comment after a rating): `awaiting` says which, as JSON.
ALTER TABLE tickets ADD COLUMN card TEXT NOT NULL DEFAULT '';
ALTER TABLE tickets ADD COLUMN assignee TEXT;
ALTER TABLE tickets ADD COLUMN labels TEXT NOT NULL DEFAULT '[]';
ALTER TABLE tickets ADD COLUMN rating BIGINT;
ALTER TABLE tickets ADD COLUMN feedback TEXT;
ALTER TABLE tickets ADD COLUMN first_response_at BIGINT;
ALTER TABLE tickets ADD COLUMN reminded_at BIGINT;
ALTER TABLE residents ADD COLUMN awaiting TEXT;
