package org.corroborate.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.imports.TestUploads.article;
import static org.corroborate.imports.TestUploads.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.source.HostileImportTest;

/**
 * Hostile files and zips in a bulk import: each is imported or reported by name with a reason, the others go on,
 * and nothing answers 5xx. Zips are read in memory within limits that hold whatever their headers say.
 */
@QuarkusTest
class ImportHostileTest {

    @Inject
    TestUsers users;

    @Test
    void everyHostileArticleAsTextAndAsPageIsImportedOrReportedByName() {
        String reviewer = users.fresh("bulk-hostile", Role.REVIEWER);
        Map<String, byte[]> entries = TestUploads.files();
        for (Map.Entry<String, byte[]> hostile : HostileImportTest.hostilePages().entrySet()) {
            entries.put(hostile.getKey() + ".txt", hostile.getValue());
            entries.put(hostile.getKey() + ".html", hostile.getValue());
        }
        Map<String, byte[]> files = TestUploads.files();
        files.put("hostile.zip", TestUploads.zip(entries));
        files.put("random binary.txt", HostileImportTest.hostile().get("random binary"));

        JsonPath job = TestUploads.done(reviewer, TestUploads.submit(reviewer, files));

        List<String> reported = new ArrayList<>(job.getList("imported.name", String.class));
        reported.addAll(job.getList("duplicates.name", String.class));
        reported.addAll(job.getList("failed.name", String.class));
        List<String> expected = new ArrayList<>(entries.keySet().stream().map(n -> "hostile.zip/" + n).toList());
        expected.add("random binary.txt");
        assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(job.getInt("total")).isEqualTo(expected.size());
        Map<String, String> failed = job.getMap("failed.collectEntries { [it.name, it.reason] }");
        assertThat(failed).containsEntry("random binary.txt", "is not UTF-8 text")
                .containsEntry("hostile.zip/random binary.txt", "is not UTF-8 text")
                .containsEntry("hostile.zip/an image.html", "is not UTF-8 text")
                .containsEntry("hostile.zip/empty.txt", "the article is empty")
                .containsEntry("hostile.zip/only a script.html", "the article is empty")
                .containsEntry("hostile.zip/an unreal date.txt", "the dateline's date 2021-02-30 is not a real date");
        assertThat(failed.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void pathsOutOfTheZipNestedZipsAndOddNamesAreReportedAndTheRestImported() {
        String reviewer = users.fresh("bulk-hostile", Role.REVIEWER);
        Map<String, byte[]> entries = TestUploads.files();
        entries.put("../../etc/passwd", utf8("root:x:0:0"));
        entries.put("/etc/hosts.txt", utf8(article("", "An absolute path in a zip.")));
        entries.put("C:\\Windows\\win.txt", utf8(article("", "A drive letter in a zip.")));
        entries.put("ok/../../escape.txt", utf8(article("", "A path that climbs out in its middle.")));
        entries.put("inner.zip", TestUploads.zip(Map.of("deep.txt", utf8(article("", "An article one zip down.")))));
        entries.put("__MACOSX/._good.txt", new byte[] { 0, 5, 22, 7 });
        entries.put("good.txt", utf8(article("", "Electricity returned to the city after a week.")));
        byte[] latin1Names = latin1NamedZip("caf\u00e9.txt", utf8(article("", "A name written in ISO-8859-1.")));
        Map<String, byte[]> files = TestUploads.files();
        files.put("paths.zip", TestUploads.zip(entries));
        files.put("names.zip", latin1Names);

        JsonPath job = TestUploads.done(reviewer, TestUploads.submit(reviewer, files));

        assertThat(job.getList("imported.name", String.class)).containsExactly("paths.zip/good.txt", "names.zip/caf\u00e9.txt");
        String outside = "has a path outside the zip (absolute, or with '..'): not read";
        assertThat(job.getMap("failed.collectEntries { [it.name, it.reason] }")).containsOnly(
                Map.entry("paths.zip/../../etc/passwd", outside),
                Map.entry("paths.zip//etc/hosts.txt", outside),
                Map.entry("paths.zip/C:\\Windows\\win.txt", outside),
                Map.entry("paths.zip/ok/../../escape.txt", outside),
                Map.entry("paths.zip/inner.zip", "is a zip inside the zip: not expanded (upload it on its own)"));
    }

    @Test
    void damagedAndFakeZipsAreReportedWithoutStoppingTheOtherFiles() {
        String reviewer = users.fresh("bulk-hostile", Role.REVIEWER);
        Map<String, byte[]> entries = TestUploads.files();
        entries.put("one.txt", utf8(article("", "The first article of a zip cut short.")));
        entries.put("two.txt", utf8(article("", "The second article of a zip cut short, with some more words. ".repeat(300))));
        byte[] whole = TestUploads.zip(entries);
        byte[] cut = Arrays.copyOf(whole, whole.length / 2 + 40);
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        Map<String, byte[]> files = TestUploads.files();
        files.put("cut.zip", cut);
        files.put("random.zip", random);
        files.put("empty.zip", new byte[0]);
        files.put("fine.txt", utf8(article("", "Schools reopened in the east on Saturday.")));

        JsonPath job = TestUploads.done(reviewer, TestUploads.submit(reviewer, files));

        assertThat(job.getList("imported.name", String.class)).contains("cut.zip/one.txt", "fine.txt");
        Map<String, String> failed = job.getMap("failed.collectEntries { [it.name, it.reason] }");
        assertThat(failed).containsEntry("random.zip", "is not a zip archive, or holds no files")
                .containsEntry("empty.zip", "is not a zip archive, or holds no files")
                .containsEntry("cut.zip/two.txt", "could not be read from the zip (damaged or encrypted)")
                .containsEntry("cut.zip", "is damaged after 1 entries: the rest was not read");
    }

    @Test
    void aZipBombIsCutAtTheLimitsAndWhatFitsIsStillImported() throws IOException {
        String reviewer = users.fresh("bulk-hostile", Role.REVIEWER);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("big.txt")); // 30 MB of zeros: 30 KB deflated
            for (int i = 0; i < 30; i++) {
                zip.write(zeros);
            }
            zip.putNextEntry(new ZipEntry("after-big.txt"));
            zip.write(utf8(article("", "An article after an entry too large.")));
            for (int n = 0; n < 80; n++) { // 80 MB more: the upload expands past its 100 MB
                zip.putNextEntry(new ZipEntry("filler-" + n + ".bin"));
                zip.write(zeros);
            }
            zip.putNextEntry(new ZipEntry("past-the-limit.txt"));
            zip.write(utf8(article("", "An article past the upload's limit.")));
        }
        assertThat(bytes.size()).as("the bomb fits in a request").isLessThan(1_000_000);

        JsonPath job = TestUploads.done(reviewer, TestUploads.submit(reviewer, Map.of("bomb.zip", bytes.toByteArray())));

        assertThat(job.getList("imported.name", String.class)).containsExactly("bomb.zip/after-big.txt");
        Map<String, String> failed = job.getMap("failed.collectEntries { [it.name, it.reason] }");
        assertThat(failed).containsEntry("bomb.zip/big.txt", "is too large: at most 2 MB a file")
                .containsEntry("(the rest of the upload)", "was not read: the upload expands to more than 100 MB")
                .doesNotContainKey("bomb.zip/past-the-limit.txt");
        assertThat(job.getInt("total")).isLessThan(80);
    }

    @Test
    void aZipOfTooManyEntriesIsReadUpToTheLimit() {
        String reviewer = users.fresh("bulk-hostile", Role.REVIEWER);
        Map<String, byte[]> entries = TestUploads.files();
        for (int n = 0; n < 5_001; n++) {
            entries.put("e" + n + ".dat", new byte[0]);
        }
        JsonPath job = TestUploads.done(reviewer, TestUploads.submit(reviewer, Map.of("many.zip", TestUploads.zip(entries))));

        assertThat(job.getInt("total")).isEqualTo(5_001);
        assertThat(job.getString("failed[5000].name")).isEqualTo("many.zip/e5000.dat");
        assertThat(job.getString("failed[5000].reason")).isEqualTo("was not read: an upload holds at most 5000 files");
    }

    /** A zip whose entry names are ISO-8859-1 without the flag that says UTF-8, as older tools write them. */
    private static byte[] latin1NamedZip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
