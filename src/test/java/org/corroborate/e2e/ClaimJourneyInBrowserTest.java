package org.corroborate.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.corroborate.account.Role;

/**
 * A claim from article to publication, in Chromium, by two reviewers and an editor: import a seed article,
 * write a claim from it, attach two sources, review, a second review, propose VERIFIED, approve, find the event
 * on the export page and in /api/events; on the way a refused proposal, a review refused with its typed text
 * kept, and signing out. Once with JavaScript, where the claim page's actions update it in place (htmx), and
 * once without, where every form posts and the page loads again.
 */
@QuarkusTest
class ClaimJourneyInBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(strings = { "on", "off" })
    void twoReviewersAndAnEditorPublishAClaimFromASeedArticle(String javaScriptSwitch) {
        boolean javaScript = javaScriptSwitch.equals("on");
        SeedArticle seed = SeedArticle.withDateline();
        long unique = System.nanoTime() % 1_000_000_000L;
        String province = "Laghman";
        String statement = "Government forces repelled a Taliban offensive in " + province
                + " province, killing about 50 fighters (desk note " + unique + ")";
        String base = root.toString();

        String alice;
        long claimId;
        try (Session reviewer = Session.signIn(chromium, base, users.fresh("alice", Role.REVIEWER), javaScript)) {
            alice = reviewer.username;
            Page page = reviewer.page;
            List<String> scriptErrors = watchScriptErrors(page);

            // imports a seed article: its dateline gives the date and the outlet
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import an article")).click();
            field(page, "…or a .txt or .html file").setInputFiles(seed.copy());
            field(page, "Url").fill("https://journey.example/" + unique);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Imported the article as source");
            // the source's facts come first; each candidate below them has its own
            Locator sourceFacts = page.locator("dl.facts").first();
            assertThat(sourceFacts).containsText(seed.outlet());
            assertThat(sourceFacts).containsText(seed.date().toString());
            long sourceId = idIn(page.url(), "/sources/");

            // writes a claim from it; the first try is refused, and what was typed stays in the form
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Claims").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a new claim")).click();
            field(page, "Statement").fill("Too short");
            field(page, "Event date").fill(seed.date().minusDays(1).toString());
            field(page, "Date precision").selectOption("DAY");
            field(page, "Event type").selectOption("BATTLES");
            field(page, "Sub-event type").selectOption("ARMED_CLASH");
            field(page, "Actor 1").fill("Military Forces of Afghanistan");
            field(page, "Actor 2").fill("Taliban");
            field(page, "Country").fill("Afghanistan");
            field(page, "Province (admin1)").fill(province);
            field(page, "Place").fill("Mihtarlam");
            field(page, "Place precision").selectOption("ADMIN1");
            field(page, "Best").fill("50");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the claim")).click();
            assertThat(page.locator("#statement-error")).containsText("Statement size must be between 10");
            assertThat(field(page, "Actor 1")).hasValue("Military Forces of Afghanistan");
            assertThat(field(page, "Province (admin1)")).hasValue(province);
            assertThat(field(page, "Sub-event type")).hasValue("ARMED_CLASH");
            assertThat(field(page, "Best")).hasValue("50");
            field(page, "Statement").fill(statement);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the claim")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("created");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(statement);
            claimId = idIn(page.url(), "/claims/");
            InPlace claimPage = new InPlace(page, javaScript, claimId);

            // proposing VERIFIED with no evidence is refused, and the page says which rules are unmet
            claimPage.mark();
            field(page, "Verdict").selectOption("VERIFIED");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Cannot propose VERIFIED yet");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("VERIFIED needs supporting citations from at least 2 independent origins (has 0)");
            claimPage.assertUpdated();

            // attaches the imported article (a party to the conflict speaks in it) ...
            claimPage.mark();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attach a source")).click();
            field(page, "An existing source").selectOption(String.valueOf(sourceId));
            field(page, "Claimant").fill("Defense Ministry");
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Party to the conflict").setExact(true)).check();
            field(page, "Figure as stated").fill("50");
            field(page, "Quote").fill("50 militants killed");
            claimPage.assertAccessible("the claim page with the citation form in place and a refused proposal");
            if (javaScript) {
                PageChecks.screenshot(page, "claim-attach-in-place");
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Source attached.");
            claimPage.assertUpdated();

            // ... and a new source, whose claimant is not a party
            claimPage.mark();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attach a source")).click();
            field(page, "Url").fill("https://council.example/" + unique);
            field(page, "Title").fill("Council member describes the night fighting");
            field(page, "Outlet").fill("Journey Daily");
            field(page, "Claimant").fill("Provincial council member");
            field(page, "Figure as stated").fill("more than 40");
            field(page, "Quote").fill("more than 40 insurgents dead");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Source attached.");
            claimPage.assertUpdated();

            // the figures stand side by side, and the page says they disagree
            Locator figures = page.locator("ul.figures li");
            assertThat(figures).hasCount(2);
            assertThat(figures.filter(new Locator.FilterOptions().setHasText("Defense Ministry"))).containsText("party to the conflict");
            assertThat(figures.filter(new Locator.FilterOptions().setHasText("Provincial council member"))).containsText("not a party");
            assertThat(page.getByRole(AriaRole.NOTE)).containsText("from 41 to 50");

            // reviews: too short a rationale is refused with the typed text kept, then saved
            claimPage.mark();
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("5 – True")).check();
            field(page, "Rationale").fill("Two say");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my review")).click();
            assertThat(page.locator("#rationale-error")).containsText("Rationale size must be between 10");
            assertThat(field(page, "Rationale")).hasValue("Two say");
            assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("5 – True"))).isChecked();
            field(page, "Rationale").fill("Two claimants agree on the event, one of them independent.");
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Independent confirmation")).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my review")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Review saved.");
            assertThat(page.locator("#claim")).containsText("Two claimants agree on the event, one of them independent.");
            claimPage.assertUpdated();
            assertThat(scriptErrors).as("script errors on the claim page").isEmpty();
        }

        String claimPath = "/claims/" + claimId;
        try (Session second = Session.signIn(chromium, base, users.fresh("bob", Role.REVIEWER), javaScript)) {
            // a second reviewer finds the claim in their queue and reviews it
            Page page = second.page;
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My review queue")).click();
            openFromQueue(page, "Claims waiting for my vote", statement);
            InPlace claimPage = new InPlace(page, javaScript, claimId);
            claimPage.mark();
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4 – Mostly true")).check();
            field(page, "Rationale").fill("The figures differ a little but agree on the event.");
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Figures conflict")).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my review")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Review saved.");
            assertThat(page.locator("#credibility ~ p").first()).containsText("from 2 reviews");
            claimPage.assertUpdated();
        }

        try (Session reviewer = Session.signIn(chromium, base, alice, javaScript)) {
            // the first reviewer proposes VERIFIED, which the evidence now supports
            Page page = reviewer.open(claimPath);
            InPlace claimPage = new InPlace(page, javaScript, claimId);
            claimPage.mark();
            field(page, "Verdict").selectOption("VERIFIED");
            field(page, "Note").fill("Two independent claimants and two reviews leaning true.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Proposed Verified. An editor decides next.");
            assertThat(page.locator("#claim .badge").first()).hasText("Proposed");
            claimPage.assertUpdated();
        }

        try (Session editor = Session.signIn(chromium, base, users.fresh("editor", Role.EDITOR), javaScript)) {
            // an editor approves it from the decision queue
            Page page = editor.page;
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decisions")).click();
            openFromQueue(page, "Verdicts waiting for approval", statement);
            InPlace claimPage = new InPlace(page, javaScript, claimId);
            claimPage.mark();
            field(page, "Note").fill("Checked against both sources.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Approved: the claim is published.");
            assertThat(page.locator("#claim .badge").first()).hasText("Approved");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Retract this published claim"))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attach a source"))).hasCount(0);
            claimPage.assertUpdated();
            claimPage.assertAccessible("the approved claim");

            // the export page counts it and builds the request that returns it
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Export").setLevel(1))).isVisible();
            assertThat(page.locator("#count-VERIFIED")).not().hasText("0");
            field(page, "Province (admin1)").fill(province);
            field(page, "Event from").fill(seed.date().minusDays(1).toString());
            field(page, "Event to").fill(seed.date().minusDays(1).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Update the links")).click();
            assertThat(page.locator("#chosen")).containsText(province);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("JSON").setExact(true)).click();
            assertThat(page).hasURL(Pattern.compile("/api/events\\?.*admin1=" + province));
            assertThat(page.locator("body")).containsText(statement);
            assertThat(page.locator("body")).containsText("VERIFIED");
            assertThat(page.locator("body")).containsText("Provincial council member");

            // signing out ends the session: pages lead to the sign-in page again
            page.navigate("/");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
            page.navigate(claimPath);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
            assertThat(page.getByText(statement)).hasCount(0);
        }
    }

    /**
     * The claim page across one action: with JavaScript the page must still be the one it was (htmx swapped the
     * claim in place), without it the action loaded the claim page again.
     */
    private record InPlace(Page page, boolean javaScript, long claimId) {

        /** Marks the page, once htmx has set it up: a click before that is an ordinary post, as it should be. */
        void mark() {
            if (javaScript) {
                page.waitForFunction("() => window.htmx !== undefined && document.readyState === 'complete'");
                page.evaluate("() => { window.corroborateSamePage = true; }");
            }
        }

        /** axe-core on the page as it now is (it runs in the page, so only with JavaScript). */
        void assertAccessible(String state) {
            if (javaScript) {
                assertThat(PageChecks.seriousAxeViolations(page)).as("axe on " + state).isEmpty();
            }
        }

        void assertUpdated() {
            if (javaScript) {
                assertThat(page.evaluate("() => window.corroborateSamePage === true"))
                        .as("the claim page was updated in place, not loaded again").isEqualTo(true);
            }
            assertThat(page.url()).as("the claim page").contains("/claims/" + claimId);
        }
    }

    /** Opens a claim from a queue, paging on until it shows: queues list the oldest first, a page at a time. */
    private static void openFromQueue(Page page, String queue, String statement) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(queue);
        Locator claim = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(statement));
        for (int next = 2; claim.count() == 0; next++) {
            Locator nextPage = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page"));
            assertThat(nextPage).isVisible(); // else the claim is on no page of the queue
            nextPage.click();
            page.waitForURL(Pattern.compile("[?&]page=" + next + "$"));
        }
        claim.click();
    }

    private static List<String> watchScriptErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.onConsoleMessage(message -> {
            // a refused step answers 4xx, which Chromium notes in the console (the page shows it: not an error); a
            // Content-Security-Policy may refuse the test's own inline axe script, which is then injected otherwise
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")
                    && !PageChecks.isAxeRefusalNotice(message.text())) {
                errors.add(message.text());
            }
        });
        return errors;
    }

    /** The form field labelled exactly {@code label}, required or not: "Event type" is not "Sub-event type". */
    static Locator field(Page page, String label) {
        // the pattern runs in the page as a JavaScript RegExp, which knows no \Q…\E quoting
        String literal = label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return page.getByLabel(Pattern.compile("^" + literal + "( \\(required\\))?$"));
    }

    private static long idIn(String url, String prefix) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(url);
        assertThat(m.find()).as("an id after " + prefix + " in " + url).isTrue();
        return Long.parseLong(m.group(1));
    }
}
