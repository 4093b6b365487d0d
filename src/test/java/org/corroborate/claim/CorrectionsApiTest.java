package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/**
 * Corrections over the JSON API: citations edited and removed, sources corrected, reviews withdrawn. Each is kept in
 * the claim's history with who and what; a proposed claim whose evidence or fields change returns to OPEN; a
 * published claim refuses them (409) and a citation of another claim is not found (404), with nothing changed.
 */
@QuarkusTest
class CorrectionsApiTest {

    @Inject
    TestUsers users;

    String alice;
    String bob;
    String editor;

    @BeforeEach
    void people() {
        alice = users.fresh("alice", Role.REVIEWER);
        bob = users.fresh("bob", Role.REVIEWER);
        editor = users.fresh("editor", Role.EDITOR);
    }

    // ---- citations ---------------------------------------------------------------------------------

    @Test
    void aCitationEditIsKeptInTheHistoryAndAnEditThatChangesNothingIsNot() {
        long claimId = Api.verifiableClaim(alice, bob);
        JsonPath before = claim(claimId);
        long citationId = before.getLong("citations[0].id");
        Map<String, Object> body = citationBody(before, 0);
        body.put("stance", "REFUTES");
        body.put("statedFigure", "at least 21");

        Api.as(bob).body(body).put("/api/claims/" + claimId + "/citations/" + citationId)
                .then().statusCode(200).body("id", equalTo((int) citationId)).body("stance", equalTo("REFUTES"))
                .body("statedFigure", equalTo("at least 21"));

        JsonPath after = claim(claimId);
        assertThat(after.getString("status")).isEqualTo("OPEN");
        assertThat(after.getInt("version")).as("a correction moves the claim's version").isGreaterThan(before.getInt("version"));
        Map<String, Object> entry = last(after);
        assertThat(entry).containsEntry("from", "OPEN").containsEntry("to", "OPEN").containsEntry("by", bob)
                .containsEntry("note", "Citation #" + citationId
                        + " edited: stance SUPPORTS → REFUTES; stated figure 'nearly 59' → 'at least 21'");
        assertThat(entry.get("at")).isNotNull();

        Api.as(bob).body(body).put("/api/claims/" + claimId + "/citations/" + citationId).then().statusCode(200);
        assertThat(claim(claimId).getList("history")).as("the same edit again changes nothing")
                .hasSameSizeAs(after.getList("history"));
    }

    @Test
    void editingACitationOfAProposedClaimReturnsItToOpenWithoutItsVerdict() {
        long claimId = proposed();
        JsonPath before = claim(claimId);
        long citationId = before.getLong("citations[1].id");
        Map<String, Object> body = citationBody(before, 1);
        body.put("claimantIsParty", true);

        Api.as(alice).body(body).put("/api/claims/" + claimId + "/citations/" + citationId).then().statusCode(200)
                .body("claimantIsParty", equalTo(true));

        JsonPath after = claim(claimId);
        assertThat(after.getString("status")).isEqualTo("OPEN");
        assertThat(after.getString("verdict")).isNull();
        assertThat(after.getString("proposedBy")).isNull();
        assertThat(last(after)).containsEntry("from", "PROPOSED").containsEntry("to", "OPEN")
                .containsEntry("verdict", "VERIFIED").containsEntry("by", alice)
                .containsEntry("note", "Returned to OPEN: Citation #" + citationId + " edited: party to the conflict no → yes");
    }

    @Test
    void aRemovedCitationIsNamedInTheHistoryAndThenNotFound() {
        long claimId = proposed();
        JsonPath before = claim(claimId);
        long citationId = before.getLong("citations[0].id");

        Api.as(bob).delete("/api/claims/" + claimId + "/citations/" + citationId).then().statusCode(204);

        JsonPath after = claim(claimId);
        assertThat(after.getList("citations.id")).containsExactly(before.getInt("citations[1].id"));
        assertThat(after.getString("status")).isEqualTo("OPEN");
        assertThat(last(after)).containsEntry("from", "PROPOSED").containsEntry("to", "OPEN").containsEntry("by", bob)
                .containsEntry("note", "Returned to OPEN: Citation #" + citationId
                        + " removed (Outlet A, claimant Army spokesman, SUPPORTS, figure 'nearly 59')");

        Api.as(bob).delete("/api/claims/" + claimId + "/citations/" + citationId).then().statusCode(404)
                .body("message", containsString(String.valueOf(citationId)));
    }

    @Test
    void attachingToAProposedClaimReturnsItToOpen() {
        long claimId = proposed();
        Api.cite(bob, claimId, Api.createSource(bob, "Late Wire"), "REFUTES", "Taliban spokesman", true);

        JsonPath after = claim(claimId);
        assertThat(after.getString("status")).isEqualTo("OPEN");
        assertThat(last(after)).containsEntry("from", "PROPOSED").containsEntry("to", "OPEN").containsEntry("by", bob);
        assertThat((String) last(after).get("note")).startsWith("Returned to OPEN: Citation #")
                .endsWith(" attached (Late Wire, claimant Taliban spokesman, REFUTES, figure 'nearly 59')");
    }

