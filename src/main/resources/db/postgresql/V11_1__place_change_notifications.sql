-- PostgreSQL only: every instance keeps the gazetteer in memory (place/PlaceService) and drops it when any
-- instance imports a new one (cache/ChangeFeed, Topic.PLACES).
CREATE TRIGGER place_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON place
    FOR EACH STATEMENT EXECUTE FUNCTION corroborate_notify_change('corroborate_places');
