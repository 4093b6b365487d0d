package org.corroborate.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.corroborate.account.Role;

/**
 * The main journey in Dari, in Chromium: a reviewer switches the interface to Dari with the header's link, imports an
 * article, writes a claim dated in the Solar Hijri calendar with Eastern digits, attaches a source, reviews and
 * proposes a verdict; a second reviewer reviews; an editor, in Pashto, approves. Every page is right to left, speaks
 * no English outside what people wrote, and axe finds nothing serious. The claim page is photographed in Dari and
 * Pashto, at desktop width and at 375 px.
 *
 * Fields and buttons are found by their names and forms, not their words, so a better translation breaks nothing.
 */
@QuarkusTest
class DariJourneyInBrowserTest extends BrowserTest {

    /**
     * Words in Latin letters that may stand on a Dari or Pashto page: P-codes and their names (admin1, P-code), the
     * time zone, the Gregorian date beside the Solar Hijri one (the issue's own example: "… — 23 June 2021"), date
     * formats, and the names of formats, media types and API parameters the export page explains.
     */
    private static final Pattern ALLOWED = Pattern.compile("AF\\d*|admin|code|UTC|YYYY|MM|DD|January|February|March"
            + "|April|May|June|July|August|September|October|November|December|URL|txt|html?|zip|JSON|json|NDJSON"
            + "|ndjson|GeoJSON|geo|CSV|csv|text|application|API|ACLED|Schema|OpenAPI|ClaimReview|Corroborate|true"
            + "|false|cursor");

    /** What each page got wrong, gathered over the whole journey and reported together at its end. */
    private final List<String> wrong = new ArrayList<>();

    @Test
    void aClaimFromArticleToApprovalInDariAndPashto() {
        SeedArticle seed = SeedArticle.withDateline();
        long unique = System.nanoTime() % 1_000_000_000L;
        String statement = "نیروهای دولتی در ولایت لغمان حمله طالبان را دفع کردند (یادداشت " + unique + ")";
        String base = root.toString();

        String alice;
        long claimId;
        try (Session reviewer = Session.signIn(chromium, base, users.fresh("dari", Role.REVIEWER), true)) {
            alice = reviewer.username;
            Page page = reviewer.page;
            chooseLanguage(page, "دری", "fa-AF");

            // imports the seed article
            page.navigate("/sources/import");
            checkPage(page, "the import form");
            page.locator("form[action='/sources/import'] [name=file]").setInputFiles(seed.copy());
            page.locator("form[action='/sources/import'] [name=url]").fill("https://dari.example/" + unique);
            page.locator("form[action='/sources/import'] [type=submit]").click();
            assertThat(page).hasURL(Pattern.compile("/sources/\\d+$"));
            assertThat(page.locator("[role=status]")).isVisible();
            checkPage(page, "the imported source with its candidates");
            long sourceId = idIn(page.url(), "/sources/");

            // writes a claim, its date typed in the Solar Hijri calendar with Eastern digits (2 Saratan 1400)
            page.navigate("/claims/new");
            checkPage(page, "the claim form");
            page.locator("[name=statement]").fill(statement);
            page.locator("[name=eventDate]").fill("۱۴۰۰/۴/۲");
            page.locator("[name=datePrecision]").selectOption("DAY");
            page.locator("[name=eventType]").selectOption("BATTLES");
            page.locator("[name=subEventType]").selectOption("ARMED_CLASH");
            page.locator("[name=actor1]").fill("نیروهای نظامی افغانستان");
            page.locator("[name=actor2]").fill("طالبان");
            page.locator("[name='location.country']").fill("Afghanistan");
            page.locator("[name='location.admin1']").fill("Laghman");
            page.locator("[name='location.precision']").selectOption("ADMIN1");
            page.locator("[name='fatalities.best']").fill("۵۰");
            page.locator("form[action='/claims'] button[type=submit]:not([name])").click();
            assertThat(page).hasURL(Pattern.compile("/claims/\\d+$"));
            claimId = idIn(page.url(), "/claims/");
            assertThat(page.locator("h1")).hasText(statement);
            assertThat(page.locator("main")).containsText("۲ سرطان ۱۴۰۰");
            assertThat(page.locator("main")).containsText("23 June 2021");

            // attaches the imported article
            page.navigate("/claims/" + claimId + "/citations/new");
            checkPage(page, "the citation form");
            page.locator("[name=sourceId]").selectOption(String.valueOf(sourceId));
            page.locator("[name=claimant]").fill("وزارت دفاع");
            page.locator("[name=claimantIsParty][value=true]").check();
            page.locator("[name=statedFigure]").fill("۵۰");
            page.locator("[name=quote]").fill("۵۰ شورشی کشته شدند");
            page.locator("form[action='/claims/" + claimId + "/citations'] [type=submit]").click();
            assertThat(page).hasURL(Pattern.compile("/claims/" + claimId + "(#.*)?$"));
            assertThat(page.locator("[role=status]")).isVisible();

            // reviews it
            page.locator("[name=rating][value='5']").check();
            page.locator("[name=rationale]").fill("ادعاکننده رسمی و گزارش هر دو همین رویداد را می‌گویند.");
            page.locator("form[action='/claims/" + claimId + "/review'] [type=submit]").click();
            assertThat(page.locator("[role=status]")).isVisible();
            assertThat(page.locator("#claim")).containsText("ادعاکننده رسمی و گزارش هر دو همین رویداد را می‌گویند.");
            checkPage(page, "the claim page with a citation and a review");
            photograph(page, "claim-dari");
        }

        try (Session second = Session.signIn(chromium, base, users.fresh("pashto", Role.REVIEWER), true)) {
            Page page = second.page;
            chooseLanguage(page, "پښتو", "ps-AF");
            page.navigate("/claims/" + claimId);
            page.locator("[name=rating][value='4']").check();
            page.locator("[name=rationale]").fill("شمېرې یو شان دي او پېښه روښانه ده.");
            page.locator("form[action='/claims/" + claimId + "/review'] [type=submit]").click();
            assertThat(page.locator("[role=status]")).isVisible();
            checkPage(page, "the claim page in Pashto");
            photograph(page, "claim-pashto");
        }

        try (Session reviewer = Session.signIn(chromium, base, alice, true)) {
            // the account kept Dari: the first reviewer's new browser speaks it without a click
            Page page = reviewer.open("/claims/" + claimId);
            assertThat(page.locator("html")).hasAttribute("lang", "fa-AF");
            page.locator("[name=verdict]").selectOption("UNVERIFIABLE");
            page.locator("[name=note]").first().fill("تنها یک منبع؛ تأیید مستقل نیست.");
            page.locator("form[action='/claims/" + claimId + "/verdict'] [type=submit]").click();
            assertThat(page.locator("[role=status]")).isVisible();
            checkPage(page, "the claim page with a proposed verdict");
        }

        try (Session editor = Session.signIn(chromium, base, users.fresh("editor", Role.EDITOR), true)) {
            Page page = editor.page;
            chooseLanguage(page, "پښتو", "ps-AF");
            page.navigate("/queue/decisions");
            checkPage(page, "the decision queue in Pashto");
            page.navigate("/claims/" + claimId);
            page.locator("form[action='/claims/" + claimId + "/decision'] [name=note]").fill("دواړه سرچینې وکتل شوې.");
            page.locator("form[action='/claims/" + claimId + "/decision'] button[value=APPROVE]").click();
            assertThat(page.locator("[role=status]")).isVisible();
            assertThat(page.locator("#claim .badge").first()).hasText("منظوره شوې");
            checkPage(page, "the approved claim in Pashto");
            page.navigate("/export");
            checkPage(page, "the export page in Pashto");
        }
        assertThat(wrong).isEmpty();
    }

