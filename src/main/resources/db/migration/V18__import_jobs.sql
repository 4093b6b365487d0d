-- Bulk imports (issue 21): many files, or a zip, sent at once become one job that a background worker imports file
-- by file (imports.ImportWorker). Both tables outlive a restart, so an unfinished job is resumed, never lost.
-- Portable between H2 (2.x) and PostgreSQL.

-- One upload. status is QUEUED until a worker first takes it, RUNNING while files wait, DONE when none does.
-- lease_holder/lease_until: the instance working on it and until when; another instance takes the job only once the
-- lease has run out (UPDATE … WHERE lease_until < now), so one instance of a fleet works on a job at a time.
CREATE SEQUENCE import_job_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE import_job (
    id            BIGINT       NOT NULL PRIMARY KEY,
    owner         VARCHAR(64)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    total         INTEGER      NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP(6) WITH TIME ZONE,
    lease_holder  VARCHAR(64),
    lease_until   TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX ix_import_job_status ON import_job (status, lease_until);

-- One file of an upload (a zip counts as its files), in upload order (seq). article holds the file's text as read
-- at upload (UTF-8, markup removed) until it is imported; outcome is NULL until then. A file refused at upload (not
-- UTF-8, too long, a path outside the zip, …) is stored already FAILED with its reason. A file is imported in the
-- same transaction that sets its outcome (only where it is still NULL), so none is imported twice or half.
-- source_id: the new source (IMPORTED) or the one that has its url or text (DUPLICATE, duplicate_field saying which).
CREATE SEQUENCE import_file_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE import_file (
    id               BIGINT          NOT NULL PRIMARY KEY,
    job_id           BIGINT          NOT NULL REFERENCES import_job (id),
    seq              INTEGER         NOT NULL,
    name             VARCHAR(300)    NOT NULL,
    article          VARCHAR(100300),
    outcome          VARCHAR(16),
    source_id        BIGINT,
    title            VARCHAR(500),
    duplicate_field  VARCHAR(16),
    reason           VARCHAR(500),
    done_at          TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT uq_import_file_seq UNIQUE (job_id, seq)
);
-- progress (files done per job) without reading the articles
CREATE INDEX ix_import_file_outcome ON import_file (job_id, outcome);
