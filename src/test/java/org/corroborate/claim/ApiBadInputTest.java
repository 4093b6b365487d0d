package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** Every bad field gets a 400 (or 404/409/413) naming it, and nothing is stored. */
@QuarkusTest
class ApiBadInputTest {

    @Inject
    TestUsers users;

    String alice;

    @BeforeEach
    void account() {
        alice = users.fresh("alice", Role.REVIEWER);
    }

    private long claimCount() {
        return Api.as(alice).get("/api/claims?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @SuppressWarnings("unchecked")
    private static Consumer<Map<String, Object>> location(String field, Object value) {
        return body -> ((Map<String, Object>) body.get("location")).put(field, value);
    }

    @SuppressWarnings("unchecked")
    private static Consumer<Map<String, Object>> fatalities(String field, Object value) {
        return body -> ((Map<String, Object>) body.get("fatalities")).put(field, value);
    }

    private static Consumer<Map<String, Object>> set(String field, Object value) {
        return body -> body.put(field, value);
    }

    static Stream<Arguments> badClaims() {
        return Stream.of(
                Arguments.of("statement", set("statement", null)),
                Arguments.of("statement", set("statement", "   ")),
                Arguments.of("statement", set("statement", "x".repeat(1001))),
                Arguments.of("eventDate", set("eventDate", null)),
                Arguments.of("eventDate", set("eventDate", LocalDate.now().plusDays(2).toString())),
                Arguments.of("eventDate", set("eventDate", "2021-02-30")),
                Arguments.of("eventDate", set("eventDate", "yesterday")),
                Arguments.of("datePrecision", set("datePrecision", "DAILY")),
                Arguments.of("eventType", set("eventType", null)),
                Arguments.of("eventType", set("eventType", "WAR")),
                Arguments.of("subEventType", set("subEventType", "AIR_DRONE_STRIKE")),
                Arguments.of("actor1", set("actor1", "")),
                Arguments.of("actor2", set("actor2", "a".repeat(201))),
                Arguments.of("location", set("location", null)),
                Arguments.of("location.country", location("country", null)),
                Arguments.of("location.latitude", location("latitude", 91.0)),
                Arguments.of("location.longitude", location("longitude", -180.5)),
                Arguments.of("location.longitude", location("longitude", null)),
                Arguments.of("location.precision", location("precision", "STREET")),
                Arguments.of("location.latitude", location("latitude", "north")),
                Arguments.of("fatalities.low", fatalities("low", -1)),
                Arguments.of("fatalities.low", fatalities("low", 60)),
                Arguments.of("fatalities.high", fatalities("high", 10)),
                Arguments.of("fatalities.best", fatalities("best", 2.5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badClaims")
    void badClaimFieldIsNamedAndNothingStored(String field, Consumer<Map<String, Object>> spoil) {
        Map<String, Object> body = Api.claimBody();
        spoil.accept(body);
        long before = claimCount();
        Api.as(alice).body(body).post("/api/claims").then().statusCode(400)
                .body("status", equalTo(400)).body("message", notNullValue())
                .body("fields.field", hasItem(field));
        assertThat(claimCount()).isEqualTo(before);
    }

    @Test
    void malformedJsonAndMissingBodyAreRefused() {
        Api.as(alice).body("{\"statement\": ").post("/api/claims").then().statusCode(400)
                .body("fields[0].field", equalTo("body"));
        Api.as(alice).post("/api/claims").then().statusCode(400).body("fields[0].field", equalTo("body"));
    }

    static Stream<Arguments> badSources() {
        return Stream.of(
                Arguments.of("url", set("url", "javascript:alert(1)")),
                Arguments.of("url", set("url", "ftp://example.org/report.txt")),
                Arguments.of("url", set("url", "https://example.org/" + "a".repeat(2100))),
                Arguments.of("title", set("title", " ")),
                Arguments.of("kind", set("kind", "BLOG")),
                Arguments.of("kind", set("kind", null)),
                Arguments.of("publishedAt", set("publishedAt", LocalDate.now().plusDays(3).toString())),
                Arguments.of("language", set("language", "english!")),
                Arguments.of("text", set("text", "t".repeat(100_001))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSources")
    void badSourceFieldIsNamed(String field, Consumer<Map<String, Object>> spoil) {
        String url = "https://example.org/bad-source/" + System.nanoTime();
        Map<String, Object> body = new HashMap<>(Map.of("url", url, "title", "A report", "kind", "NEWS_MEDIA"));
        spoil.accept(body);
        Api.as(alice).body(body).post("/api/sources").then().statusCode(400).body("fields.field", hasItem(field));
        // nothing stored: the same url is still free
        Api.as(alice).body(Map.of("url", url, "title", "A report", "kind", "NEWS_MEDIA")).post("/api/sources")
                .then().statusCode(201);
    }

    @Test
    void aKnownUrlAnswers409WithTheExistingSource() {
        String url = "https://www.example.org/story/" + System.nanoTime();
        long id = Api.as(alice).body(Map.of("url", url, "title", "First", "kind", "WIRE_SERVICE")).post("/api/sources")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(alice).body(Map.of("url", url.replace("https://www.", "http://") + "/?utm_campaign=x#top", "title", "Again",
                "kind", "WIRE_SERVICE")).post("/api/sources")
                .then().statusCode(409).body("existingId", equalTo((int) id)).body("fields[0].field", equalTo("url"));
    }

    @Test
    void badArticleImportsAreRefused() {
        Api.as(alice).contentType(ContentType.TEXT).body("   ").post("/api/sources/import").then().statusCode(400)
                .body("fields[0].field", equalTo("text"));
        Api.as(alice).contentType(ContentType.TEXT).body("date 2021-13-45 Outlet - Some text about a battle.")
                .post("/api/sources/import").then().statusCode(400).body("message", org.hamcrest.Matchers.containsString("not a real date"));
        Api.as(alice).contentType(ContentType.TEXT).body("binary\u0000junk").post("/api/sources/import").then()
                .statusCode(400);
        Api.as(alice).contentType(ContentType.TEXT).body("word ".repeat(25_000)).post("/api/sources/import").then()
                .statusCode(400).body("fields[0].field", equalTo("text"));
        Api.as(alice).contentType(ContentType.TEXT).queryParam("url", "file:///etc/passwd").body("A short article text.")
                .post("/api/sources/import").then().statusCode(400).body("fields[0].field", equalTo("url"));
        String title = "Not stored " + System.nanoTime();
        Api.as(alice).contentType(ContentType.TEXT).queryParam("publishedAt", "2021-02-30")
                .body(title + ": a short article about a battle.").post("/api/sources/import").then().statusCode(400)
                .body("fields[0].field", equalTo("publishedAt"));
        Api.as(alice).queryParam("q", title).get("/api/sources").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void oversizedBodiesAre413() {
        Api.as(alice).contentType(ContentType.TEXT).body("x".repeat(3 * 1024 * 1024)).post("/api/sources/import")
                .then().statusCode(413);
    }

    static Stream<Arguments> badCitations() {
        return Stream.of(
                Arguments.of("sourceId", set("sourceId", null)),
                Arguments.of("stance", set("stance", "AGREES")),
                Arguments.of("quote", set("quote", "")),
                Arguments.of("quote", set("quote", "q".repeat(1001))),
                Arguments.of("claimant", set("claimant", null)),
                Arguments.of("claimantIsParty", set("claimantIsParty", "maybe")),
                Arguments.of("statedFigure", set("statedFigure", "9".repeat(101))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCitations")
    void badCitationFieldIsNamedAndNothingStored(String field, Consumer<Map<String, Object>> spoil) {
        long claimId = Api.createClaim(alice);
        Map<String, Object> body = new HashMap<>(Map.of("sourceId", Api.createSource(alice, "Outlet"), "stance",
                "SUPPORTS", "quote", "at least 21", "claimant", "Taliban spokesman", "claimantIsParty", true));
        spoil.accept(body);
        Api.as(alice).body(body).post("/api/claims/" + claimId + "/citations").then().statusCode(400)
                .body("fields.field", hasItem(field));
        Api.as(alice).get("/api/claims/" + claimId).then().body("citations", org.hamcrest.Matchers.empty());
    }

    @Test
    void unknownIdsAre404() {
        long claimId = Api.createClaim(alice);
        Api.as(alice).get("/api/claims/987654321").then().statusCode(404).body("status", equalTo(404));
        Api.as(alice).get("/api/sources/987654321").then().statusCode(404);
        Api.as(alice).body(Map.of("sourceId", 987654321, "stance", "SUPPORTS", "quote", "nearly 59", "claimant", "Army",
                "claimantIsParty", true)).post("/api/claims/" + claimId + "/citations").then().statusCode(404)
                .body("fields[0].field", equalTo("sourceId"));
        Api.as(alice).body(Map.of("rating", 3, "rationale", "Nothing to rate here at all."))
                .put("/api/claims/987654321/reviews/mine").then().statusCode(404);
    }

    static Stream<Arguments> badReviews() {
        return Stream.of(
                Arguments.of("rating", Map.of("rating", 0, "rationale", "Ten or more characters.")),
                Arguments.of("rating", Map.of("rating", 6, "rationale", "Ten or more characters.")),
                Arguments.of("rating", Map.of("rating", "five", "rationale", "Ten or more characters.")),
                Arguments.of("rating", Map.of("rationale", "Ten or more characters.")),
                Arguments.of("rationale", Map.of("rating", 3)),
                Arguments.of("rationale", Map.of("rating", 3, "rationale", "short")),
                Arguments.of("rationale", Map.of("rating", 3, "rationale", "r".repeat(4001))),
                Arguments.of("tags", Map.of("rating", 3, "rationale", "Ten or more characters.", "tags", List.of("NICE"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReviews")
    void badReviewFieldIsNamedAndNothingStored(String field, Map<String, Object> body) {
        long claimId = Api.createClaim(alice);
        Api.as(alice).body(body).put("/api/claims/" + claimId + "/reviews/mine").then().statusCode(400)
                .body("fields.field", hasItem(org.hamcrest.Matchers.startsWith(field)));
        Api.as(alice).get("/api/claims/" + claimId).then().body("reviews", org.hamcrest.Matchers.empty());
    }

    @Test
    void badWorkflowBodies() {
        long claimId = Api.createClaim(alice);
        Api.as(alice).body(Map.of("verdict", "TRUE")).post("/api/claims/" + claimId + "/verdict").then().statusCode(400)
                .body("fields[0].field", equalTo("verdict"));
        Api.as(alice).body(Map.of()).post("/api/claims/" + claimId + "/verdict").then().statusCode(400)
                .body("fields[0].field", equalTo("verdict"));
        Api.as(alice).body(Map.of("verdict", "UNVERIFIABLE", "note", "n".repeat(2001)))
                .post("/api/claims/" + claimId + "/verdict").then().statusCode(400).body("fields[0].field", equalTo("note"));
        String editor = users.fresh("editor", Role.EDITOR);
        Api.as(editor).body(Map.of("decision", "MAYBE")).post("/api/claims/" + claimId + "/decision").then()
                .statusCode(400).body("fields[0].field", equalTo("decision"));
        Api.as(alice).get("/api/claims/" + claimId).then().body("status", equalTo("OPEN")).body("history.size()", equalTo(1));
    }

    @Test
    void badAccounts() {
        String admin = users.fresh("admin", Role.ADMIN);
        Api.as(admin).body(Map.of("username", "x", "password", "long-enough-pw", "roles", List.of("reviewer")))
                .post("/api/users").then().statusCode(400).body("fields.field", hasItem("username"));
        Api.as(admin).body(Map.of("username", "shortpw", "password", "abc", "roles", List.of("reviewer")))
                .post("/api/users").then().statusCode(400).body("fields.field", hasItem("password"));
        Api.as(admin).body(Map.of("username", "godmode", "password", "long-enough-pw", "roles", List.of("root")))
                .post("/api/users").then().statusCode(400).body("fields.field", hasItem("roles"));
        Api.as(admin).body(Map.of("username", "noroles", "password", "long-enough-pw", "roles", List.of()))
                .post("/api/users").then().statusCode(400).body("fields.field", hasItem("roles"));
    }

    @Test
    void badQueryParametersAre400() {
        Api.as(alice).get("/api/claims?status=DONE").then().statusCode(400).body("fields[0].field", equalTo("status"));
        Api.as(alice).get("/api/claims?verdict=MAYBE").then().statusCode(400).body("fields[0].field", equalTo("verdict"));
        Api.as(alice).get("/api/claims?from=2021-99-01").then().statusCode(400).body("fields[0].field", equalTo("from"));
        Api.as(alice).get("/api/claims?from=2021-06-01&to=2021-05-01").then().statusCode(400)
                .body("fields[0].field", equalTo("from"));
        Api.as(alice).get("/api/claims?size=1000").then().statusCode(400).body("fields[0].field", equalTo("size"));
        Api.as(alice).get("/api/claims?page=-1").then().statusCode(400).body("fields[0].field", equalTo("page"));
        Api.as(alice).get("/api/claims?q=%25_!").then().statusCode(200);
    }
}
