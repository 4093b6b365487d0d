package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/** The export page: counts, filters, download links and curl commands for signed-in users. */
@QuarkusTest
class ExportPageTest {

    @Inject
    TestUsers users;

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        Response page = Browser.anonymous().get("/export");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(Browser.location(page)).startsWith("/login");
    }

    @Test
    void aReviewerSeesOneLinkPerFormatAndTheSchema() {
        Browser reviewer = Browser.signedIn(users.fresh("export", Role.REVIEWER));
        Response page = reviewer.get("/export");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("<h1>Export</h1>", "<a href=\"/export\" aria-current=\"page\">Export</a>", "id=\"count-VERIFIED\"",
                "id=\"count-retracted\"", "<label for=\"verdict\">", "<label for=\"admin1\">", "<label for=\"from\">",
                "<label for=\"to\">", "<label for=\"eventType\">", "<option value=\"ALL\"",
                "href=\"/api/events?format=json\"", "href=\"/api/events?format=ndjson\"",
                "href=\"/api/events?format=csv\"", "href=\"/api/events?format=geojson\"",
                "href=\"/api/events/schema.json\"", "<code id=\"curl-page\">curl -sS &#39;" + base()
                        + "/api/events?format=json&amp;limit=1000&#39;</code></pre>")
                .doesNotContain("<script");
        // which of the export's three modes a request gets
        String modes = html.substring(html.indexOf("id=\"modes\""), html.indexOf("</dl>", html.indexOf("id=\"modes\"")));
        assertThat(modes).contains("<dt>Current state</dt>", "status=ALL", "<dt>Changes</dt>",
                "<dt>History</dt>", "history=true");
    }

    @Test
    void theChosenFiltersAreEchoedIntoLinksAndCommandsUrlEncoded() {
        Browser reviewer = Browser.signedIn(users.fresh("export", Role.REVIEWER));
        Response page = reviewer.get("/export", Map.of("verdict", "false",
                "admin1", "Kunduz & Takhar", "from", "2021-01-01", "eventType", "battles"));
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body().asString();
        String query = "verdict=FALSE&amp;admin1=Kunduz%20%26%20Takhar&amp;from=2021-01-01&amp;eventType=BATTLES";
        for (String format : new String[] { "json", "ndjson", "csv", "geojson" }) {
            assertThat(html).contains("href=\"/api/events?format=" + format + "&amp;" + query + "\"");
        }
        assertThat(section(html, "curl-stream")).isEqualTo(
                "curl -sSN &#39;" + base() + "/api/events?format=ndjson&amp;" + query + "&#39;");
        assertThat(section(html, "curl-csv")).contains("-o corroborate-events.csv", "format=csv&amp;" + query);
        assertThat(section(html, "curl-sync")).contains("format=json&amp;" + query + "&amp;cursor=", "$CURSOR");
        assertThat(section(html, "curl-etag")).contains("If-None-Match: $ETAG", "format=json&amp;" + query);
        // the form keeps the choices, in the export's spelling
        assertThat(html).contains("<option value=\"FALSE\" selected>", "<option value=\"BATTLES\" selected>",
                "value=\"Kunduz &amp; Takhar\"", "<dd>Kunduz &amp; Takhar</dd>");
    }

    @Test
    void typedMarkupIsEscapedEverywhere() {
        Browser reviewer = Browser.signedIn(users.fresh("export", Role.REVIEWER));
        String html = reviewer.get("/export", Map.of("admin1", "<script>alert('x')</script>")).body()
                .asString();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;",
                "admin1=%3Cscript%3Ealert%28%27x%27%29%3C%2Fscript%3E");
    }

    @Test
    void badFiltersAre400WithTheMessageNextToTheField() {
        Browser reviewer = Browser.signedIn(users.fresh("export", Role.REVIEWER));
        Response page = reviewer.get("/export?from=2021-99-99&verdict=PROBABLY&eventType=PICNIC");
        assertThat(page.statusCode()).isEqualTo(400);
        String html = page.body().asString();
        assertThat(html).contains("<p class=\"error\" id=\"from-error\">Event from must be a date such as 2024-05-31</p>",
                "id=\"verdict-error\">Verdict must be one of VERIFIED, DISPUTED, FALSE, UNVERIFIABLE, ALL</p>",
                "id=\"eventType-error\">", "value=\"2021-99-99\"", "aria-invalid=\"true\"")
                .doesNotContain("href=\"/api/events?format=");

        Response backwards = reviewer.get("/export?from=2021-05-01&to=2021-04-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body().asString()).contains("id=\"from-error\">Event from must not be after &#39;to&#39;</p>");
    }

    @Test
    void countsAndTheLastChangeFollowAnApproval() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        Browser reviewer = Browser.signedIn(alice);
        String before = reviewer.get("/export").body().asString();

        long claimId = Api.verifiableClaim(alice, bob);
        Api.publish(claimId, alice, editor);

        String after = reviewer.get("/export").body().asString();
        assertThat(count(after, "VERIFIED")).isEqualTo(count(before, "VERIFIED") + 1);
        assertThat(count(after, "total")).isEqualTo(count(before, "total") + 1);
        assertThat(count(after, "retracted")).isEqualTo(count(before, "retracted"));
        assertThat(after).contains("<time id=\"last-change\" datetime=\"");
    }

    /** What the page promises about cursors and ETags holds for the commands it prints. */
    @Test
    void theSyncCursorAndTheETagWorkAsThePageSays() {
        Browser reviewer = Browser.signedIn(users.fresh("export", Role.REVIEWER));
        String sync = section(reviewer.get("/export?verdict=ALL").body().asString(), "curl-sync");
        Matcher cursor = Pattern.compile("CURSOR=&#39;([A-Za-z0-9_-]+)&#39;").matcher(sync);
        assertThat(cursor.find()).as(sync).isTrue();
        Api.anonymous().queryParam("verdict", "ALL").queryParam("cursor", cursor.group(1)).get("/api/events")
                .then().statusCode(200);

        String etag = Api.anonymous().get("/api/events?format=json&verdict=ALL").then().statusCode(200)
                .extract().header("ETag");
        Api.anonymous().header("If-None-Match", etag).get("/api/events?format=json&verdict=ALL").then().statusCode(304);
    }

    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    /** The text of the element with this id up to its closing tag. */
    private static String section(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(.*?)</code>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("element " + id).isTrue();
        return m.group(1);
    }

    private static long count(String html, String id) {
        Matcher m = Pattern.compile("id=\"count-" + id + "\">(\\d+)<").matcher(html);
        assertThat(m.find()).as("count " + id).isTrue();
        return Long.parseLong(m.group(1));
    }
}
