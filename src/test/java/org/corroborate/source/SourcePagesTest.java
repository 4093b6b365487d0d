package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.claim.ClaimFields;
import org.corroborate.web.Browser;

/** The source list, source page, manual source form and article import. */
@QuarkusTest
class SourcePagesTest {

    @Inject
    TestUsers users;

    @Test
    void anUploadedTxtFileIsImportedWithTheDatelineAndAKnownUrlLeadsToTheExistingSource() {
        Browser reviewer = Browser.signedIn(users.fresh("importer", Role.REVIEWER));
        String url = "https://upload.example/article-" + System.nanoTime();
        String article = "date 2023-11-05 Upload Times - Officials in the province said an air strike hit a"
                + " compound overnight. At least 12 people were reported dead.";

        Response imported = reviewer.submitMultipart("/sources/import", "/sources/import",
                Map.of("text", "", "url", url, "outlet", ""), "article.txt", article);
        assertThat(imported.statusCode()).isEqualTo(303);
        String page = reviewer.follow(imported).body().asString();
        assertThat(page).contains("Upload Times", "2023-11-05", "Officials in the province said an air strike");

        Response again = reviewer.submitMultipart("/sources/import", "/sources/import",
                Map.of("text", article, "url", url + "?utm_source=feed", "outlet", ""), null, null);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(Browser.idFrom(again)).isEqualTo(Browser.idFrom(imported));
        assertThat(reviewer.follow(again).body().asString()).contains("known already");
    }

    @Test
    void aSeedArticleImportsWithItsDateAndOutlet() throws IOException {
        Path seeds = Path.of("../shared/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "the seed articles are not next to the project: " + seeds.toAbsolutePath());
        Path first;
        try (Stream<Path> files = Files.list(seeds)) {
            first = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElse(null);
        }
        Assumptions.assumeTrue(first != null, "no seed article in " + seeds.toAbsolutePath());
        // a line of its own: the suite shares one database, where a text imported once is a duplicate the next time
        String text = Files.readString(first) + "\n\nCopy " + System.nanoTime() + " for a test.";
        Browser reviewer = Browser.signedIn(users.fresh("seeder", Role.REVIEWER));

        Response imported = reviewer.submitMultipart("/sources/import", "/sources/import",
                Map.of("text", text, "url", "https://seed.example/" + System.nanoTime(), "outlet", "Seed Outlet"), null, null);

        assertThat(imported.statusCode()).isEqualTo(303);
        assertThat(reviewer.follow(imported).body().asString()).contains("Seed Outlet");

        Response again = reviewer.submitMultipart("/sources/import", "/sources/import",
                Map.of("text", text, "url", "https://mirror.example/" + System.nanoTime(), "outlet", ""), null, null);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.header("Location")).isEqualTo(imported.header("Location"));
        assertThat(reviewer.follow(again).body().asString()).contains("This article is known already");
    }

