package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/**
 * Corrections through the pages without JavaScript: plain form posts with the CSRF token, following the redirects.
 * Each correction shows in the claim's history (page and API) with who and what; refusals keep what was typed.
 */
@QuarkusTest
class CorrectionsPagesTest {

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

    @Test
    void aCitationIsEditedFromTheClaimPageAndARefusedEditKeepsWhatWasTyped() {
        long claimId = Api.verifiableClaim(alice, bob);
        long citationId = claim(claimId).getLong("citations[0].id");
        Browser browser = Browser.signedIn(bob);
        String editUrl = "/claims/" + claimId + "/citations/" + citationId + "/edit";
        assertThat(browser.get("/claims/" + claimId).body().asString()).contains("href=\"" + editUrl + "\"");
        String form = browser.get(editUrl).body().asString();
        assertThat(form).contains("value=\"Army spokesman\"", "value=\"nearly 59\"", "nearly 59 killed");

        Map<String, Object> fields = fields(claim(claimId), 0);
        fields.put("claimant", " ");
        fields.put("statedFigure", "at least 21");
        Response refused = browser.submit(editUrl, "/claims/" + claimId + "/citations/" + citationId, fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("id=\"claimant-error\">Claimant is required", "value=\"at least 21\"");
        assertThat(claim(claimId).getString("citations[0].statedFigure")).isEqualTo("nearly 59");

        fields.put("claimant", "Army spokesman");
        Response saved = browser.submit(editUrl, "/claims/" + claimId + "/citations/" + citationId, fields);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(Browser.location(saved)).isEqualTo("/claims/" + claimId + "#citation-" + citationId);
        String page = browser.follow(saved).body().asString();
        assertThat(page).contains("Citation #" + citationId + " saved",
                "Citation #" + citationId + " edited: stated figure &#39;nearly 59&#39; → &#39;at least 21&#39;");
        assertThat(last(claim(claimId))).containsEntry("by", bob).containsEntry("note",
                "Citation #" + citationId + " edited: stated figure 'nearly 59' → 'at least 21'");
    }

    @Test
    void aCitationIsRemovedAfterAConfirmationPageAndAProposedClaimReturnsToOpen() {
        long claimId = Api.verifiableClaim(alice, bob);
        Api.as(alice).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + claimId + "/verdict").then().statusCode(200);
        long citationId = claim(claimId).getLong("citations[1].id");
        Browser browser = Browser.signedIn(alice);
        String removeUrl = "/claims/" + claimId + "/citations/" + citationId + "/remove";

        String confirmation = browser.get(removeUrl).body().asString();
        assertThat(confirmation).contains("Remove this citation?", "Provincial council member", "goes back to open");
        Response removed = browser.submit(removeUrl, removeUrl, Map.of());
        assertThat(removed.statusCode()).isEqualTo(303);
        String page = browser.follow(removed).body().asString();
        assertThat(page).contains("Citation #" + citationId + " removed", "Returned to OPEN: Citation #" + citationId
                + " removed (Outlet B, claimant Provincial council member, SUPPORTS");

        JsonPath after = claim(claimId);
        assertThat(after.getString("status")).isEqualTo("OPEN");
        assertThat(after.getList("citations")).hasSize(1);
        assertThat(last(after)).containsEntry("from", "PROPOSED").containsEntry("to", "OPEN").containsEntry("by", alice);
        assertThat(browser.get(removeUrl).statusCode()).as("gone").isEqualTo(404);
    }

    @Test
    void aPublishedClaimOffersNoCorrectionAndRefusesOneWithNothingChanged() {
        long claimId = Api.publishedClaim(alice, bob, editor);
        JsonPath before = claim(claimId);
        long citationId = before.getLong("citations[0].id");
        Browser browser = Browser.signedIn(alice);
        String claimUrl = "/claims/" + claimId;
        String base = claimUrl + "/citations/" + citationId;

        String page = browser.get(claimUrl).body().asString();
        assertThat(page).doesNotContain(base + "/edit", base + "/remove", "/review/withdraw");
        assertThat(browser.get(base + "/edit").statusCode()).isEqualTo(409);
        Response edit = browser.submit(claimUrl, base, fields(before, 0));
        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(edit.body().asString()).contains("a published claim is frozen");
        Response remove = browser.submit(claimUrl, base + "/remove", Map.of());
        assertThat(remove.statusCode()).isEqualTo(409);
        assertThat(remove.body().asString()).contains("a published claim is frozen");
        Response withdraw = Browser.signedIn(bob).submit(claimUrl, claimUrl + "/review/withdraw", Map.of());
        assertThat(withdraw.statusCode()).isEqualTo(409);

        assertThat(claim(claimId).getMap("$")).isEqualTo(before.getMap("$"));
    }

    @Test
    void aCitationOfAnotherClaimIsNotFoundOnThePagesEither() {
        long ownerId = Api.verifiableClaim(alice, bob);
        long otherId = Api.createClaim(alice);
        JsonPath owner = claim(ownerId);
        long citationId = owner.getLong("citations[0].id");
        Browser browser = Browser.signedIn(alice);

        assertThat(browser.get("/claims/" + otherId + "/citations/" + citationId + "/edit").statusCode()).isEqualTo(404);
        Response remove = browser.submit("/claims/" + otherId, "/claims/" + otherId + "/citations/" + citationId + "/remove", Map.of());
        assertThat(remove.statusCode()).isEqualTo(404);
        assertThat(remove.body().asString()).contains("Claim " + otherId + " has no citation with id " + citationId);

        assertThat(claim(ownerId).getMap("$")).isEqualTo(owner.getMap("$"));
    }

