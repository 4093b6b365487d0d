package org.corroborate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.imports.TestUploads.article;
import static org.corroborate.imports.TestUploads.utf8;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** POST /api/imports and GET /api/imports/{id}: files and zips imported, duplicates and failures reported by name. */
@QuarkusTest
class ImportApiTest {

    @Inject
    TestUsers users;

    @Test
    void severalFilesAndAZipAreImportedAndEachIsReportedByName() {
        String reviewer = users.fresh("bulk", Role.REVIEWER);
        String dated = article("date 2022-03-14 Valley Herald - ", "Militants attacked a checkpoint on the ring road at night.");
        String page = "<html><head><title>x</title><script>alert(1)</script></head><body><nav>Menu</nav><p>"
                + article("", "Rockets struck the airport perimeter before dawn on Tuesday.") + "</p></body></html>";
        String zipped = article("date 2022-03-15 Border Post - ", "A convoy was ambushed near the bridge in the east.");
        Map<String, byte[]> inZip = TestUploads.files();
        inZip.put("batch/first.txt", utf8(zipped));
        inZip.put("batch/", new byte[0]);
        inZip.put("batch/second.htm", utf8("<p>" + article("", "The district governor said the road had reopened.") + "</p>"));
        inZip.put("../../etc/passwd.txt", utf8(article("", "This entry climbs out of the zip.")));
        inZip.put("notes.docx", utf8("not an article"));
        Map<String, byte[]> files = TestUploads.files();
        files.put("dated.txt", utf8(dated));
        files.put("page.html", utf8(page));
        files.put("again.txt", utf8(dated.replace(" - ", " -\r\n")));
        files.put("empty.txt", new byte[0]);
        files.put("latin1.txt", "Troupes \u00e0 l'aube pr\u00e8s du pont.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        files.put("picture.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
        files.put("bundle.zip", TestUploads.zip(inZip));

        JsonPath job = TestUploads.done(reviewer, TestUploads.submit(reviewer, files));

        assertThat(job.getInt("total")).isEqualTo(10);
        assertThat(job.getInt("done")).isEqualTo(10);
        assertThat(job.getList("imported.name", String.class))
                .containsExactly("dated.txt", "page.html", "bundle.zip/batch/first.txt", "bundle.zip/batch/second.htm");
        assertThat(job.getList("duplicates.name", String.class)).containsExactly("again.txt");
        assertThat(job.getLong("duplicates[0].existingId")).isEqualTo(job.getLong("imported[0].sourceId"));
        assertThat(job.getString("duplicates[0].field")).isEqualTo("text");
        assertThat(job.getMap("failed.collectEntries { [it.name, it.reason] }")).containsOnly(
                Map.entry("empty.txt", "the article is empty"),
                Map.entry("latin1.txt", "is not UTF-8 text"),
                Map.entry("picture.png", "must be a .txt, .html or .htm file, or a .zip of them"),
                Map.entry("bundle.zip/../../etc/passwd.txt", "has a path outside the zip (absolute, or with '..'): not read"),
                Map.entry("bundle.zip/notes.docx", "must be a .txt, .html or .htm file, or a .zip of them"));

        long datedId = job.getLong("imported[0].sourceId");
        Api.as(reviewer).get("/api/sources/" + datedId).then().statusCode(200).body("outlet", equalTo("Valley Herald"))
                .body("publishedAt", equalTo("2022-03-14")).body("createdBy", equalTo(reviewer))
                .body("title", equalTo("Militants attacked a checkpoint on the ring road at night"));
        assertThat(job.getString("imported[0].title")).isEqualTo("Militants attacked a checkpoint on the ring road at night");
        String pageText = Api.as(reviewer).get("/api/sources/" + job.getLong("imported[1].sourceId")).then()
                .statusCode(200).extract().jsonPath().getString("text");
        assertThat(pageText).startsWith("Rockets struck the airport").doesNotContain("alert", "Menu", "<");
    }

    @Test
    void aTextOrUrlKnownBeforeIsADuplicateOfThatSourceAndTwoEqualFilesImportOnce() {
        String reviewer = users.fresh("bulk", Role.REVIEWER);
        String known = article("", "Shelling hit the old market in the afternoon.");
        long existing = Api.as(reviewer).contentType(ContentType.TEXT).body(known).post("/api/sources/import").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String twice = article("", "Two schools were closed after the clashes.");
        Map<String, byte[]> files = TestUploads.files();
        files.put("known.txt", utf8("  " + known.replace("\n\n", "\n \n") + "\n"));
        files.put("one.txt", utf8(twice));
        files.put("two.zip", TestUploads.zip(Map.of("copy.txt", utf8(twice))));

        JsonPath job = TestUploads.done(reviewer, TestUploads.submit(reviewer, files));

        assertThat(job.getList("imported.name", String.class)).containsExactly("one.txt");
        assertThat(job.getList("duplicates.name", String.class)).containsExactly("known.txt", "two.zip/copy.txt");
        assertThat(job.getLong("duplicates[0].existingId")).isEqualTo(existing);
        assertThat(job.getLong("duplicates[1].existingId")).isEqualTo(job.getLong("imported[0].sourceId"));
        assertThat(job.getList("duplicates.field", String.class)).containsOnly("text");
        assertThat(job.getList("failed")).isEmpty();
    }

    @Test
    void withoutFilesTheAnswerIs400NamingFiles() {
        String reviewer = users.fresh("bulk", Role.REVIEWER);
        TestUploads.upload(reviewer, TestUploads.files()).multiPart("other", "x").post("/api/imports").then().statusCode(400)
                .body("status", equalTo(400)).body("fields[0].field", equalTo("files"));
        TestUploads.upload(reviewer, Map.of("empty.zip", TestUploads.zip(Map.of("folder/", new byte[0])))).post("/api/imports")
                .then().statusCode(400).body("fields[0].field", equalTo("files"));
    }

    @Test
    void onlyReviewersAndEditorsSendAndOnlyTheOwnerOrAnEditorReads() {
        String owner = users.fresh("bulk", Role.REVIEWER);
        String other = users.fresh("bulk-other", Role.REVIEWER);
        String editor = users.fresh("bulk-editor", Role.EDITOR);
        String noRole = users.fresh("bulk-reader");
        String admin = users.fresh("bulk-admin", Role.ADMIN);
        Map<String, byte[]> files = Map.of("a.txt", utf8(article("", "Gunfire was heard near the governor's office.")));

        io.restassured.RestAssured.given().accept(ContentType.JSON).multiPart("files", "a.txt", files.get("a.txt"))
                .post("/api/imports").then().statusCode(401);
        TestUploads.upload(noRole, files).post("/api/imports").then().statusCode(403).body("status", equalTo(403));
        TestUploads.upload(admin, files).post("/api/imports").then().statusCode(403);

        long id = TestUploads.submit(owner, files);
        TestUploads.done(owner, id);
        Api.as(other).get("/api/imports/" + id).then().statusCode(403).body("status", equalTo(403));
        Api.as(noRole).get("/api/imports/" + id).then().statusCode(403);
        Api.anonymous().get("/api/imports/" + id).then().statusCode(401);
        Api.as(editor).get("/api/imports/" + id).then().statusCode(200).body("owner", equalTo(owner))
                .body("imported.size()", equalTo(1));
        Api.as(owner).get("/api/imports/99999999").then().statusCode(404).body("status", equalTo(404))
                .body("message", equalTo("No import job with id 99999999"));
    }

    @Test
    void tokensWithTheWriteScopeSendAndReadTokensOnlyRead() {
        String owner = users.fresh("bulk", Role.REVIEWER);
        String write = Api.token(owner, "write");
        String read = Api.token(owner, "read");
        Map<String, byte[]> files = Map.of("a.txt", utf8(article("", "Aid workers left the district on Friday.")));

        var sent = TestUploads.withFiles(io.restassured.RestAssured.given().header("Authorization", "Bearer " + write), files)
                .post("/api/imports").then().statusCode(202).extract();
        long id = sent.jsonPath().getLong("id");
        assertThat(sent.jsonPath().getString("status")).isIn("QUEUED", "RUNNING", "DONE");
        assertThat(sent.jsonPath().getInt("total")).isEqualTo(1);
        TestUploads.withFiles(io.restassured.RestAssured.given().header("Authorization", "Bearer " + read), files)
                .post("/api/imports").then().statusCode(403);
        assertThat(TestUploads.done(owner, id).getList("imported.name", String.class)).isEqualTo(List.of("a.txt"));
        Api.withToken(read).get("/api/imports/" + id).then().statusCode(200).body("status", equalTo("DONE"));
    }

    @Test
    void aBrowserPostingFilesFromAnotherSitesPageIsRefused() {
        String reviewer = users.fresh("bulk", Role.REVIEWER);
        Map<String, byte[]> files = Map.of("a.txt", utf8(article("", "A form on another site posts this.")));
        TestUploads.upload(reviewer, files).header("Origin", "https://elsewhere.example").post("/api/imports").then()
                .statusCode(403).body("status", equalTo(403));
        TestUploads.upload(reviewer, files).header("Sec-Fetch-Site", "cross-site").post("/api/imports").then()
                .statusCode(403);
        TestUploads.upload(reviewer, files).header("Sec-Fetch-Site", "same-origin").post("/api/imports").then()
                .statusCode(202);
    }

    @Test
    void aBodyOverTheLimitIs413WithTheJsonProblem() {
        String reviewer = users.fresh("bulk", Role.REVIEWER);
        byte[] big = new byte[3_000_000];
        java.util.Arrays.fill(big, (byte) 'a');
        // as curl -F sends files: one multipart body with its length
        String boundary = "bulk-boundary-3";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"));
        body.writeBytes(big);
        body.writeBytes(utf8("\r\n--" + boundary + "--\r\n"));
        Api.as(reviewer).contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post("/api/imports").then().statusCode(413).body("status", equalTo(413))
                .body("message", equalTo("The request body is too large: at most 2 MB."));
    }
}
