package org.corroborate.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.e2e.ClaimJourneyInBrowserTest.field;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.corroborate.account.Role;

/**
 * From the five seed articles to a claim, in Chromium with and without JavaScript: all five uploaded in one step,
 * the job's progress until it is done (htmx polling, or the page refreshing itself), then in two clicks a claim from
 * what the app read in one of them. The source page shows what the app read in the text, "Write this claim" opens the claim form filled in, "Create the claim" saves it with
 * the citations the app found. The source page with its candidates passes axe.
 */
@QuarkusTest
class CandidatesInBrowserTest extends BrowserTest {

    /** Each seed article as a new file (the suite shares one database, where a text imported once is known). */
    private static Path[] seedCopies() {
        try (Stream<Path> files = Files.list(SeedArticle.SEEDS)) {
            Path dir = Files.createTempDirectory("seeds-");
            long unique = System.nanoTime();
            List<Path> copies = new ArrayList<>();
            for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Path copy = dir.resolve(seed.getFileName());
                Files.writeString(copy, Files.readString(seed) + "\n\nCopy " + unique + " for a test.");
                copies.add(copy);
            }
            return copies.toArray(Path[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(strings = { "on", "off" })
    void aReviewerWritesAClaimFromACandidateInTwoClicks(String javaScriptSwitch) {
        boolean javaScript = javaScriptSwitch.equals("on");
        SeedArticle seed = SeedArticle.withDateline();
        try (Session reviewer = Session.signIn(chromium, root.toString(), users.fresh("coder", Role.REVIEWER),
                javaScript)) {
            Page page = reviewer.page;
            // all five seed articles in one step, then the job's progress until it is done
            reviewer.open("/sources/import");
            field(page, "Files").setInputFiles(seedCopies());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload the files")).click();
            assertThat(page.locator("progress#import-bar")).hasAttribute("max", "5");
            assertThat(page.locator("#import-progress")).containsText("Done: 5 of 5 files",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Imported (5)")))
                    .isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(seed.title().substring(0, 40))).click();

            Locator first = page.locator("article.candidate").first();
            assertThat(first).containsText("Mehtarlam, Laghman (AF0701)");
            assertThat(first).containsText("2021-05-23 (Day)");
            assertThat(first).containsText("Defense Ministry");
            // where in the text: each citation links to its sentence, marked in the article's text
            assertThat(first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("in the text")).first())
                    .hasAttribute("href", "#text-0");
            assertThat(page.locator("mark#text-0")).containsText("Defense Ministry says 50 militants");
            if (javaScript) {
                assertThat(PageChecks.seriousAxeViolations(page)).as("axe on the source page's candidates").isEmpty();
                PageChecks.screenshot(page, "source-candidates");
            }

            first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Write this claim")).click();
            assertThat(field(page, "Event date")).hasValue("2021-05-23");
            assertThat(field(page, "District (admin2)")).hasValue("Mehtarlam");
            assertThat(field(page, "Sub-event type")).hasValue("ARMED_CLASH");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the claim")).click();

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("created with the citations the app read");
            assertThat(page.locator("dl.facts")).containsText("P-code AF0701");
            assertThat(page.getByText("Afghanistan’s Defense Ministry").first()).isVisible();
            assertThat(page.url()).matches(".*/claims/\\d+$");
        }
    }
}
