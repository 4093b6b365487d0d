package org.corroborate;

import java.util.Map;

/**
 * An empty database of its own, for a test profile that checks what a first start does. On H2 (the default
 * test profile) a fresh in-memory database; on PostgreSQL (the {@code pgtest} profile, whose database is the one
 * server database the suite shares) a schema of its own, emptied and migrated on the profile's start.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "pgtest".equals(System.getProperty("quarkus.test.profile"));
    }

    /** Configuration overrides that point the application at an empty database named {@code name}. */
    public static Map<String, String> ofItsOwn(String name) {
        if (!isPostgres()) {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        String schema = name.replace('-', '_');
        return Map.of("quarkus.datasource.jdbc.new-connection-sql", "SET search_path TO " + schema,
                "quarkus.flyway.schemas", schema,
                "quarkus.flyway.clean-disabled", "false",
                "quarkus.flyway.clean-at-start", "true");
    }
}
