package org.corroborate.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.corroborate.e2e.ClaimJourneyInBrowserTest.field;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.corroborate.account.Role;

/**
 * The claim form in Chromium takes an event date typed in the Solar Hijri calendar with Dari digits (the field is
 * text, not the browser's Gregorian date picker), and the claim page shows it in both calendars.
 */
@QuarkusTest
class SolarHijriDateInBrowserTest extends BrowserTest {

    @Test
    void aReviewerTypesTheDateAsKabulWritesIt() {
        try (Session reviewer = Session.signIn(chromium, root.toString(), users.fresh("hijri", Role.REVIEWER),
                true)) {
            Page page = reviewer.page;
            reviewer.open("/claims/new");
            field(page, "Statement").fill("Clashes in Taywara, dated in Dari (hijri test " + System.nanoTime() + ")");
            field(page, "Event date").fill("۲ سرطان ۱۴۰۰");
            field(page, "Event type").selectOption("BATTLES");
            field(page, "Sub-event type").selectOption("ARMED_CLASH");
            field(page, "Actor 1").fill("Taliban");
            field(page, "Country").fill("Afghanistan");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the claim")).click();

            Locator facts = page.locator("dl.facts").first();
            assertThat(facts).containsText("23 June 2021 (2 Saratan 1400)");
        }
    }
}
