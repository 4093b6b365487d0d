package org.corroborate.db;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
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
 * still lacking their value. Stopping the app stops the work between two catch-ups.
 */
@ApplicationScoped
public class StartupCatchUp {

    /** What one run did: rows changed, and the catch-ups that failed (logged with their cause). */
    public record Outcome(int changed, List<String> failed) {
    }

    /** After the gazetteer and the demo data: catch-up reads places and never blocks either. */
    static final int STARTUP_ORDER = Interceptor.Priority.APPLICATION + 100;

    private static final Logger LOG = Logger.getLogger(StartupCatchUp.class);

    private final List<CatchUp> work;
    private volatile CompletableFuture<Outcome> atStart = new CompletableFuture<>();
    private volatile boolean stopping;
    private Thread thread;

    StartupCatchUp(Instance<CatchUp> work) {
        this.work = work.stream().sorted(Comparator.comparingInt(CatchUp::order)).toList();
    }

    void onStart(@Observes @Priority(STARTUP_ORDER) StartupEvent event) {
        atStart = runInBackground();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Runs every catch-up on a thread of its own, as at start; completes when all have run. */
    public CompletableFuture<Outcome> runInBackground() {
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        thread = new Thread(() -> done.complete(runAll()), "startup-catch-up");
        thread.setDaemon(true);
        thread.start();
        return done;
    }

    /** This start's run: tests that write rows as an older version would wait for it first. */
    public CompletableFuture<Outcome> atStart() {
        return atStart;
    }

    private Outcome runAll() {
        long started = System.nanoTime();
        int changed = 0;
        List<String> failed = new ArrayList<>();
        for (CatchUp each : work) {
            if (stopping) {
                return new Outcome(changed, failed);
            }
            // as on the main thread at start: the persistence context and request-scoped beans a catch-up uses
            ManagedContext requests = Arc.container().requestContext();
            requests.activate();
            try {
                int rows = each.run();
                changed += rows;
                if (rows > 0) {
                    LOG.infof("Catch-up: %d %s", rows, each.name());
                }
            } catch (RuntimeException e) {
                if (!stopping) {
                    failed.add(each.name());
                    LOG.warnf(e, "Catch-up: %s failed; the next start tries again", each.name());
                }
            } finally {
                requests.terminate();
            }
        }
        LOG.infof("Catch-up finished in %d ms", (System.nanoTime() - started) / 1_000_000);
        return new Outcome(changed, failed);
    }
}
