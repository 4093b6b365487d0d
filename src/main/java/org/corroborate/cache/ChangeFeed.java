package org.corroborate.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells this instance when data it keeps in memory has changed, here or on any other instance of a fleet. Each
 * {@link Topic} has a version: a number that moves on every committed change. A read remembered with the version
 * it was made under stays good while the version has not moved and {@link #inStep()} holds.
 * <ul>
 * <li>Changes made through this instance move the version when their transaction ends ({@link #changed}), before
 * the request that made them is answered.</li>
 * <li>On PostgreSQL, triggers (db/postgresql) notify every change, whoever made it, and a thread of each instance
 * LISTENs: another instance's change moves the version here within milliseconds of its commit. The instance is
 * in step while that connection is up and answers; when it is not, nothing remembered is used, and reconnecting
 * moves every version, since notifications may have been missed.</li>
 * <li>H2 is an embedded file only one process opens: every change goes through this instance, so it is always in
 * step.</li>
 * </ul>
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    /** How long the listener waits for notifications before checking in; it is out of step after missing a few. */
    static final long POLL_MILLIS = 500;
    private static final long IN_STEP_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final long RETRY_MILLIS = 1_000;
    /** How the listener's connection is named in pg_stat_activity. */
    static final String APPLICATION_NAME = "corroborate change feed";

    /** What changes are announced, each on its own PostgreSQL channel. */
    public enum Topic {
        /** Accounts: roles, passwords, sign-outs. */
        ACCOUNTS("corroborate_accounts"),
        /** Claims: anything the claim list shows or counts. */
        CLAIMS("corroborate_claims");

        final String channel;

        Topic(String channel) {
            this.channel = channel;
        }
    }

    private final Map<Topic, AtomicLong> versions = new EnumMap<>(Topic.class);
    private final TransactionSynchronizationRegistry transactions;
    private volatile boolean embedded;
    private volatile boolean running;
    /** When the listener last heard from PostgreSQL (System.nanoTime), 0 while it is not listening. */
    private volatile long heardAt;
    private Thread listener;

    ChangeFeed(TransactionSynchronizationRegistry transactions, MeterRegistry metrics) {
        this.transactions = transactions;
        Gauge.builder("corroborate.change.feed.in.step", () -> inStep() ? 1 : 0)
                .description("1 while this instance hears of every change made on other instances; 0 while it reads"
                        + " everything afresh")
                .register(metrics);
        for (Topic topic : Topic.values()) {
            versions.put(topic, new AtomicLong());
        }
    }

    /** The topic's version now: read it before reading the data, and remember the data with it. */
    public long version(Topic topic) {
        return versions.get(topic).get();
    }

    /** Whether every change made anywhere up to now has moved the versions here: if not, read afresh. */
    public boolean inStep() {
        long heard = heardAt;
        return embedded || (heard != 0 && System.nanoTime() - heard < IN_STEP_NANOS);
    }

    /**
     * Data of {@code topic} is being written: the version moves when the transaction ends, committed or not (a
     * read made inside the transaction saw what a rollback undoes), once per transaction; outside one, at once.
     */
    public void changed(Topic topic) {
        if (!inTransaction()) {
            moved(topic);
            return;
        }
        if (transactions.getResource(resourceKey(topic)) == null) {
            transactions.putResource(resourceKey(topic), Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    moved(topic);
                }
            });
        }
    }

    /**
     * Whether this thread is in a transaction. Reads inside one are never served from or kept in memory: a
     * transaction that writes sees its own writes (Hibernate flushes them before a query), which a remembered
     * read made before it would not show, and which a rollback may undo.
     */
    public boolean inTransaction() {
        return transactions.getTransactionKey() != null;
    }

    private static String resourceKey(Topic topic) {
        return ChangeFeed.class.getName() + "." + topic;
    }

    private void moved(Topic topic) {
        versions.get(topic).incrementAndGet();
    }

    private void movedAll() {
        for (Topic topic : Topic.values()) {
            moved(topic);
        }
    }

    void start(@Observes StartupEvent started) {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        embedded = !url.startsWith("jdbc:postgresql:");
        if (!embedded) {
            Properties credentials = new Properties();
            credentials.setProperty("ApplicationName", APPLICATION_NAME);
            config.getOptionalValue("quarkus.datasource.username", String.class)
                    .ifPresent(user -> credentials.setProperty("user", user));
            config.getOptionalValue("quarkus.datasource.password", String.class)
                    .ifPresent(password -> credentials.setProperty("password", password));
            running = true;
            listener = new Thread(() -> listen(url, credentials), "change-feed");
            listener.setDaemon(true);
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (listener != null) {
            listener.interrupt();
            listener.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    /**
     * Listens on a connection of its own, outside the pool: a pooled one would go back to the pool still
     * listening, and PostgreSQL keeps every notification for a listener until it reads them.
     */
    private void listen(String url, Properties credentials) {
        while (running) {
            try (Connection connection = new Driver().connect(url, credentials);
                    Statement statement = connection.createStatement()) {
                connection.setNetworkTimeout(Runnable::run, (int) TimeUnit.NANOSECONDS.toMillis(IN_STEP_NANOS));
                for (Topic topic : Topic.values()) {
                    statement.execute("LISTEN " + topic.channel);
                }
                // anything could have changed while nobody listened
                movedAll();
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
                                    moved(topic);
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

    /** Tells the feed of every claim written through Hibernate, however it is written. */
    public static class ClaimWrites {

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Object claim) {
            Arc.container().instance(ChangeFeed.class).get().changed(Topic.CLAIMS);
        }
    }

    /** Tells the feed of every account written through Hibernate; bulk updates call {@link #changed} themselves. */
    public static class AccountWrites {

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Object account) {
            Arc.container().instance(ChangeFeed.class).get().changed(Topic.ACCOUNTS);
        }
    }
}
