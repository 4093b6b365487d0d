package org.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;

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
    void theStylesheetIsServedByTheAppWithoutSignIn() {
        assertThat(Browser.anonymous().get("/static/app.css").statusCode()).isEqualTo(200);
    }
}
