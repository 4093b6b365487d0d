package org.corroborate.cache;

import io.agroal.api.AgroalDataSource;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.corroborate.TestDatabase;

/**
 * Another instance of a fleet, for tests outside this package: a {@link ChangeFeed} of its own on the application's
 * database, hearing every change as instances do (PostgreSQL notifications; on H2 the test triggers of
 * {@link H2Notifications}). Give it to the parts that remember reads, made afresh, to play those of the other instance.
 */
public final class SecondInstance implements AutoCloseable {

    private final ChangeFeed feed;
    private final Runnable stopHearingH2;

    private SecondInstance(ChangeFeed feed, Runnable stopHearingH2) {
        this.feed = feed;
        this.stopHearingH2 = stopHearingH2;
    }

    public static SecondInstance start(TransactionSynchronizationRegistry transactions, AgroalDataSource dataSource) {
        ChangeFeed feed = new ChangeFeed(transactions,
                dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration());
        feed.start();
        Runnable stop = TestDatabase.isPostgres() ? () -> {
        } : H2Notifications.listen(feed);
        return new SecondInstance(feed, stop);
    }

    public ChangeFeed feed() {
        return feed;
    }

    @Override
    public void close() throws InterruptedException {
        stopHearingH2.run();
        feed.stop();
    }
}
