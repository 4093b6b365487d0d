package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** A claim's ClaimReview once it has left the published record: retracted (410) or never published (404). */
@QuarkusTest
class ClaimReviewApiTest {

    private static final String NOTE = "The district was misidentified; the fighting was in the next valley.";

    @Inject
    TestUsers users;

    @Test
    void aRetractedClaimIsGoneAndTheAnswerSaysWhenByWhomAndWhy() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        long claimId = Api.publishedClaim(alice, users.fresh("bob", Role.REVIEWER), editor);
        RestAssured.get("/api/claims/" + claimId + "/claimreview").then().statusCode(200);
        String retractedAt = Api.retract(claimId, editor, NOTE);

        for (String accept : new String[] { ClaimReviewApi.JSON_LD, "application/json", "*/*" }) {
            JsonPath gone = RestAssured.given().accept(accept).get("/api/claims/" + claimId + "/claimreview").then()
                    .statusCode(410).contentType("application/json").extract().jsonPath();
            assertThat(gone.getInt("status")).isEqualTo(410);
            assertThat(gone.getString("message")).as("asked for " + accept)
                    .contains("retracted", retractedAt, editor, NOTE);
            assertThat(gone.getList("fields")).isEmpty();
            assertThat(gone.getString("retraction.at")).isEqualTo(retractedAt);
            assertThat(gone.getString("retraction.by")).isEqualTo(editor);
            assertThat(gone.getString("retraction.note")).isEqualTo(NOTE);
        }
    }

    @Test
    void aClaimNeverPublishedIsNotFound() {
        String alice = users.fresh("alice", Role.REVIEWER);
        long open = Api.createClaim(alice);
        long proposed = Api.verifiableClaim(alice, users.fresh("bob", Role.REVIEWER));
        Api.as(alice).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + proposed + "/verdict").then()
                .statusCode(200);

        for (long claimId : new long[] { open, proposed, 987_654_321L }) {
            JsonPath missing = RestAssured.get("/api/claims/" + claimId + "/claimreview").then().statusCode(404)
                    .extract().jsonPath();
            assertThat(missing.getString("retraction")).isNull();
        }
    }

    @Test
    void theGoneAnswerIsDocumented() {
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/claims/{claimId}/claimreview'.get.responses.'410'.description", notNullValue())
                .body("paths.'/api/claims/{claimId}/claimreview'.get.responses.'404'.description", notNullValue());
    }
}
