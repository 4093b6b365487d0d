package org.corroborate;

import java.time.Duration;
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

    /** Polls {@code condition} until it holds (true) or {@link #WITHIN} has passed (false). */
    public static boolean holds(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }
}
