package org.corroborate.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.AgroalSecurityProvider;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.corroborate.cache.ChangeFeed.Topic;

/**
 * Hears PostgreSQL's notifications of changes (the triggers in db/postgresql) for a {@link ChangeFeed}, on a
 * connection of its own outside the pool: a pooled one would go back to the pool still listening, and PostgreSQL
 * keeps every notification for a listener until it reads them. The connection is made as the pool makes its own,
 * from the datasource's settings.
 */
final class PostgresListener {

    private static final Logger LOG = Logger.getLogger(PostgresListener.class);
    /** How long the listener waits for notifications before checking in; it is out of step after missing a few. */
    static final long POLL_MILLIS = 500;
    private static final long IN_STEP_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final long RETRY_MILLIS = 1_000;
    /** How the listener's connection is named in pg_stat_activity. */
    static final String APPLICATION_NAME = "corroborate change feed";

    private final ChangeFeed feed;
    private final AgroalConnectionFactoryConfiguration database;
    private volatile boolean running;
    /** When the listener last heard from PostgreSQL (System.nanoTime), 0 while it is not listening. */
    private volatile long heardAt;
    private Thread thread;

    PostgresListener(ChangeFeed feed, AgroalConnectionFactoryConfiguration database) {
        this.feed = feed;
        this.database = database;
    }

    static boolean isFor(AgroalConnectionFactoryConfiguration database) {
        return database.jdbcUrl().startsWith("jdbc:postgresql:");
    }

    /**
     * The properties the pool's connections are made with (Agroal's connection factory does the same): the
     * datasource's {@code additional-jdbc-properties}, then what its security providers make of the user and the
     * credentials (a password, or a credentials provider's answer, asked afresh on each connection); and the
     * listener's name.
     */
    static Properties settings(AgroalConnectionFactoryConfiguration database) {
        Properties settings = new Properties();
        settings.putAll(database.jdbcProperties());
        settings.putAll(security(database, database.principal()));
        for (Object credential : database.credentials()) {
            settings.putAll(security(database, credential));
        }
        settings.setProperty("ApplicationName", APPLICATION_NAME);
        return settings;
    }

    private static Properties security(AgroalConnectionFactoryConfiguration database, Object securityObject) {
        if (securityObject != null) {
            for (AgroalSecurityProvider provider : database.securityProviders()) {
                Properties properties = provider.getSecurityProperties(securityObject);
                if (properties != null) {
                    return properties;
                }
            }
        }
        return new Properties();
    }

    /** Whether every change notified up to a moment ago has been heard. */
    boolean hearing() {
        long heard = heardAt;
        return heard != 0 && System.nanoTime() - heard < IN_STEP_NANOS;
    }

    void start() {
        running = true;
        thread = new Thread(this::listen, "change-feed");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = new Driver().connect(database.jdbcUrl(), settings(database));
                    Statement statement = connection.createStatement()) {
                connection.setNetworkTimeout(Runnable::run, (int) TimeUnit.NANOSECONDS.toMillis(IN_STEP_NANOS));
                if (database.initialSql() != null && !database.initialSql().isBlank()) {
                    statement.execute(database.initialSql());
                }
                for (Topic topic : Topic.values()) {
                    statement.execute("LISTEN " + topic.channel);
                }
                // anything could have changed while nobody listened
                feed.movedAll();
                heardAt = System.nanoTime();
                LOG.debug("Listening for changes made by other instances");
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    // returns as soon as a notification arrives, or after the poll interval with none
                    PGNotification[] received = notifications.getNotifications((int) POLL_MILLIS);
                    if (received == null || received.length == 0) {
                        // nothing for a while: a dead server or connection throws, a silent one times out
                        statement.execute("SELECT 1");
                    } else {
                        for (PGNotification notification : received) {
                            for (Topic topic : Topic.values()) {
                                if (topic.channel.equals(notification.getName())) {
                                    feed.moved(topic);
                                }
                            }
                        }
                    }
                    heardAt = System.nanoTime();
                }
            } catch (SQLException | RuntimeException e) {
                heardAt = 0;
                if (running) {
                    LOG.warnf("Not hearing of other instances' changes (%s); reading everything afresh until"
                            + " the database answers again", e.getMessage());
                    pause();
                }
            }
        }
        heardAt = 0;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
