-- Where an announcement goes: to each subscriber, posted once in the news
-- channels, or both.
ALTER TABLE announcements ADD COLUMN via TEXT NOT NULL DEFAULT 'subscribers';
