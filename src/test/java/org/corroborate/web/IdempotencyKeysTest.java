package org.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.claim.Claim;
import org.corroborate.source.Source;

/** A retried POST with the same Idempotency-Key is answered as the first was and creates nothing more. */
@QuarkusTest
class IdempotencyKeysTest {

    @Inject
    TestUsers users;

    @Test
    void aRetriedClaimCreateReturnsTheFirstAnswer() {
        String alice = users.fresh("idem-alice", Role.REVIEWER);
        String token = Api.token(alice, "write");
        String key = UUID.randomUUID().toString();
        long before = QuarkusTransaction.requiringNew().call(() -> Claim.count());
        ExtractableResponse<Response> first = Api.withToken(token).header("Idempotency-Key", key).body(Api.claimBody())
                .post("/api/claims").then().statusCode(201).extract();
        ExtractableResponse<Response> again = Api.withToken(token).header("Idempotency-Key", key).body(Api.claimBody())
                .post("/api/claims").then().statusCode(201).header("Idempotency-Replayed", "true").extract();
        assertThat(again.jsonPath().getLong("id")).isEqualTo(first.jsonPath().getLong("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.body().asString()).isEqualTo(first.body().asString());
        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.count())).isEqualTo(before + 1);

        // with Basic too: the key belongs to the user, whichever way they sign in
        Api.as(alice).header("Idempotency-Key", key).body(Api.claimBody()).post("/api/claims").then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", equalTo(first.jsonPath().getInt("id")));
        // another user's same key is theirs
        String bob = users.fresh("idem-bob", Role.REVIEWER);
        long bobs = Api.as(bob).header("Idempotency-Key", key).body(Api.claimBody()).post("/api/claims").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        assertThat(bobs).isNotEqualTo(first.jsonPath().getLong("id"));
    }

    @Test
    void sourcesAndCitationsToo() {
        String alice = users.fresh("idem-cite", Role.REVIEWER);
        long claimId = Api.createClaim(alice);
        String key = UUID.randomUUID().toString();
        Map<String, Object> source = Map.of("url", "https://example.org/idem/" + System.nanoTime(), "title", "T",
                "outlet", "Idem outlet", "kind", "NEWS_MEDIA", "language", "en", "publishedAt", "2021-05-25");
        long sourceId = Api.as(alice).header("Idempotency-Key", key).body(source).post("/api/sources").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(alice).header("Idempotency-Key", key).body(source).post("/api/sources").then().statusCode(201)
                .body("id", equalTo((int) sourceId));

        String citeKey = UUID.randomUUID().toString();
        Map<String, Object> citation = Map.of("sourceId", sourceId, "stance", "SUPPORTS", "quote", "fifty dead",
                "claimant", "Idem claimant", "claimantIsParty", false, "statedFigure", "fifty");
        for (int i = 0; i < 3; i++) {
            Api.as(alice).header("Idempotency-Key", citeKey).body(citation).post("/api/claims/" + claimId + "/citations")
                    .then().statusCode(201);
        }
        Api.as(alice).get("/api/claims/" + claimId).then().body("citations.size()", equalTo(1));
        long sources = QuarkusTransaction.requiringNew().call(() -> Source.count("outlet", "Idem outlet"));
        assertThat(sources).isEqualTo(1);
    }

    @Test
    void aRefusedRequestKeepsNothingAndAKeyServesOneRequestOnly() {
        String alice = users.fresh("idem-refused", Role.REVIEWER);
        String key = UUID.randomUUID().toString();
        Map<String, Object> bad = Api.claimBody();
        bad.remove("statement");
        Api.as(alice).header("Idempotency-Key", key).body(bad).post("/api/claims").then().statusCode(400);
        long id = Api.as(alice).header("Idempotency-Key", key).body(Api.claimBody()).post("/api/claims").then()
                .statusCode(201).header("Idempotency-Replayed", org.hamcrest.Matchers.nullValue()).extract().jsonPath()
                .getLong("id");
        Api.as(alice).header("Idempotency-Key", key).body(Map.of("name", "Other " + System.nanoTime()))
                .post("/api/claimants").then().statusCode(422).body("fields[0].field", equalTo("Idempotency-Key"))
                .body("message", containsString("another request"));
        Api.as(alice).header("Idempotency-Key", "x".repeat(201)).body(Api.claimBody()).post("/api/claims").then()
                .statusCode(400).body("fields[0].field", equalTo("Idempotency-Key"));
        assertThat(id).isPositive();
    }
}
