package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

@QuarkusTest
class PublicClaimResourceTest {

    private static final String JSON_LD = "application/ld+json";

    @Inject
    TestUsers users;

    @Test
    void anUnpublishedClaimHasNoPublicPage() {
        Browser reviewer = Browser.signedIn(users.fresh("draft", Role.REVIEWER));
        long id = Browser.idFrom(reviewer.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim nobody has approved yet " + System.nanoTime())));

        assertThat(Browser.anonymous().get("/public/claims/" + id).statusCode()).isEqualTo(404);
        assertThat(Browser.anonymous().get("/public/claims/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void aRetractedClaimSaysAtTheTopWhenAndWhyAndCarriesNoClaimReview() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        long claimId = Api.publishedClaim(alice, users.fresh("bob", Role.REVIEWER), editor);
        String published = page(claimId);
        assertThat(published).contains(JSON_LD).doesNotContain("id=\"retraction\"");

        String note = "The outlet withdrew its report of the Taywara fighting";
        String retractedAt = Api.retract(claimId, editor, note);

        String retracted = page(claimId);
        assertThat(retracted).doesNotContain(JSON_LD).contains("id=\"retraction\"");
        int notice = retracted.indexOf("id=\"retraction\"");
        assertThat(retracted.substring(notice, retracted.indexOf("</div>", notice)))
                .contains("Retracted", "withdrawn", "datetime=\"" + retractedAt + "\"", editor, note);
        assertThat(notice).as("the notice comes before the statement").isLessThan(retracted.indexOf("<h1"));
    }

    private static String page(long claimId) {
        Response page = Browser.anonymous().get("/public/claims/" + claimId);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body().asString();
    }
}
