package org.corroborate.db;

import java.util.List;
import java.util.function.LongFunction;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Work an upgrade leaves for the app, not the migration, to do: rows written by an older version that lack a value
 * computed in Java (a claimant key, a province's sound, a P-code). {@link StartupCatchUp} runs every one after
 * start, in the background, so that the app answers while it works. Each must be safe to run on every instance of a
 * fleet at once, to repeat, and to stop between two transactions: it only touches rows still lacking the value and
 * sets what any other run would.
 */
public interface CatchUp {

    /** What it does, for the log ("citations keyed"). */
    String name();

    /** Before or after others: lower runs first. */
    default int order() {
        return 0;
    }

    /** Does what there is to do, a transaction a batch; answers how many rows it changed. */
    int run();

    /**
     * Runs {@code batch} in a transaction of its own, first after id 0, then after the last id of the rows it
     * answered (the first column of each), until it answers none; answers how many rows it answered in all.
     */
    static int byIdBatches(LongFunction<List<Object[]>> batch) {
        int done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> batch.apply(from));
            if (rows.isEmpty()) {
                return done;
            }
            done += rows.size();
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
    }
}