    @Test
    void aCitationOfAnotherClaimIsNotFoundAndNothingChanges() {
        long ownerId = Api.verifiableClaim(alice, bob);
        long otherId = Api.createClaim(alice);
        JsonPath owner = claim(ownerId);
        long citationId = owner.getLong("citations[0].id");
        Map<String, Object> body = citationBody(owner, 0);
        body.put("quote", "must not be written");

        Api.as(alice).body(body).put("/api/claims/" + otherId + "/citations/" + citationId).then().statusCode(404)
                .body("message", equalTo("Claim " + otherId + " has no citation with id " + citationId));
        Api.as(alice).delete("/api/claims/" + otherId + "/citations/" + citationId).then().statusCode(404);
        Api.as(alice).body(body).put("/api/claims/" + ownerId + "/citations/99999999").then().statusCode(404);
        Api.as(alice).body(body).put("/api/claims/99999999/citations/" + citationId).then().statusCode(404)
                .body("message", equalTo("No claim with id 99999999"));

        assertThat(claim(ownerId).getMap("$")).isEqualTo(owner.getMap("$"));
        assertThat(claim(otherId).getList("history")).hasSize(1);
    }

    @Test
    void invalidCitationFieldsAreNamedAndNothingChanges() {
        long claimId = Api.verifiableClaim(alice, bob);
        JsonPath before = claim(claimId);
        long citationId = before.getLong("citations[0].id");
        Map<String, Object> body = citationBody(before, 0);
        body.put("claimant", "  ");
        body.put("statedFigure", "x".repeat(101));

        Api.as(alice).body(body).put("/api/claims/" + claimId + "/citations/" + citationId).then().statusCode(400)
                .body("fields.field", org.hamcrest.Matchers.contains("claimant", "statedFigure"));
        body.put("claimant", "Army spokesman");
        body.put("statedFigure", "nearly 59");
        body.put("sourceId", 99999999);
        Api.as(alice).body(body).put("/api/claims/" + claimId + "/citations/" + citationId).then().statusCode(404)
                .body("fields[0].field", equalTo("sourceId"));
        Api.as(alice).body("{\"stance\": \"MAYBE\"}").put("/api/claims/" + claimId + "/citations/" + citationId)
                .then().statusCode(400).body("fields[0].field", equalTo("stance"));

        assertThat(claim(claimId).getMap("$")).isEqualTo(before.getMap("$"));
    }

    @Test
    void aPublishedClaimRefusesCorrectionsOfItsCitationsFieldsAndReviewsAndNothingChanges() {
        long claimId = Api.publishedClaim(alice, bob, editor);
        JsonPath before = claim(claimId);
        long citationId = before.getLong("citations[0].id");
        Map<String, Object> body = citationBody(before, 0);
        body.put("statedFigure", "nearly 60");
        Map<String, Object> fields = Api.claimBody();
        fields.put("version", before.getInt("version"));
        fields.put("statement", "A changed statement that must not be written.");

        Api.as(alice).body(body).put("/api/claims/" + claimId + "/citations/" + citationId).then().statusCode(409)
                .body("message", containsString("frozen"));
        Api.as(alice).delete("/api/claims/" + claimId + "/citations/" + citationId).then().statusCode(409)
                .body("message", containsString("frozen"));
        Api.as(alice).body(fields).put("/api/claims/" + claimId).then().statusCode(409);
        Api.as(bob).delete("/api/claims/" + claimId + "/reviews/mine").then().statusCode(409)
                .body("message", containsString("reviews can change only until a claim is approved"));

        assertThat(claim(claimId).getMap("$")).isEqualTo(before.getMap("$"));
    }

    // ---- claim fields ------------------------------------------------------------------------------

    @Test
    void editingAProposedClaimsFieldsReturnsItToOpenNamingTheChange() {
        long claimId = proposed();
        JsonPath before = claim(claimId);
        Map<String, Object> fields = Api.claimBody();
        fields.put("version", before.getInt("version"));

        Api.as(alice).body(fields).put("/api/claims/" + claimId).then().statusCode(200)
                .body("status", equalTo("PROPOSED"));
        assertThat(claim(claimId).getList("history")).as("a save that changes nothing").hasSameSizeAs(before.getList("history"));

        fields.put("version", claim(claimId).getInt("version"));
        fields.put("fatalities", new HashMap<>(Map.of("low", 50, "best", 60, "high", 60)));
        Api.as(bob).body(fields).put("/api/claims/" + claimId).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("verdict", nullValue()).body("proposedBy", nullValue());

        assertThat(last(claim(claimId))).containsEntry("from", "PROPOSED").containsEntry("to", "OPEN")
                .containsEntry("by", bob).containsEntry("verdict", "VERIFIED").containsEntry("note",
                        "Returned to OPEN: claim edited: fatalities best 59 → 60; fatalities high 59 → 60");
    }

