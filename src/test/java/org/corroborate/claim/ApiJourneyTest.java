package org.corroborate.claim;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** From an imported article to an exported event, over the JSON API only. */
@QuarkusTest
class ApiJourneyTest {

    @Inject
    TestUsers users;

    @Test
    void articleToApprovedExportedEvent() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);

        String article = "date 2021-05-24 Islam Times - Officials said fifty insurgents died near Mihtarlam.\n\n"
                + "The provincial capital saw heavy fighting overnight (" + System.nanoTime() + ").";
        long importedId = Api.as(alice).contentType(ContentType.TEXT).body(article)
                .queryParam("url", "https://www.islamtimes.org/en/news/" + System.nanoTime() + "?utm_source=x")
                .post("/api/sources/import")
                .then().statusCode(201)
                .body("outlet", equalTo("Islam Times"))
                .body("publishedAt", equalTo("2021-05-24"))
                .body("url", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("utm_source")))
                .extract().jsonPath().getLong("id");
        long wireId = Api.createSource(alice, "AFP");

        Map<String, Object> body = Api.claimBody();
        body.put("statement", "Government forces killed 50 Taliban fighters near Mihtarlam, Laghman.");
        long claimId = Api.as(alice).body(body).post("/api/claims")
                .then().statusCode(201).header("Location", notNullValue())
                .body("status", equalTo("OPEN")).body("version", notNullValue())
                .extract().jsonPath().getLong("id");

        Api.as(alice).body(Map.of("sourceId", importedId, "stance", "SUPPORTS", "quote", "50 militants killed",
                "claimant", "Defense Ministry", "claimantIsParty", true, "statedFigure", "50"))
                .post("/api/claims/" + claimId + "/citations").then().statusCode(201)
                .body("claimant", equalTo("Defense Ministry"));
        Api.as(alice).body(Map.of("sourceId", wireId, "stance", "SUPPORTS", "quote", "some fifty dead",
                "claimant", "Provincial council member", "claimantIsParty", false, "statedFigure", "some fifty"))
                .post("/api/claims/" + claimId + "/citations").then().statusCode(201);

        Api.review(alice, claimId, 5);
        Api.review(bob, claimId, 4);

        Api.as(alice).body(Map.of("verdict", "VERIFIED", "note", "Two claimants, one independent."))
                .post("/api/claims/" + claimId + "/verdict")
                .then().statusCode(200).body("status", equalTo("PROPOSED")).body("verdict", equalTo("VERIFIED"));
        Api.as(editor).body(Map.of("decision", "APPROVE", "note", "Checked."))
                .post("/api/claims/" + claimId + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("approvedBy", equalTo(editor));

        JsonPath claim = Api.as(bob).get("/api/claims/" + claimId).then().statusCode(200)
                .body("citations", hasSize(2))
                .body("reviews.reviewer", org.hamcrest.Matchers.containsInAnyOrder(alice, bob))
                .body("credibility.reviews", equalTo(2))
                .body("history.to", contains("OPEN", "PROPOSED", "APPROVED"))
                .body("history.by", contains(alice, alice, editor))
                .extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(claim.getList("reviews.updatedAt")).doesNotContainNull();

        List<Map<String, Object>> events = Api.anonymous().queryParam("limit", 1000).get("/api/events")
                .then().statusCode(200).body("generatedAt", notNullValue())
                .extract().jsonPath().getList("events");
        Map<String, Object> event = events.stream().filter(e -> ((Number) e.get("claimId")).longValue() == claimId)
                .findFirst().orElseThrow(() -> new AssertionError("approved claim missing from the export"));
        org.assertj.core.api.Assertions.assertThat(event)
                .containsEntry("status", "APPROVED").containsEntry("verdict", "VERIFIED").containsEntry("revision", 1)
                .containsEntry("approvedBy", editor).containsKey("changedAt");
        org.assertj.core.api.Assertions.assertThat((List<?>) event.get("citations")).hasSize(2);

        Api.as(bob).get("/api/sources/" + importedId).then().statusCode(200)
                .body("claims.claimId", hasItem((int) claimId));
    }
}
