package org.corroborate.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.e2e.ClaimJourneyInBrowserTest.field;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.corroborate.account.Role;

/**
 * From an imported article to a claim in two clicks, in Chromium with and without JavaScript: the source page shows
 * what the app read in the text, "Write this claim" opens the claim form filled in, "Create the claim" saves it with
 * the citations the app found. The source page with its candidates passes axe.
 */
@QuarkusTest
class CandidatesInBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(strings = { "on", "off" })
    void aReviewerWritesAClaimFromACandidateInTwoClicks(String javaScriptSwitch) {
        boolean javaScript = javaScriptSwitch.equals("on");
        SeedArticle seed = SeedArticle.withDateline();
        try (Session reviewer = Session.signIn(chromium, root.toString(), users.fresh("coder", Role.REVIEWER),
                javaScript)) {
            Page page = reviewer.page;
            reviewer.open("/sources/import");
            field(page, "…or a .txt or .html file").setInputFiles(seed.copy());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Imported the article as source");

            Locator first = page.locator("article.candidate").first();
            assertThat(first).containsText("Mehtarlam, Laghman (AF0701)");
            assertThat(first).containsText("2021-05-23 (DAY)");
            assertThat(first).containsText("Defense Ministry");
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
