package org.corroborate.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test of rows as an older version left them (a column a later migration added, still empty), which the start-up
 * catch-ups ({@link StartupCatchUp}) fill in.
 */
public abstract class OlderRows {

    @Inject
    protected StartupCatchUp catchUp;

    /** This start's own catch-up has run, so the rows a test writes as an older version would are left to it. */
    @BeforeEach
    void startupCatchUpDone() throws Exception {
        assertThat(catchUp.atStart().get(60, TimeUnit.SECONDS).failed()).isEmpty();
    }

    /** Runs the catch-ups as after a start, and checks that none failed. */
    protected void catchUpAsAfterAStart() throws Exception {
        assertThat(catchUp.runInBackground().get(60, TimeUnit.SECONDS).failed()).isEmpty();
    }
}
