package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** The claim list's search, filters and paging over the API. */
@QuarkusTest
class ClaimSearchApiTest {

    @Inject
    TestUsers users;

    @SuppressWarnings("unchecked")
    private static long claimIn(String user, String province, String date, String statement) {
        Map<String, Object> body = Api.claimBody();
        ((Map<String, Object>) body.get("location")).put("admin1", province);
        body.put("eventDate", date);
        body.put("statement", statement);
        return Api.as(user).body(body).post("/api/claims").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void provinceMatchesWithoutCaseAndFollowsEdits() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String province = "Province" + System.nanoTime();
        long first = claimIn(alice, province, "2021-06-22", "Fighting reported in the district centre overnight.");
        long second = claimIn(alice, province.toUpperCase(), "2021-06-23", "A second report from the same province.");
        long elsewhere = claimIn(alice, "Elsewhere" + System.nanoTime(), "2021-06-23", "A report from another province.");

        List<Long> found = ids(Api.as(alice).queryParam("admin1", province.toLowerCase()).get("/api/claims").jsonPath());
        assertThat(found).containsExactlyInAnyOrder(first, second);

        // moving a claim to the province makes the filter find it
        JsonPath moved = Api.as(alice).get("/api/claims/" + elsewhere).jsonPath();
        @SuppressWarnings("unchecked")
        Map<String, Object> body = Api.claimBody();
        ((Map<String, Object>) body.get("location")).put("admin1", province);
        body.put("statement", moved.getString("statement"));
        body.put("version", moved.getLong("version"));
        Api.as(alice).body(body).put("/api/claims/" + elsewhere).then().statusCode(200);
        assertThat(ids(Api.as(alice).queryParam("admin1", province).get("/api/claims").jsonPath()))
                .containsExactlyInAnyOrder(first, second, elsewhere);
    }

    @Test
    void filtersCombineAndPagesDoNotOverlap() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String province = "Paged" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            claimIn(alice, province, "2021-05-0" + (i + 1), "Report number " + i + " of a run of five reports.");
        }
        JsonPath page0 = Api.as(alice).queryParam("admin1", province).queryParam("size", 2).get("/api/claims").jsonPath();
        JsonPath page2 = Api.as(alice).queryParam("admin1", province).queryParam("size", 2).queryParam("page", 2)
                .get("/api/claims").jsonPath();
        assertThat(page0.getLong("total")).isEqualTo(5);
        assertThat(ids(page0)).hasSize(2);
        assertThat(ids(page2)).hasSize(1).doesNotContainAnyElementsOf(ids(page0));

        JsonPath dated = Api.as(alice).queryParam("admin1", province).queryParam("from", "2021-05-02")
                .queryParam("to", "2021-05-03").queryParam("status", "OPEN").queryParam("q", "REPORT NUMBER")
                .get("/api/claims").jsonPath();
        assertThat(dated.getLong("total")).isEqualTo(2);
    }

    @Test
    void aListedClaimShowsItsEditAtOnce() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String province = "Edited" + System.nanoTime();
        long id = claimIn(alice, province, "2021-07-01", "A report as it was first written down.");
        JsonPath before = Api.as(alice).queryParam("admin1", province).get("/api/claims").jsonPath();
        assertThat(before.getList("items.statement", String.class)).containsExactly("A report as it was first written down.");

        @SuppressWarnings("unchecked")
        Map<String, Object> body = Api.claimBody();
        ((Map<String, Object>) body.get("location")).put("admin1", province);
        body.put("statement", "A report as a reviewer corrected it.");
        body.put("version", before.getLong("items[0].version"));
        long version = Api.as(alice).body(body).put("/api/claims/" + id).then().statusCode(200).extract().jsonPath()
                .getLong("version");

        JsonPath after = Api.as(alice).queryParam("admin1", province).get("/api/claims").jsonPath();
        assertThat(after.getList("items.statement", String.class)).containsExactly("A report as a reviewer corrected it.");
        assertThat(after.getLong("items[0].version")).isEqualTo(version).isNotEqualTo(before.getLong("items[0].version"));
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }
}
