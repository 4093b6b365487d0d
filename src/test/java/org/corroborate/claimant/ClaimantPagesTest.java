package org.corroborate.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/** The claimant pages' forms: create, add an alias, correct, merge; refusals on the form they refuse. */
@QuarkusTest
class ClaimantPagesTest {

    @Inject
    TestUsers users;

    @Test
    void aClaimantIsCreatedGivenAnAliasAndMergedThroughTheForms() {
        String username = users.fresh("pages", Role.REVIEWER);
        Browser reviewer = Browser.signedIn(username);
        String n = String.valueOf(System.nanoTime());

        Response blank = reviewer.submit("/claimants", "/claimants", Map.of("name", " ", "organisation", "Kept " + n));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body().asString()).contains("id=\"name-error\">Name is required", "value=\"Kept " + n + "\"");

        Response created = reviewer.submit("/claimants", "/claimants", Map.of("name", "Page Voice " + n,
                "aliases", "Voice " + n + "\nPage <b>" + n + "</b>", "organisation", "Page org " + n, "party", "true",
                "side", "Page side " + n));
        assertThat(created.statusCode()).isEqualTo(303);
        long id = Browser.idFrom(created);
        String page = reviewer.follow(created).body().asString();
        assertThat(page).contains("<h1 dir=\"auto\">Page Voice " + n + "</h1>", "Voice " + n, "Page &lt;b&gt;" + n, "Page org " + n,
                "Page side " + n, "No citation names this claimant yet.");

        Response taken = reviewer.submit("/claimants", "/claimants", Map.of("name", "Spokesman Page Voice " + n));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body().asString()).contains("names claimant " + id + " already");

        Response alias = reviewer.submit("/claimants/" + id, "/claimants/" + id + "/aliases",
                Map.of("alias", "Nickname " + n));
        assertThat(alias.statusCode()).isEqualTo(303);
        assertThat(reviewer.follow(alias).body().asString()).contains("Nickname " + n);

        long claimId = Api.createClaim(username);
        Api.cite(username, claimId, Api.createSource(username, "Page outlet"), "SUPPORTS", "Commander Nickname " + n,
                false);
        assertThat(reviewer.get("/claimants/" + id).body().asString()).contains("Citations of this claimant (1)",
                "href=\"/claims/" + claimId + "\"");
        assertThat(reviewer.get("/claims/" + claimId).body().asString()).contains("href=\"/claimants/" + id + "\" dir=\"auto\">Page org "
                + n + "</a>");

        Response other = reviewer.submit("/claimants", "/claimants", Map.of("name", "Second Voice " + n));
        long otherId = Browser.idFrom(other);
        Response itself = reviewer.submit("/claimants/" + otherId, "/claimants/" + otherId + "/merge",
                Map.of("into", otherId));
        assertThat(itself.statusCode()).isEqualTo(422);
        assertThat(itself.body().asString()).contains("id=\"merge-into-error\">");

        Response merged = reviewer.submit("/claimants/" + otherId, "/claimants/" + otherId + "/merge",
                Map.of("into", id));
        assertThat(merged.statusCode()).isEqualTo(303);
        assertThat(Browser.idFrom(merged)).isEqualTo(id);
        assertThat(reviewer.follow(merged).body().asString()).contains("Second Voice " + n);
        assertThat(reviewer.get("/claimants/" + otherId).statusCode()).isEqualTo(404);

        Response corrected = reviewer.submit("/claimants/" + id, "/claimants/" + id, Map.of("name", "Page Voice " + n,
                "organisation", "Page org " + n));
        assertThat(corrected.statusCode()).isEqualTo(303);
        assertThat(reviewer.follow(corrected).body().asString()).contains("<dt>Party to the conflict</dt><dd>no</dd>");
        assertThat(reviewer.get("/claimants", Map.of("q", "nickname " + n)).body().asString()).contains("Claimants found: 1");
    }

    @Test
    void theCitationFormTakesThePartyFlagFromTheClaimantUnlessTheReviewerSetsIt() {
        String username = users.fresh("citer", Role.REVIEWER);
        String n = String.valueOf(System.nanoTime());
        Api.as(username).body(Map.of("name", "Form Voice " + n, "organisation", "Form org " + n, "party", true))
                .post("/api/claimants").then().statusCode(201);
        long claimId = Api.createClaim(username);
        long sourceId = Api.createSource(username, "Form outlet");
        Browser reviewer = Browser.signedIn(username);
        String form = "/claims/" + claimId + "/citations/new";

        assertThat(reviewer.get(form).body().asString()).contains("value=\"\" id=\"cite-party-\" checked>",
                "From the claimant (default)", "Party to the conflict", "Not a party");
        Response fromClaimant = reviewer.submit(form, "/claims/" + claimId + "/citations", Map.of("sourceId", sourceId,
                "stance", "SUPPORTS", "claimant", "Governor Form Voice " + n, "claimantIsParty", "", "quote", "a phrase"));
        assertThat(fromClaimant.statusCode()).isEqualTo(303);
        Response notAParty = reviewer.submit(form, "/claims/" + claimId + "/citations", Map.of("sourceId", sourceId,
                "stance", "SUPPORTS", "claimant", "Form Voice " + n, "claimantIsParty", "false", "quote", "a phrase"));
        assertThat(notAParty.statusCode()).isEqualTo(303);

        var claim = Api.as(username).get("/api/claims/" + claimId).jsonPath();
        assertThat(claim.getList("citations.claimantIsParty")).containsExactly(true, false);
        assertThat(claim.getList("citations.origin")).containsExactly("Form org " + n, "Form org " + n);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndWritesNothing() {
        Browser reviewer = Browser.signedIn(users.fresh("forger", Role.REVIEWER));
        reviewer.get("/claimants");
        String n = String.valueOf(System.nanoTime());

        Response forged = reviewer.postWithoutToken("/claimants", Map.of("name", "Forged " + n));

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(reviewer.get("/claimants?q=" + n).body().asString()).contains("Claimants found: 0");
    }

    @Test
    void anAdminReadsButDoesNotWrite() {
        Browser admin = Browser.signedIn(users.fresh("admin", Role.ADMIN));

        String list = admin.get("/claimants").body().asString();

        assertThat(list).contains("<h1>Claimants</h1>").doesNotContain("New claimant");
    }
}
