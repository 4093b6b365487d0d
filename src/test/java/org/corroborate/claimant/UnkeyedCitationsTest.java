package org.corroborate.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.citation.Citation;
import org.corroborate.db.OlderRows;

/** Citations written before V10 (no key, no claimant) are keyed and resolved on start. */
@QuarkusTest
class UnkeyedCitationsTest extends OlderRows {

    @Inject
    TestUsers users;

    @Test
    void aCitationFromBeforeClaimantsGetsItsKeyAndItsClaimantOnStart() throws Exception {
        String alice = users.fresh("alice", Role.REVIEWER);
        String n = String.valueOf(System.nanoTime());
        long claimId = Api.createClaim(alice);
        Api.cite(alice, claimId, Api.createSource(alice, "Early outlet"), "SUPPORTS", "Commander Early Voice " + n, false);
        // as the migration leaves an older citation: no key, no claimant, its flag the claimant's to give
        QuarkusTransaction.requiringNew().run(() -> Citation.update(
                "claimantKey = null, claimantId = null, partyExplicit = false where claim.id = ?1", claimId));
        long id = Api.as(alice).body(Map.of("name", "Early Voice " + n, "organisation", "Early org " + n, "party", true))
                .post("/api/claimants").then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(Api.as(alice).get("/api/claims/" + claimId).jsonPath().getString("citations[0].claimantId")).isNull();

        catchUpAsAfterAStart(); // as after a start

        JsonPath claim = Api.as(alice).get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath();
        assertThat(claim.getLong("citations[0].claimantId")).isEqualTo(id);
        assertThat(claim.getBoolean("citations[0].claimantIsParty")).isTrue();
        assertThat(claim.getString("citations[0].origin")).isEqualTo("Early org " + n);
        String key = QuarkusTransaction.requiringNew().call(() -> Citation.<Citation>find("claim.id", claimId)
                .firstResult().claimantKey);
        assertThat(key).isEqualTo("early voice " + n);
    }
}
