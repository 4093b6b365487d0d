-- The claim list and the export filter by province without regard to case. A lower-cased copy of admin1,
-- kept by the application, lets both databases use an index for that (H2 has no expression indexes),
-- already in the list's order.
ALTER TABLE claim ADD COLUMN admin1_key VARCHAR(100);
UPDATE claim SET admin1_key = LOWER(admin1);
CREATE INDEX ix_claim_admin1_key_updated ON claim (admin1_key, updated_at, id);
DROP INDEX ix_claim_admin1;
-- the status filter, in the list's order
DROP INDEX ix_claim_status_updated;
CREATE INDEX ix_claim_status_updated ON claim (status, updated_at, id);
