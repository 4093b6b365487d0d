package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** The public export: what consumers read without an account. */
@QuarkusTest
class EventsApiTest {

    @Inject
    TestUsers users;

    @TestHTTPResource("/api/events/schema.json")
    URL schemaUrl;

    /** Every revision in the log from the start, following nextCursor a page at a time. */
    private static List<Map<String, Object>> readHistory(int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        for (int pages = 0; pages < 10_000; pages++) {
            var request = Api.anonymous().queryParam("limit", limit).queryParam("history", true);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/events").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("events"));
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return all;
            }
        }
        throw new AssertionError("the feed never ended");
    }

    @Test
    void onlyPublishedEventsAppearAndRetractionsAreTombstones() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        long open = Api.createClaim(alice);
        long approved = Api.publishedClaim(alice, bob, editor);
        long retracted = Api.publishedClaim(alice, bob, editor);
        Api.retract(retracted, editor, "The district was misidentified.");

        List<Map<String, Object>> events = readHistory(2);
        List<Long> ids = events.stream().map(e -> ((Number) e.get("claimId")).longValue()).toList();
        assertThat(ids).contains(approved, retracted).doesNotContain(open);
        // each published revision once: the retracted claim's approval, then its tombstone
        List<String> revisions = events.stream().map(e -> e.get("claimId") + "@" + e.get("revision")).toList();
        assertThat(revisions).doesNotHaveDuplicates().containsSubsequence(retracted + "@1", retracted + "@2");

        JsonPath tombstone = Api.anonymous().get("/api/events?history=true&limit=1000000").jsonPath();
        String at = "events.find { it.claimId == " + retracted + " && it.revision == 2 }";
        assertThat(tombstone.getString(at + ".status")).isEqualTo("RETRACTED");
        assertThat(tombstone.getInt(at + ".revision")).isEqualTo(2);
        assertThat(tombstone.getString(at + ".retraction.note")).isEqualTo("The district was misidentified.");
        assertThat(tombstone.getString(at + ".retraction.by")).isEqualTo(editor);
        assertThat(tombstone.getString(at + ".id")).isEqualTo("crb-" + retracted);

        assertThat(tombstone.getString("events.find { it.claimId == " + retracted + " && it.revision == 1 }.status"))
                .isEqualTo("APPROVED");
        String live = "events.find { it.claimId == " + approved + " }";
        assertThat(tombstone.getString(live + ".location.admin1")).isEqualTo("Ghor");
        assertThat(tombstone.getInt(live + ".fatalities.best")).isEqualTo(59);
        assertThat(tombstone.getList(live + ".citations.claimant"))
                .containsExactlyInAnyOrder("Army spokesman", "Provincial council member");
        assertThat(tombstone.getList(live + ".citations.claimantIsParty")).containsExactlyInAnyOrder(true, false);
        assertThat(tombstone.getInt(live + ".credibility.leaningTrue")).isEqualTo(2);
        assertThat(tombstone.getString(live + ".retraction")).isNull();
    }

    @Test
    void sinceAndCursorReturnOnlyLaterChanges() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        Api.publishedClaim(alice, bob, editor);
        JsonPath first = Api.anonymous().get("/api/events?limit=1000").then().statusCode(200).extract().jsonPath();
        String cursor = first.getString("nextCursor");
        String generatedAt = first.getString("generatedAt");
        assertThat(cursor).isNotBlank();

        long later = Api.publishedClaim(alice, bob, editor);
        List<Object> afterCursor = Api.anonymous().queryParam("cursor", cursor).get("/api/events")
                .then().statusCode(200).extract().jsonPath().getList("events.claimId");
        assertThat(afterCursor).containsExactly((int) later);
        List<Object> sinceGenerated = Api.anonymous().queryParam("since", generatedAt).get("/api/events")
                .then().statusCode(200).extract().jsonPath().getList("events.claimId");
        assertThat(sinceGenerated).containsExactly((int) later);

        Api.anonymous().queryParam("verdict", "FALSE").queryParam("since", generatedAt).get("/api/events")
                .then().statusCode(200).body("events.size()", equalTo(0)).body("hasMore", equalTo(false))
                .body("nextCursor", notNullValue());
    }

    @Test
    void badParametersAre400() {
        Api.anonymous().get("/api/events?since=last-tuesday").then().statusCode(400).body("fields[0].field", equalTo("since"));
        Api.anonymous().get("/api/events?cursor=garbage!!").then().statusCode(400).body("fields[0].field", equalTo("cursor"));
        Api.anonymous().get("/api/events?cursor=bm90LmEuY3Vyc29y").then().statusCode(400)
                .body("fields[0].field", equalTo("cursor"));
        Api.anonymous().get("/api/events?limit=1000000000").then().statusCode(400).body("fields[0].field", equalTo("limit"));
        Api.anonymous().get("/api/events?limit=0").then().statusCode(400);
        Api.anonymous().get("/api/events?verdict=PROBABLY").then().statusCode(400).body("fields[0].field", equalTo("verdict"));
    }

    @Test
    void theSchemaAnswersAsSchemaJsonUnlessOnlyPlainJsonIsAccepted() throws Exception {
        String schemaJson = EventsApi.SCHEMA_MEDIA_TYPE;
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put(schemaJson, schemaJson);
        expected.put("application/json", "application/json");
        expected.put("*/*", schemaJson);
        expected.put("application/json, " + schemaJson, schemaJson);
        expected.put("application/json;q=0.9, text/html", "application/json");
        for (var ask : expected.entrySet()) {
            String body = io.restassured.RestAssured.given().accept(ask.getKey()).get("/api/events/schema.json").then()
                    .statusCode(200).contentType(ask.getValue()).header("Vary", "Accept").extract().asString();
            assertThat(body).as("Accept: " + ask.getKey()).contains("\"$schema\": \"https://json-schema.org/");
        }
        io.restassured.RestAssured.given().accept("text/html").get("/api/events/schema.json").then().statusCode(406);

        // RestAssured always sends an Accept header; Java's own client sends none
        HttpResponse<String> noAccept = HttpClient.newHttpClient().send(HttpRequest.newBuilder(schemaUrl.toURI()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noAccept.request().headers().firstValue("Accept")).isEmpty();
        assertThat(noAccept.statusCode()).isEqualTo(200);
        assertThat(noAccept.headers().firstValue("Content-Type")).hasValue(schemaJson);
    }

    @Test
    void theApiIsDocumentedByOpenApi() {
        io.restassured.RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/events'.get", notNullValue())
                .body("paths.'/api/claims'.post", notNullValue())
                .body("paths.'/api/claims/{claimId}/decision'.post", notNullValue())
                .body("paths.'/api/claims/{claimId}/reviews/mine'.put", notNullValue())
                .body("paths.'/api/sources/import'.post", notNullValue())
                .body("paths.'/api/users'.post", notNullValue());
    }
}
