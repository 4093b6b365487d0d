package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.problem.DuplicateSource;
import org.corroborate.problem.Problem;

/** The seed articles in {@code ../shared/seeds} import as sources. */
@QuarkusTest
class SeedImportTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    @Inject
    SourceService sources;

    @Inject
    TestUsers users;

    String reviewer;

    @BeforeEach
    void seedsArePresent() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS),
                "../shared/seeds is absent: the seed import tests need the seed articles next to the project");
        reviewer = users.fresh("importer", Role.REVIEWER);
    }

    @Test
    void everySeedArticleImportsWithATitle() throws IOException {
        List<Path> files = seedFiles();
        assertThat(files).isNotEmpty();

        for (Path file : files) {
            Source source = sources.importArticle(copyOf(file), uniqueUrl(file), null, null, reviewer);

            assertThat(source.id).isNotNull();
            assertThat(source.title).as(file.getFileName().toString()).isNotBlank()
                    .hasSizeLessThanOrEqualTo(ArticleImporter.TITLE_LENGTH);
            assertThat(source.title).doesNotStartWith("date ");
            assertThat(source.kind).isEqualTo(SourceKind.NEWS_MEDIA);
            assertThat(source.text).isNotBlank();
            assertThat(source.createdBy).isEqualTo(reviewer);
        }
    }

    @Test
    void theDatedSeedGetsItsDateAndOutlet() throws IOException {
        Path dated = seedFiles().stream().filter(f -> f.getFileName().toString().startsWith("004")).findFirst()
                .orElseThrow(() -> new AssertionError("seed 004 is missing from " + SEEDS));

        Source source = sources.importArticle(copyOf(dated), uniqueUrl(dated), null, null, reviewer);

        assertThat(source.publishedAt).isEqualTo(LocalDate.of(2021, 5, 24));
        assertThat(source.outlet).isEqualTo("Islam Times");
        assertThat(source.text).doesNotStartWith("date").doesNotContain("Islam Times -");
    }

    @Test
    void undatedSeedsHaveNoDateUnlessTheImporterGivesAnOutlet() throws IOException {
        Path undated = seedFiles().stream().filter(f -> f.getFileName().toString().startsWith("002")).findFirst()
                .orElseThrow(() -> new AssertionError("seed 002 is missing from " + SEEDS));

        Source source = sources.importArticle(copyOf(undated), uniqueUrl(undated), "Anadolu Agency", null,
                reviewer);

        assertThat(source.publishedAt).isNull();
        assertThat(source.outlet).isEqualTo("Anadolu Agency");
    }

    @Test
    void importingTheSameUrlAgainIsADuplicateNamingTheExistingSource() throws IOException {
        Path file = seedFiles().get(0);
        String url = uniqueUrl(file);
        String text = copyOf(file);
        Source first = sources.importArticle(text, url, null, null, reviewer);
        String sameArticle = url.replace("https://", "http://www.") + "?utm_source=newsletter#top";

        assertThatThrownBy(() -> sources.importArticle(text, sameArticle, null, null, reviewer))
                .isInstanceOfSatisfying(DuplicateSource.class, d -> {
                    assertThat(d.status).isEqualTo(409);
                    assertThat(d.existingId).isEqualTo(first.id);
                });
    }

    @Test
    void theSameTextUnderAnotherUrlOrWithOtherWhiteSpaceIsADuplicateNamingTheText() throws IOException {
        Path file = seedFiles().get(0);
        String text = copyOf(file);
        Source first = sources.importArticle(text, uniqueUrl(file), null, null, reviewer);

        for (String again : List.of(text, "  " + text.replace("\n", "\r\n").replace(" ", "   ") + "\n\n")) {
            assertThatThrownBy(() -> sources.importArticle(again, uniqueUrl(file), null, null, reviewer))
                    .isInstanceOfSatisfying(DuplicateSource.class, d -> {
                        assertThat(d.existingId).isEqualTo(first.id);
                        assertThat(d.fields).extracting(f -> f.field()).containsExactly("text");
                    });
        }
        Source other = sources.importArticle(text + " One more sentence.", uniqueUrl(file), null, null, reviewer);
        assertThat(other.id).isNotEqualTo(first.id);
    }

    @Test
    void anEmptyArticleIsRefusedNamingTheText() {
        assertThatThrownBy(() -> sources.importArticle("  ", null, null, null, reviewer))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status).isEqualTo(400);
                    assertThat(p.fields).extracting(f -> f.field()).containsExactly("text");
                });
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String uniqueUrl(Path file) {
        return "https://seeds.example.org/" + file.getFileName() + "/" + System.nanoTime();
    }

    /**
     * The seed's text with a line of its own at the end: the suite shares one database, where a text imported once
     * (by another test, too) is a duplicate the next time.
     */
    private static String copyOf(Path file) throws IOException {
        return Files.readString(file) + "\n\nCopy " + System.nanoTime() + " for a test.";
    }
}
