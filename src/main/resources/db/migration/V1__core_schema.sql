-- Corroborate core schema. Portable between H2 (2.x) and PostgreSQL.

CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE source_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE claim_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE citation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE review_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE status_change_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE app_user (
    id          BIGINT       NOT NULL PRIMARY KEY,
    username    VARCHAR(64)  NOT NULL,
    password    VARCHAR(100) NOT NULL,
    roles       VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE source (
    id            BIGINT        NOT NULL PRIMARY KEY,
    url           VARCHAR(2048),
    title         VARCHAR(500)  NOT NULL,
    outlet        VARCHAR(200),
    author        VARCHAR(200),
    published_at  DATE,
    kind          VARCHAR(24)   NOT NULL,
    language      VARCHAR(35),
    full_text     VARCHAR(100000),
    created_by    VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    -- one source per normalised url; several sources may have no url
    CONSTRAINT uq_source_url UNIQUE (url)
);
CREATE INDEX ix_source_created ON source (created_at, id);
CREATE INDEX ix_source_outlet ON source (outlet);

CREATE TABLE claim (
    id               BIGINT        NOT NULL PRIMARY KEY,
    statement        VARCHAR(1000) NOT NULL,
    event_date       DATE,
    date_precision   VARCHAR(16),
    event_type       VARCHAR(40),
    sub_event_type   VARCHAR(40),
    actor1           VARCHAR(200),
    actor2           VARCHAR(200),
    country          VARCHAR(100),
    admin1           VARCHAR(100),
    admin2           VARCHAR(100),
    place            VARCHAR(200),
    latitude         DOUBLE PRECISION,
    longitude        DOUBLE PRECISION,
    place_precision  VARCHAR(16),
    fatalities_low   INTEGER,
    fatalities_best  INTEGER,
    fatalities_high  INTEGER,
    status           VARCHAR(16)   NOT NULL,
    verdict          VARCHAR(16),
    proposed_by      VARCHAR(64),
    approved_by      VARCHAR(64),
    approved_at      TIMESTAMP(6) WITH TIME ZONE,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revision         INTEGER       NOT NULL,
    published_at     TIMESTAMP(6) WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT ck_claim_fatalities CHECK (
        (fatalities_low IS NULL OR fatalities_low >= 0)
        AND (fatalities_best IS NULL OR fatalities_best >= 0)
        AND (fatalities_high IS NULL OR fatalities_high >= 0))
);
-- the claim list sorts by last update and filters by status, verdict, province and date
CREATE INDEX ix_claim_updated ON claim (updated_at, id);
CREATE INDEX ix_claim_status_updated ON claim (status, updated_at);
CREATE INDEX ix_claim_verdict ON claim (verdict);
CREATE INDEX ix_claim_admin1 ON claim (admin1);
CREATE INDEX ix_claim_event_date ON claim (event_date);
-- the export pages through published events by last change
CREATE INDEX ix_claim_published ON claim (published_at, id);

CREATE TABLE citation (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    claim_id           BIGINT        NOT NULL,
    source_id          BIGINT        NOT NULL,
    stance             VARCHAR(16)   NOT NULL,
    quote              VARCHAR(1000),
    claimant           VARCHAR(200)  NOT NULL,
    claimant_is_party  BOOLEAN       NOT NULL,
    stated_figure      VARCHAR(100),
    created_by         VARCHAR(64)   NOT NULL,
    created_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_citation_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    CONSTRAINT fk_citation_source FOREIGN KEY (source_id) REFERENCES source (id)
);
CREATE INDEX ix_citation_claim ON citation (claim_id);
CREATE INDEX ix_citation_source ON citation (source_id);

CREATE TABLE review (
    id          BIGINT        NOT NULL PRIMARY KEY,
    claim_id    BIGINT        NOT NULL,
    reviewer    VARCHAR(64)   NOT NULL,
    rating      INTEGER       NOT NULL,
    rationale   VARCHAR(4000) NOT NULL,
    tags        VARCHAR(400),
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_review_claim FOREIGN KEY (claim_id) REFERENCES claim (id),
    -- one review per reviewer per claim, even under concurrent writes
    CONSTRAINT uq_review_claim_reviewer UNIQUE (claim_id, reviewer),
    CONSTRAINT ck_review_rating CHECK (rating BETWEEN 1 AND 5)
);
-- the review queue asks "which claims has this reviewer not rated yet"
CREATE INDEX ix_review_reviewer ON review (reviewer, claim_id);

CREATE TABLE status_change (
    id           BIGINT        NOT NULL PRIMARY KEY,
    claim_id     BIGINT        NOT NULL,
    from_status  VARCHAR(16),
    to_status    VARCHAR(16)   NOT NULL,
    verdict      VARCHAR(16),
    changed_by   VARCHAR(64)   NOT NULL,
    changed_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    note         VARCHAR(2000),
    CONSTRAINT fk_status_change_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_status_change_claim ON status_change (claim_id, changed_at);
