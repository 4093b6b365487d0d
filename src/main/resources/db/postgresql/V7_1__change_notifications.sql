-- PostgreSQL only (db/postgresql): every instance of a fleet keeps some reads in memory (the account behind a
-- session cookie, the claim list's pages and counts) and must drop them when another instance, or anyone with
-- SQL, changes what they were read from. These triggers announce such changes; each instance LISTENs
-- (fleet/ChangeFeed). A notification is delivered only when its transaction commits, and notifications of one
-- transaction with the same channel and payload arrive once.

CREATE FUNCTION corroborate_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], '');
    RETURN NULL;
END
$$;

-- accounts: new ones, roles, passwords, sign-outs (sessions_valid_after)
CREATE TRIGGER app_user_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON app_user
    FOR EACH STATEMENT EXECUTE FUNCTION corroborate_notify_change('corroborate_accounts');

-- claims: anything the claim list shows or counts
CREATE TRIGGER claim_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON claim
    FOR EACH STATEMENT EXECUTE FUNCTION corroborate_notify_change('corroborate_claims');
