package org.corroborate.claimant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditEntry;

/** Claimants over the JSON API, and how citations resolve to them. Names are unique per test: one shared database. */
@QuarkusTest
class ClaimantApiTest {

    @Inject
    TestUsers users;

    String alice;
    String n;

    @BeforeEach
    void setUp() {
        alice = users.fresh("alice", Role.REVIEWER);
        n = String.valueOf(System.nanoTime());
    }

    private static Map<String, Object> claimant(String name, List<String> aliases, String organisation, boolean party,
            String side) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("aliases", aliases);
        body.put("organisation", organisation);
        body.put("party", party);
        body.put("side", side);
        return body;
    }

    private long create(Map<String, Object> body) {
        return Api.as(alice).body(body).post("/api/claimants").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Attaches a new source's citation with this claimant text; {@code party} null leaves it to the claimant. */
    private JsonPath cite(long claimId, String claimant, Boolean party) {
        Map<String, Object> body = new HashMap<>(Map.of("sourceId", Api.createSource(alice, "Outlet " + n), "stance",
                "SUPPORTS", "quote", "a short phrase", "claimant", claimant));
        if (party != null) {
            body.put("claimantIsParty", party);
        }
        return Api.as(alice).body(body).post("/api/claims/" + claimId + "/citations").then().statusCode(201).extract()
                .jsonPath();
    }

    private JsonPath citations(long claimId) {
        return Api.as(alice).get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aClaimantIsCreatedWithItsAliasesAndItsJsonHasExactlyItsFields() {
        String name = "Karim Testname" + n;
        var answer = Api.as(alice).body(claimant("Spokesman " + name, List.of("Testname" + n, " " + name + " "),
                "Org " + n, true, "Side " + n)).post("/api/claimants");
        assertThat(answer.statusCode()).isEqualTo(201);
        JsonPath created = answer.jsonPath();
        assertThat(answer.header("Location")).endsWith("/api/claimants/" + created.getLong("id"));
        assertThat(created.getMap("")).containsOnlyKeys("id", "name", "aliases", "organisation", "party", "side");
        assertThat(created.getString("name")).isEqualTo("Spokesman " + name);
        assertThat(created.getList("aliases")).containsExactly("Testname" + n); // the second has the name's key
        assertThat(created.getString("organisation")).isEqualTo("Org " + n);
        assertThat(created.getBoolean("party")).isTrue();
        assertThat(created.getString("side")).isEqualTo("Side " + n);
        long id = created.getLong("id");
        Api.as(alice).get("/api/claimants/" + id).then().statusCode(200).body("name", equalTo("Spokesman " + name));
        Api.as(alice).get("/api/claimants?q=testname" + n).then().statusCode(200).body("id", contains((int) id));
    }

    @Test
    void aTakenNameOrAliasIs409WithTheExistingIdAndNothingIsWritten() {
        long id = create(claimant("Nasir Holder" + n, List.of("Holder" + n), null, false, null));

        Api.as(alice).body(claimant("Mr. Nasir HOLDER" + n, List.of(), null, false, null)).post("/api/claimants")
                .then().statusCode(409).body("existingId", equalTo((int) id)).body("fields[0].field", equalTo("name"));
        Api.as(alice).body(claimant("Someone Else" + n, List.of("Fresh" + n, "holder" + n), null, false, null))
                .post("/api/claimants").then().statusCode(409).body("existingId", equalTo((int) id))
                .body("fields[0].field", equalTo("aliases[1]"));
        Api.as(alice).queryParam("q", "Someone Else" + n).get("/api/claimants").then().statusCode(200).body("size()", equalTo(0));
        Api.as(alice).get("/api/claimants?q=fresh" + n).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void badInputIs400NamingTheField() {
        Api.as(alice).body(claimant("", List.of(), null, false, null)).post("/api/claimants").then().statusCode(400)
                .body("fields.field", hasItem("name"));
        Api.as(alice).body(claimant("x".repeat(201), List.of(), null, false, null)).post("/api/claimants").then()
                .statusCode(400).body("fields.field", hasItem("name"));
        Api.as(alice).body(claimant("Punctuation" + n, List.of("..."), null, false, null)).post("/api/claimants")
                .then().statusCode(400).body("fields.field", hasItem("aliases[0]"));
        Map<String, Object> wrongType = claimant("Typed" + n, List.of(), null, false, null);
        wrongType.put("party", "maybe");
        Api.as(alice).body(wrongType).post("/api/claimants").then().statusCode(400).body("fields[0].field",
                equalTo("party"));
        Api.as(alice).body(claimant("Long side" + n, List.of(), null, true, "s".repeat(101))).post("/api/claimants")
                .then().statusCode(400).body("fields.field", hasItem("side"));
        Api.as(alice).get("/api/claimants?q=" + n).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aliasesAreAddedOneOrSeveralAndOneOfAnotherClaimantIs409() {
        long id = create(claimant("Alias Owner" + n, List.of(), null, false, null));
        long other = create(claimant("Other Owner" + n, List.of(), null, false, null));

        Api.as(alice).body(Map.of("alias", "Owner" + n)).post("/api/claimants/" + id + "/aliases").then()
                .statusCode(200).body("aliases", contains("Owner" + n));
        Api.as(alice).body(Map.of("aliases", List.of("First" + n, "Second" + n, "owner" + n)))
                .post("/api/claimants/" + id + "/aliases").then().statusCode(200)
                .body("aliases", containsInAnyOrder("Owner" + n, "First" + n, "Second" + n));
        Api.as(alice).body(Map.of("alias", "Commander Other Owner" + n)).post("/api/claimants/" + id + "/aliases")
                .then().statusCode(409).body("existingId", equalTo((int) other)).body("fields[0].field", equalTo("alias"));
        Api.as(alice).body(Map.of("alias", " ")).post("/api/claimants/" + id + "/aliases").then().statusCode(400)
                .body("fields[0].field", equalTo("alias"));
        Api.as(alice).body(Map.of("alias", "Lost" + n)).post("/api/claimants/987654321/aliases").then().statusCode(404);
    }

    @Test
    void aMergeMovesNamesAndCitationsAndDeletesTheMergedOne() {
        long merged = create(claimant("Merged Voice" + n, List.of("Voice" + n), "Merged org " + n, false, null));
        long survivor = create(claimant("Surviving Voice" + n, List.of(), "Surviving org " + n, true, "Side " + n));
        long claimId = Api.createClaim(alice);
        cite(claimId, "Official Merged Voice" + n, null);
        cite(claimId, "Voice" + n, true);

        Api.as(alice).body(Map.of("into", merged)).post("/api/claimants/" + merged + "/merge").then().statusCode(422)
                .body("fields[0].field", equalTo("into"));
        Api.as(alice).body(Map.of("into", 987654321)).post("/api/claimants/" + merged + "/merge").then().statusCode(404)
                .body("fields[0].field", equalTo("into"));
        Api.as(alice).body(Map.of("into", survivor)).post("/api/claimants/987654321/merge").then().statusCode(404);
        Api.as(alice).body(Map.of()).post("/api/claimants/" + merged + "/merge").then().statusCode(400)
                .body("fields[0].field", equalTo("into"));
        Api.as(alice).get("/api/claimants/" + merged).then().statusCode(200).body("aliases", contains("Voice" + n));

        Api.as(alice).body(Map.of("into", survivor)).post("/api/claimants/" + merged + "/merge").then().statusCode(200)
                .body("id", equalTo((int) survivor)).body("name", equalTo("Surviving Voice" + n))
                .body("aliases", containsInAnyOrder("Merged Voice" + n, "Voice" + n));

        Api.as(alice).get("/api/claimants/" + merged).then().statusCode(404);
        JsonPath claim = citations(claimId);
        assertThat(claim.getList("citations.claimantId", Long.class)).containsOnly(survivor);
        assertThat(claim.getList("citations.origin")).containsOnly("Surviving org " + n);
        // the first took its flag from the claimant (now the survivor's), the second keeps the reviewer's
        assertThat(claim.getList("citations.claimantIsParty")).containsExactly(true, true);
        Api.as(alice).body(Map.of("alias", "Merged Voice" + n)).post("/api/claimants/" + survivor + "/aliases").then()
                .statusCode(200);
        assertThat(audited(AuditAction.CLAIMANTS_MERGED, survivor)).singleElement()
                .satisfies(e -> assertThat(e.detail).contains("Merged Voice" + n));
    }

    private static List<AuditEntry> audited(AuditAction action, long claimantId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("action = ?1 and subject = ?2",
                action, "claimant " + claimantId));
    }

    @Test
    void aChangedPartyFlagReachesTheCitationsThatTakeItFromTheClaimant() {
        long id = create(claimant("Flag Holder" + n, List.of(), "Flag org " + n, false, null));
        long claimId = Api.createClaim(alice);
        JsonPath implicit = cite(claimId, "Spokesman Flag Holder" + n, null);
        assertThat(implicit.getLong("claimantId")).isEqualTo(id);
        assertThat(implicit.getBoolean("claimantIsParty")).isFalse();
        cite(claimId, "Flag Holder" + n, false);

        Api.as(alice).body(claimant("Flag Holder" + n, List.of(), "Flag org " + n, true, "Side " + n))
                .put("/api/claimants/" + id).then().statusCode(200).body("party", equalTo(true));

        assertThat(citations(claimId).getList("citations.claimantIsParty")).containsExactly(true, false);
        assertThat(audited(AuditAction.CLAIMANT_PARTY_CHANGED, id)).singleElement()
                .satisfies(e -> assertThat(e.actor).isEqualTo(alice));

        // a new name keeps the old one as an alias; party absent keeps the flag
        Map<String, Object> renamed = claimant("Flag Bearer" + n, null, "Flag org " + n, false, null);
        renamed.remove("party");
        Api.as(alice).body(renamed).put("/api/claimants/" + id).then().statusCode(200)
                .body("name", equalTo("Flag Bearer" + n)).body("aliases", contains("Flag Holder" + n))
                .body("party", equalTo(true));
    }

    @Test
    void aNewClaimantResolvesCitationsThatHadNone() {
        long claimId = Api.createClaim(alice);
        JsonPath before = cite(claimId, "Commander Unclaimed Voice" + n, null);
        assertThat(before.getString("claimantId")).isNull();
        assertThat(before.getString("origin")).isEqualTo("Unclaimed Voice" + n);
        assertThat(before.getBoolean("claimantIsParty")).isFalse();

        long id = create(claimant("Unclaimed Voice" + n, List.of(), "Voice org " + n, true, "Side " + n));

        JsonPath after = citations(claimId);
        assertThat(after.getLong("citations[0].claimantId")).isEqualTo(id);
        assertThat(after.getString("citations[0].origin")).isEqualTo("Voice org " + n);
        assertThat(after.getBoolean("citations[0].claimantIsParty")).isTrue();

        JsonPath aliased = cite(claimId, "Nickname" + n, null);
        assertThat(aliased.getString("claimantId")).isNull();
        Api.as(alice).body(Map.of("alias", "Nickname" + n)).post("/api/claimants/" + id + "/aliases").then()
                .statusCode(200);
        assertThat(citations(claimId).getList("citations.claimantId", Long.class)).containsExactly(id, id);
    }

    @Test
    void aTalibanSpokesmansCitationResolvesToZabihullahMujahidWithTheTalibanAsOrigin() {
        // the demo data, when a test loaded it into the shared database, has him already
        var answer = Api.as(alice).body(claimant("Zabihullah Mujahid", List.of("Mujahid"), "Taliban", true, "Taliban"))
                .post("/api/claimants");
        long id = answer.statusCode() == 409 ? answer.jsonPath().getLong("existingId")
                : answer.then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(alice).get("/api/claimants/" + id).then().body("organisation", equalTo("Taliban"));
        long claimId = Api.createClaim(alice);

        JsonPath attached = cite(claimId, "Taliban spokesman Zabihullah Mujahid", null);

        assertThat(attached.getLong("claimantId")).isEqualTo(id);
        assertThat(attached.getString("origin")).isEqualTo("Taliban");
        assertThat(attached.getBoolean("claimantIsParty")).isTrue();
        JsonPath claim = citations(claimId);
        assertThat(claim.getLong("citations[0].claimantId")).isEqualTo(id);
        assertThat(claim.getString("citations[0].origin")).isEqualTo("Taliban");
    }

    @Test
    void readingNeedsASignInAndWritingAReviewerOrEditor() {
        Api.anonymous().get("/api/claimants").then().statusCode(401);
        String admin = users.fresh("admin", Role.ADMIN);
        Api.as(admin).get("/api/claimants").then().statusCode(200);
        Api.as(admin).body(claimant("Admin made" + n, List.of(), null, false, null)).post("/api/claimants").then()
                .statusCode(403);
        Api.as(alice).get("/api/claimants/987654321").then().statusCode(404).body("status", equalTo(404))
                .body("message", equalTo("No claimant with id 987654321"));
        Api.as(alice).get("/api/claimants?q=" + n).then().body("size()", equalTo(0)).body("[0]", nullValue());
    }
}
