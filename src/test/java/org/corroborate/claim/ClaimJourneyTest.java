package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/** The whole verification of one claim, done only through the HTML forms, by three people. */
@QuarkusTest
class ClaimJourneyTest {

    @Inject
    TestUsers users;

    @Test
    void twoReviewersAndAnEditorTakeAClaimFromArticleToPublication() {
        long unique = System.nanoTime();
        Browser alice = Browser.signedIn(users.fresh("alice", Role.REVIEWER));
        Browser bob = Browser.signedIn(users.fresh("bob", Role.REVIEWER));
        Browser editor = Browser.signedIn(users.fresh("editor", Role.EDITOR));

        // Alice imports an article in the seed format; the dateline gives date and outlet
        Response imported = alice.submitMultipart("/sources/import", "/sources/import",
                Map.of("text", "date 2024-03-02 Journey Wire - Government troops retook a district centre in the north"
                        + " on Friday, the defence ministry said, adding that nearly 59 fighters died.",
                        "url", "https://journey.example/" + unique, "outlet", ""),
                null, null);
        assertThat(imported.statusCode()).isEqualTo(303);
        long articleId = Browser.idFrom(imported);
        String sourcePage = alice.follow(imported).body().asString();
        assertThat(sourcePage).contains("Imported the article", "Journey Wire", "2024-03-02",
                "Government troops retook a district centre");

        // ... writes the claim
        String statement = "Government forces retook Taywara district, killing nearly 59 fighters " + unique;
        Response created = alice.submit("/claims/new", "/claims", ClaimFields.valid(statement));
        assertThat(created.statusCode()).isEqualTo(303);
        long claimId = Browser.idFrom(created);
        String claimUrl = "/claims/" + claimId;
        assertThat(alice.follow(created).body().asString()).contains(statement, "created");
        assertThat(alice.get(claimUrl).body().asString()).as("the flash is shown once").doesNotContain("created.");

        // ... cites the imported article (a party to the conflict) and a new source (not a party)
        Response first = alice.submit(claimUrl, claimUrl + "/citations", Map.of("sourceId", articleId,
                "stance", "SUPPORTS", "claimant", "Defense Ministry", "claimantIsParty", "true",
                "statedFigure", "nearly 59", "quote", "nearly 59 killed"));
        assertThat(first.statusCode()).isEqualTo(303);
        Response second = alice.submit(claimUrl, claimUrl + "/citations", Map.of("sourceId", "",
                "source.title", "Council member confirms the district was retaken", "source.outlet", "Journey Daily",
                "source.url", "https://daily.example/" + unique, "source.kind", "NEWS_MEDIA",
                "stance", "SUPPORTS", "claimant", "Provincial council member", "statedFigure", "more than 50",
                "quote", "more than 50 militants"));
        assertThat(second.statusCode()).isEqualTo(303);

        // ... and reviews; the claim waits in Bob's queue until he reviews it too
        assertThat(bob.get("/queue/reviews").body().asString()).contains(statement);
        assertThat(alice.submit(claimUrl, claimUrl + "/review", Map.of("rating", "5",
                "rationale", "Two claimants agree, one independent.", "tags", List.of("GOOD_SOURCES",
                        "INDEPENDENT_CONFIRMATION"))).statusCode()).isEqualTo(303);
        assertThat(bob.submit(claimUrl, claimUrl + "/review", Map.of("rating", "4",
                "rationale", "Figures differ a little but agree on the event.", "tags", "FIGURES_CONFLICT"))
                .statusCode()).isEqualTo(303);
        assertThat(bob.get("/queue/reviews").body().asString()).doesNotContain(statement);

        String page = alice.get(claimUrl).body().asString();
        assertThat(page).contains("Figures side by side", "nearly 59", "more than 50", "Defense Ministry",
                "Provincial council member", "Journey Daily", "party to the conflict", "Mostly true",
                "Two claimants agree, one independent.");

        // Alice proposes VERIFIED; the editor sees it in the queue and approves it
        Response proposed = alice.submit(claimUrl, claimUrl + "/verdict", Map.of("verdict", "VERIFIED",
                "note", "Meets the rules"));
        assertThat(proposed.statusCode()).as(proposed.body().asString()).isEqualTo(303);
        assertThat(alice.get(claimUrl).body().asString()).contains("Proposed").doesNotContain("action=\"" + claimUrl + "/decision\"");
        assertThat(editor.get("/queue/decisions").body().asString()).contains(statement);

        Response approved = editor.submit(claimUrl, claimUrl + "/decision", Map.of("decision", "APPROVE",
                "note", "Checked"));
        assertThat(approved.statusCode()).as(approved.body().asString()).isEqualTo(303);
        String published = editor.follow(approved).body().asString();
        assertThat(published).contains("Approved", "Verified", "action=\"" + claimUrl + "/retraction\"")
                .doesNotContain("action=\"" + claimUrl + "/citations\"");

        // the public page answers without an account and carries the ClaimReview
        Response publicPage = Browser.anonymous().get("/public/claims/" + claimId);
        assertThat(publicPage.statusCode()).isEqualTo(200);
        assertThat(publicPage.body().asString()).contains(statement, "Verified", "\"@type\":\"ClaimReview\"",
                "Provincial council member");

        // a published claim can only be withdrawn, and the public page says so
        Response retracted = editor.submit(claimUrl, claimUrl + "/retraction", Map.of("note", "A source withdrew its report."));
        assertThat(retracted.statusCode()).isEqualTo(303);
        assertThat(Browser.anonymous().get("/public/claims/" + claimId).body().asString())
                .contains("This fact-check was withdrawn", "A source withdrew its report.");
    }
}
