-- API tokens, accounts that can be disabled, and answers kept for retried posts. Portable between H2 (2.x) and
-- PostgreSQL.

-- A disabled account cannot sign in, its sessions and tokens stop, and its name stays on everything it wrote.
ALTER TABLE app_user ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;

-- A token a script sends as 'Authorization: Bearer crb_…'. Only the SHA-256 of the secret is kept (hex), so a
-- copy of the database gives no working token. A token acts with its owner's current roles, limited by its scope
-- (READ: GET only; WRITE: everything the roles allow). Revoked tokens stay listed, with who revoked them.
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    name         VARCHAR(100) NOT NULL,
    scope        VARCHAR(8)   NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP(6) WITH TIME ZONE,
    revoked_at   TIMESTAMP(6) WITH TIME ZONE,
    revoked_by   VARCHAR(64),
    CONSTRAINT uq_api_token_secret UNIQUE (secret_hash)
);
CREATE INDEX ix_api_token_user ON api_token (user_id, created_at);

-- When a token was last used, to the minute, apart from api_token: instances remember tokens until api_token
-- changes (cache/ChangeFeed), and this is written while tokens are used.
CREATE TABLE api_token_use (
    token_id      BIGINT NOT NULL PRIMARY KEY REFERENCES api_token (id),
    last_used_at  TIMESTAMP(6) WITH TIME ZONE
);

-- The first answer to a POST sent with an Idempotency-Key header, per user and key, kept for 24 hours, so a
-- retried create answers what the first did instead of creating twice. status is NULL while the first request
-- runs. request is the method and path the key was first used for.
CREATE TABLE idempotency_key (
    username         VARCHAR(64)  NOT NULL,
    idempotency_key  VARCHAR(200) NOT NULL,
    request          VARCHAR(500) NOT NULL,
    status           INTEGER,
    location         VARCHAR(500),
    body             VARCHAR(1000000),
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, idempotency_key)
);
CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);
