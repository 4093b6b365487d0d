-- Places: the gazetteer of Afghanistan's provinces (admin level 1) and districts (level 2) under their OCHA P-codes
-- (docs/PLACES.md). Loaded from the shipped table on the first start (place/GazetteerLoader), replaced by an admin's
-- COD-AB import. A place an import no longer lists is kept, flagged removed, because claims may name it.
CREATE TABLE place (
    pcode         VARCHAR(16)   NOT NULL PRIMARY KEY,
    admin_level   INTEGER       NOT NULL,
    admin1_pcode  VARCHAR(16)   NOT NULL,
    admin1        VARCHAR(100)  NOT NULL,
    admin2        VARCHAR(100),
    name_prs      VARCHAR(200),
    name_pus      VARCHAR(200),
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    removed       BOOLEAN       DEFAULT FALSE NOT NULL,
    changed_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_place_level CHECK (admin_level IN (1, 2))
);
CREATE INDEX ix_place_admin1 ON place (admin1_pcode);

-- Every spelling a place is known by (its names, Dari and Pashto names, transliterations, former names), with the
-- folded key look-ups compare (place/PlaceNames.fold).
CREATE SEQUENCE place_name_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE place_name (
    id         BIGINT        NOT NULL PRIMARY KEY,
    pcode      VARCHAR(16)   NOT NULL,
    spelling   VARCHAR(200)  NOT NULL,
    name_key   VARCHAR(200)  NOT NULL,
    origin     VARCHAR(24)   NOT NULL,
    CONSTRAINT fk_place_name_place FOREIGN KEY (pcode) REFERENCES place (pcode),
    CONSTRAINT uq_place_name UNIQUE (pcode, spelling)
);
CREATE INDEX ix_place_name_key ON place_name (name_key);

-- One row: what the gazetteer was loaded from and the last import's report. Loading and importing lock this row
-- first, so two instances starting together load the shipped table once.
CREATE TABLE place_gazetteer (
    id            INTEGER       NOT NULL PRIMARY KEY,
    edition       VARCHAR(200),
    changed_at    TIMESTAMP(6) WITH TIME ZONE,
    changed_by    VARCHAR(64),
    last_report   VARCHAR(100000)
);
INSERT INTO place_gazetteer (id) VALUES (1);
