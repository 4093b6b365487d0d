package org.corroborate.evidence;

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
import org.corroborate.web.Browser;

/** What the claim's JSON and page make of its evidence: parsed figures, suggested fatalities, origins, checklists. */
@QuarkusTest
class EvidenceOnTheClaimTest {

    @Inject
    TestUsers users;

    @Test
    void statedFiguresAreReadIntoBoundsAndSuggestTheClaimsFatalities() {
        String alice = users.fresh("alice", Role.REVIEWER);
        long claimId = Api.createClaim(alice);
        cite(alice, claimId, "Outlet A", "SUPPORTS", "Army spokesman", true, "nearly 59");
        cite(alice, claimId, "Outlet B", "SUPPORTS", "Provincial council member", false, "more than 50");
        cite(alice, claimId, "Outlet C", "SUPPORTS", "Provincial council member", false, "no figure given");

        JsonPath claim = Api.as(alice).get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath();

        assertThat(claim.getMap("citations[0].figure")).containsEntry("low", null).containsEntry("high", 59)
                .containsEntry("approximate", false);
        assertThat(claim.getMap("citations[1].figure")).containsEntry("low", 51).containsEntry("high", null);
        assertThat(claim.getMap("citations[2]")).containsKey("figure").containsEntry("figure", null);
        assertThat(claim.getInt("suggestedFatalities.low")).isEqualTo(51);
        assertThat(claim.getInt("suggestedFatalities.high")).isEqualTo(51);
        assertThat(claim.getList("suggestedFatalities.basis.field")).contains("low", "best", "high");
        assertThat(claim.getString("suggestedFatalities.basis[0].derivation")).contains("citation #");

        assertThat(claim.getInt("evidence.independentOrigins")).isEqualTo(2);
        assertThat(claim.getInt("evidence.nonPartyOrigins")).isEqualTo(1);
        assertThat(claim.getBoolean("evidence.partyOnly")).isFalse();
        assertThat(claim.getList("evidence.origins.origin")).containsExactly("Army spokesman", "Provincial council member");
        assertThat(claim.getList("verdictRules.VERIFIED.unmet", String.class))
                .anySatisfy(rule -> assertThat(rule).contains("needs at least 1 review (has 0)"));
        assertThat(claim.getMap("verdictRules")).containsOnlyKeys("VERIFIED", "DISPUTED", "FALSE", "UNVERIFIABLE");
    }

    @Test
    void threeOutletsQuotingOneTalibanSpokesmanAreOneOriginUntilANonPartyOriginConfirms() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        String unique = Long.toString(System.nanoTime(), 36);
        String spokesman = "Zabihullah Mujahid " + unique;
        Api.as(alice).body(Map.of("name", spokesman, "aliases", List.of("Mujahid " + unique), "organisation",
                "Taliban " + unique, "party", true, "side", "Taliban")).post("/api/claimants").then().statusCode(201);
        long claimId = Api.createClaim(alice);
        cite(alice, claimId, "Outlet A", "SUPPORTS", spokesman, null, "at least 21");
        cite(alice, claimId, "Outlet B", "SUPPORTS", "Taliban spokesman " + spokesman, null, "21");
        cite(alice, claimId, "Outlet C", "SUPPORTS", "Mujahid " + unique, null, "at least 21");
        Api.review(alice, claimId, 5);
        Api.review(bob, claimId, 4);

