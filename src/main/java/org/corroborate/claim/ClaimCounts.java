package org.corroborate.claim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * How many claims match a list filter, remembered per filter. Counting every match on every view of the list was
 * most of the list's cost on a large database (7,187 index entries for one province of the load benchmark), while
 * the number only changes when a claim is written. A count is used until a claim is written through this
 * instance (it is recounted once that write has committed) and for at most {@link #LIFETIME}, the longest a count
 * may lag behind a claim written on another instance of a fleet. The rows of a page are always read afresh, and a
 * page whose rows do not fit the count has it recounted at once ({@link ClaimService#rows}).
 */
@ApplicationScoped
public class ClaimCounts {

    static final Duration LIFETIME = Duration.ofSeconds(5);
    /** Free-text searches make new filters without end; past this many the remembered counts start over. */
    private static final int MAX_FILTERS = 1_000;

    private final AtomicLong writes = new AtomicLong();
    private final ConcurrentHashMap<Object, Count> counts = new ConcurrentHashMap<>();
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    ClaimCounts(TransactionSynchronizationRegistry transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    private record Count(long writes, Instant countedAt, long total) {
    }

    /** The count remembered for {@code filter} (a value with equals and hashCode), or a new one from {@code counter}. */
    long count(Object filter, LongSupplier counter) {
        Count known = counts.get(filter);
        if (known != null && known.writes == writes.get()
                && clock.instant().isBefore(known.countedAt.plus(LIFETIME))) {
            return known.total;
        }
        return recount(filter, counter);
    }

    /** A new count for {@code filter}, remembered from now on. */
    long recount(Object filter, LongSupplier counter) {
        long written = writes.get();
        Instant now = clock.instant();
        long total = counter.getAsLong();
        if (counts.size() >= MAX_FILTERS) {
            counts.clear();
        }
        // counted before a write that commits later: that write's mark at its end makes this count unused
        counts.put(filter, new Count(written, now, total));
        return total;
    }

    /**
     * A claim is being written: counts taken until its transaction ends are not used after it (until then other
     * readers still see the rows as they were). Once per transaction; a write outside one counts at once.
     */
    void written() {
        if (transactions.getTransactionKey() == null) {
            writes.incrementAndGet();
        } else if (transactions.getResource(ClaimCounts.class) == null) {
            transactions.putResource(ClaimCounts.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    // a rollback too: a count taken inside the transaction saw rows that are now gone
                    writes.incrementAndGet();
                }
            });
        }
    }

    /** Tells the counts of every claim written, however it is written. */
    public static class Listener {

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Claim claim) {
            Arc.container().instance(ClaimCounts.class).get().written();
        }
    }
}