    /** Clicks the header's link to a language; the page comes back in it, right to left. */
    private static void chooseLanguage(Page page, String name, String tag) {
        page.locator("nav.languages a[hreflang='" + tag + "']").click();
        assertThat(page.locator("nav.languages [aria-current]")).hasText(name);
        assertThat(page.locator("html")).hasAttribute("lang", tag);
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    }

    /** The page is right to left, axe finds nothing serious, and no English stands outside what people wrote. */
    private void checkPage(Page page, String what) {
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        PageChecks.seriousAxeViolations(page).forEach(v -> wrong.add("axe on " + what + ": " + v));
        List<String> english = englishOn(page);
        if (!english.isEmpty()) {
            wrong.add("English words on " + what + ": " + english);
        }
    }

    /**
     * The Latin-letter words a reader sees on the page, leaving out what people wrote (marked dir="auto" or
     * <bdi>), code, elements marked translate="no" or lang="en", form values, and the map's tooltips (each names a
     * place as the gazetteer spells it).
     */
    @SuppressWarnings("unchecked")
    static List<String> englishOn(Page page) {
        List<String> words = (List<String>) page.evaluate("""
                () => {
                  const skip = 'script, style, code, pre, kbd, samp, bdi, [dir=auto], [translate=no], [lang^=en], option, textarea, svg text, svg title';
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  const words = [];
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const parent = node.parentElement;
                    if (!parent || parent.closest(skip) || parent.closest('[hidden]')) continue;
                    for (const word of node.textContent.match(/[A-Za-z]{2,}/g) || []) words.push(word);
                  }
                  for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], img[alt]')) {
                    if (el.closest(skip)) continue;
                    for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
                      for (const word of (el.getAttribute(attr) || '').match(/[A-Za-z]{2,}/g) || []) words.push(word);
                    }
                  }
                  return words;
                }""");
        return words.stream().filter(w -> !ALLOWED.matcher(w).matches()).distinct().toList();
    }

    private static void photograph(Page page, String name) {
        PageChecks.screenshot(page, name);
        page.setViewportSize(Chromium.PHONE.width, Chromium.PHONE.height);
        assertThat(PageChecks.fitsWidth(page)).as(name + " at 375 px fits: " + PageChecks.tooWide(page)).isTrue();
        PageChecks.screenshot(page, name + "-phone");
        page.setViewportSize(Chromium.DESKTOP.width, Chromium.DESKTOP.height);
    }

    private static long idIn(String url, String prefix) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(url);
        assertThat(m.find()).as("an id after " + prefix + " in " + url).isTrue();
        return Long.parseLong(m.group(1));
    }
}