    // ---- sources -----------------------------------------------------------------------------------

    @Test
    void aSourceCorrectionIsNotedOnEveryClaimCitingItAndReopensOnlyProposedOnes() {
        long sourceId = Api.createSource(alice, "Shared Wire");
        long openId = Api.createClaim(alice);
        Api.cite(alice, openId, sourceId, "SUPPORTS", "District governor", false);
        long proposedId = Api.verifiableClaim(alice, bob);
        Api.cite(alice, proposedId, sourceId, "CONTEXT", "District governor", false);
        Api.as(alice).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + proposedId + "/verdict").then().statusCode(200);
        long publishedId = Api.verifiableClaim(alice, bob);
        Api.cite(alice, publishedId, sourceId, "CONTEXT", "District governor", false);
        Api.publish(publishedId, alice, editor);
        int publishedRevision = claim(publishedId).getInt("revision");

        Map<String, Object> body = sourceBody(sourceId);
        body.put("publishedAt", "2017-07-30");
        body.put("outlet", "Shared Wire Service");
        Api.as(bob).body(body).put("/api/sources/" + sourceId).then().statusCode(200)
                .body("publishedAt", equalTo("2017-07-30")).body("outlet", equalTo("Shared Wire Service"))
                .body("claims.claimId", org.hamcrest.Matchers.containsInAnyOrder((int) openId, (int) proposedId, (int) publishedId));

