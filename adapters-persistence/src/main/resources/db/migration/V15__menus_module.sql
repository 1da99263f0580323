-- The business module (docs/extending.md) that seeded a menu entry, null for the core's and an
-- operator's own. Entries of a module that is switched off or gone are hidden, never deleted.
ALTER TABLE menus ADD COLUMN module varchar(30);
