package org.corroborate.cache;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Tells this instance when data it keeps in memory has changed, here or on any other instance of a fleet. Each
 * {@link Topic} has a version: a number that moves on every committed change. A read remembered with the version
 * it was made under stays good while the version has not moved and {@link #inStep()} holds.
 * <ul>
 * <li>Writes made through this instance move the version when their transaction ends, committed or not, before
 * the request that made them is answered. Nobody has to ask for it: Hibernate hands every statement it prepares
 * to {@link TableWrites}, which marks the topics whose tables the statement writes (entity writes, also those
 * flushed at commit, bulk HQL and native queries alike). Plain JDBC on the {@code DataSource}'s connections passes
 * no inspector: on PostgreSQL the triggers below still announce it, on H2 nothing does, so claims, accounts and
 * tokens are written through Hibernate (a token's last use is written by plain JDBC on purpose: it is in a table no
 * topic has, and must not make instances forget their tokens).</li>
 * <li>On PostgreSQL, triggers (db/postgresql) notify every change, whoever made it, and each instance listens
 * ({@link PostgresListener}): another instance's change, or a write by plain JDBC or psql, moves the version here
 * within milliseconds of its commit. The instance is in step while that connection is up and answers; when it is
 * not, nothing remembered is used, and reconnecting moves every version, since notifications may have been
 * missed.</li>
 * <li>H2 is an embedded file only one process opens: every change goes through this instance, so it is always in
 * step.</li>
 * </ul>
 * Reads inside a transaction are neither served from nor kept in memory ({@link #inTransaction()}).
 */
@ApplicationScoped
public class ChangeFeed {

    /** What changes are announced, each on its own PostgreSQL channel. */
    public enum Topic {
        /** Accounts: roles, passwords, sign-outs. */
        ACCOUNTS("corroborate_accounts", "app_user"),
        /** Claims: anything the claim list shows or counts. */
        CLAIMS("corroborate_claims", "claim"),
        /** The gazetteer: an import changes its place rows (and their spellings with them). */
        PLACES("corroborate_places", "place"),
        /** API tokens: new ones and revocations (their last use is kept apart, in api_token_use). */
        TOKENS("corroborate_tokens", "api_token");

        final String channel;
        /** The table whose writes change the topic: every remembered read of the topic reads only this one. */
        final String table;

        Topic(String channel, String table) {
            this.channel = channel;
            this.table = table;
        }

        /** The topic of a table, whatever the case of its name. */
        static Optional<Topic> ofTable(String table) {
            String name = table.toLowerCase(Locale.ROOT);
            for (Topic topic : values()) {
                if (topic.table.equals(name)) {
                    return Optional.of(topic);
                }
            }
            return Optional.empty();
        }
    }

    private final Map<Topic, AtomicLong> versions = new EnumMap<>(Topic.class);
    /** Per feed, so that two feeds in one process (tests play a second instance) each hear a transaction. */
    private final Map<Topic, Object> pendingKeys = new EnumMap<>(Topic.class);
    private final TransactionSynchronizationRegistry transactions;
    /** Null on a database only this instance opens. */
    private final PostgresListener listener;

    @Inject
    ChangeFeed(TransactionSynchronizationRegistry transactions, AgroalDataSource dataSource, MeterRegistry metrics) {
        this(transactions, dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration());
        Gauge.builder("corroborate.change.feed.in.step", () -> inStep() ? 1 : 0)
                .description("1 while this instance hears of every change made on other instances; 0 while it reads"
                        + " everything afresh")
                .register(metrics);
    }

    /** A feed for the database {@code database} connects to, listening once {@link #start()}ed if it is PostgreSQL. */
    ChangeFeed(TransactionSynchronizationRegistry transactions, AgroalConnectionFactoryConfiguration database) {
        this.transactions = transactions;
        this.listener = PostgresListener.isFor(database) ? new PostgresListener(this, database) : null;
        for (Topic topic : Topic.values()) {
            versions.put(topic, new AtomicLong());
            pendingKeys.put(topic, new Object());
        }
    }

    /** The topic's version now: read it before reading the data, and remember the data with it. */
    public long version(Topic topic) {
        return versions.get(topic).get();
    }

    /** Whether every change made anywhere up to now has moved the versions here: if not, read afresh. */
    public boolean inStep() {
        return listener == null || listener.hearing();
    }

    /**
     * Data of {@code topic} is being written: the version moves when the transaction ends, committed or not (a
     * read made inside the transaction saw what a rollback undoes), once per transaction; outside one, at once.
     */
    void changed(Topic topic) {
        if (!inTransaction()) {
            moved(topic);
            return;
        }
        Object key = pendingKeys.get(topic);
        if (transactions.getResource(key) == null) {
            transactions.putResource(key, Boolean.TRUE);
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

    void moved(Topic topic) {
        versions.get(topic).incrementAndGet();
    }

    void movedAll() {
        for (Topic topic : Topic.values()) {
            moved(topic);
        }
    }

    void onStart(@Observes StartupEvent started) {
        start();
    }

    void onStop(@Observes ShutdownEvent stopping) throws InterruptedException {
        stop();
    }

    /** Starts listening to other instances, on PostgreSQL. */
    void start() {
        if (listener != null) {
            listener.start();
        }
    }

    void stop() throws InterruptedException {
        if (listener != null) {
            listener.stop();
        }
    }
}
