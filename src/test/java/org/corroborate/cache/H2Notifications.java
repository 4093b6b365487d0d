package org.corroborate.cache;

import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.h2.api.Trigger;

import org.corroborate.cache.ChangeFeed.Topic;

/**
 * The H2 test database's stand-in for PostgreSQL's notifications: a trigger on each topic's table
 * (db/h2-notifications, run in the test profile only, as db/postgresql runs only on PostgreSQL) tells every feed
 * listening here, when the writing transaction ends, whoever wrote. A test's second instance listens, so it hears
 * the database as instances of a fleet do; the application's own feed does not, so what it hears comes from its
 * own announcements ({@link TableWrites}), as it must for its answers on PostgreSQL.
 */
public class H2Notifications implements Trigger {

    /**
     * Who is told of a change to which table. H2 loads this class from the test class path, apart from the copy
     * the application's class loader gives the tests: the two meet here, through JDK types only.
     */
    private static final Set<Consumer<String>> LISTENING = ConcurrentHashMap.newKeySet();

    private String table;

    /** Tells {@code feed} of every change from now on; returns what stops it. */
    static Runnable listen(ChangeFeed feed) {
        Consumer<String> listener = table -> Topic.ofTable(table).ifPresent(feed::changed);
        Set<Consumer<String>> listening = listeningAsH2LoadsIt();
        listening.add(listener);
        return () -> listening.remove(listener);
    }

    @SuppressWarnings("unchecked")
    private static Set<Consumer<String>> listeningAsH2LoadsIt() {
        try {
            // as H2 resolves a trigger's class name: from the loader of its own classes
            Class<?> asH2LoadsIt = Class.forName(H2Notifications.class.getName(), true, Trigger.class.getClassLoader());
            return (Set<Consumer<String>>) asH2LoadsIt.getMethod("listening").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For {@link #listen}, on the copy H2 loaded. */
    public static Set<Consumer<String>> listening() {
        return LISTENING;
    }

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        LISTENING.forEach(listener -> listener.accept(table));
    }
}
