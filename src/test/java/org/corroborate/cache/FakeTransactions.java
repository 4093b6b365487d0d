package org.corroborate.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.configuration.supplier.AgroalConnectionFactoryConfigurationSupplier;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Transactions for unit tests of the cache, one at a time on the test's thread: begin, then commit or roll
 * back, which runs the synchronizations registered meanwhile as a transaction manager would.
 */
final class FakeTransactions implements TransactionSynchronizationRegistry {

    private Object key;
    private boolean rollbackOnly;
    private final Map<Object, Object> resources = new HashMap<>();
    private final List<Synchronization> synchronizations = new ArrayList<>();

    /** A feed on an embedded database, in these transactions. */
    ChangeFeed feed() {
        return new ChangeFeed(this, database("jdbc:h2:mem:unit"));
    }

    static AgroalConnectionFactoryConfiguration database(String url) {
        return new AgroalConnectionFactoryConfigurationSupplier().jdbcUrl(url).get();
    }

    void begin() {
        key = new Object();
    }

    void commit() {
        end(Status.STATUS_COMMITTED);
    }

    void rollback() {
        end(Status.STATUS_ROLLEDBACK);
    }

    private void end(int status) {
        synchronizations.forEach(Synchronization::beforeCompletion);
        key = null;
        rollbackOnly = false;
        resources.clear();
        List<Synchronization> ended = List.copyOf(synchronizations);
        synchronizations.clear();
        ended.forEach(synchronization -> synchronization.afterCompletion(status));
    }

    @Override
    public Object getTransactionKey() {
        return key;
    }

    @Override
    public void putResource(Object resourceKey, Object value) {
        resources.put(resourceKey, value);
    }

    @Override
    public Object getResource(Object resourceKey) {
        return resources.get(resourceKey);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization synchronization) {
        synchronizations.add(synchronization);
    }

    @Override
    public int getTransactionStatus() {
        return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
        rollbackOnly = true;
    }

    @Override
    public boolean getRollbackOnly() {
        return rollbackOnly;
    }
}
