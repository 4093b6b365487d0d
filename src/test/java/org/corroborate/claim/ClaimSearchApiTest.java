package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
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

    /** Dari as typed on a Persian keyboard: Persian yeh (U+06CC) and keheh (U+06A9), a ZWNJ in "Khan Abad". */
    static final String DARI = "طالبان ولسوال\u06CC خان\u200Cآباد را در ولا\u06CCت \u06A9ندز تصرف \u06A9ردند";

    /** Part of it on an Arabic keyboard: Arabic yeh (U+064A) and kaf (U+0643), no ZWNJ, a fatha and a damma. */
    static final String ARABIC_FORMS = "و\u064Eلسوال\u064A خانآباد را در ولا\u064Aت \u0643\u064Fندز";

    @Test
    void dariIsFoundWhenTypedWithArabicLetterFormsWithoutJoinerAndWithHarakat() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String marker = "dari" + System.nanoTime();
        long dari = claimIn(alice, marker, "2021-08-08", DARI);
        long other = claimIn(alice, marker, "2021-08-08", "طالبان شهر قندهار را محاصره کردند");

        assertThat(ids(Api.as(alice).queryParam("admin1", marker).queryParam("q", ARABIC_FORMS).get("/api/claims")
                .jsonPath())).containsExactly(dari);
        assertThat(ids(Api.as(alice).queryParam("admin1", marker).queryParam("q", "طالبان").get("/api/claims")
                .jsonPath())).containsExactlyInAnyOrder(dari, other);
    }

    @Test
    void easternAndWesternDigitsMatchEachOther() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String marker = "digits" + System.nanoTime();
        long eastern = claimIn(alice, marker, "2021-08-09", "۱۲ غیرنظامی در انفجار کشته شدند");
        long western = claimIn(alice, marker, "2021-08-09", "12 civilians were killed in the blast");

        for (String typed : List.of("12", "۱۲", "١٢")) {
            assertThat(ids(Api.as(alice).queryParam("admin1", marker).queryParam("q", typed).get("/api/claims")
                    .jsonPath())).as(typed).containsExactlyInAnyOrder(eastern, western);
        }
    }

    @Test
    void likeWildcardsAndJoinersAloneMatchNothingMore() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String marker = "wild" + System.nanoTime();
        long percent = claimIn(alice, marker, "2021-08-10", "Turnout was 100% in the district.");
        claimIn(alice, marker, "2021-08-10", "Turnout was 1000 in the district.");

        assertThat(ids(Api.as(alice).queryParam("admin1", marker).queryParam("q", "100%").get("/api/claims").jsonPath()))
                .containsExactly(percent);
        assertThat(ids(Api.as(alice).queryParam("admin1", marker).queryParam("q", "_00").get("/api/claims").jsonPath()))
                .isEmpty();
        // nothing searchable in it: as if nothing was typed
        assertThat(Api.as(alice).queryParam("admin1", marker).queryParam("q", "\u200C\u0640").get("/api/claims")
                .jsonPath().getLong("total")).isEqualTo(2);
    }

    @Test
    void aClaimChangedOutsideTheServiceIsFoundByItsNewWords() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String marker = "direct" + System.nanoTime();
        long id = claimIn(alice, marker, "2021-08-11", "A report as it was first written down.");

        // the entity keeps its search text itself: no write path can leave it behind
        QuarkusTransaction.requiringNew().run(() -> Claim.<Claim>findById(id).actor2 = "طالبان");

        assertThat(ids(Api.as(alice).queryParam("admin1", marker).queryParam("q", "طالبان").get("/api/claims")
                .jsonPath())).containsExactly(id);
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("items.id", Long.class);
    }
}
