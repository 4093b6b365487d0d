package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/**
 * What the claim page answers to htmx (the HX-Request header): the fragment it swaps in place, from the same
 * template as the page. The browser tests (e2e) drive the same in Chromium.
 */
@QuarkusTest
class ClaimPageInPlaceTest {

    @Inject
    TestUsers users;

    @Test
    void theClaimPageAnswersHtmxWithTheClaimFragmentAndReadsNoSourceList() {
        String reviewer = users.fresh("fragment", Role.REVIEWER);
        long claimId = Api.createClaim(reviewer);
        Browser browser = Browser.signedIn(reviewer);

        Response page = browser.get("/claims/" + claimId);
        assertThat(page.header("Vary")).contains("HX-Request");
        assertThat(page.body().asString()).contains("<html", "/webjars/htmx.org/dist/htmx.min.js",
                "href=\"/claims/" + claimId + "/citations/new\"").doesNotContain("name=\"sourceId\"");

        Response fragment = browser.inPlace().get("/claims/" + claimId);
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body().asString()).startsWith("<div id=\"claim\"").doesNotContain("<html", "<header")
                .contains("hx-post=\"/claims/" + claimId + "/review\"");
    }

    @Test
    void aReviewRefusedInPlaceAnswersTheClaimFragmentWithTheTypedText() {
        String reviewer = users.fresh("fragment", Role.REVIEWER);
        long claimId = Api.createClaim(reviewer);
        Browser browser = Browser.signedIn(reviewer).inPlace();

        Response refused = browser.submit("/claims/" + claimId, "/claims/" + claimId + "/review",
                Map.of("rating", "4", "rationale", "Too short"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).startsWith("<div id=\"claim\"")
                .contains("id=\"rationale-error\">Rationale size must be between 10", ">Too short</textarea>",
                        "value=\"4\" id=\"review-rating-4\" checked>")
                .doesNotContain("id=\"review-rating-3\" checked");
    }

    @Test
    void theReviewFormStartsFromTheReviewersOwnReview() {
        String reviewer = users.fresh("fragment", Role.REVIEWER);
        long claimId = Api.createClaim(reviewer);
        Browser browser = Browser.signedIn(reviewer);
        String claimUrl = "/claims/" + claimId;

        assertThat(browser.submit(claimUrl, claimUrl + "/review", Map.of("rating", "2", "rationale",
                "One partisan outlet only, nobody else.", "tags", List.of("PARTISAN_SOURCES_ONLY", "SINGLE_SOURCE")))
                .statusCode()).isEqualTo(303);

        String page = browser.get(claimUrl).body().asString();
        assertThat(page).contains("type=\"radio\" name=\"rating\" value=\"2\" id=\"review-rating-2\" checked>",
                "name=\"tags\" value=\"PARTISAN_SOURCES_ONLY\" id=\"review-tags-PARTISAN_SOURCES_ONLY\" checked>",
                "name=\"tags\" value=\"SINGLE_SOURCE\" id=\"review-tags-SINGLE_SOURCE\" checked>",
                "value=\"GOOD_SOURCES\" id=\"review-tags-GOOD_SOURCES\">",
                ">One partisan outlet only, nobody else.</textarea>")
                .doesNotContain("id=\"review-rating-1\" checked", "id=\"review-rating-5\" checked");
    }

    @Test
    void theCitationFormLoadsInPlaceAndARefusalReplacesOnlyTheForm() {
        String reviewer = users.fresh("fragment", Role.REVIEWER);
        long claimId = Api.createClaim(reviewer);
        long sourceId = Api.createSource(reviewer, "Fragment Times");
        Browser browser = Browser.signedIn(reviewer);
        String formPath = "/claims/" + claimId + "/citations/new";

        String page = browser.get(formPath).body().asString();
        assertThat(page).contains("<h1>Attach a source</h1>", "value=\"" + sourceId + "\"").doesNotContain("hx-post");

        browser.inPlace();
        String fragment = browser.get(formPath).body().asString();
        assertThat(fragment).startsWith("<section class=\"card\" id=\"cite\"")
                .contains("hx-post=\"/claims/" + claimId + "/citations\"", "value=\"" + sourceId + "\"");

        Response refused = browser.submit("/claims/" + claimId, "/claims/" + claimId + "/citations",
                Map.of("sourceId", sourceId, "stance", "SUPPORTS", "claimant", "", "quote", "nearly 59 killed"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.header("HX-Retarget")).isEqualTo("#cite");
        assertThat(refused.body().asString()).startsWith("<section class=\"card\" id=\"cite\"")
                .contains("id=\"claimant-error\">Claimant is required", "nearly 59 killed");
    }

    @Test
    void anErrorPageTakesThePlaceOfTheWholeContentInPlace() {
        Browser browser = Browser.signedIn(users.fresh("fragment", Role.REVIEWER)).inPlace();

        Response missing = browser.get("/claims/987654321");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.header("HX-Retarget")).isEqualTo("#main");
        assertThat(missing.header("HX-Reselect")).isEqualTo("#main");
        assertThat(missing.body().asString()).contains("No claim with id 987654321");
    }

    @Test
    void aPublishedClaimTakesNoCitationForm() {
        String reviewer = users.fresh("fragment", Role.REVIEWER);
        String second = users.fresh("fragment", Role.REVIEWER);
        long claimId = Api.verifiableClaim(reviewer, second);
        Api.as(reviewer).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + claimId + "/verdict").then().statusCode(200);
        Api.as(users.fresh("editor", Role.EDITOR)).body(Map.of("decision", "APPROVE"))
                .post("/api/claims/" + claimId + "/decision").then().statusCode(200);

        Response form = Browser.signedIn(reviewer).get("/claims/" + claimId + "/citations/new");

        assertThat(form.statusCode()).isEqualTo(409);
        assertThat(form.body().asString()).contains("a published claim is frozen");
    }
}
