package org.corroborate.db;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Runs every {@link CatchUp} once after start, one after the other on a thread of its own, so that start-up does not
 * wait for them: on a database an older version wrote they take minutes (300,000 citations to key), and meanwhile
 * the app answers with what is there (a citation not yet keyed counts as its own origin; a claim not yet placed has
 * no P-code, as before the upgrade). A failure is logged and left for the next start, which finds the same rows
 * still lacking their value. Stopping the app stops the work between two transactions.
 */
@ApplicationScoped
public class StartupCatchUp {

    /** After the gazetteer and the demo data: catch-up reads places and never blocks either. */
    static final int STARTUP_ORDER = Interceptor.Priority.APPLICATION + 100;

    private static final Logger LOG = Logger.getLogger(StartupCatchUp.class);

    private final List<CatchUp> work;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    private Thread thread;

    StartupCatchUp(Instance<CatchUp> work) {
        this.work = work.stream().sorted(Comparator.comparingInt(CatchUp::order)).toList();
    }

    void onStart(@Observes @Priority(STARTUP_ORDER) StartupEvent event) {
        thread = new Thread(this::runAll, "startup-catch-up");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private void runAll() {
        long started = System.nanoTime();
        try {
            for (CatchUp each : work) {
                if (stopping) {
                    return;
                }
                try {
                    int changed = each.run();
                    if (changed > 0) {
                        LOG.infof("Catch-up: %d %s", changed, each.name());
                    }
                } catch (RuntimeException e) {
                    if (!stopping) {
                        LOG.warnf(e, "Catch-up: %s failed; the next start tries again", each.name());
                    }
                }
            }
            LOG.infof("Catch-up finished in %d ms", (System.nanoTime() - started) / 1_000_000);
        } finally {
            finished.countDown();
        }
    }

    /** Waits until this start's catch-up has run (tests that write rows as an older version would). */
    public boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }
}
