package org.corroborate.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.account.Role;

/**
 * On the English interface, what users wrote in Dari reads right to left in Chromium: a claim's statement on its
 * page and in the claim list, a citation's quote and claimant, each by its own {@code dir="auto"}; and the
 * Arabic-script text is drawn in the Vazirmatn font the app serves.
 */
@QuarkusTest
class DariTextInBrowserTest extends BrowserTest {

    private static final String STATEMENT = "نیروهای دولتی مرکز ولسوالی تیوره را با ۵۹ کشته از طالبان پس گرفتند (AF2106)";
    private static final String QUOTE = "دست کم ۵۹ تن کشته شدند";
    private static final String CLAIMANT = "سخنگوی وزارت دفاع";

    @Test
    void dariStatementQuoteAndClaimantReadRightToLeftOnTheEnglishPages() {
        String reviewer = users.fresh("dari", Role.REVIEWER);
        String marker = "dari" + System.nanoTime();
        Map<String, Object> body = Api.claimBody();
        body.put("statement", STATEMENT + " " + marker);
        long claimId = Api.createClaim(reviewer, body);
        long sourceId = Api.createSource(reviewer, "Hasht-e Subh");
        Api.as(reviewer).body(Map.of("sourceId", sourceId, "stance", "SUPPORTS", "quote", QUOTE, "claimant", CLAIMANT,
                "claimantIsParty", true, "statedFigure", "۵۹")).post("/api/claims/" + claimId + "/citations")
                .then().statusCode(201);

        try (Session session = Session.signIn(chromium, root.toString(), reviewer, true, Chromium.DESKTOP)) {
            Page page = session.open("/claims/" + claimId);
            assertThat(direction(page.locator("main"))).as("the interface itself").isEqualTo("ltr");

            Locator statement = page.locator("h1");
            assertThat(statement).containsText(STATEMENT);
            assertReadsRightToLeft(statement, "the statement on the claim page");
            Locator citation = page.locator("li.citation").filter(new Locator.FilterOptions().setHasText(QUOTE));
            assertReadsRightToLeft(citation.locator("blockquote"), "the citation's quote");
            assertReadsRightToLeft(citation.locator("strong", new Locator.LocatorOptions().setHasText(CLAIMANT)),
                    "the citation's claimant");
            assertThat(citation).containsText("Claimant:");
            assertThat(direction(citation)).as("the English around them").isEqualTo("ltr");

            assertThat(page.evaluate("async () => { await document.fonts.ready; return [...document.fonts]"
                    + ".some(f => f.family.replaceAll('\"', '') === 'Vazirmatn' && f.status === 'loaded'); }"))
                    .as("Vazirmatn loaded from the app for the Dari text").isEqualTo(true);

            session.open("/claims?q=" + marker);
            Locator cell = page.locator("td").filter(new Locator.FilterOptions().setHasText(STATEMENT));
            assertThat(cell).hasCount(1);
            assertReadsRightToLeft(cell, "the statement in the claim list");
        }
    }

    /**
     * The stylesheet speaks of the start and end of a line, not left and right: the claim page laid out left to
     * right, then with the document set to right to left, has its list indents, table cells and sign-out form
     * mirrored, while an English quote (its own dir="auto") keeps its bar on its own start, the left.
     */
    @Test
    void theClaimPageMirrorsWhenTheDocumentIsRightToLeft() {
        String reviewer = users.fresh("mirror", Role.REVIEWER);
        long claimId = Api.createClaim(reviewer);
        Api.cite(reviewer, claimId, Api.createSource(reviewer, "Mirror Times"), "SUPPORTS", "District governor", false);
        try (Session session = Session.signIn(chromium, root.toString(), reviewer, true, Chromium.DESKTOP)) {
            Page page = session.open("/claims/" + claimId);

            assertThat(layout(page)).isEqualTo("indent left; English quote's bar left; cell text left; sign-out at the end");
            page.evaluate("() => document.documentElement.dir = 'rtl'");
            assertThat(layout(page)).isEqualTo("indent right; English quote's bar left; cell text right; sign-out at the end");
        }
    }

    /** Where things sit on the claim page, in physical terms, measured by Chromium. */
    private static String layout(Page page) {
        return (String) page.evaluate("""
                () => {
                  const rules = getComputedStyle(document.querySelector('ul.rules'));
                  const indent = parseFloat(rules.paddingLeft) > 0 ? 'left' : parseFloat(rules.paddingRight) > 0 ? 'right' : 'none';
                  const quote = getComputedStyle(document.querySelector('li.citation blockquote'));
                  const bar = parseFloat(quote.borderLeftWidth) > 0 ? 'left' : parseFloat(quote.borderRightWidth) > 0 ? 'right' : 'none';
                  const cell = document.querySelector('#history ~ .table-wrap tbody td:nth-child(3)');
                  const range = document.createRange();
                  range.selectNodeContents(cell);
                  const text = range.getBoundingClientRect(), box = cell.getBoundingClientRect();
                  const align = text.left - box.left < box.right - text.right ? 'left' : 'right';
                  const form = document.querySelector('form.logout').getBoundingClientRect();
                  const header = document.querySelector('header.top').getBoundingClientRect();
                  const rtl = getComputedStyle(document.body).direction === 'rtl';
                  const atEnd = rtl ? form.left - header.left < 40 : header.right - form.right < 40;
                  return 'indent ' + indent + "; English quote's bar " + bar + '; cell text ' + align
                      + '; sign-out ' + (atEnd ? 'at the end' : 'elsewhere');
                }""");
    }

    private static void assertReadsRightToLeft(Locator element, String what) {
        assertThat(element).hasAttribute("dir", "auto");
        assertThat(direction(element)).as(what).isEqualTo("rtl");
    }

    private static String direction(Locator element) {
        return (String) element.evaluate("e => getComputedStyle(e).direction");
    }
}
