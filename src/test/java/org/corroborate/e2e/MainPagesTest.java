package org.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.account.Role;

/**
 * Every main page, in Chromium, as the person who uses it: no serious or critical axe-core violation, at most
 * 100 KB of HTML, CSS and JavaScript, no request to another host, no sideways scrolling at 375 px. Saves the
 * screenshots (see PageChecks.SCREENSHOTS) and the weights to target/page-weights.txt.
 */
@QuarkusTest
class MainPagesTest extends BrowserTest {

    /** Pages also shown at phone width in the screenshots. */
    private static final List<String> PHONE_SCREENSHOTS = List.of("dashboard", "claim", "claim-list");

    private enum Who { ANYONE, REVIEWER, EDITOR, ADMIN }

    private record MainPage(String name, String path, Who who) {
    }

    @Test
    void everyMainPageIsAccessibleLightSelfContainedAndFitsAPhone() throws IOException {
        Map<Who, String> people = new EnumMap<>(Who.class);
        people.put(Who.REVIEWER, users.fresh("rahima", Role.REVIEWER));
        people.put(Who.EDITOR, users.fresh("editor", Role.EDITOR));
        people.put(Who.ADMIN, users.fresh("admin", Role.ADMIN));
        String second = users.fresh("bashir", Role.REVIEWER);
        String reviewer = people.get(Who.REVIEWER);

        // an approved claim and a retracted one (their public pages), a proposed one (the editor's decision), an open one whose sources
        // disagree on the figure (the reviewer's claim page)
        long approved = Api.verifiableClaim(reviewer, second);
        Api.as(reviewer).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + approved + "/verdict").then().statusCode(200);
        Api.as(people.get(Who.EDITOR)).body(Map.of("decision", "APPROVE", "note", "Two independent claimants"))
                .post("/api/claims/" + approved + "/decision").then().statusCode(200);
        long retracted = Api.publishedClaim(reviewer, second, people.get(Who.EDITOR));
        Api.retract(retracted, people.get(Who.EDITOR), "The outlet withdrew its report");
        long proposed = Api.verifiableClaim(reviewer, second);
        Api.as(reviewer).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + proposed + "/verdict").then().statusCode(200);
        long open = Api.createClaim(reviewer);
        long ministry = Api.createSource(reviewer, "Kabul Daily");
        cite(reviewer, open, ministry, "SUPPORTS", "Defense Ministry", true, "nearly 59", "nearly 59 insurgents");
        cite(reviewer, open, Api.createSource(reviewer, "Herat Wire"), "SUPPORTS", "Provincial council member",
                false, "more than 50", "more than 50 fighters");
        cite(reviewer, open, Api.createSource(reviewer, "Voice of Jihad"), "REFUTES", "Taliban spokesman", true,
                "at least 21", "at least 21 soldiers");
        Api.review(second, open, 4);
        long citation = Api.as(reviewer).get("/api/claims/" + open).then().statusCode(200).extract().jsonPath()
                .getLong("citations[0].id");
        String voice = "Main Pages Voice " + System.nanoTime();
        long claimant = Api.as(reviewer).body(Map.of("name", voice, "aliases", List.of("Voice of " + voice),
                "organisation", "Kabul Daily", "party", false)).post("/api/claimants").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        cite(reviewer, open, ministry, "CONTEXT", "Spokesman " + voice, false, "", "the district centre");

        List<MainPage> pages = List.of(
                new MainPage("sign-in", "/login", Who.ANYONE),
                new MainPage("dashboard", "/", Who.REVIEWER),
                new MainPage("claim-list", "/claims", Who.REVIEWER),
                new MainPage("claim", "/claims/" + open, Who.REVIEWER),
                new MainPage("claim-new", "/claims/new", Who.REVIEWER),
                new MainPage("claim-edit", "/claims/" + open + "/edit", Who.REVIEWER),
                new MainPage("citation-new", "/claims/" + open + "/citations/new", Who.REVIEWER),
                new MainPage("citation-edit", "/claims/" + open + "/citations/" + citation + "/edit", Who.REVIEWER),
                new MainPage("citation-remove", "/claims/" + open + "/citations/" + citation + "/remove", Who.REVIEWER),
                new MainPage("source-list", "/sources", Who.REVIEWER),
                new MainPage("source", "/sources/" + ministry, Who.REVIEWER),
                new MainPage("source-import", "/sources/import", Who.REVIEWER),
                new MainPage("source-new", "/sources/new", Who.REVIEWER),
                new MainPage("source-edit", "/sources/" + ministry + "/edit", Who.REVIEWER),
                new MainPage("claimant-list", "/claimants", Who.REVIEWER),
                new MainPage("account", "/account", Who.REVIEWER),
                new MainPage("claimant", "/claimants/" + claimant, Who.REVIEWER),
                new MainPage("review-queue", "/queue/reviews", Who.REVIEWER),
                new MainPage("decision-queue", "/queue/decisions", Who.EDITOR),
                new MainPage("claim-proposed", "/claims/" + proposed, Who.EDITOR),
                new MainPage("export", "/export", Who.EDITOR),
                new MainPage("users", "/admin/users", Who.ADMIN),
                new MainPage("places", "/admin/places", Who.ADMIN),
                new MainPage("public-claim", "/public/claims/" + approved, Who.ANYONE),
                new MainPage("public-claim-retracted", "/public/claims/" + retracted, Who.ANYONE));

        URI app = URI.create(root.toString());
        SoftAssertions softly = new SoftAssertions();
        List<PageChecks.Weight> weights = new ArrayList<>();
        for (Who who : Who.values()) {
            List<MainPage> theirs = pages.stream().filter(p -> p.who() == who).toList();
            if (theirs.isEmpty()) {
                continue;
            }
            try (Session desk = session(who, people.get(who), Chromium.DESKTOP);
                    Session phone = session(who, people.get(who), Chromium.PHONE)) {
                PageChecks.withoutCache(desk.page);
                for (MainPage page : theirs) {
                    PageChecks.Weight weight = PageChecks.load(desk.page, app, page.path(), page.name());
                    weights.add(weight);
                    softly.assertThat(desk.page.url()).as(page.name() + " answered itself, not a redirect")
                            .endsWith(page.path());
                    softly.assertThat(weight.total()).as("HTML+CSS+JS of " + weight).isLessThanOrEqualTo(PageChecks.MAX_PAGE_BYTES);
                    softly.assertThat(weight.foreignRequests()).as("requests to other hosts from " + page.name()).isEmpty();
                    softly.assertThat(PageChecks.seriousAxeViolations(desk.page)).as("axe on " + page.name()).isEmpty();
                    PageChecks.screenshot(desk.page, page.name());

                    phone.open(page.path());
                    softly.assertThat(PageChecks.fitsWidth(phone.page))
                            .as(page.name() + " fits 375 px (too wide: " + PageChecks.tooWide(phone.page) + ")").isTrue();
                    softly.assertThat(PageChecks.seriousAxeViolations(phone.page)).as("axe on " + page.name() + " at 375 px")
                            .isEmpty();
                    if (PHONE_SCREENSHOTS.contains(page.name())) {
                        PageChecks.screenshot(phone.page, page.name() + "-phone");
                    }
                }
            }
        }
        String report = weights.stream().map(PageChecks.Weight::toString).collect(Collectors.joining("\n"));
        System.out.println("Page weights (HTML + CSS + JS of a first visit):\n" + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "page-weights.txt"), report + "\n");
        softly.assertAll();
        assertThat(weights).hasSize(pages.size());
    }

    /**
     * Keyboard alone: the first Tab reaches the skip link, which leads into the content; every focused control
     * shows a focus outline; the citation form loads in place and takes the focus, and after it is sent the
     * confirmation takes it.
     */
    @Test
    void aKeyboardAloneReachesTheContentAndAttachesASourceInPlace() {
        String reviewer = users.fresh("keys", Role.REVIEWER);
        long claimId = Api.createClaim(reviewer);
        long sourceId = Api.createSource(reviewer, "Keyboard Times");
        try (Session session = Session.signIn(chromium, root.toString(), reviewer, true, Chromium.DESKTOP)) {
            Page page = session.open("/claims/" + claimId);

            page.keyboard().press("Tab");
            Locator skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to content"));
            PlaywrightAssertions.assertThat(skip).isFocused();
            PlaywrightAssertions.assertThat(skip).isInViewport();
            assertThat(focusOutlineShows(page)).as("a visible focus outline on the skip link").isTrue();
            page.keyboard().press("Enter");
            PlaywrightAssertions.assertThat(page.locator("#main")).isFocused();

            Locator attach = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attach a source"));
            for (int tabs = 0; tabs < 80 && !isFocused(attach); tabs++) {
                page.keyboard().press("Tab");
                assertThat(focusOutlineShows(page)).as("a visible focus outline on tab stop " + tabs).isTrue();
            }
            PlaywrightAssertions.assertThat(attach).isFocused();
            page.keyboard().press("Enter");
            Locator source = ClaimJourneyInBrowserTest.field(page, "An existing source");
            PlaywrightAssertions.assertThat(source).isFocused();

            source.selectOption(String.valueOf(sourceId));
            ClaimJourneyInBrowserTest.field(page, "Quote").fill("nearly 59 killed");
            Locator claimant = ClaimJourneyInBrowserTest.field(page, "Claimant");
            claimant.focus();
            page.keyboard().type("District governor");
            page.keyboard().press("Enter");
            Locator confirmation = page.getByRole(AriaRole.STATUS);
            PlaywrightAssertions.assertThat(confirmation).hasText("Source attached.");
            PlaywrightAssertions.assertThat(confirmation).isFocused();
            PlaywrightAssertions.assertThat(page.locator("#claim")).containsText("Claimant: District governor");
        }
    }

    /**
     * The export page's commands are wider than a phone and scroll sideways: the keyboard reaches each one (a named
     * region), shows where the focus is, and scrolls it with the arrow keys.
     */
    @Test
    void aKeyboardScrollsTheExportCommandsOnAPhone() {
        String editor = users.fresh("keys", Role.EDITOR);
        try (Session session = Session.signIn(chromium, root.toString(), editor, true, Chromium.PHONE)) {
            Page page = session.open("/export");
            Locator command = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("One JSON page"));
            PlaywrightAssertions.assertThat(command).containsText("curl");
            assertThat(command.evaluate("pre => pre.scrollWidth > pre.clientWidth"))
                    .as("the command is wider than the phone").isEqualTo(true);

            for (int tabs = 0; tabs < 60 && !isFocused(command); tabs++) {
                page.keyboard().press("Tab");
            }
            PlaywrightAssertions.assertThat(command).isFocused();
            assertThat(focusOutlineShows(page)).as("a visible focus outline on the command").isTrue();
            page.keyboard().press("ArrowRight");
            page.waitForFunction("pre => pre.scrollLeft > 0", command.elementHandle());
        }
    }

    private static boolean isFocused(Locator locator) {
        return Boolean.TRUE.equals(locator.evaluate("element => element === document.activeElement"));
    }

    /** Whether the focused element draws an outline at least 2 px wide (the stylesheet's :focus-visible). */
    private static boolean focusOutlineShows(Page page) {
        return Boolean.TRUE.equals(page.evaluate("() => { const s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; }"));
    }

    private Session session(Who who, String username, com.microsoft.playwright.options.ViewportSize viewport) {
        return who == Who.ANYONE ? Session.anonymous(chromium, root.toString(), true, viewport)
                : Session.signIn(chromium, root.toString(), username, true, viewport);
    }

    private static void cite(String user, long claimId, long sourceId, String stance, String claimant, boolean party,
            String figure, String quote) {
        Api.as(user).body(Map.of("sourceId", sourceId, "stance", stance, "quote", quote, "claimant", claimant,
                "claimantIsParty", party, "statedFigure", figure)).post("/api/claims/" + claimId + "/citations")
                .then().statusCode(201);
    }
}
