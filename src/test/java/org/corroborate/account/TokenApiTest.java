package org.corroborate.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditEntry;

/** API tokens over JSON: made once with their secret, used as Bearer credentials, limited by scope, revoked. */
@QuarkusTest
class TokenApiTest {

    @Inject
    TestUsers users;

    @Test
    void aTokenIsShownOnceStoredAsAHashAndSignsInAsItsOwner() {
        String alice = users.fresh("token-alice", Role.REVIEWER);
        JsonPath created = Api.as(alice).body(Map.of("name", "nightly import", "scope", "write",
                "expiresAt", "2999-01-01")).post("/api/tokens").then().statusCode(201)
                .header("Cache-Control", "no-store").body("name", equalTo("nightly import"))
                .body("scope", equalTo("write")).body("expiresAt", startsWith("2999-01-01T00:00"))
                .body("token", startsWith("crb_")).extract().jsonPath();
        String secret = created.getString("token");
        assertThat(secret).hasSize(47);
        long id = created.getLong("id");
        String stored = QuarkusTransaction.requiringNew().call(() -> ApiToken.<ApiToken>findById(id).secretHash);
        assertThat(stored).isEqualTo(TokenSecret.hash(secret)).doesNotContain(secret.substring(4));

        Api.withToken(secret).get("/api/claims").then().statusCode(200);
        long claimId = Api.withToken(secret).body(Api.claimBody()).post("/api/claims").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(alice).get("/api/claims/" + claimId).then().statusCode(200).body("history[0].by", equalTo(alice));

        Api.as(alice).get("/api/tokens").then().statusCode(200).body("[0].id", equalTo((int) id))
                .body("[0].name", equalTo("nightly import")).body("[0].createdAt", notNullValue())
                .body("[0].lastUsedAt", notNullValue()).body("[0].revokedAt", nullValue())
                .body("[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("token")));
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and actor = ?2",
                AuditAction.TOKEN_CREATED, alice));
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aReadTokenMayOnlyGet() {
        String bob = users.fresh("token-bob", Role.REVIEWER);
        String read = Api.token(bob, "read");
        Api.withToken(read).get("/api/claims").then().statusCode(200);
        Api.withToken(read).body(Api.claimBody()).post("/api/claims").then().statusCode(403)
                .body("status", equalTo(403)).body("message", containsString("read"));
        Api.withToken(read).body("{}").delete("/api/tokens/1").then().statusCode(403);
    }

    @Test
    void revokedExpiredAndUnknownTokensAre401WithAReason() {
        String carol = users.fresh("token-carol", Role.REVIEWER);
        String secret = Api.token(carol, "write");
        long id = Api.as(carol).get("/api/tokens").then().extract().jsonPath().getLong("[0].id");
        Api.withToken(secret).get("/api/claims").then().statusCode(200);

        Api.as(carol).delete("/api/tokens/" + id).then().statusCode(204);
        Api.withToken(secret).get("/api/claims").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401))
                .body("message", containsString("revoked"));
        Api.as(carol).get("/api/tokens").then().body("[0].revokedAt", notNullValue()).body("[0].revokedBy", equalTo(carol));

        String expiring = Api.token(carol, "write");
        Api.withToken(expiring).get("/api/claims").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> ApiToken.update("expiresAt = ?1 where secretHash = ?2",
                Instant.now().minus(1, ChronoUnit.MINUTES), TokenSecret.hash(expiring)));
        Api.withToken(expiring).get("/api/claims").then().statusCode(401).body("message", containsString("expired"));

        Api.withToken("crb_" + "x".repeat(43)).get("/api/claims").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).body("message", containsString("not known"));
        Api.withToken("not-a-token").get("/api/claims").then().statusCode(401);
    }

    @Test
    void badInputNamesTheField() {
        String dave = users.fresh("token-dave", Role.REVIEWER);
        Api.as(dave).body(Map.of("scope", "write")).post("/api/tokens").then().statusCode(400)
                .body("fields.field", hasItem("name"));
        Api.as(dave).body(Map.of("name", "x".repeat(101), "scope", "write")).post("/api/tokens").then()
                .statusCode(400).body("fields.field", hasItem("name"));
        Api.as(dave).body(Map.of("name", "n", "scope", "admin")).post("/api/tokens").then().statusCode(400)
                .body("fields.field", hasItem("scope"));
        Api.as(dave).body(Map.of("name", "n", "scope", "read", "expiresAt", "2001-01-01")).post("/api/tokens")
                .then().statusCode(400).body("fields[0].field", equalTo("expiresAt"))
                .body("fields[0].message", containsString("future"));
        Api.as(dave).body(Map.of("name", "n", "scope", "read", "expiresAt", "next week")).post("/api/tokens")
                .then().statusCode(400).body("fields[0].field", equalTo("expiresAt"));
    }

    @Test
    void aTokenCannotMakeTokensAndOnlyAnAdminSeesAnothersTokens() {
        String erin = users.fresh("token-erin", Role.REVIEWER);
        String frank = users.fresh("token-frank", Role.REVIEWER);
        String admin = users.fresh("token-admin", Role.ADMIN);
        String write = Api.token(erin, "write");
        Api.withToken(write).body(Map.of("name", "more", "scope", "write")).post("/api/tokens").then().statusCode(403);
        Api.as(frank).get("/api/tokens?user=" + erin).then().statusCode(403);
        long id = Api.as(admin).get("/api/tokens?user=" + erin).then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
        Api.as(frank).delete("/api/tokens/" + id).then().statusCode(404);
        Api.withToken(write).get("/api/claims").then().statusCode(200);
        Api.as(admin).delete("/api/tokens/" + id).then().statusCode(204);
        Api.withToken(write).get("/api/claims").then().statusCode(401);
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and actor = ?2",
                AuditAction.TOKEN_REVOKED, admin));
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void theApiDocumentDeclaresBearerAndBasic() {
        RestAssured.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.basic.scheme", equalTo("basic"))
                .body("paths.'/api/tokens'.post.security.size()", equalTo(2))
                .body("paths.'/api/claims'.post.parameters.name", hasItem("Idempotency-Key"));
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        String owner = users.fresh("token-use", Role.REVIEWER);
        String secret = Api.token(owner, "read");
        long id = Api.as(owner).get("/api/tokens").then().extract().jsonPath().getLong("[0].id");
        assertThat(lastUse(id)).as("never used").isNull();
        Api.withToken(secret).get("/api/claims").then().statusCode(200);
        Instant first = lastUse(id);
        assertThat(first).isNotNull();
        for (int i = 0; i < 5; i++) {
            Api.withToken(secret).get("/api/claims").then().statusCode(200);
        }
        assertThat(lastUse(id)).as("not written again within the minute").isEqualTo(first);
    }

    private static Instant lastUse(long tokenId) {
        return QuarkusTransaction.requiringNew().call(() -> ApiTokenUse.<ApiTokenUse>findById(tokenId).lastUsedAt);
    }
}
