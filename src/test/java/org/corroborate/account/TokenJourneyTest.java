package org.corroborate.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;

/**
 * What a script does with tokens: a reviewer's write token imports a source, creates a claim, cites, reviews and
 * proposes; an editor's token approves. A read token is refused every write.
 */
@QuarkusTest
class TokenJourneyTest {

    @Inject
    TestUsers users;

    @Test
    void aScriptWithAWriteTokenDoesAReviewersWorkAndAnEditorsTokenApproves() {
        String alice = users.fresh("script-alice", Role.REVIEWER);
        String bob = users.fresh("script-bob", Role.REVIEWER);
        String editor = users.fresh("script-editor", Role.EDITOR);
        String script = Api.token(alice, "write");
        String second = Api.token(bob, "write");
        String approver = Api.token(editor, "write");

        String article = "date 2021-05-24 Islam Times - Officials said fifty insurgents died near Mihtarlam.\n\n"
                + "The provincial capital saw heavy fighting overnight (" + System.nanoTime() + ").";
        long imported = Api.withToken(script).contentType(ContentType.TEXT).body(article)
                .queryParam("url", "https://www.islamtimes.org/en/news/" + System.nanoTime())
                .post("/api/sources/import").then().statusCode(201).extract().jsonPath().getLong("id");
        long wire = Api.withToken(script).body(Map.of("url", "https://example.org/wire/" + System.nanoTime(),
                "title", "Fifty dead near Mihtarlam", "outlet", "AFP", "kind", "WIRE_SERVICE", "language", "en",
                "publishedAt", "2021-05-25")).post("/api/sources").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long claimId = Api.withToken(script).body(Api.claimBody()).post("/api/claims").then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().jsonPath().getLong("id");
        Api.withToken(script).body(Map.of("sourceId", imported, "stance", "SUPPORTS", "quote", "fifty insurgents died",
                "claimant", "Defense Ministry", "claimantIsParty", true, "statedFigure", "fifty"))
                .post("/api/claims/" + claimId + "/citations").then().statusCode(201);
        Api.withToken(script).body(Map.of("sourceId", wire, "stance", "SUPPORTS", "quote", "some fifty dead",
                "claimant", "Provincial council member", "claimantIsParty", false, "statedFigure", "some fifty"))
                .post("/api/claims/" + claimId + "/citations").then().statusCode(201);
        for (String token : List.of(script, second)) {
            Api.withToken(token).body(Map.of("rating", 5, "rationale", "Two independent outlets agree.",
                    "tags", List.of("GOOD_SOURCES"))).put("/api/claims/" + claimId + "/reviews/mine").then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        Api.withToken(script).body(Map.of("verdict", "VERIFIED", "note", "Two claimants, one independent"))
                .post("/api/claims/" + claimId + "/verdict").then().statusCode(200).body("status", equalTo("PROPOSED"));
        Api.withToken(script).body(Map.of("decision", "APPROVE", "note", "mine")).post("/api/claims/" + claimId
                + "/decision").then().statusCode(403);
        Api.withToken(approver).body(Map.of("decision", "APPROVE", "note", "Checked"))
                .post("/api/claims/" + claimId + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"));

        Api.withToken(script).get("/api/claims/" + claimId).then().statusCode(200)
                .body("history.by", org.hamcrest.Matchers.hasItems(alice, editor))
                .body("reviews.reviewer", org.hamcrest.Matchers.hasItems(alice, bob));
    }

    @Test
    void aReadTokenIsRefusedEveryWriteWith403() {
        String carol = users.fresh("script-carol", Role.EDITOR);
        String read = Api.token(carol, "read");
        long claimId = Api.createClaim(carol);
        long sourceId = Api.createSource(carol, "Read-only outlet");
        Api.withToken(read).get("/api/claims/" + claimId).then().statusCode(200);
        Api.withToken(read).get("/api/claims?q=Taywara").then().statusCode(200);
        Map<String, String> writes = Map.of(
                "POST /api/claims", "{}",
                "PUT /api/claims/" + claimId, "{}",
                "POST /api/sources", "{}",
                "PUT /api/sources/" + sourceId, "{}",
                "POST /api/claims/" + claimId + "/citations", "{}",
                "PUT /api/claims/" + claimId + "/reviews/mine", "{}",
                "DELETE /api/claims/" + claimId + "/reviews/mine", "{}",
                "POST /api/claims/" + claimId + "/verdict", "{}",
                "POST /api/claims/" + claimId + "/decision", "{}",
                "POST /api/claims/" + claimId + "/retraction", "{}");
        writes.forEach((call, body) -> {
            String[] parts = call.split(" ");
            Api.withToken(read).body(body).request(parts[0], parts[1]).then().statusCode(403)
                    .body("status", equalTo(403)).body("message", containsString("scope is read"));
        });
        Api.withToken(read).contentType(ContentType.TEXT).body("date 2021-05-24 X - y").post("/api/sources/import")
                .then().statusCode(403);
    }
}
