-- PostgreSQL only: instances remember tokens (account/TokenCheck) until api_token changes anywhere in the fleet,
-- so a revocation made on one instance is refused on every other within milliseconds of its commit.
CREATE TRIGGER api_token_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON api_token
    FOR EACH STATEMENT EXECUTE FUNCTION corroborate_notify_change('corroborate_tokens');
