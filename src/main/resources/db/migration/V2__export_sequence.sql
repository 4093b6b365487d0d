-- The export's change sequence. Every published change (approval, retraction) takes the next number while
-- holding the single export_clock row's lock, so numbers are handed out in commit order: a consumer that
-- has read up to N never later finds a change numbered below N. The cursor is that number.

CREATE TABLE export_clock (
    id               INTEGER      NOT NULL PRIMARY KEY,
    last_seq         BIGINT       NOT NULL,
    last_changed_at  TIMESTAMP(6) WITH TIME ZONE
);

ALTER TABLE claim ADD COLUMN published_seq BIGINT;

-- number the changes published before this migration in their order
UPDATE claim SET published_seq = (
    SELECT COUNT(*) FROM claim earlier
    WHERE earlier.published_at IS NOT NULL
      AND (earlier.published_at < claim.published_at
           OR (earlier.published_at = claim.published_at AND earlier.id <= claim.id)))
WHERE published_at IS NOT NULL;

INSERT INTO export_clock (id, last_seq, last_changed_at)
SELECT 1, COALESCE(MAX(published_seq), 0), MAX(published_at) FROM claim;

CREATE UNIQUE INDEX ux_claim_published_seq ON claim (published_seq);
