package org.corroborate;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits on a condition, never on time: for what another thread or process brings about a moment later (a
 * PostgreSQL notification, a reconnection). The bound only decides when to give up.
 */
public final class Eventually {

    /** Ample for a loaded test machine; a condition that holds returns at once. */
    public static final Duration WITHIN = Duration.ofSeconds(10);

    private Eventually() {
    }

    /** The first pause between tries; each further pause doubles, up to {@link #LONGEST_PAUSE}. */
    private static final Duration FIRST_PAUSE = Duration.ofMillis(1);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(200);

    /**
     * Tries {@code condition} until it holds (true) or {@link #WITHIN} has passed (false), pausing between tries
     * for 1 ms, then 2, 4, … up to 200 ms: a quick condition is seen at once, a slow one costs a few tries, and the
     * waiting leaves the cores to the code under test.
     */
    public static boolean holds(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        long pause = FIRST_PAUSE.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            LockSupport.parkNanos(Math.min(pause, left));
            pause = Math.min(pause * 2, LONGEST_PAUSE.toNanos());
        }
        return true;
    }
}