    @Test
    void aSourceIsCorrectedFromItsPageAndEveryCitingClaimRecordsIt() {
        long sourceId = Api.createSource(alice, "Page Wire");
        long claimId = Api.createClaim(alice);
        Api.cite(alice, claimId, sourceId, "SUPPORTS", "District governor", false);
        Browser browser = Browser.signedIn(bob);
        String editUrl = "/sources/" + sourceId + "/edit";
        assertThat(browser.get("/sources/" + sourceId).body().asString()).contains("href=\"" + editUrl + "\"");
        assertThat(browser.get(editUrl).body().asString()).contains("value=\"Report from Page Wire\"", "value=\"2017-07-29\"",
                "Claims citing this source: 1");

        Map<String, Object> fields = new HashMap<>(Map.of("url", "not a url", "title", "Report from Page Wire, corrected",
                "outlet", "Page Wire", "publishedAt", "2017-07-28", "kind", "WIRE_SERVICE", "language", "en"));
        Response refused = browser.submit(editUrl, "/sources/" + sourceId, fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("id=\"url-error\"", "value=\"Report from Page Wire, corrected\"");

        fields.put("url", Api.as(alice).get("/api/sources/" + sourceId).then().extract().jsonPath().getString("url"));
        Response saved = browser.submit(editUrl, "/sources/" + sourceId, fields);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(browser.follow(saved).body().asString()).contains("corrected", "Report from Page Wire, corrected",
                "2017-07-28");

        String note = "Source #" + sourceId + " corrected: title 'Report from Page Wire' → 'Report from Page Wire, corrected';"
                + " published 2017-07-29 → 2017-07-28; kind NEWS_MEDIA → WIRE_SERVICE";
        assertThat(last(claim(claimId))).containsEntry("by", bob).containsEntry("note", note);
        assertThat(browser.get("/claims/" + claimId).body().asString()).contains("Correction", "Source #" + sourceId + " corrected");
    }

    @Test
    void aReviewerWithdrawsTheirReviewFromTheClaimPage() {
        long claimId = Api.verifiableClaim(alice, bob);
        Browser browser = Browser.signedIn(bob);
        String claimUrl = "/claims/" + claimId;
        assertThat(browser.get(claimUrl).body().asString()).contains("action=\"" + claimUrl + "/review/withdraw\"");

        Response withdrawn = browser.submit(claimUrl, claimUrl + "/review/withdraw", Map.of());
        assertThat(withdrawn.statusCode()).isEqualTo(303);
        String page = browser.follow(withdrawn).body().asString();
        assertThat(page).contains("Your review was withdrawn", "Review withdrawn by " + bob)
                .doesNotContain("action=\"" + claimUrl + "/review/withdraw\"");
        assertThat(claim(claimId).getList("reviews.reviewer")).containsExactly(alice);

        assertThat(browser.submit(claimUrl, claimUrl + "/review/withdraw", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void editingAProposedClaimThroughItsFormReturnsItToOpen() {
        String statement = "A proposed claim edited through its form " + System.nanoTime();
        Map<String, Object> body = Api.claimBody();
        body.put("statement", statement);
        long claimId = Api.as(alice).body(body).post("/api/claims").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.cite(alice, claimId, Api.createSource(alice, "Outlet A"), "SUPPORTS", "Army spokesman", true);
        Api.cite(alice, claimId, Api.createSource(alice, "Outlet B"), "SUPPORTS", "Provincial council member", false);
        Api.review(alice, claimId, 5);
        Api.review(bob, claimId, 4);
        Api.as(alice).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + claimId + "/verdict").then().statusCode(200);
        Browser browser = Browser.signedIn(bob);
        String editPage = browser.get("/claims/" + claimId + "/edit").body().asString();
        String version = editPage.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

        Map<String, Object> fields = ClaimFields.valid(statement + ", corrected");
        fields.put("version", version);
        Response saved = browser.submit("/claims/" + claimId + "/edit", "/claims/" + claimId, fields);
        assertThat(saved.statusCode()).as(saved.body().asString()).isEqualTo(303);

        JsonPath after = claim(claimId);
        assertThat(after.getString("status")).isEqualTo("OPEN");
        assertThat(after.getString("verdict")).isNull();
        assertThat(last(after)).containsEntry("from", "PROPOSED").containsEntry("to", "OPEN").containsEntry("by", bob);
        assertThat((String) last(after).get("note")).startsWith("Returned to OPEN: claim edited: statement '" + statement
                + "' → '" + statement + ", corrected'");
    }

    private JsonPath claim(long claimId) {
        return Api.as(alice).get("/api/claims/" + claimId).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> last(JsonPath claim) {
        List<Map<String, Object>> history = claim.getList("history");
        return history.get(history.size() - 1);
    }

    /** The edit form's fields for the claim's {@code index}th citation as it is. */
    private static Map<String, Object> fields(JsonPath claim, int index) {
        String c = "citations[" + index + "].";
        Map<String, Object> fields = new HashMap<>();
        fields.put("sourceId", String.valueOf(claim.getLong(c + "sourceId")));
        fields.put("stance", claim.getString(c + "stance"));
        fields.put("quote", claim.getString(c + "quote"));
        fields.put("claimant", claim.getString(c + "claimant"));
        if (claim.getBoolean(c + "claimantIsParty")) {
            fields.put("claimantIsParty", "true");
        }
        fields.put("statedFigure", claim.getString(c + "statedFigure"));
        return fields;
    }
}
