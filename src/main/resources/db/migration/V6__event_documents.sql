-- Each published revision keeps the event exactly as it was published: its JSON document, written in the
-- publishing transaction. The export then streams one table in change order, with no joins, and a revision's
-- content never changes after the fact (an edited source title does not rewrite history). CHARACTER VARYING
-- without a length is unbounded on PostgreSQL and 1,000,000 characters on H2, far above any event.
ALTER TABLE event_revision ADD COLUMN document CHARACTER VARYING;

-- Revisions published before this migration have no document yet; the application writes them at start-up
-- (EventDocuments.backfill) and keeps here the number up to which every revision has one, so a start finds
-- the work left without scanning the log.
ALTER TABLE export_clock ADD COLUMN documented_seq BIGINT DEFAULT 0 NOT NULL;