    @Test
    void anEmptyImportAndANonTextFileAreRefusedOnTheForm() {
        Browser reviewer = Browser.signedIn(users.fresh("importer", Role.REVIEWER));

        Response empty = reviewer.submitMultipart("/sources/import", "/sources/import",
                Map.of("text", "  ", "url", "", "outlet", "Kept Outlet"), null, null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body().asString()).contains("id=\"text-error\">Article text the article is empty",
                "value=\"Kept Outlet\"");

        Response pdf = reviewer.submitMultipart("/sources/import", "/sources/import",
                Map.of("text", "", "url", "", "outlet", ""), "report.pdf", "%PDF-1.4");
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.body().asString()).contains("must be a plain-text .txt file or a web page");
    }

    @Test
    void aManualSourceIsSavedAndItsPageListsTheClaimsCitingIt() {
        Browser reviewer = Browser.signedIn(users.fresh("librarian", Role.REVIEWER));
        String marker = "ministry" + System.nanoTime();
        String title = "Statement on the northern operation " + marker;

        Response bad = reviewer.submit("/sources/new", "/sources", Map.of("title", title, "url", "not a url",
                "kind", "OFFICIAL_STATEMENT", "publishedAt", "2024-02-30"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body().asString()).contains("id=\"publishedAt-error\">Published must be a date", "value=\"" + title + "\"");

        Response saved = reviewer.submit("/sources/new", "/sources", Map.of("title", title, "outlet", "Ministry",
                "kind", "OFFICIAL_STATEMENT", "publishedAt", "2024-02-28", "language", "en"));
        assertThat(saved.statusCode()).isEqualTo(303);
        long sourceId = Browser.idFrom(saved);

        long claimId = Browser.idFrom(reviewer.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim backed by the ministry statement " + System.nanoTime())));
        reviewer.submit("/claims/" + claimId, "/claims/" + claimId + "/citations", Map.of("sourceId", sourceId,
                "stance", "CONTEXT", "claimant", "Ministry of Defence", "claimantIsParty", "true", "quote", "operation began"));

        String page = reviewer.get("/sources/" + sourceId).body().asString();
        assertThat(page).contains("Claims citing this source (1)", "A claim backed by the ministry statement", "Ministry of Defence");
        assertThat(reviewer.get("/sources?q=" + marker).body().asString()).contains("Sources found: 1", title);
    }

    @Test
    void aCitationWithABadNewSourceWritesNeitherTheSourceNorTheCitation() {
        Browser reviewer = Browser.signedIn(users.fresh("careful", Role.REVIEWER));
        long claimId = Browser.idFrom(reviewer.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim whose citation is half filled in " + System.nanoTime())));
        String marker = "unstored" + System.nanoTime();
        String title = "A new source that must not be stored " + marker;

        Response refused = reviewer.submit("/claims/" + claimId, "/claims/" + claimId + "/citations",
                Map.of("sourceId", "", "source.title", title, "source.kind", "NEWS_MEDIA", "stance", "SUPPORTS",
                        "claimant", "", "quote", "a phrase"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("id=\"claimant-error\">Claimant is required", "value=\"" + title + "\"");
        assertThat(reviewer.get("/sources?q=" + marker).body().asString()).contains("Sources found: 0");
        assertThat(reviewer.get("/claims/" + claimId).body().asString()).contains("No source is attached yet.");
    }

    @Test
    void aCitationWhoseNewSourceIsKnownNamesItsUrlAndWritesNothing() {
        String username = users.fresh("careful", Role.REVIEWER);
        long claimId = Api.createClaim(username);
        Browser reviewer = Browser.signedIn(username);
        String url = "https://known.example/report-" + System.nanoTime();
        long known = Browser.idFrom(reviewer.submit("/sources/new", "/sources",
                Map.of("title", "The report everyone cites", "url", url, "kind", "NEWS_MEDIA")));

        Response refused = reviewer.submit("/claims/" + claimId, "/claims/" + claimId + "/citations",
                Map.of("sourceId", "", "source.url", url, "source.title", "The same report", "source.kind", "NEWS_MEDIA",
                        "stance", "SUPPORTS", "claimant", "Reporter", "quote", "a phrase"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body().asString()).contains("id=\"cite-url-error\">Url already imported as source " + known,
                "value=\"The same report\"");
        assertThat(reviewer.get("/claims/" + claimId).body().asString()).contains("No source is attached yet.");
    }

    @Test
    void aCitationOfAnUnknownSourceIsNamedOnTheSourceChoice() {
        String username = users.fresh("careful", Role.REVIEWER);
        long claimId = Api.createClaim(username);

        Response refused = Browser.signedIn(username).submit("/claims/" + claimId, "/claims/" + claimId + "/citations",
                Map.of("sourceId", "987654321", "stance", "SUPPORTS", "claimant", "Reporter", "quote", "a phrase"));

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body().asString()).contains("<h1>Attach a source</h1>", "No source with id 987654321",
                "id=\"sourceId-error\">");
    }

    @Test
    void anImportWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        Browser reviewer = Browser.signedIn(users.fresh("forger", Role.REVIEWER));
        reviewer.get("/sources/import");
        String marker = "forged" + System.nanoTime();

        Response forged = reviewer.postMultipartWithoutToken("/sources/import",
                Map.of("text", "A forged article about " + marker + " that nobody asked for.", "url", "", "outlet", ""));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(reviewer.get("/sources?q=" + marker).body().asString()).contains("Sources found: 0");
    }

    @Test
    void anUnknownSourceIsNotFound() {
        Browser reviewer = Browser.signedIn(users.fresh("lost", Role.REVIEWER));

        Response missing = reviewer.get("/sources/987654321");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body().asString()).contains("No source with id 987654321", "Skip to content");
    }
}
