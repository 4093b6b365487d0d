package org.corroborate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.claim.ClaimFields;
import org.corroborate.claim.ClaimService;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.web.Browser;

/** The claim page's workflow forms: refusals name their rules on the page, roles are enforced on every post. */
@QuarkusTest
class WorkflowResourceTest {

    @Inject
    TestUsers users;

    @Inject
    ClaimService claims;

    @Test
    void proposingVerifiedWithoutCitationsShowsEachUnmetRuleOnTheClaimPage() {
        Browser reviewer = Browser.signedIn(users.fresh("hasty", Role.REVIEWER));
        long id = Browser.idFrom(reviewer.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim proposed before any evidence " + System.nanoTime())));

        Response refused = reviewer.submit("/claims/" + id, "/claims/" + id + "/verdict",
                Map.of("verdict", "VERIFIED", "note", "too early"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body().asString()).contains("Rules not met yet",
                "VERIFIED needs supporting citations from at least 2 independent origins (has 0)",
                "that is not a party to the conflict", "needs at least 1 review (has 0)", "too early");
        assertThat(claims.get(id).status).isEqualTo(ClaimStatus.OPEN);
    }

    @Test
    void aReviewerCannotDecideAndDoesNotSeeTheDecisionForm() {
        Browser reviewer = Browser.signedIn(users.fresh("eager", Role.REVIEWER));
        long id = Browser.idFrom(reviewer.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim a reviewer tries to approve " + System.nanoTime())));

        assertThat(reviewer.get("/claims/" + id).body().asString()).doesNotContain("/decision\"");
        Response decision = reviewer.submit("/claims/" + id, "/claims/" + id + "/decision",
                Map.of("decision", "APPROVE", "note", "me"));

        assertThat(decision.statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/queue/decisions").statusCode()).isEqualTo(403);
    }

    @Test
    void anEditorCannotApproveTheirOwnProposalAndThePageSaysWhy() {
        Browser editor = Browser.signedIn(users.fresh("solo", Role.EDITOR));
        long id = Browser.idFrom(editor.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim one editor tries to push through alone " + System.nanoTime())));
        editor.submit("/claims/" + id, "/claims/" + id + "/review",
                Map.of("rating", "3", "rationale", "Cannot tell from what we have."));
        assertThat(editor.submit("/claims/" + id, "/claims/" + id + "/verdict",
                Map.of("verdict", "UNVERIFIABLE")).statusCode()).isEqualTo(303);

        assertThat(editor.get("/claims/" + id).body().asString()).contains("You cannot approve this claim");
        Response approve = editor.submit("/claims/" + id, "/claims/" + id + "/decision", Map.of("decision", "APPROVE"));

        assertThat(approve.statusCode()).isEqualTo(422);
        assertThat(approve.body().asString()).contains("an editor cannot approve a verdict they proposed");
        assertThat(claims.get(id).status).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void aRejectionNeedsANoteAndTheFormKeepsTheChoice() {
        Browser reviewer = Browser.signedIn(users.fresh("rev", Role.REVIEWER));
        Browser editor = Browser.signedIn(users.fresh("ed", Role.EDITOR));
        long id = Browser.idFrom(reviewer.submit("/claims/new", "/claims",
                ClaimFields.valid("A claim an editor sends back " + System.nanoTime())));
        reviewer.submit("/claims/" + id, "/claims/" + id + "/review",
                Map.of("rating", "3", "rationale", "Nothing to go on yet."));
        reviewer.submit("/claims/" + id, "/claims/" + id + "/verdict", Map.of("verdict", "UNVERIFIABLE"));

        Response noNote = editor.submit("/claims/" + id, "/claims/" + id + "/decision", Map.of("decision", "REJECT"));
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.body().asString()).contains("id=\"decision-note-error\">Note is required");

        Response rejected = editor.submit("/claims/" + id, "/claims/" + id + "/decision",
                Map.of("decision", "REJECT", "note", "Find a second source first."));
        assertThat(rejected.statusCode()).isEqualTo(303);
        assertThat(editor.follow(rejected).body().asString()).contains("Rejected", "Find a second source first.");
        assertThat(claims.get(id).status).isEqualTo(ClaimStatus.OPEN);
    }

    @Test
    void aStepOnAClaimThatDoesNotExistGetsTheNotFoundPage() {
        Browser editor = Browser.signedIn(users.fresh("lost", Role.EDITOR));

        Response missing = editor.submit("/claims/new", "/claims/987654321/retraction", Map.of("note", "withdrawn"));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body().asString()).contains("No claim with id 987654321").doesNotContain("name=\"note\"");
    }
}
