package org.corroborate;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Calls the JSON API the way a client does: HTTP Basic credentials, JSON bodies, no cookies. */
public final class Api {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, TestUsers.passwordOf(username)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** A script's calls: {@code Authorization: Bearer <token>}. */
    public static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** Creates an API token of {@code username}'s with the scope "read" or "write" and answers its secret. */
    public static String token(String username, String scope) {
        return as(username).body(Map.of("name", "test " + scope + " token", "scope", scope)).post("/api/tokens")
                .then().statusCode(201).extract().jsonPath().getString("token");
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A valid claim body (a district retaken by government forces); tests change one field at a time. */
    public static Map<String, Object> claimBody() {
        Map<String, Object> location = new HashMap<>(Map.of("country", "Afghanistan", "admin1", "Ghor", "admin2",
                "Taywara", "place", "Taywara district centre", "precision", "ADMIN2"));
        location.put("latitude", 33.35);
        location.put("longitude", 64.42);
        Map<String, Object> body = new HashMap<>();
        body.put("statement", "Government forces retook the Taywara district centre from the Taliban.");
        body.put("eventDate", "2017-07-28");
        body.put("datePrecision", "DAY");
        body.put("eventType", "BATTLES");
        body.put("subEventType", "GOVERNMENT_REGAINS_TERRITORY");
        body.put("actor1", "Military Forces of Afghanistan");
        body.put("actor2", "Taliban");
        body.put("location", location);
        body.put("fatalities", new HashMap<>(Map.of("low", 50, "best", 59, "high", 59)));
        return body;
    }

    /** Creates a claim as this user and answers its id. */
    public static long createClaim(String username) {
        return createClaim(username, claimBody());
    }

    /** Creates a claim from {@code body} (a changed {@link #claimBody}) as this user and answers its id. */
    public static long createClaim(String username, Map<String, Object> body) {
        return as(username).body(body).post("/api/claims").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Creates a source with a url unique to this call and answers its id. */
    public static long createSource(String username, String outlet) {
        Map<String, Object> body = new HashMap<>(Map.of("url", "https://example.org/news/" + System.nanoTime(),
                "title", "Report from " + outlet, "outlet", outlet, "kind", "NEWS_MEDIA", "language", "en",
                "publishedAt", LocalDate.of(2017, 7, 29).toString()));
        return as(username).body(body).post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void cite(String username, long claimId, long sourceId, String stance, String claimant, boolean party) {
        as(username).body(Map.of("sourceId", sourceId, "stance", stance, "quote", "nearly 59 killed", "claimant",
                claimant, "claimantIsParty", party, "statedFigure", "nearly 59"))
                .post("/api/claims/" + claimId + "/citations").then().statusCode(201);
    }

    public static void review(String username, long claimId, int rating) {
        as(username).body(Map.of("rating", rating, "rationale", "Two independent outlets agree on the figures.",
                "tags", List.of("GOOD_SOURCES")))
                .put("/api/claims/" + claimId + "/reviews/mine").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** Publishes the claim: {@code proposer} proposes VERIFIED, {@code editor} approves it, each with a note. */
    public static void publish(long claimId, String proposer, String editor) {
        as(proposer).body(Map.of("verdict", "VERIFIED", "note", "Two claimants, one independent"))
                .post("/api/claims/" + claimId + "/verdict").then().statusCode(200);
        as(editor).body(Map.of("decision", "APPROVE", "note", "Checked"))
                .post("/api/claims/" + claimId + "/decision").then().statusCode(200);
    }

    /** A {@link #verifiableClaim} that {@code author} proposes VERIFIED and {@code editor} approves; answers its id. */
    public static long publishedClaim(String author, String secondReviewer, String editor) {
        long claimId = verifiableClaim(author, secondReviewer);
        publish(claimId, author, editor);
        return claimId;
    }

    /** Retracts the published claim as {@code editor}, saying why; answers when, as the claim's history has it. */
    public static String retract(long claimId, String editor, String note) {
        as(editor).body(Map.of("note", note)).post("/api/claims/" + claimId + "/retraction").then().statusCode(200);
        return as(editor).get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath()
                .getString("history.find { it.to == 'RETRACTED' }.at");
    }

    /** A claim with evidence enough for VERIFIED: two claimants (one independent) and two reviews leaning true. */
    public static long verifiableClaim(String author, String secondReviewer) {
        return verifiableClaim(author, secondReviewer, claimBody());
    }

    /** A {@link #verifiableClaim} made from {@code body}. */
    public static long verifiableClaim(String author, String secondReviewer, Map<String, Object> body) {
        long claimId = createClaim(author, body);
        cite(author, claimId, createSource(author, "Outlet A"), "SUPPORTS", "Army spokesman", true);
        cite(author, claimId, createSource(author, "Outlet B"), "SUPPORTS", "Provincial council member", false);
        review(author, claimId, 5);
        review(secondReviewer, claimId, 4);
        return claimId;
    }
}
