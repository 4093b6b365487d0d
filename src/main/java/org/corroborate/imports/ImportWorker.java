package org.corroborate.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import org.corroborate.problem.DuplicateSource;
import org.corroborate.problem.Problem;
import org.corroborate.source.Source;
import org.corroborate.source.SourceService;
import org.corroborate.web.ErrorMapping;

/**
 * Imports the files of bulk import jobs in the background, one thread per instance, one job at a time, oldest first.
 * <p>
 * A job is taken with a lease ({@code UPDATE import_job … WHERE lease_until < now}): only the instance whose update
 * matched works on it, renewing the lease as it goes; when an instance stops, its lease runs out and any instance
 * (itself, restarted) takes the job on where it was. Each file is imported in one transaction with setting its
 * outcome, only where none is set yet, so a file is imported once or not at all, whatever stops when. Jobs are
 * looked for when one is sent to this instance ({@link #wake}) and every {@code corroborate.imports.poll}.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    /** Files read per query; each is still imported in a transaction of its own. */
    static final int BATCH = 50;

    /** This instance, as the lease names it: a new name each start, so a restarted instance waits out its old lease. */
    private final String instance = "instance-" + UUID.randomUUID();
    private final ImportConfig config;
    private final SourceService sources;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean stopping;
    private Thread thread;

    ImportWorker(ImportConfig config, SourceService sources, Clock clock) {
        this.config = config;
        this.sources = sources;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        thread = new Thread(this::run, "import-worker");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        wakeUp.release();
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Looks for jobs now rather than at the next poll. */
    public void wake() {
        wakeUp.release();
    }

    private void run() {
        while (!stopping) {
            boolean worked = false;
            ManagedContext requests = Arc.container().requestContext();
            requests.activate();
            try {
                worked = workOnce();
            } catch (RuntimeException e) { // the database away: the job keeps its files, and is taken again later
                if (!stopping) {
                    LOG.warnf(e, "Bulk import: stopped working on a job; it is taken up again later");
                }
            } finally {
                requests.terminate();
            }
            if (!worked) {
                try {
                    wakeUp.tryAcquire(config.poll().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Takes the oldest unfinished job whose lease is free (or this instance's) and imports its files until none is
     * left, the lease is lost or the app stops; answers false when there was no such job.
     */
    boolean workOnce() {
        Optional<Long> taken = take();
        if (taken.isEmpty()) {
            return false;
        }
        long jobId = taken.get();
        String owner = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId).owner);
        Instant renewAt = renewTime();
        int afterSeq = -1;
        while (!stopping) {
            List<Object[]> pending = pendingFiles(jobId, afterSeq);
            if (pending.isEmpty()) {
                finish(jobId);
                return true;
            }
            for (Object[] file : pending) {
                if (stopping) {
                    return true;
                }
                if (Instant.now(clock).isAfter(renewAt)) {
                    if (!renew(jobId)) {
                        LOG.infof("Bulk import: job %d's lease went to another instance", jobId);
                        return true;
                    }
                    renewAt = renewTime();
                }
                importFile(((Number) file[0]).longValue(), (String) file[2], owner);
                afterSeq = ((Number) file[1]).intValue();
            }
        }
        return true;
    }

    /** Leases the oldest job nobody works on (or this instance did) to this instance; its id, or none. */
    private Optional<Long> take() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now(clock);
            List<Long> free = ImportJob.getEntityManager().createQuery("select j.id from ImportJob j where j.status <> ?1"
                    + " and (j.leaseUntil is null or j.leaseUntil < ?2 or j.leaseHolder = ?3) order by j.id", Long.class)
                    .setParameter(1, ImportStatus.DONE).setParameter(2, now).setParameter(3, instance).setMaxResults(5)
                    .getResultList();
            for (long id : free) {
                int leased = ImportJob.update("status = ?1, leaseHolder = ?2, leaseUntil = ?3 where id = ?4 and status <> ?5"
                        + " and (leaseUntil is null or leaseUntil < ?6 or leaseHolder = ?2)", ImportStatus.RUNNING, instance,
                        now.plus(config.lease()), id, ImportStatus.DONE, now);
                if (leased == 1) {
                    return Optional.of(id);
                }
            }
            return Optional.empty();
        });
    }

    private boolean renew(long jobId) {
        return QuarkusTransaction.requiringNew().call(() -> ImportJob.update("leaseUntil = ?1 where id = ?2"
                + " and leaseHolder = ?3 and status <> ?4", Instant.now(clock).plus(config.lease()), jobId, instance,
                ImportStatus.DONE)) == 1;
    }

    /** Renewed when a third of the lease is gone: two chances before another instance may take the job. */
    private Instant renewTime() {
        return Instant.now(clock).plus(config.lease().dividedBy(3));
    }

    /** Up to {@link #BATCH} files not yet done after {@code afterSeq}: (id, seq, article). */
    private List<Object[]> pendingFiles(long jobId, int afterSeq) {
        return QuarkusTransaction.requiringNew().call(() -> ImportFile.getEntityManager().createQuery(
                "select f.id, f.seq, f.article from ImportFile f where f.jobId = ?1 and f.outcome is null and f.seq > ?2"
                        + " order by f.seq", Object[].class)
                .setParameter(1, jobId).setParameter(2, afterSeq).setMaxResults(BATCH).getResultList());
    }

    /** DONE once no file waits; the lease released. */
    private void finish(long jobId) {
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("status = ?1, finishedAt = ?2, leaseHolder = null,"
                + " leaseUntil = null where id = ?3 and leaseHolder = ?4 and not exists (select f.id from ImportFile f"
                + " where f.jobId = ?3 and f.outcome is null)", ImportStatus.DONE, Instant.now(clock), jobId, instance));
    }

    /**
     * Imports one file as its owner's source, in one transaction with setting its outcome: the outcome is set first,
     * only where none is, so an instance that finds it set (another did the file) imports nothing. A file the
     * importer refuses is marked a duplicate or failed instead, in a transaction of its own (nothing was imported).
     */
    void importFile(long fileId, String article, String owner) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Instant now = Instant.now(clock);
                if (ImportFile.update("outcome = ?1, doneAt = ?2, article = null where id = ?3 and outcome is null",
                        FileOutcome.IMPORTED, now, fileId) == 0) {
                    return;
                }
                Source source = sources.importArticle(article, null, null, null, owner);
                ImportFile.update("sourceId = ?1, title = ?2 where id = ?3", source.id, source.title, fileId);
            });
        } catch (DuplicateSource duplicate) {
            String field = duplicate.fields.isEmpty() ? "url" : duplicate.fields.get(0).field();
            mark(fileId, FileOutcome.DUPLICATE, duplicate.existingId, field, null);
        } catch (Problem refused) {
            mark(fileId, FileOutcome.FAILED, null, null, reason(refused));
        } catch (RuntimeException e) {
            if (ErrorMapping.connectionLost(e)) {
                throw e; // the file waits for the database to come back
            }
            LOG.errorf(e, "Bulk import: file %d could not be imported", fileId);
            mark(fileId, FileOutcome.FAILED, null, null, "could not be imported: an error on our side");
        }
    }

    private void mark(long fileId, FileOutcome outcome, Long sourceId, String field, String reason) {
        QuarkusTransaction.requiringNew().run(() -> ImportFile.update("outcome = ?1, sourceId = ?2, duplicateField = ?3,"
                + " reason = ?4, doneAt = ?5, article = null where id = ?6 and outcome is null", outcome, sourceId, field,
                ImportService.cut(reason, ImportFile.REASON_MAX), Instant.now(clock), fileId));
    }

    /** The refusal as one line: "the article is empty", or "title must …" for a field other than the text. */
    private static String reason(Problem refused) {
        if (refused.fields.isEmpty()) {
            return refused.getMessage();
        }
        var first = refused.fields.get(0);
        return first.field().equals("text") ? first.message() : first.field() + " " + first.message();
    }
}
