-- The export hands out each event once, at its latest revision, unless a consumer asks for the whole log. A
-- revision is an event's latest as of log position N when no later revision of the same event is numbered N or
-- below. superseded_seq holds the number of the revision that replaced this one (NULL while it is the latest), so
-- "latest as of N" is a condition on the row itself: the export still walks the log by number, with no join and no
-- grouping. Publishing a revision sets it on the event's previous one, in the same transaction.
ALTER TABLE event_revision ADD COLUMN superseded_seq BIGINT;

UPDATE event_revision SET superseded_seq = (
    SELECT MIN(n.seq) FROM event_revision n WHERE n.claim_id = event_revision.claim_id AND n.seq > event_revision.seq);