        String note = "Source #" + sourceId + " corrected: outlet 'Shared Wire' → 'Shared Wire Service';"
                + " published 2017-07-29 → 2017-07-30";
        assertThat(last(claim(openId))).containsEntry("from", "OPEN").containsEntry("to", "OPEN").containsEntry("by", bob)
                .containsEntry("note", note);
        JsonPath proposed = claim(proposedId);
        assertThat(proposed.getString("status")).isEqualTo("OPEN");
        assertThat(last(proposed)).containsEntry("from", "PROPOSED").containsEntry("to", "OPEN")
                .containsEntry("note", "Returned to OPEN: " + note);
        JsonPath published = claim(publishedId);
        assertThat(published.getString("status")).as("a published claim keeps its status").isEqualTo("APPROVED");
        assertThat(published.getInt("revision")).as("and its published revision").isEqualTo(publishedRevision);
        assertThat(last(published)).containsEntry("from", "APPROVED").containsEntry("to", "APPROVED")
                .containsEntry("by", bob).containsEntry("note", note);
    }

    @Test
    void aSourceCorrectionKeepsTheUrlRulesAndTheFullTextAndRefusesBadInputWithoutWriting() {
        Map<String, Object> created = new HashMap<>(Map.of("url", "https://example.org/text/" + System.nanoTime(),
                "title", "A report with its text", "outlet", "Text Outlet", "kind", "NEWS_MEDIA",
                "text", "The full text of the report."));
        long sourceId = Api.as(alice).body(created).post("/api/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        long otherId = Api.createSource(alice, "Other Outlet");
        String otherUrl = Api.as(alice).get("/api/sources/" + otherId).then().extract().jsonPath().getString("url");

        Map<String, Object> body = sourceBody(sourceId);
        body.remove("text");
        body.put("url", created.get("url") + "?utm_source=feed#top");
        body.put("title", "A report with its text, corrected");
        Api.as(alice).body(body).put("/api/sources/" + sourceId).then().statusCode(200)
                .body("url", equalTo(created.get("url"))).body("title", equalTo("A report with its text, corrected"))
                .body("text", equalTo("The full text of the report."));

        JsonPath before = Api.as(alice).get("/api/sources/" + sourceId).then().extract().jsonPath();
        body.put("url", otherUrl.replace("https://", "http://www."));
        Api.as(alice).body(body).put("/api/sources/" + sourceId).then().statusCode(409)
                .body("existingId", equalTo((int) otherId));
        body.put("url", "not a url");
        body.put("title", " ");
        Api.as(alice).body(body).put("/api/sources/" + sourceId).then().statusCode(400)
                .body("fields.field", org.hamcrest.Matchers.contains("title", "url"));
        Api.as(alice).body(sourceBody(sourceId)).put("/api/sources/99999999").then().statusCode(404);

        assertThat(Api.as(alice).get("/api/sources/" + sourceId).then().extract().jsonPath().getMap("$"))
                .isEqualTo(before.getMap("$"));
    }

    @Test
    void aSourceCorrectionNotedOnARetractedClaimIsNotTakenForItsRetraction() {
        long claimId = Api.publishedClaim(alice, bob, editor);
        Api.retract(claimId, editor, "Wrong district.");
        long sourceId = claim(claimId).getLong("citations[0].sourceId");
        Map<String, Object> body = sourceBody(sourceId);
        body.put("title", "A corrected title after the retraction");

        Api.as(alice).body(body).put("/api/sources/" + sourceId).then().statusCode(200);

        JsonPath after = claim(claimId);
        assertThat(after.getString("status")).isEqualTo("RETRACTED");
        assertThat(last(after)).containsEntry("from", "RETRACTED").containsEntry("to", "RETRACTED").containsEntry("by", alice);
        Api.anonymous().get("/api/claims/" + claimId + "/claimreview").then().statusCode(410)
                .body("retraction.by", equalTo(editor)).body("retraction.note", equalTo("Wrong district."));
    }

    @Test
    void correctionsOfOneClaimAtTheSameMomentAreEachKeptOrRefusedNeverLost() throws Exception {
        long claimId = Api.verifiableClaim(alice, bob);
        JsonPath before = claim(claimId);
        long citationId = before.getLong("citations[0].id");
        int rounds = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<Integer> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                List<java.util.concurrent.Future<?>> both = new java.util.ArrayList<>();
                for (String who : List.of(alice, bob)) {
                    Map<String, Object> body = citationBody(before, 0);
                    body.put("statedFigure", who + " round " + round);
                    both.add(pool.submit(() -> answers.add(Api.as(who).body(body)
                            .put("/api/claims/" + claimId + "/citations/" + citationId).statusCode())));
                }
                for (java.util.concurrent.Future<?> answer : both) {
                    answer.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).hasSize(2 * rounds).allMatch(status -> status == 200 || status == 409);
        long saved = answers.stream().filter(status -> status == 200).count();
        List<Map<String, Object>> history = claim(claimId).getList("history");
        assertThat(history.stream().filter(h -> String.valueOf(h.get("note")).startsWith("Citation #" + citationId + " edited")))
                .as("one history entry per correction that was saved").hasSize((int) saved);
    }

    // ---- reviews -----------------------------------------------------------------------------------

    @Test
    void aReviewerWithdrawsTheirOwnReviewOnlyOnceAndTheHistorySaysWhose() {
        long claimId = Api.verifiableClaim(alice, bob);

        Api.as(bob).delete("/api/claims/" + claimId + "/reviews/mine").then().statusCode(204);

        JsonPath after = claim(claimId);
        assertThat(after.getList("reviews.reviewer")).containsExactly(alice);
        assertThat(last(after)).containsEntry("from", "OPEN").containsEntry("to", "OPEN").containsEntry("by", bob)
                .containsEntry("note", "Review withdrawn by " + bob + " (it rated the claim 4, Mostly true)");

        Api.as(bob).delete("/api/claims/" + claimId + "/reviews/mine").then().statusCode(404)
                .body("message", containsString("no review of claim " + claimId));
        Api.as(editor).delete("/api/claims/" + claimId + "/reviews/mine").then().statusCode(404);
        assertThat(claim(claimId).getList("reviews.reviewer")).as("nobody withdraws another's review").containsExactly(alice);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** A claim with evidence enough for VERIFIED, which alice has proposed. */
    private long proposed() {
        long claimId = Api.verifiableClaim(alice, bob);
        Api.as(alice).body(Map.of("verdict", "VERIFIED", "note", "Two claimants, one independent"))
                .post("/api/claims/" + claimId + "/verdict").then().statusCode(200);
        return claimId;
    }

    private JsonPath claim(long claimId) {
        return Api.as(alice).get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> last(JsonPath claim) {
        List<Map<String, Object>> history = claim.getList("history");
        return history.get(history.size() - 1);
    }

    /** The body that would attach the claim's {@code index}th citation as it is. */
    private static Map<String, Object> citationBody(JsonPath claim, int index) {
        String c = "citations[" + index + "].";
        Map<String, Object> body = new HashMap<>();
        body.put("sourceId", claim.getLong(c + "sourceId"));
        body.put("stance", claim.getString(c + "stance"));
        body.put("quote", claim.getString(c + "quote"));
        body.put("claimant", claim.getString(c + "claimant"));
        body.put("claimantIsParty", claim.getBoolean(c + "claimantIsParty"));
        body.put("statedFigure", claim.getString(c + "statedFigure"));
        return body;
    }

    /** The body that would store the source as it is, without its full text. */
    private Map<String, Object> sourceBody(long sourceId) {
        JsonPath s = Api.as(alice).get("/api/sources/" + sourceId).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("url", "title", "outlet", "author", "publishedAt", "kind", "language")) {
            body.put(field, s.getString(field));
        }
        return body;
    }
}
