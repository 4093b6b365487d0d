package org.corroborate.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.e2e.ClaimJourneyInBrowserTest.field;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.corroborate.account.Role;

/**
 * The claim form's place look-up in Chromium: with JavaScript the choices come as one types (htmx), without it the
 * "Find the place" button brings them; a name two provinces share asks which; the chosen place's P-code is saved.
 * The form with its choices showing passes axe.
 */
@QuarkusTest
class ClaimPlacesInBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(strings = { "on", "off" })
    void aReviewerChoosesWhichDawlatAbad(String javaScriptSwitch) {
        boolean javaScript = javaScriptSwitch.equals("on");
        String statement = "The Taliban overran the Dawlat Abad district centre (place test " + System.nanoTime() + ")";
        try (Session reviewer = Session.signIn(chromium, root.toString(), users.fresh("placer", Role.REVIEWER),
                javaScript)) {
            Page page = reviewer.page;
            reviewer.open("/claims/new");
            field(page, "Statement").fill(statement);
            field(page, "Event date").fill("2021-06-23");
            field(page, "Event type").selectOption("BATTLES");
            field(page, "Sub-event type").selectOption("NON_STATE_ACTOR_OVERTAKES_TERRITORY");
            field(page, "Actor 1").fill("Taliban");
            field(page, "Country").fill("Afghanistan");
            field(page, "Place").fill("Dowlatabad");
            if (!javaScript) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find the place")).click();
                assertThat(field(page, "Statement")).hasValue(statement); // what was typed stays
            }
            assertThat(page.getByLabel(Pattern.compile("Dawlat Abad, district of Balkh"))).isVisible();
            assertThat(page.getByLabel(Pattern.compile("Dawlat Abad, district of Faryab"))).isVisible();
            assertThat(page.getByLabel(Pattern.compile("None of these"))).isChecked();
            if (javaScript) { // axe runs as a script in the page
                assertThat(PageChecks.seriousAxeViolations(page)).as("axe on the form with its choices").isEmpty();
                PageChecks.screenshot(page, "claim-place-choices");
            }

            page.getByLabel(Pattern.compile("Dawlat Abad, district of Faryab")).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the claim")).click();
            assertThat(page.locator("dl.facts")).containsText("Dawlat Abad, Faryab");
            assertThat(page.locator("dl.facts")).containsText("P-code AF2909");
        }
    }
}
