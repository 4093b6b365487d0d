package org.corroborate.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.corroborate.account.Role;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;
import org.corroborate.web.CurrentUser;

/** Takes an upload as a bulk import job (its files stored, to be imported by {@link ImportWorker}) and reads jobs. */
@ApplicationScoped
public class ImportService {

    /** Files persisted between two flushes of the upload's transaction, so a big upload is not held in memory. */
    private static final int FLUSH_EVERY = 100;

    private final ImportConfig config;
    private final ImportWorker worker;
    private final Clock clock;

    ImportService(ImportConfig config, ImportWorker worker, Clock clock) {
        this.config = config;
        this.worker = worker;
        this.clock = clock;
    }

    /**
     * Stores the upload as a job of {@code owner}'s, every file (each of a zip's) with its article or, when it is
     * no article that can be imported, already failed with the reason; answers the job's id. The worker is woken
     * when the caller's transaction has committed. 400 naming {@code files} when there is no file.
     */
    public long submit(List<? extends UploadContents.Part> parts, String owner) {
        long id = QuarkusTransaction.requiringNew().call(() -> store(parts, owner));
        worker.wake();
        return id;
    }

    private long store(List<? extends UploadContents.Part> parts, String owner) {
        if (parts == null || parts.isEmpty()) {
            throw Problem.invalid("files", ProblemTexts::chooseFiles);
        }
        ImportJob job = new ImportJob();
        job.owner = owner;
        job.createdAt = Instant.now(clock);
        job.persist();
        EntityManager em = ImportJob.getEntityManager();
        long jobId = job.id;
        int[] stored = { 0, 0 }; // files, of which readable
        UploadContents.read(parts, UploadContents.Limits.of(config), entry -> {
            ImportFile file = new ImportFile();
            file.jobId = jobId;
            file.seq = stored[0]++;
            file.name = entry.name();
            if (entry.readable()) {
                file.article = entry.article();
                stored[1]++;
            } else {
                file.outcome = FileOutcome.FAILED;
                file.reason = cut(entry.reason(), ImportFile.REASON_MAX);
                file.doneAt = job.createdAt;
            }
            file.persist();
            if (stored[0] % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        });
        if (stored[0] == 0) {
            throw Problem.invalid("files", ProblemTexts::noFileToImport);
        }
        ImportStatus status = stored[1] == 0 ? ImportStatus.DONE : ImportStatus.QUEUED;
        ImportJob.update("total = ?1, status = ?2, finishedAt = ?3 where id = ?4", stored[0], status,
                status.finished() ? job.createdAt : null, jobId);
        return jobId;
    }

    /**
     * The job as its owner or an editor may read it: 404 for an unknown id, 403 for anyone else. Without
     * {@code withFiles}, the lists are empty while it runs (the page's progress needs only the counts).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJobView view(long id, CurrentUser user, boolean withFiles) {
        ImportJob job = ImportJob.<ImportJob>findByIdOptional(id).orElseThrow(() -> Problem.notFound("import job", id));
        if (!job.owner.equals(user.username()) && !user.has(Role.EDITOR)) {
            throw Problem.forbidden(t -> t.anotherUsersImport(id));
        }
        EntityManager em = ImportJob.getEntityManager();
        int done = job.status.finished() ? job.total
                : em.createQuery("select count(f) from ImportFile f where f.jobId = ?1 and f.outcome is not null", Long.class)
                        .setParameter(1, id).getSingleResult().intValue();
        List<ImportJobView.Imported> imported = new ArrayList<>();
        List<ImportJobView.Duplicate> duplicates = new ArrayList<>();
        List<ImportJobView.Failed> failed = new ArrayList<>();
        if (withFiles || job.status.finished()) {
            List<Object[]> rows = em.createQuery("select f.name, f.outcome, f.sourceId, f.title, f.duplicateField, f.reason"
                    + " from ImportFile f where f.jobId = ?1 and f.outcome is not null order by f.seq", Object[].class)
                    .setParameter(1, id).getResultList();
            for (Object[] row : rows) {
                String name = (String) row[0];
                switch ((FileOutcome) row[1]) {
                    case IMPORTED -> imported.add(new ImportJobView.Imported(name, (Long) row[2], (String) row[3]));
                    case DUPLICATE -> duplicates.add(new ImportJobView.Duplicate(name, (Long) row[2], (String) row[4]));
                    case FAILED -> failed.add(new ImportJobView.Failed(name, (String) row[5]));
                }
            }
        }
        return new ImportJobView(job.id, job.status, job.owner, job.total, done, job.createdAt, job.finishedAt, imported,
                duplicates, failed);
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
