package org.corroborate.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

@QuarkusTest
class DashboardResourceTest {

    @Inject
    TestUsers users;

    @Test
    void aReviewerSeesCountsAndTheirQueue() {
        Browser reviewer = Browser.signedIn(users.fresh("dash", Role.REVIEWER));
        Response page = reviewer.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().asString()).contains("Claims by status", "waiting for your vote", "href=\"/static/app.css\"")
                .doesNotContain("verdicts waiting for approval");
    }

    @Test
    void theDashboardDrawsItsPicturesAsSvgWithoutScript() {
        String reviewer = users.fresh("dash", Role.REVIEWER);
        long claimId = Api.verifiableClaim(reviewer, users.fresh("dash", Role.REVIEWER));
        Api.as(reviewer).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + claimId + "/verdict").then().statusCode(200);
        Api.as(users.fresh("editor", Role.EDITOR)).body(Map.of("decision", "APPROVE"))
                .post("/api/claims/" + claimId + "/decision").then().statusCode(200);

        String page = Browser.signedIn(reviewer).get("/").body().asString();

        assertThat(page).contains("Published events by month", "Published events by province", "Verdicts of published events",
                "Review queue", "Ghor: ", "Verified: ").doesNotContain("<script");
        // the charts are pictures (the review queue's only when something waits); the map, one more SVG, holds links
        int pictures = page.split("role=\"img\"", -1).length - 1;
        assertThat(pictures).isBetween(3, 4);
        assertThat(page.split("<svg ", -1)).hasSize(pictures + 2);
        assertThat(page).contains("aria-labelledby=\"event-map-title\"");
    }

    @Test
    void theSignInPageIsStyledByTheAppItselfBeforeAnyoneSignsIn() {
        Browser visitor = Browser.anonymous();
        assertThat(visitor.get("/login").body().asString()).contains("href=\"/static/app.css\"");
        Response stylesheet = visitor.get("/static/app.css");
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.contentType()).startsWith("text/css");
        assertThat(stylesheet.body().asString()).contains("body", "{");
    }
}
