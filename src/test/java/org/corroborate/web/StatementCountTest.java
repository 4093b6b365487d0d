package org.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/**
 * No N+1: each page and API read runs the same number of SQL statements however many rows it shows.
 * Measured with Hibernate's statistics before and after the data grows.
 */
@QuarkusTest
class StatementCountTest {

    @Inject
    TestUsers users;

    @Inject
    SessionFactory sessions;

    private long statementsFor(Runnable request) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    private static void ok(Response response) {
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** Statement counts of every read page and API call, keyed by path. */
    private Map<String, Long> measure(String reviewer, long claimId, long openId, long sourceId) {
        Browser browser = Browser.signedIn(reviewer);
        browser.get("/"); // the first page of a session may warm caches; measure from the second on
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String page : List.of("/", "/claims?size=50", "/claims/" + claimId, "/claims/" + openId,
                "/claims/" + openId + "/citations/new", "/sources?size=50",
                "/sources/" + sourceId, "/queue/reviews", "/export", "/public/claims/" + claimId)) {
            counts.put(page, statementsFor(() -> ok(browser.get(page))));
        }
        for (String call : List.of("/api/claims?size=50", "/api/claims/" + claimId, "/api/claims/" + openId,
                "/api/sources/" + sourceId,
                "/api/claims/" + claimId + "/claimreview")) {
            counts.put(call, statementsFor(() -> ok(Api.as(reviewer).get(call))));
        }
        return counts;
    }

    @Test
    void statementCountsStayFlatAsTheDataGrows() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        long sourceId = Api.createSource(alice, "Shared outlet");
        long claimId = Api.verifiableClaim(alice, bob);
        Api.cite(alice, claimId, sourceId, "CONTEXT", "District official", false);
        Api.publish(claimId, alice, editor);

        long openId = Api.createClaim(alice);
        Api.cite(alice, openId, sourceId, "SUPPORTS", "First claimant", true);
        Api.review(alice, openId, 4);

        Map<String, Long> before = measure(bob, claimId, openId, sourceId);

        // more of everything: claims (open, cited, reviewed), citations of the same source, reviewers
        for (int i = 0; i < 12; i++) {
            long other = Api.verifiableClaim(alice, bob);
            Api.cite(alice, other, sourceId, "SUPPORTS", "Claimant " + i, i % 2 == 0);
            Api.review(users.fresh("carol", Role.REVIEWER), other, 3);
            Api.createClaim(bob);
            Api.cite(bob, openId, Api.createSource(bob, "Outlet " + i), "REFUTES", "Other claimant " + i, false);
            Api.review(users.fresh("dave", Role.REVIEWER), openId, 2);
        }
        Map<String, Long> after = measure(bob, claimId, openId, sourceId);

        assertThat(after).as("statements per request, before and after adding data").isEqualTo(before);
        assertThat(before.values()).allSatisfy(count -> assertThat(count).isPositive());
    }
}
