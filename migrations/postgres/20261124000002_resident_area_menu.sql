-- Residents choose an area (it drives contacts now and routing later), and
-- Matrix residents answer numbered menus: keep the options last shown.
ALTER TABLE residents ADD COLUMN area_id TEXT;
ALTER TABLE residents ADD COLUMN menu TEXT NOT NULL DEFAULT '[]';
