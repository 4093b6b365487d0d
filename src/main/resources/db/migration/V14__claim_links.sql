-- Same event, told differently (docs/EVIDENCE.md, "Same event"): a reviewer's judgement that two claims describe the
-- same event or different events. One row per pair, the smaller claim id first, so a pair has one judgement; a new
-- judgement replaces the row (the claims' histories keep every one).
CREATE SEQUENCE claim_link_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE claim_link (
    id          BIGINT        NOT NULL PRIMARY KEY,
    claim_a     BIGINT        NOT NULL,
    claim_b     BIGINT        NOT NULL,
    judgement   VARCHAR(16)   NOT NULL,
    judged_by   VARCHAR(64)   NOT NULL,
    judged_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT fk_claim_link_a FOREIGN KEY (claim_a) REFERENCES claim (id),
    CONSTRAINT fk_claim_link_b FOREIGN KEY (claim_b) REFERENCES claim (id),
    CONSTRAINT uq_claim_link_pair UNIQUE (claim_a, claim_b),
    CONSTRAINT ck_claim_link_order CHECK (claim_a < claim_b),
    CONSTRAINT ck_claim_link_judgement CHECK (judgement IN ('SAME_EVENT', 'DIFFERENT_EVENT'))
);
-- the pair's unique index serves look-ups by claim_a; this one those by claim_b
CREATE INDEX ix_claim_link_b ON claim_link (claim_b, claim_a);

-- The candidate query reads a province's claims in a range of event dates (sameevent/SameEventReader), the province
-- compared by sound (place/PlaceNames.soundOf: Nimroz = Nimruz), which the application keeps (claim.Claim.keys) and
-- fills in for claims written before this migration on start-up (sameevent/UnkeyedClaims).
ALTER TABLE claim ADD COLUMN admin1_sound VARCHAR(100);
CREATE INDEX ix_claim_admin1_sound_event_date ON claim (admin1_sound, event_date);
