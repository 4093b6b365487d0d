-- Tests on H2 only: the stand-in for db/postgresql's triggers (cache/H2Notifications), so that a second instance
-- played by a test hears every change to the tables the instances remember, whoever made it.
CREATE TRIGGER app_user_changed AFTER INSERT, UPDATE, DELETE ON app_user FOR EACH STATEMENT
    CALL 'org.corroborate.cache.H2Notifications';
CREATE TRIGGER claim_changed AFTER INSERT, UPDATE, DELETE ON claim FOR EACH STATEMENT
    CALL 'org.corroborate.cache.H2Notifications';
CREATE TRIGGER place_changed AFTER INSERT, UPDATE, DELETE ON place FOR EACH STATEMENT
    CALL 'org.corroborate.cache.H2Notifications';
CREATE TRIGGER api_token_changed AFTER INSERT, UPDATE, DELETE ON api_token FOR EACH STATEMENT
    CALL 'org.corroborate.cache.H2Notifications';
