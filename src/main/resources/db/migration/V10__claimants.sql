-- Claimants (issue item 3): who speaks in a source, as a record of its own, so that "Zabihullah Mujahid",
-- "Taliban spokesman Zabihullah Mujahid" and "Mujahid" are one claimant and two spokesmen of one organisation
-- count as one origin. Portable between H2 (2.x) and PostgreSQL.

CREATE SEQUENCE claimant_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE claimant_alias_seq START WITH 1 INCREMENT BY 50;

-- organisation NULL: speaks for nobody but themselves. party: the organisation is a party to the conflict.
CREATE TABLE claimant (
    id            BIGINT        NOT NULL PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    organisation  VARCHAR(200),
    party         BOOLEAN       NOT NULL,
    side          VARCHAR(100),
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_claimant_name ON claimant (name);

-- Every name a claimant is known by, its own name included (is_name), under the normalised key that
-- citations are matched by (claimant/ClaimantNames). A key belongs to one claimant, even under concurrent writes.
CREATE TABLE claimant_alias (
    id           BIGINT        NOT NULL PRIMARY KEY,
    claimant_id  BIGINT        NOT NULL,
    alias        VARCHAR(200)  NOT NULL,
    alias_key    VARCHAR(200)  NOT NULL,
    is_name      BOOLEAN       NOT NULL,
    CONSTRAINT fk_claimant_alias_claimant FOREIGN KEY (claimant_id) REFERENCES claimant (id),
    CONSTRAINT uq_claimant_alias_key UNIQUE (alias_key)
);
CREATE INDEX ix_claimant_alias_claimant ON claimant_alias (claimant_id);

-- A citation's claimant text resolves by its key to a claimant (NULL while no claimant has that key).
-- claimant_is_party stays the effective flag that the export and the verdict rules read: the reviewer's
-- own choice when party_explicit, else the claimant's (false while unresolved). Citations written before
-- this migration were all given a flag by their reviewer; their keys are filled in on start
-- (claimant/UnkeyedCitations), since the normalisation is not SQL.
ALTER TABLE citation ADD COLUMN claimant_id BIGINT;
ALTER TABLE citation ADD COLUMN claimant_key VARCHAR(200);
ALTER TABLE citation ADD COLUMN party_explicit BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE citation ADD CONSTRAINT fk_citation_claimant FOREIGN KEY (claimant_id) REFERENCES claimant (id);
CREATE INDEX ix_citation_claimant ON citation (claimant_id);
CREATE INDEX ix_citation_claimant_key ON citation (claimant_key);