        JsonPath claim = Api.as(alice).get("/api/claims/" + claimId).then().extract().jsonPath();
        assertThat(claim.getInt("evidence.independentOrigins")).isEqualTo(1);
        assertThat(claim.getBoolean("evidence.partyOnly")).isTrue();
        assertThat(claim.getList("citations.origin")).containsOnly("Taliban " + unique);
        assertThat(claim.getList("citations.claimantIsParty")).containsOnly(true);
        assertThat(claim.getList("verdictRules.VERIFIED.unmet", String.class)).contains(
                "VERIFIED needs supporting citations from at least 2 independent origins (has 1)");
        Api.as(alice).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + claimId + "/verdict").then()
                .statusCode(422);
        String page = Browser.signedIn(alice).get("/claims/" + claimId).body().asString();
        assertThat(page).contains("3 sources, 1 origin: Taliban " + unique + " (party) — no independent confirmation");

        cite(alice, claimId, "Outlet D", "SUPPORTS", "UNAMA " + unique, false, "at least 20");
        assertThat(Api.as(alice).get("/api/claims/" + claimId).then().extract().jsonPath()
                .getList("verdictRules.VERIFIED.unmet")).isEmpty();
        Api.as(alice).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + claimId + "/verdict").then()
                .statusCode(200);
    }

    @Test
    void oneClickUsesTheSuggestedFiguresWhichStayEditable() {
        String alice = users.fresh("alice", Role.REVIEWER);
        long claimId = Api.createClaim(alice);
        cite(alice, claimId, "Outlet A", "SUPPORTS", "Army spokesman", true, "nearly 59");
        cite(alice, claimId, "Outlet B", "SUPPORTS", "Provincial council member", false, "between 40 and 45");
        Browser browser = Browser.signedIn(alice);
        String claimUrl = "/claims/" + claimId;

        String page = browser.get(claimUrl).body().asString();
        assertThat(page).contains("nearly 59", "→ at most 59", "between 40 and 45", "→ 40 to 45", "Suggested fatalities",
                "Use these figures", "2 sources, 2 origins: Army spokesman (party), Provincial council member",
                "What each verdict needs");

        long version = Api.as(alice).get("/api/claims/" + claimId).then().extract().jsonPath().getLong("version");
        var used = browser.submit(claimUrl, claimUrl + "/fatalities", Map.of("version", version));
        assertThat(used.statusCode()).isEqualTo(303);
        assertThat(browser.follow(used).body().asString()).contains("Fatalities set to the suggested figures");
        JsonPath claim = Api.as(alice).get("/api/claims/" + claimId).then().extract().jsonPath();
        assertThat(List.of(claim.getInt("fatalities.low"), claim.getInt("fatalities.best"), claim.getInt("fatalities.high")))
                .containsExactly(40, 40, 45);

        Map<String, Object> edited = Api.claimBody();
        edited.put("fatalities", Map.of("low", 41, "best", 43, "high", 45));
        edited.put("version", claim.getLong("version"));
        Api.as(alice).body(edited).put("/api/claims/" + claimId).then().statusCode(200);
        assertThat(Api.as(alice).get("/api/claims/" + claimId).then().extract().jsonPath().getInt("fatalities.best"))
                .isEqualTo(43);
    }

    @Test
    void aStaleVersionOrNoFigureIsRefusedAndChangesNothing() {
        String alice = users.fresh("alice", Role.REVIEWER);
        long bare = Api.createClaim(alice);
        long cited = Api.createClaim(alice);
        cite(alice, cited, "Outlet A", "SUPPORTS", "Provincial council member", false, "at least 21");
        Browser browser = Browser.signedIn(alice);

        var noFigure = browser.submit("/claims/" + bare, "/claims/" + bare + "/fatalities", Map.of("version", 0));
        assertThat(noFigure.statusCode()).isEqualTo(409);
        assertThat(noFigure.body().asString()).contains("nothing to suggest");
        var stale = browser.submit("/claims/" + cited, "/claims/" + cited + "/fatalities", Map.of("version", 99));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body().asString()).contains("changed by someone else");
        assertThat(Api.as(alice).get("/api/claims/" + cited).then().extract().jsonPath().getInt("fatalities.best"))
                .isEqualTo(59);
        assertThat(Api.as(alice).get("/api/claims/" + bare).then().extract().jsonPath().getInt("fatalities.best"))
                .isEqualTo(59);
    }

    /** Attaches a new source of {@code outlet}; a null {@code party} leaves the flag to the claimant. */
    private static void cite(String user, long claimId, String outlet, String stance, String claimant, Boolean party,
            String figure) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("sourceId", Api.createSource(user, outlet), "stance",
                stance, "quote", figure, "claimant", claimant, "statedFigure", figure));
        if (party != null) {
            body.put("claimantIsParty", party);
        }
        Api.as(user).body(body).post("/api/claims/" + claimId + "/citations").then().statusCode(201);
    }
}
