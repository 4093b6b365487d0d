package org.corroborate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.Eventually;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/**
 * Health and metrics answer on the management port without a login, and not on the application port, which a
 * public proxy forwards. (A management URL is relative to the management root, {@code /q}.)
 */
@QuarkusTest
class OperationsTest {

    @TestHTTPResource(value = "health/live", management = true)
    URL live;

    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Inject
    TestUsers users;

    @Test
    void livenessAndReadinessAreUpAndReadinessChecksTheDatabase() {
        given().get(live).then().statusCode(200).body("status", equalTo("UP"));
        given().get(ready).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void theApplicationPortServesNeitherHealthNorMetrics() {
        given().redirects().follow(false).get("/q/metrics").then().statusCode(org.hamcrest.Matchers.not(200));
        given().redirects().follow(false).get("/q/health/ready").then().statusCode(org.hamcrest.Matchers.not(200));
    }

    @Test
    void writingAReviewCountsIt() {
        String author = users.fresh("ops-author", Role.REVIEWER);
        long claimId = Api.createClaim(author);
        double before = sample("corroborate_reviews_written_total", "");

        Api.review(author, claimId, 4);
        Api.review(author, claimId, 2);

        assertThat(sample("corroborate_reviews_written_total", "")).isEqualTo(before + 2);
    }

    @Test
    void servingAnExportCountsItByFormatButNotA304() {
        double csv = sample("corroborate_exports_served_total", "format=\"csv\"");
        double json = sample("corroborate_exports_served_total", "format=\"json\"");

        given().get("/api/events?format=csv").then().statusCode(200);
        String etag = given().get("/api/events").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/events").then().statusCode(304);

        assertThat(sample("corroborate_exports_served_total", "format=\"csv\"")).isEqualTo(csv + 1);
        assertThat(sample("corroborate_exports_served_total", "format=\"json\"")).isEqualTo(json + 1);
    }

    @Test
    void everyBusinessMetricIsScrapedFromZeroOn() {
        String text = scrape();
        assertThat(text).containsPattern("(?m)^corroborate_reviews_written_total ");
        for (String format : new String[] { "json", "ndjson", "csv", "geojson", "claimreview" }) {
            assertThat(text).containsPattern("(?m)^corroborate_exports_served_total\\{[^}]*format=\"" + format + "\"");
        }
    }

    @Test
    void servingAClaimReviewCountsIt() {
        String alice = users.fresh("ops-alice", Role.REVIEWER);
        long claimId = Api.verifiableClaim(alice, users.fresh("ops-bob", Role.REVIEWER));
        Api.as(alice).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + claimId + "/verdict").then().statusCode(200);
        Api.as(users.fresh("ops-editor", Role.EDITOR)).body(Map.of("decision", "APPROVE"))
                .post("/api/claims/" + claimId + "/decision").then().statusCode(200);
        double before = sample("corroborate_exports_served_total", "format=\"claimreview\"");

        given().get("/api/claims/" + claimId + "/claimreview").then().statusCode(200);

        assertThat(sample("corroborate_exports_served_total", "format=\"claimreview\"")).isEqualTo(before + 1);
    }

    @Test
    void claimsAreCountedByStatusAsTheyMoveThroughTheWorkflow() {
        String text = scrape();
        for (String status : new String[] { "OPEN", "PROPOSED", "APPROVED", "RETRACTED" }) {
            assertThat(text).containsPattern("(?m)^corroborate_claims\\{[^}]*status=\"" + status + "\"[^}]*\\} ");
        }
        String author = users.fresh("ops-gauge", Role.REVIEWER);
        double open = sample("corroborate_claims", "status=\"OPEN\"");
        double proposed = sample("corroborate_claims", "status=\"PROPOSED\"");

        long claimId = Api.verifiableClaim(author, users.fresh("ops-gauge", Role.REVIEWER));
        assertThat(sample("corroborate_claims", "status=\"OPEN\"")).isEqualTo(open + 1);

        Api.as(author).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + claimId + "/verdict").then()
                .statusCode(200);
        assertThat(sample("corroborate_claims", "status=\"OPEN\"")).isEqualTo(open);
        assertThat(sample("corroborate_claims", "status=\"PROPOSED\"")).isEqualTo(proposed + 1);
    }

    @Test
    void anInstanceThatHearsOfEveryChangeSaysSo() {
        // on H2 always (one process); on PostgreSQL once its listener is connected, a moment after start
        assertThat(Eventually.holds(() -> sample("corroborate_change_feed_in_step", "") == 1))
                .as("corroborate_change_feed_in_step reaches 1").isTrue();
    }

    private String scrape() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }

    /** The value of one Prometheus sample whose labels contain {@code label} (0 when not yet registered). */
    private double sample(String name, String label) {
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$");
        Matcher m = line.matcher(scrape());
        while (m.find()) {
            String labels = m.group(1) == null ? "" : m.group(1);
            if (labels.contains(label)) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }
}
