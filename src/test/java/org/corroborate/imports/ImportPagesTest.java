package org.corroborate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.imports.TestUploads.article;
import static org.corroborate.imports.TestUploads.utf8;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Eventually;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/** The bulk import from the import page, without JavaScript: the form, the redirect, the progress page, the summary. */
@QuarkusTest
class ImportPagesTest {

    @Inject
    TestUsers users;

    @Test
    void theImportPageOffersManyFilesAndTheSingleArticleFormStays() {
        Browser reviewer = Browser.signedIn(users.fresh("bulk-page", Role.REVIEWER));
        String page = reviewer.get("/sources/import").body().asString();
        assertThat(page).contains("action=\"/sources/import\"", "name=\"text\"", "name=\"file\"")
                .contains("action=\"/imports\"", "name=\"files\"", "multiple", "accept=\".txt,.html,.htm,.zip\"")
                .contains("<label for=\"files\">Files");
        assertThat(page.split("name=\"csrf-token\"", -1)).as("a CSRF field in each form (and the sign-out)").hasSize(4);
    }

    @Test
    void postedFilesLeadToTheProgressPageWhichEndsWithTheSummary() {
        String username = users.fresh("bulk-page", Role.REVIEWER);
        Browser reviewer = Browser.signedIn(username);
        Map<String, byte[]> files = TestUploads.files();
        files.put("first.txt", utf8(article("date 2023-02-01 Lake Gazette - ", "Two villages were shelled in the early morning.")));
        files.put("second.txt", utf8(article("", "A curfew was declared after the <b>riots</b> in the capital.")));
        files.put("second-again.txt", files.get("second.txt"));
        files.put("<script>.txt", utf8("date 2023-02-30 X - An unreal date."));

        Response posted = reviewer.submitFiles("/sources/import", "/imports", "files", files);
        assertThat(posted.statusCode()).isEqualTo(303);
        String location = Browser.location(posted);
        assertThat(location).matches("/imports/\\d+");

        Response first = reviewer.follow(posted);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body().asString()).contains("<progress id=\"import-bar\" max=\"4\"", "aria-live=\"polite\"",
                "<label for=\"import-bar\">", "Received the files");
        String[] done = new String[1];
        assertThat(Eventually.holds(() -> (done[0] = reviewer.get(location).body().asString()).contains("Done: 4 of 4 files")))
                .as("the page says the job is done").isTrue();
        String summary = done[0];
        assertThat(summary).doesNotContain("http-equiv=\"refresh\"", "hx-trigger").contains("value=\"4\"");
        Matcher imported = Pattern.compile("<a href=\"/sources/(\\d+)\" dir=\"auto\">Two villages were shelled").matcher(summary);
        assertThat(imported.find()).as("a link to the first source: " + summary).isTrue();
        assertThat(summary).contains("A curfew was declared after the &lt;b&gt;riots&lt;/b&gt; in the capital").doesNotContain("<b>riots")
                .containsPattern("<bdi>second-again.txt</bdi>: its text is <a href=\"/sources/\\d+\">source \\d+</a>&#39;s")
                .contains("<bdi>&lt;script&gt;.txt</bdi>: the dateline&#39;s date 2023-02-30 is not a real date")
                .doesNotContain("<script>.txt");
    }

    @Test
    void whileTheJobRunsThePageRefreshesItselfAndHtmxGetsOnlyTheProgress() {
        String username = users.fresh("bulk-page", Role.REVIEWER);
        // a job another instance works on (its lease runs for an hour), so it stays RUNNING while the test looks
        long jobId = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.owner = username;
            job.status = ImportStatus.RUNNING;
            job.total = 3;
            job.createdAt = Instant.now();
            job.leaseHolder = "instance-elsewhere";
            job.leaseUntil = Instant.now().plusSeconds(3600);
            job.persist();
            for (int seq = 0; seq < 3; seq++) {
                ImportFile file = new ImportFile();
                file.jobId = job.id;
                file.seq = seq;
                file.name = "waiting-" + seq + ".txt";
                file.article = "An article that waits (" + System.nanoTime() + ").";
                if (seq == 0) {
                    file.article = null;
                    file.outcome = FileOutcome.FAILED;
                    file.reason = "the article is empty";
                    file.doneAt = Instant.now();
                }
                file.persist();
            }
            return job.id;
        });
        Browser reviewer = Browser.signedIn(username);

        String page = reviewer.get("/imports/" + jobId).body().asString();
        assertThat(page).contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>")
                .contains("hx-get=\"/imports/" + jobId + "\" hx-trigger=\"every 1s\"", "Importing: 1 of 3 files",
                        "value=\"1\"", "<!DOCTYPE html>")
                .doesNotContain("Not imported (");
        String fragment = reviewer.inPlace().get("/imports/" + jobId).body().asString();
        assertThat(fragment).startsWith("<div id=\"import-progress\"").contains("Importing: 1 of 3 files")
                .doesNotContain("<html", "<h1>");
        Browser other = Browser.signedIn(users.fresh("bulk-page-other", Role.REVIEWER));
        assertThat(other.get("/imports/" + jobId).statusCode()).isEqualTo(403);
    }

    @Test
    void postingNoFileShowsTheFormAgainNamingFilesAndAForgedPostIsRefused() {
        Browser reviewer = Browser.signedIn(users.fresh("bulk-page", Role.REVIEWER));
        Response empty = reviewer.submitFiles("/sources/import", "/imports", "files", Map.of());
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body().asString()).contains("class=\"problem\"", "id=\"files-error\"", "Files choose one or more");

        Response forged = reviewer.postMultipartWithoutToken("/imports", Map.of("files", "x"));
        assertThat(forged.statusCode()).isEqualTo(400);
    }
}
