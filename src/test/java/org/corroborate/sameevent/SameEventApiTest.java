package org.corroborate.sameevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** Same event over the API: candidates in the claim JSON, judging pairs, refusals, and place conflicts. */
@QuarkusTest
class SameEventApiTest {

    @Inject
    TestUsers users;

    @Inject
    MeterRegistry metrics;

    private String alice;
    /** A day no other test's claims use, so the candidates are this test's own. */
    private LocalDate day;

    @BeforeEach
    void setUp() {
        alice = users.fresh("alice", Role.REVIEWER);
        day = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 12_000));
    }

    /** A claim of {@code type/subType} in {@code admin1}/{@code admin2} (null: none) on {@code date}. */
    static Map<String, Object> claim(LocalDate date, String precision, String type, String subType, String admin1,
            String admin2) {
        Map<String, Object> body = Api.claimBody();
        Map<String, Object> location = new HashMap<>();
        location.put("country", "Afghanistan");
        location.put("admin1", admin1);
        location.put("admin2", admin2);
        location.put("precision", admin2 == null ? "ADMIN1" : "ADMIN2");
        body.put("location", location);
        body.put("eventDate", date.toString());
        body.put("datePrecision", precision);
        body.put("eventType", type);
        body.put("subEventType", subType);
        return body;
    }

    private long battle(LocalDate date, String precision, String admin1, String admin2) {
        return Api.createClaim(alice, claim(date, precision, "BATTLES", "ARMED_CLASH", admin1, admin2));
    }

    private double readsTogether() {
        return metrics.get("corroborate.claim.reads").tag("candidates", "together").counter().count();
    }

    private JsonPath claimJson(long id) {
        return Api.as(alice).get("/api/claims/" + id).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath judge(String user, long id, Object other, String judgement) {
        Map<String, Object> body = new HashMap<>();
        body.put("claimId", other);
        body.put("judgement", judgement);
        return Api.as(user).body(body).post("/api/claims/" + id + "/links").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theClaimListsItsCandidatesAndJudgementsMoveThem() {
        long ministry = battle(day, "DAY", "Nimroz", "Chakhansur");
        long taliban = Api.createClaim(alice, claim(day.plusDays(2), "WEEK", "BATTLES",
                "NON_STATE_ACTOR_OVERTAKES_TERRITORY", "Nimruz", "Chakhansoor"));
        long bombing = Api.createClaim(alice, claim(day, "DAY", "EXPLOSIONS_REMOTE_VIOLENCE", "SUICIDE_BOMB", "Nimroz",
                "Chakhansur"));
        long elsewhere = battle(day, "DAY", "Nimroz", "Kang");
        long later = battle(day.plusDays(1), "DAY", "Nimroz", "Chakhansur");

        JsonPath fresh = claimJson(ministry);
        assertThat(fresh.getList("possiblySameEvent", Long.class)).containsExactly(taliban);
        assertThat(fresh.getList("sameEvent", Long.class)).isEmpty();
        assertThat(fresh.getList("placeConflicts", Long.class)).isEmpty();
        assertThat(List.of(bombing, elsewhere, later)).doesNotContainAnyElementsOf(fresh.getList("possiblySameEvent", Long.class));

        JsonPath same = judge(alice, ministry, taliban, "SAME_EVENT");
        assertThat(same.getLong("claimId")).isEqualTo(ministry);
        assertThat(same.getList("sameEvent", Long.class)).containsExactly(taliban);
        assertThat(same.getList("possiblySameEvent", Long.class)).isEmpty();
        assertThat(same.getString("links[0].judgement")).isEqualTo("SAME_EVENT");
        assertThat(same.getString("links[0].by")).isEqualTo(alice);
        assertThat(claimJson(taliban).getList("sameEvent", Long.class)).containsExactly(ministry);

        String bob = users.fresh("bob", Role.EDITOR);
        JsonPath different = judge(bob, taliban, ministry, "DIFFERENT_EVENT");
        assertThat(different.getList("differentEvent", Long.class)).containsExactly(ministry);
        JsonPath after = claimJson(ministry);
        assertThat(after.getList("sameEvent", Long.class)).as("judged different: in neither list").isEmpty();
        assertThat(after.getList("possiblySameEvent", Long.class)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClaimLink.count("claimA = ?1 and claimB = ?2",
                Math.min(ministry, taliban), Math.max(ministry, taliban)))).as("one row per pair").isEqualTo(1);

        // both histories keep both judgements
        assertThat(after.getList("history.note", String.class)).contains("Judged the same event as claim #" + taliban,
                "Judgement with claim #" + taliban + " changed: same event → different events");
        assertThat(claimJson(taliban).getList("history.note", String.class)).contains(
                "Judged the same event as claim #" + ministry,
                "Judgement with claim #" + ministry + " changed: same event → different events");

        // the same judgement again changes nothing
        int entries = after.getList("history").size();
        judge(alice, ministry, taliban, "DIFFERENT_EVENT");
        assertThat(claimJson(ministry).getList("history")).hasSize(entries);
    }

    @Test
    void onlyTheSameDistrictOrNoDistrictMakesACandidateInTheProvince() {
        long mihtarlam = battle(day, "DAY", "Laghman", "Mihtarlam");
        long otherSpelling = battle(day, "DAY", "Laghman", "Mehtarlam");
        long noDistrict = battle(day, "DAY", "Laghman", null);
        long alingar = battle(day, "DAY", "Laghman", "Alingar");
        long unknownDistrict = battle(day, "DAY", "Laghman", "Nowhere Dara");

        List<Long> candidates = claimJson(mihtarlam).getList("possiblySameEvent", Long.class);

        assertThat(candidates).contains(otherSpelling, noDistrict).doesNotContain(alingar, unknownDistrict);
        // a claim without a district may be any district's event in its province
        assertThat(claimJson(noDistrict).getList("possiblySameEvent", Long.class))
                .contains(mihtarlam, otherSpelling, alingar, unknownDistrict);
    }

    @Test
    void aClaimsPlaceOrDateChangeChangesItsCandidates() {
        long first = battle(day, "DAY", "Nimroz", null);
        long second = battle(day.plusDays(40), "DAY", "Nimroz", null);
        assertThat(claimJson(first).getList("possiblySameEvent", Long.class)).doesNotContain(second);

        // redated to the week around the day after the second
        Map<String, Object> moved = claim(day.plusDays(41), "WEEK", "BATTLES", "ARMED_CLASH", "Nimroz", null);
        moved.put("version", claimJson(first).getLong("version"));
        Api.as(alice).body(moved).put("/api/claims/" + first).then().statusCode(200);

        assertThat(claimJson(first).getList("possiblySameEvent", Long.class)).containsExactly(second);
        assertThat(claimJson(second).getList("possiblySameEvent", Long.class)).containsExactly(first);
    }

    /**
     * A claim read before has its candidates' query sent with its own reads, made from the place and date it had
     * then: what was written since is found, and a claim moved since is searched where it is now.
     */
    @Test
    void aClaimReadAgainFindsNewCandidatesAndWhereItNowIs() {
        long first = battle(day, "DAY", "Kunar", null);
        assertThat(claimJson(first).getList("possiblySameEvent", Long.class)).isEmpty();

        long second = battle(day, "DAY", "Kunar", null);
        double together = readsTogether();
        assertThat(claimJson(first).getList("possiblySameEvent", Long.class)).containsExactly(second);
        assertThat(claimJson(first).getList("possiblySameEvent", Long.class)).containsExactly(second);
        assertThat(readsTogether()).isGreaterThanOrEqualTo(together + 2); // in the claim's own round trip

        Map<String, Object> moved = claim(day, "DAY", "BATTLES", "ARMED_CLASH", "Paktika", null);
        moved.put("version", claimJson(first).getLong("version"));
        Api.as(alice).body(moved).put("/api/claims/" + first).then().statusCode(200);
        long third = battle(day, "DAY", "Paktika", null);

        for (int read = 0; read < 2; read++) {
            JsonPath json = claimJson(first);
            assertThat(json.getString("location.admin1")).isEqualTo("Paktika");
            assertThat(json.getList("possiblySameEvent", Long.class)).containsExactly(third);
        }
    }

    @Test
    void aPlaceConflictIsFlaggedOnBothClaims() {
        long faryab = battle(day, "DAY", "Faryab", "Dawlat Abad");
        long balkh = battle(day, "DAY", "Balkh", "Dowlatabad");

        assertThat(claimJson(faryab).getList("possiblySameEvent", Long.class)).containsExactly(balkh);
        assertThat(claimJson(faryab).getList("placeConflicts", Long.class)).containsExactly(balkh);
        assertThat(claimJson(balkh).getList("placeConflicts", Long.class)).containsExactly(faryab);

        judge(alice, balkh, faryab, "SAME_EVENT");
        assertThat(claimJson(faryab).getList("sameEvent", Long.class)).containsExactly(balkh);
        assertThat(claimJson(faryab).getList("placeConflicts", Long.class)).containsExactly(balkh);
        assertThat(claimJson(balkh).getList("placeConflicts", Long.class)).containsExactly(faryab);
    }

    @Test
    void publishedClaimsMayStillBeLinkedWithoutChangingThem() {
        String bob = users.fresh("bob", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        long published = Api.verifiableClaim(alice, bob, claim(day, "DAY", "BATTLES", "ARMED_CLASH", "Nimroz", null));
        Api.publish(published, alice, editor);
        long other = battle(day, "DAY", "Nimroz", null);
        JsonPath before = claimJson(published);

        judge(bob, other, published, "SAME_EVENT");

        JsonPath after = claimJson(published);
        assertThat(after.getString("status")).isEqualTo("APPROVED");
        assertThat(after.getLong("version")).isEqualTo(before.getLong("version"));
        assertThat(after.getInt("revision")).isEqualTo(before.getInt("revision"));
        assertThat(after.getList("sameEvent", Long.class)).containsExactly(other);
    }

    @Test
    void badJudgementsAreRefusedNamingTheField() {
        long claim = battle(day, "DAY", "Nimroz", null);
        long other = battle(day, "DAY", "Nimroz", null);
        String path = "/api/claims/" + claim + "/links";

        Api.as(alice).body(Map.of("claimId", claim, "judgement", "SAME_EVENT")).post(path)
                .then().statusCode(400).body("fields[0].field", equalTo("claimId"));
        Api.as(alice).body(Map.of("claimId", other, "judgement", "MAYBE")).post(path)
                .then().statusCode(400).body("fields[0].field", equalTo("judgement"));
        Api.as(alice).body(Map.of("claimId", other)).post(path)
                .then().statusCode(400).body("fields[0].field", equalTo("judgement"));
        Api.as(alice).body(Map.of("judgement", "SAME_EVENT")).post(path)
                .then().statusCode(400).body("fields[0].field", equalTo("claimId"));
        Api.as(alice).body(Map.of("claimId", Long.MAX_VALUE, "judgement", "SAME_EVENT")).post(path)
                .then().statusCode(404);
        Api.as(alice).body(Map.of("claimId", claim, "judgement", "SAME_EVENT"))
                .post("/api/claims/" + Long.MAX_VALUE + "/links").then().statusCode(404);
        Api.as(alice).get("/api/claims/" + Long.MAX_VALUE + "/links").then().statusCode(404);

        Api.as(alice).get(path).then().statusCode(200).body("sameEvent", empty())
                .body("differentEvent", empty()).body("possiblySameEvent", hasItem((int) other))
                .body("possiblySameEvent", not(hasItem((int) claim))).body("links", empty());
    }

    @Test
    void theListAnswersNoSameEventFields() {
        battle(day, "DAY", "Nimroz", null);
        Api.as(alice).get("/api/claims?size=1").then().statusCode(200)
                .body("items[0].sameEvent", equalTo(null)).body("items[0].possiblySameEvent", equalTo(null));
    }
}
