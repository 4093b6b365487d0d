package org.corroborate.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Gives the embedded H2 database a page cache in proportion to the heap. H2's own default is 16 MB, sized for a
 * small embedded store; this app's database is read at random (any claim's page, its citations, reviews and
 * history), and with 100k claims the rows the pages read are some hundreds of MB, so at 16 MB most reads
 * deserialised a page from the file again. A quarter of the heap (at least H2's 16 MB), or
 * {@code corroborate.h2.cache-size-mb}. PostgreSQL manages its own cache; nothing is done there.
 */
@ApplicationScoped
public class H2Cache {

    /** First of the start-up work: the gazetteer and the demo data already read through it. */
    static final int STARTUP_ORDER = Interceptor.Priority.PLATFORM_BEFORE;

    private static final Logger LOG = Logger.getLogger(H2Cache.class);
    private static final long H2_DEFAULT_MB = 16;

    private final DataSource dataSource;
    private final Optional<Long> configuredMb;

    H2Cache(DataSource dataSource, @ConfigProperty(name = "corroborate.h2.cache-size-mb") Optional<Long> configuredMb) {
        this.dataSource = dataSource;
        this.configuredMb = configuredMb;
    }

    void onStart(@Observes @Priority(STARTUP_ORDER) StartupEvent event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            long mb = sizeMb(configuredMb, Runtime.getRuntime().maxMemory());
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET CACHE_SIZE " + mb * 1024); // in KB
            }
            LOG.debugf("H2 page cache: %d MB", mb);
        }
    }

    /** The configured size, else a quarter of {@code maxHeapBytes}; never below H2's default. */
    static long sizeMb(Optional<Long> configuredMb, long maxHeapBytes) {
        return Math.max(H2_DEFAULT_MB, configuredMb.orElse(maxHeapBytes / 4 / (1024 * 1024)));
    }
}
