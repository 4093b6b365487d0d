package org.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ViewportSize;
import io.quarkus.test.junit.QuarkusTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.account.Role;

/**
 * The map of published events in Chromium, on the dashboard and the export page, at desktop and phone width: it is
 * drawn (outline and dots styled by the app's stylesheet, nothing refused by the Content-Security-Policy), each dot
 * is a link named by its event and ringed when focused, the table beside it opens, axe finds nothing serious with the table shut or open,
 * and nothing is fetched from another host. Saves event-map.png and event-map-phone.png with the other screenshots.
 */
@QuarkusTest
class EventMapInBrowserTest extends BrowserTest {

    private record Place(String name, double latitude, double longitude, String verdict, String date) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("Kabul", 34.53, 69.17, "VERIFIED", "2021-08-15"),
            new Place("Kunduz", 36.73, 68.86, "DISPUTED", "2021-08-08"),
            new Place("Kandahar", 31.61, 65.70, "UNVERIFIABLE", "2021-08-13"),
            new Place("Herat", 34.35, 62.20, "VERIFIED", "2021-08-12"),
            new Place("Lashkar Gah", 31.59, 64.37, "DISPUTED", "2021-08-13"));

    @Test
    void theMapIsDrawnLinkedAccessibleAndSelfContained() {
        String reviewer = users.fresh("cartographer", Role.REVIEWER);
        String second = users.fresh("cartographer", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        Map<Long, String> names = new LinkedHashMap<>();
        for (Place place : PLACES) {
            names.put(publish(reviewer, second, editor, place), place.date() + ", " + place.name() + ": "
                    + place.verdict().charAt(0) + place.verdict().substring(1).toLowerCase(java.util.Locale.ROOT));
        }

        URI app = URI.create(root.toString());
        SoftAssertions softly = new SoftAssertions();
        for (ViewportSize viewport : List.of(Chromium.DESKTOP, Chromium.PHONE)) {
            boolean phone = viewport == Chromium.PHONE;
            try (Session session = Session.signIn(chromium, root.toString(), reviewer, true, viewport)) {
                Page page = session.page;
                List<String> refusals = consoleErrors(page);
                PageChecks.withoutCache(page);
                for (String path : List.of("/", "/export")) {
                    String at = path + (phone ? " at 375 px" : "");
                    PageChecks.Weight weight = PageChecks.load(page, app, path, "map on " + path);
                    softly.assertThat(weight.foreignRequests()).as("requests to other hosts from " + at).isEmpty();
                    softly.assertThat(weight.total()).as("HTML+CSS+JS of " + at).isLessThanOrEqualTo(PageChecks.MAX_PAGE_BYTES);

                    Locator map = page.locator("svg[aria-labelledby=event-map-title]");
                    PlaywrightAssertions.assertThat(map).isVisible();
                    double width = ((Number) map.evaluate("svg => svg.getBoundingClientRect().width")).doubleValue();
                    softly.assertThat(width).as("the map's width on " + at).isBetween(phone ? 250.0 : 500.0,
                            (double) viewport.width);
                    softly.assertThat(PageChecks.fitsWidth(page)).as(at + " fits its width").isTrue();
                    softly.assertThat(map.locator("path.country").evaluate("p => getComputedStyle(p).fill"))
                            .as("the outline is filled by the stylesheet").isEqualTo("rgb(233, 237, 241)");
                    for (Map.Entry<Long, String> event : names.entrySet()) {
                        Locator dot = map.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(event.getValue())
                                .setExact(true));
                        softly.assertThat(dot.count()).as("the dot named '" + event.getValue() + "' on " + at).isEqualTo(1);
                        if (dot.count() == 1) {
                            softly.assertThat(dot.getAttribute("href")).isEqualTo("/claims/" + event.getKey());
                            softly.assertThat(dot.locator("circle").evaluate("c => getComputedStyle(c).fill"))
                                    .as("a dot coloured by its verdict's class").isNotEqualTo("rgb(0, 0, 0)");
                            dot.focus();
                            softly.assertThat(dot.locator("circle").evaluate("c => getComputedStyle(c).strokeWidth"))
                                    .as("the focused dot is ringed").isEqualTo("3px");
                        }
                    }
                    softly.assertThat(PageChecks.seriousAxeViolations(page)).as("axe on " + at).isEmpty();

                    Locator table = page.locator("#event-table table");
                    PlaywrightAssertions.assertThat(table).isHidden();
                    if (path.equals("/")) { // the caption's link opens the table, as its summary does
                        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The same events as a table")).click();
                    } else {
                        page.locator("#event-table summary").click();
                    }
                    PlaywrightAssertions.assertThat(table).isVisible();
                    for (long id : names.keySet()) {
                        softly.assertThat(table.locator("a[href='/claims/" + id + "']").count())
                                .as("claim " + id + " in the table on " + at).isEqualTo(1);
                    }
                    softly.assertThat(PageChecks.fitsWidth(page)).as(at + " fits its width, the table open").isTrue();
                    softly.assertThat(PageChecks.seriousAxeViolations(page)).as("axe on " + at + ", the table open").isEmpty();
                    if (path.equals("/")) {
                        page.locator("#event-table summary").click(); // shut again, as a visitor first sees it
                        page.locator("section[aria-labelledby=map]").screenshot(new Locator.ScreenshotOptions()
                                .setPath(screenshots().resolve(phone ? "event-map-phone.png" : "event-map.png")));
                    }
                }
                softly.assertThat(refusals).as("errors in the console (a Content-Security-Policy refusal among them)")
                        .isEmpty();
            }
        }
        softly.assertAll();
    }

    private static java.nio.file.Path screenshots() {
        try {
            return java.nio.file.Files.createDirectories(PageChecks.SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Publishes a claim about an event at {@code place} with its verdict; answers its id. */
    @SuppressWarnings("unchecked")
    private static long publish(String reviewer, String second, String editor, Place place) {
        Map<String, Object> body = Api.claimBody();
        body.put("statement", "Fighting in " + place.name() + " as the Taliban advanced, " + System.nanoTime() + ".");
        body.put("eventDate", place.date());
        Map<String, Object> location = new HashMap<>((Map<String, Object>) body.get("location"));
        location.put("place", place.name());
        location.put("admin2", null);
        location.put("admin1", null);
        location.put("latitude", place.latitude());
        location.put("longitude", place.longitude());
        location.put("precision", "PLACE");
        body.put("location", location);
        long id = Api.verifiableClaim(reviewer, second, body);
        Api.as(reviewer).body(Map.of("verdict", place.verdict(), "note", "As the sources stand"))
                .post("/api/claims/" + id + "/verdict").then().statusCode(200);
        Api.as(editor).body(Map.of("decision", "APPROVE", "note", "Checked"))
                .post("/api/claims/" + id + "/decision").then().statusCode(200);
        return id;
    }

    /** Script errors and console errors, a Content-Security-Policy's refusals among them, but not the axe notice. */
    private static List<String> consoleErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onPageError(errors::add);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !PageChecks.isAxeRefusalNotice(message.text())) {
                errors.add(message.text());
            }
        });
        return errors;
    }
}
