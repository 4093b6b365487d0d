package org.corroborate.db;

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
}
