package org.corroborate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.imports.TestUploads.article;

import java.time.Instant;
import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.source.Source;

/**
 * Jobs outlive the instance that took them: a job left unfinished (its rows written here as a stopped instance left
 * them) is taken up again once its lease runs out, the files done before are kept, and no file is imported twice.
 */
@QuarkusTest
class ImportWorkerTest {

    @Inject
    TestUsers users;

    @Inject
    ImportWorker worker;

    @Test
    void aJobLeftUnfinishedByAStoppedInstanceIsResumedKeepingWhatWasDone() {
        String owner = users.fresh("bulk-resume", Role.REVIEWER);
        long doneBefore = Api.as(owner).contentType(ContentType.TEXT).body(article("", "Imported before the restart."))
                .post("/api/sources/import").then().statusCode(201).extract().jsonPath().getLong("id");
        String second = article("", "Waiting when the instance stopped.");
        long jobId = unfinishedJob(owner, "instance-stopped", Instant.now().minusSeconds(60), doneBefore,
                List.of(second, article("date 2021-09-09 Gorge Times - ", "Also waiting."), second));

        worker.wake();
        JsonPath job = TestUploads.done(owner, jobId);

        assertThat(job.getList("imported.name", String.class)).containsExactly("file-0.txt", "file-1.txt", "file-2.txt");
        assertThat(job.getLong("imported[0].sourceId")).isEqualTo(doneBefore);
        assertThat(job.getList("duplicates.name", String.class)).containsExactly("file-3.txt");
        assertThat(job.getLong("duplicates[0].existingId")).isEqualTo(job.getLong("imported[1].sourceId"));
        assertThat(job.getInt("done")).isEqualTo(4);
        Api.as(owner).get("/api/sources/" + job.getLong("imported[2].sourceId")).then().statusCode(200)
                .body("outlet", org.hamcrest.Matchers.equalTo("Gorge Times")).body("createdBy", org.hamcrest.Matchers.equalTo(owner));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId).leaseHolder)).isNull();
    }

    @Test
    void aJobAnotherInstanceHoldsIsLeftAloneUntilItsLeaseRunsOut() {
        String owner = users.fresh("bulk-resume", Role.REVIEWER);
        long jobId = unfinishedJob(owner, "instance-elsewhere", Instant.now().plusSeconds(3600), null,
                List.of(article("", "Held by another instance.")));

        while (worker.workOnce()) {
            // takes every job free to take, as the background thread does
        }

        assertThat(Api.as(owner).get("/api/imports/" + jobId).then().statusCode(200).extract().jsonPath().getString("status"))
                .isEqualTo("RUNNING");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ImportFile.count("jobId = ?1 and outcome is null", jobId)))
                .isEqualTo(1);

        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("leaseUntil = ?1 where id = ?2",
                Instant.now().minusSeconds(1), jobId));
        worker.wake();
        assertThat(TestUploads.done(owner, jobId).getList("imported.name", String.class)).containsExactly("file-0.txt");
    }

    @Test
    void aFileReachedTwiceIsImportedOnce() {
        String owner = users.fresh("bulk-resume", Role.REVIEWER);
        String text = article("", "Two instances reached the same file.");
        // leased elsewhere, so only the two calls below reach the file
        long jobId = unfinishedJob(owner, "instance-elsewhere", Instant.now().plusSeconds(3600), null, List.of(text));
        long fileId = QuarkusTransaction.requiringNew().call(() -> ImportFile.<ImportFile>find("jobId", jobId).firstResult().id);

        worker.importFile(fileId, text, owner);
        worker.importFile(fileId, text, owner);

        assertThat(QuarkusTransaction.requiringNew().call(() -> Source.count("textHash", Source.hashOf(text)))).isEqualTo(1);
        ImportFile file = QuarkusTransaction.requiringNew().call(() -> ImportFile.<ImportFile>findById(fileId));
        assertThat(file.outcome).isEqualTo(FileOutcome.IMPORTED);
        assertThat(file.sourceId).isNotNull();
        assertThat(file.article).isNull();
    }

    /**
     * A RUNNING job as an instance leaves it: leased by {@code holder} until {@code leaseUntil}, its first file done
     * (imported as {@code doneSourceId}) when that is given, the {@code waiting} articles not yet.
     */
    private static long unfinishedJob(String owner, String holder, Instant leaseUntil, Long doneSourceId, List<String> waiting) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.owner = owner;
            job.status = ImportStatus.RUNNING;
            job.total = waiting.size() + (doneSourceId == null ? 0 : 1);
            job.createdAt = Instant.now().minusSeconds(120);
            job.leaseHolder = holder;
            job.leaseUntil = leaseUntil;
            job.persist();
            int seq = 0;
            if (doneSourceId != null) {
                ImportFile done = new ImportFile();
                done.jobId = job.id;
                done.seq = seq++;
                done.name = "file-0.txt";
                done.outcome = FileOutcome.IMPORTED;
                done.sourceId = doneSourceId;
                done.title = "Imported before the restart";
                done.doneAt = Instant.now().minusSeconds(90);
                done.persist();
            }
            for (String article : waiting) {
                ImportFile file = new ImportFile();
                file.jobId = job.id;
                file.seq = seq;
                file.name = "file-" + seq++ + ".txt";
                file.article = article;
                file.persist();
            }
            return job.id;
        });
    }
}
