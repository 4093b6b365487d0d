package org.corroborate.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's page cache is a quarter of the heap, not H2's 16 MB; configurable. */
class H2CacheTest {

    @TempDir
    Path dir;

    private JdbcDataSource fileDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("cache") + ";DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUser("sa");
        return dataSource;
    }

    private static long cacheMb(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            assertThat(rs.next()).isTrue();
            return Long.parseLong(rs.getString(1));
        }
    }

    @Test
    void aFileDatabaseGetsAQuarterOfTheHeapOrWhatIsConfigured() throws Exception {
        JdbcDataSource dataSource = fileDatabase();
        try (Connection open = dataSource.getConnection()) { // keeps the database open between the statements
            assertThat(cacheMb(open)).as("H2's own").isEqualTo(16);

            new H2Cache(dataSource, Optional.empty()).onStart(null);
            assertThat(cacheMb(open)).isEqualTo(Math.max(16, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024)));

            new H2Cache(dataSource, Optional.of(48L)).onStart(null);
            assertThat(cacheMb(open)).isEqualTo(48);
        }
    }

    @Test
    void nothingGoesBelowH2sOwn() {
        assertThat(H2Cache.sizeMb(Optional.empty(), 1L << 30)).isEqualTo(256);
        assertThat(H2Cache.sizeMb(Optional.empty(), 32L << 20)).isEqualTo(16);
        assertThat(H2Cache.sizeMb(Optional.of(4L), 1L << 30)).isEqualTo(16);
    }
}
