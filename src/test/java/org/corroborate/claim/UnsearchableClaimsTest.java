package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.db.OlderRows;

/** Claims written before V19 get their search text on start-up, without moving their version, and are then found. */
@QuarkusTest
class UnsearchableClaimsTest extends OlderRows {

    @Inject
    TestUsers users;

    @Test
    void aClaimWithoutItsSearchTextGetsItOnStartAndIsFoundKeepingItsVersion() throws Exception {
        String alice = users.fresh("alice", Role.REVIEWER);
        Map<String, Object> body = Api.claimBody();
        String marker = "older" + System.nanoTime();
        body.put("statement", ClaimSearchApiTest.DARI + " " + marker);
        long id = Api.createClaim(alice, body);
        QuarkusTransaction.requiringNew().run(() -> Claim.getEntityManager()
                .createNativeQuery("UPDATE claim SET search_text = NULL WHERE id = ?1").setParameter(1, id).executeUpdate());
        long version = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(id).version);
        assertThat(found(alice, marker)).isEmpty();

        catchUpAsAfterAStart(); // as after a start

        assertThat(found(alice, ClaimSearchApiTest.ARABIC_FORMS + " تصرف كردند " + marker)).containsExactly(id);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(id).version)).isEqualTo(version);
    }

    private static List<Long> found(String user, String q) {
        return Api.as(user).queryParam("q", q).get("/api/claims").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
    }
}
