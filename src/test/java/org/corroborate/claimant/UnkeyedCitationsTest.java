package org.corroborate.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.citation.Citation;
import org.corroborate.db.StartupCatchUp;

/** Citations written before V10 (no key, no claimant) are keyed and resolved on start. */
@QuarkusTest
class UnkeyedCitationsTest {

    @Inject
    TestUsers users;

    @Inject
    StartupCatchUp catchUp;

    /** This start's own catch-up has run, so the rows written below as an older version would are left to the test. */
    @BeforeEach
    void startupCatchUpDone() throws Exception {
        assertThat(catchUp.atStart().get(60, TimeUnit.SECONDS).failed()).isEmpty();
    }

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

        assertThat(catchUp.runInBackground().get(60, TimeUnit.SECONDS).failed()).isEmpty(); // as after a start

        JsonPath claim = Api.as(alice).get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath();
        assertThat(claim.getLong("citations[0].claimantId")).isEqualTo(id);
        assertThat(claim.getBoolean("citations[0].claimantIsParty")).isTrue();
        assertThat(claim.getString("citations[0].origin")).isEqualTo("Early org " + n);
        String key = QuarkusTransaction.requiringNew().call(() -> Citation.<Citation>find("claim.id", claimId)
                .firstResult().claimantKey);
        assertThat(key).isEqualTo("early voice " + n);
    }
}
