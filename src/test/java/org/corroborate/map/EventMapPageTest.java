package org.corroborate.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.web.Browser;

/**
 * The map on the dashboard and the export page: one link per published event with coordinates on the map, and the
 * same events in the table; what is remembered follows publication and retraction.
 */
@QuarkusTest
class EventMapPageTest {

    private static final Pattern DOT = Pattern.compile("<a href=\"/claims/(\\d+)\"><title>");
    private static final Pattern ROW = Pattern.compile("<td dir=\"auto\"><a href=\"/claims/(\\d+)\">");

    @Inject
    TestUsers users;

    @Test
    void bothPagesMapThePublishedEventsWithCoordinatesAndListThemAsATable() {
        String author = users.fresh("mapper", Role.REVIEWER);
        String second = users.fresh("mapper", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        Browser reviewer = Browser.signedIn(author);

        long kabul = published(author, second, editor, claim("Kabul", 34.53, 69.17));
        long noPlace = published(author, second, editor, claim("No coordinates", null, null));
        long swapped = published(author, second, editor, claim("Swapped", 64.42, 33.35));
        long open = Api.createClaim(author, claim("Still open", 34.53, 69.17));

        for (String path : List.of("/", "/export")) {
            String html = reviewer.get(path).body().asString();
            List<Long> dots = ids(DOT, svg(html));
            assertThat(dots).as(path + ": one dot per published event with coordinates on the map")
                    .doesNotHaveDuplicates().contains(kabul).doesNotContain(noPlace, swapped, open)
                    .hasSize((int) Math.min(publishedOnTheMap(), MappedEvents.LATEST));
            assertThat(ids(ROW, table(html))).as(path + ": the table lists the same events, latest first")
                    .containsExactlyInAnyOrderElementsOf(dots);
            assertThat(html).contains("<title>2021-08-14, Kabul place, Kabul: Verified</title>",
                    "<td>2021-08-14</td><td dir=\"auto\">Kabul place, Kabul</td><td>Verified</td><td>50 / 59 / 59</td>",
                    "coordinates outside the map").doesNotContain("<script", "style=");
        }

        // remembered until a claim changes: a new publication shows at once, a retraction takes the event away
        long later = published(author, second, editor, claim("Later", 31.61, 65.7));
        assertThat(ids(DOT, svg(reviewer.get("/").body().asString()))).contains(later, kabul);
        Api.retract(kabul, editor, "The outlet withdrew its report");
        assertThat(ids(DOT, svg(reviewer.get("/export").body().asString()))).contains(later).doesNotContain(kabul);
    }

    private static long published(String author, String second, String editor, Map<String, Object> body) {
        long id = Api.verifiableClaim(author, second, body);
        Api.publish(id, author, editor);
        return id;
    }

    /** A claim in {@code place} (also its province), at the given coordinates (none if null), in August 2021. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> claim(String place, Double latitude, Double longitude) {
        Map<String, Object> body = Api.claimBody();
        body.put("statement", place + ": government forces retook the district centre " + System.nanoTime() + ".");
        body.put("eventDate", "2021-08-14");
        Map<String, Object> location = new HashMap<>((Map<String, Object>) body.get("location"));
        location.put("place", place + " place");
        location.put("admin2", null);
        location.put("admin1", place);
        location.put("latitude", latitude);
        location.put("longitude", longitude);
        location.put("precision", latitude == null ? "ADMIN1" : "EXACT");
        body.put("location", location);
        return body;
    }

    /** Published events whose coordinates lie inside the map's box, counted without the code under test. */
    private static long publishedOnTheMap() {
        return QuarkusTransaction.requiringNew().call(() -> Claim.count("status = ?1"
                + " and location.latitude between ?2 and ?3 and location.longitude between ?4 and ?5",
                ClaimStatus.APPROVED, MapProjection.SOUTH, MapProjection.NORTH, MapProjection.WEST, MapProjection.EAST));
    }

    private static String svg(String html) {
        int start = html.indexOf("aria-labelledby=\"event-map-title\"");
        assertThat(start).as("the map is drawn").isPositive();
        return html.substring(start, html.indexOf("</svg>", start));
    }

    private static String table(String html) {
        int start = html.indexOf("id=\"event-table\"");
        assertThat(start).as("the table of the mapped events").isPositive();
        return html.substring(start, html.indexOf("</details>", start));
    }

    private static List<Long> ids(Pattern pattern, String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }
}
