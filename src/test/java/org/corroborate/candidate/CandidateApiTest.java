package org.corroborate.candidate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code GET /api/sources/{id}/candidates} and taking a candidate up over the API: as a claim, or onto one. */
@QuarkusTest
class CandidateApiTest {

    @Inject
    TestUsers users;

    /** An article written for this test, unique so that the shared test database takes it as new. */
    private static long importArticle(String reviewer, String text, String publishedAt) {
        var request = Api.as(reviewer).contentType(ContentType.TEXT).body(text + "\n\nReport " + System.nanoTime() + ".");
        if (publishedAt != null) {
            request = request.queryParam("publishedAt", publishedAt);
        }
        return request.post("/api/sources/import").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static final String RETAKEN = "Afghan special forces retook Imam Sahib district in Kunduz province on"
            + " Tuesday after a night of fighting, a police spokesman said. At least 14 insurgents were killed, he"
            + " added.";

    @Test
    void aCandidateSaysWhatItFoundAndWhereInTheText() {
        String reviewer = users.fresh("reader", Role.REVIEWER);
        long source = importArticle(reviewer, RETAKEN, "2020-03-05");

        JsonPath body = Api.as(reviewer).get("/api/sources/" + source + "/candidates").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].eventDate", equalTo("2020-03-03"))
                .body("[0].datePrecision", equalTo("DAY"))
                .body("[0].location.admin1", equalTo("Kunduz"))
                .body("[0].location.admin2", equalTo("Imam Sahib"))
                .body("[0].location.pcode", equalTo("AF1905"))
                .body("[0].location.precision", equalTo("ADMIN2"))
                .body("[0].eventType", equalTo("BATTLES"))
                .body("[0].subEventType", equalTo("GOVERNMENT_REGAINS_TERRITORY"))
                .body("[0].actor1", containsString("Military Forces of Afghanistan"))
                .body("[0].actor2", equalTo("Unidentified Armed Group (Afghanistan)"))
                .body("[0].fatalities.low", equalTo(14))
                .body("[0].citations[0].claimant", equalTo("a police spokesman"))
                .body("[0].citations[0].claimantIsParty", equalTo(true))
                .body("[0].citations[0].stance", equalTo("SUPPORTS"))
                .body("[0].citations[0].statedFigure", equalTo("At least 14 insurgents"))
                .extract().jsonPath();
        String text = Api.as(reviewer).get("/api/sources/" + source).jsonPath().getString("text");
        int start = body.getInt("[0].span.start");
        int end = body.getInt("[0].span.end");
        assertThat(text.substring(start, end)).startsWith("Afghan special forces retook Imam Sahib");
    }

    @Test
    void oneCallWritesTheClaimWithItsCitationsAndAnotherReportAddsToIt() {
        String reviewer = users.fresh("writer", Role.REVIEWER);
        long first = importArticle(reviewer, RETAKEN, "2020-03-05");
        var taken = Api.as(reviewer).contentType(ContentType.JSON).post("/api/sources/" + first + "/candidates/0/claim")
                .then().statusCode(201).extract().jsonPath();
        long claimId = taken.getLong("claimId");
        assertThat(taken.getList("citationIds")).hasSize(1);
        Api.as(reviewer).get("/api/claims/" + claimId).then().statusCode(200)
                .body("subEventType", equalTo("GOVERNMENT_REGAINS_TERRITORY"))
                .body("location.pcode", equalTo("AF1905"))
                .body("citations", hasSize(1))
                .body("citations[0].claimant", equalTo("a police spokesman"))
                .body("citations[0].statedFigure", equalTo("At least 14 insurgents"));

        long second = importArticle(reviewer, "Government forces recaptured Imam Sahib in Kunduz on Tuesday, the"
                + " interior ministry confirmed.", "2020-03-04");
        Api.as(reviewer).get("/api/sources/" + second + "/candidates").then().statusCode(200)
                .body("[0].sameEventAs", hasItem((int) claimId));
        Api.as(reviewer).contentType(ContentType.JSON).body(Map.of("claimId", claimId))
                .post("/api/sources/" + second + "/candidates/0/citations").then().statusCode(201)
                .body("claimId", equalTo((int) claimId)).body("citationIds", hasSize(1));
        Api.as(reviewer).get("/api/claims/" + claimId).then().body("citations", hasSize(2))
                .body("citations.claimant", hasItem("the interior ministry"));
    }

    @Test
    void anUndatedCandidateNeedsTheCallerToSayTheDateAndWritesNothingUntilThen() {
        String reviewer = users.fresh("writer", Role.REVIEWER);
        long source = importArticle(reviewer, "Afghan special forces retook Imam Sahib district in Kunduz province on"
                + " Tuesday, officials said.", null);
        Api.as(reviewer).get("/api/sources/" + source + "/candidates").then().body("[0].eventDate", nullValue());

        Api.as(reviewer).contentType(ContentType.JSON).post("/api/sources/" + source + "/candidates/0/claim").then()
                .statusCode(400).body("fields.field", hasItem("eventDate"));
        Api.as(reviewer).get("/api/sources/" + source).then().body("claims", hasSize(0));

        Map<String, Object> finished = Api.claimBody();
        finished.put("eventDate", "2020-03-03");
        Api.as(reviewer).contentType(ContentType.JSON).body(finished)
                .post("/api/sources/" + source + "/candidates/0/claim").then().statusCode(201);
        Api.as(reviewer).get("/api/sources/" + source).then().body("claims", hasSize(1));
    }

    @Test
    void badRequestsAreNamedAndOnlyWritersTakeCandidatesUp() {
        String reviewer = users.fresh("writer", Role.REVIEWER);
        long source = importArticle(reviewer, RETAKEN, "2020-03-05");
        Api.as(reviewer).get("/api/sources/999999999/candidates").then().statusCode(404);
        Api.as(reviewer).contentType(ContentType.JSON).post("/api/sources/" + source + "/candidates/7/claim").then()
                .statusCode(404);
        Api.as(reviewer).contentType(ContentType.JSON).body(Map.of())
                .post("/api/sources/" + source + "/candidates/0/citations").then().statusCode(400)
                .body("fields.field", equalTo(List.of("claimId")));
        Api.anonymous().get("/api/sources/" + source + "/candidates").then().statusCode(401);
        String admin = users.fresh("admin", Role.ADMIN);
        Api.as(admin).contentType(ContentType.JSON).post("/api/sources/" + source + "/candidates/0/claim").then()
                .statusCode(403);
    }
}
