-- The export's log of published revisions. Every published change (approval, retraction) appends a row
-- numbered from the single export_clock row while holding its lock, so numbers are handed out in commit
-- order: a consumer that has read up to N never later finds a revision numbered N or below. The export's
-- cursor is that number. Published claims are frozen, so a revision's content is the claim's fields plus
-- the row's status. The fields consumers filter by are copied here, so an export reads this table in
-- number order and joins each row's claim by its key, whatever the filter: one plan, linear in the export.

CREATE TABLE export_clock (
    id               INTEGER      NOT NULL PRIMARY KEY,
    last_seq         BIGINT       NOT NULL,
    last_changed_at  TIMESTAMP(6) WITH TIME ZONE
);
INSERT INTO export_clock (id, last_seq, last_changed_at) VALUES (1, 0, NULL);

CREATE TABLE event_revision (
    seq         BIGINT       NOT NULL PRIMARY KEY,
    claim_id    BIGINT       NOT NULL,
    revision    INTEGER      NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    changed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    verdict     VARCHAR(16)  NOT NULL,
    event_type  VARCHAR(40),
    event_date  DATE,
    admin1_key  VARCHAR(100),
    located     BOOLEAN      NOT NULL,
    CONSTRAINT fk_event_revision_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT uq_event_revision UNIQUE (claim_id, revision)
);
-- "changed since" reads by time
CREATE INDEX ix_event_revision_changed ON event_revision (changed_at);
