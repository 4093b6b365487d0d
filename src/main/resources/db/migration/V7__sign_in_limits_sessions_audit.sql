-- Hardening (issue 6). Portable between H2 (2.x) and PostgreSQL.

-- Signing out (or an admin resetting the password) ends every sign-in of the account made up to this moment:
-- a session cookie says when its sign-in happened, and one made at or before this stamp is refused.
ALTER TABLE app_user ADD COLUMN sessions_valid_after TIMESTAMP(6) WITH TIME ZONE;

-- Failed sign-ins, per account ('account:<name>') and per client address ('client:<ip>'), shared by every
-- instance of a fleet. Read by key before a password is checked; written only when a sign-in fails, and a
-- successful sign-in deletes its account's row. Rows whose failures are older than the window are forgotten.
CREATE TABLE sign_in_failure (
    throttle_key     VARCHAR(200) NOT NULL PRIMARY KEY,
    failures         INTEGER      NOT NULL,
    last_failure_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX ix_sign_in_failure_last ON sign_in_failure (last_failure_at);

-- Who changed which account and who decided which claim, and when. Only ever inserted: the app has no way
-- to change or delete an entry.
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recorded_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    subject      VARCHAR(200)  NOT NULL,
    detail       VARCHAR(2000)
);
CREATE INDEX ix_audit_entry_recorded ON audit_entry (recorded_at, id);
