-- A live entry can be credited to any byline: the author's slug (for the link to their page) beside
-- the name shown; null when the entry is credited to the staff member who filed it.
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

alter table live_entry add column author_slug varchar(200);
