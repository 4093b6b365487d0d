package org.corroborate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.TestClaims;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.citation.CitationInput;
import org.corroborate.citation.CitationService;
import org.corroborate.citation.Stance;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimService;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.Verdict;
import org.corroborate.problem.Problem;
import org.corroborate.problem.UnmetRules;
import org.corroborate.review.ReviewInput;
import org.corroborate.review.ReviewService;

/** The workflow through the services: verdict rules, transitions, four-eyes, the frozen state and the history. */
@QuarkusTest
class WorkflowTest {

    @Inject
    Workflow workflow;

    @Inject
    ClaimService claims;

    @Inject
    CitationService citations;

    @Inject
    ReviewService reviews;

    @Inject
    TestClaims fixtures;

    @Inject
    TestUsers users;

    String alice;
    String bob;
    String editor;
    String otherEditor;

    @BeforeEach
    void people() {
        alice = users.fresh("alice", Role.REVIEWER);
        bob = users.fresh("bob", Role.REVIEWER);
        editor = users.fresh("editor", Role.EDITOR);
        otherEditor = users.fresh("editor2", Role.EDITOR);
    }

    // ---- verdict rules -------------------------------------------------------------------------------

    @Test
    void verifiedCountsTheSameOriginOnceWhateverItsCase() {
        long id = fixtures.open(alice);
        fixtures.cite(id, Stance.SUPPORTS, "Defense Ministry", true, alice);
        fixtures.cite(id, Stance.SUPPORTS, "  defense ministry ", false, alice);
        fixtures.review(id, alice, 5);
        fixtures.review(id, bob, 4);

        assertUnmet(() -> workflow.propose(id, Verdict.VERIFIED, null, alice),
                "VERIFIED needs supporting citations from at least 2 independent origins (has 1)",
                // one origin marked a party once is a party: the conservative reading of inconsistent marks
                "VERIFIED needs at least 1 supporting origin that is not a party to the conflict (has 0)");

        fixtures.cite(id, Stance.SUPPORTS, "Provincial council member", false, alice);
        assertThat(workflow.propose(id, Verdict.VERIFIED, null, alice).status).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void verifiedNeedsAnOriginThatIsNotAPartyToTheConflict() {
        long id = fixtures.open(alice);
        fixtures.cite(id, Stance.SUPPORTS, "Defense Ministry", true, alice);
        fixtures.cite(id, Stance.SUPPORTS, "Taliban spokesman", true, alice);
        fixtures.cite(id, Stance.REFUTES, "AFP", false, alice); // refuting: does not count for VERIFIED
        fixtures.review(id, alice, 5);
        fixtures.review(id, bob, 5);

        assertUnmet(() -> workflow.propose(id, Verdict.VERIFIED, null, alice),
                "VERIFIED needs at least 1 supporting origin that is not a party to the conflict (has 0)");

        fixtures.cite(id, Stance.SUPPORTS, "AFP", false, alice);
        assertThat(workflow.propose(id, Verdict.VERIFIED, null, alice).verdict).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void verifiedNeedsTwoReviewsLeaningTrue() {
        long id = fixtures.open(alice);
        fixtures.cite(id, Stance.SUPPORTS, "Defense Ministry", true, alice);
        fixtures.cite(id, Stance.SUPPORTS, "Provincial council member", false, alice);
        fixtures.review(id, alice, 5);
        fixtures.review(id, bob, 3);

        assertUnmet(() -> workflow.propose(id, Verdict.VERIFIED, null, alice),
                "VERIFIED needs at least 2 reviews rated Mostly true or True (has 1)");

        fixtures.review(id, bob, 4); // bob changes his mind: still one review of his
        assertThat(workflow.propose(id, Verdict.VERIFIED, null, alice).status).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void falseNeedsRefutationNotAPartyToTheConflictAndTwoReviewsLeaningFalse() {
        long id = fixtures.open(alice);
        fixtures.cite(id, Stance.SUPPORTS, "Taliban spokesman", true, alice);
        fixtures.review(id, alice, 1);
        fixtures.review(id, bob, 3);

        assertUnmet(() -> workflow.propose(id, Verdict.FALSE, null, alice),
                "FALSE needs refuting citations from at least 1 origin (has 0)",
                "FALSE needs refutation from at least 1 origin that is not a party to the conflict (has 0)",
                "FALSE needs at least 2 reviews rated False or Mostly false (has 1)");

        fixtures.cite(id, Stance.REFUTES, "Defense Ministry", true, alice); // a denial by the other party
        fixtures.review(id, bob, 2);
        assertUnmet(() -> workflow.propose(id, Verdict.FALSE, null, alice),
                "FALSE needs refutation from at least 1 origin that is not a party to the conflict (has 0: a party's"
                        + " denial is not independent refutation)");

        fixtures.cite(id, Stance.REFUTES, "UNAMA", false, alice);
        assertThat(workflow.propose(id, Verdict.FALSE, null, alice).verdict).isEqualTo(Verdict.FALSE);
    }

    @Test
    void disputedNeedsASupportingOrRefutingCitation() {
        long id = fixtures.open(alice);
        fixtures.cite(id, Stance.CONTEXT, "Tolo News", false, alice);
        fixtures.review(id, alice, 3);

        assertUnmet(() -> workflow.propose(id, Verdict.DISPUTED, null, alice),
                "DISPUTED needs at least one supporting or refuting citation (has none)");

        fixtures.cite(id, Stance.REFUTES, "Taliban spokesman", true, alice);
        assertThat(workflow.propose(id, Verdict.DISPUTED, null, alice).verdict).isEqualTo(Verdict.DISPUTED);
    }

    @Test
    void unverifiableNeedsOnlyAReview() {
        long id = fixtures.open(alice);
        fixtures.review(id, alice, 3);

        Claim proposed = workflow.propose(id, Verdict.UNVERIFIABLE, "Nothing to go on.", alice);

        assertThat(proposed.status).isEqualTo(ClaimStatus.PROPOSED);
        assertThat(proposed.proposedBy).isEqualTo(alice);
    }

    @Test
    void noVerdictWithoutAReview() {
        long id = fixtures.open(alice);
        fixtures.cite(id, Stance.SUPPORTS, "Defense Ministry", true, alice);

        for (Verdict verdict : Verdict.values()) {
            assertThatThrownBy(() -> workflow.propose(id, verdict, null, alice))
                    .isInstanceOfSatisfying(UnmetRules.class, e -> assertThat(e.unmetRules)
                            .contains("needs at least 1 review (has 0)"));
        }
        assertThat(fixtures.reload(id).status).isEqualTo(ClaimStatus.OPEN);
    }

    // ---- transitions -----------------------------------------------------------------------------------

    @Test
    void aVerdictIsProposedOnlyOnAnOpenClaim() {
        long id = proposedUnverifiable(alice);

        assertStatus(() -> workflow.propose(id, Verdict.UNVERIFIABLE, null, bob), 409);
        assertThat(fixtures.reload(id).proposedBy).isEqualTo(alice);
    }

    @Test
    void onlyAProposedClaimIsApprovedOrRejected() {
        long id = fixtures.open(alice);
        fixtures.review(id, alice, 3);

        assertStatus(() -> workflow.decide(id, Decision.APPROVE, null, editor), 409);
        assertStatus(() -> workflow.decide(id, Decision.REJECT, "no", editor), 409);
        assertThat(fixtures.reload(id).status).isEqualTo(ClaimStatus.OPEN);
    }

    @Test
    void theEditorWhoProposedCannotApprove() {
        long id = fixtures.open(alice);
        fixtures.review(id, alice, 3);
        workflow.propose(id, Verdict.UNVERIFIABLE, null, editor);

        assertUnmet(() -> workflow.decide(id, Decision.APPROVE, null, editor),
                "an editor cannot approve a verdict they proposed");
        assertThat(workflow.decide(id, Decision.APPROVE, null, otherEditor).status).isEqualTo(ClaimStatus.APPROVED);
    }

    @Test
    void anEditorWhoIsTheOnlyReviewerCannotApproveButAnotherEditorCan() {
        long id = fixtures.open(alice);
        fixtures.review(id, editor, 3);
        workflow.propose(id, Verdict.UNVERIFIABLE, null, alice);

        assertUnmet(() -> workflow.decide(id, Decision.APPROVE, null, editor),
                "an editor cannot approve a claim they are the only reviewer of");
        assertThat(fixtures.reload(id).status).isEqualTo(ClaimStatus.PROPOSED);

        Claim approved = workflow.decide(id, Decision.APPROVE, "Fine.", otherEditor);
        assertThat(approved.status).isEqualTo(ClaimStatus.APPROVED);
        assertThat(approved.approvedBy).isEqualTo(otherEditor);
        assertThat(approved.approvedAt).isNotNull();
    }

    @Test
    void approvalRechecksTheRulesSinceReviewsMayHaveChanged() {
        long id = fixtures.open(alice);
        fixtures.cite(id, Stance.SUPPORTS, "Defense Ministry", true, alice);
        fixtures.cite(id, Stance.SUPPORTS, "AFP", false, alice);
        fixtures.review(id, alice, 5);
        fixtures.review(id, bob, 4);
        workflow.propose(id, Verdict.VERIFIED, null, alice);
        fixtures.review(id, bob, 2); // reviews may change until approval

        assertUnmet(() -> workflow.decide(id, Decision.APPROVE, null, editor),
                "VERIFIED needs at least 2 reviews rated Mostly true or True (has 1)");
        assertThat(fixtures.reload(id).status).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void rejectionNeedsANoteAndReturnsTheClaimToOpenWithoutItsVerdict() {
        long id = proposedUnverifiable(alice);

        assertThatThrownBy(() -> workflow.decide(id, Decision.REJECT, "  ", editor))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status).isEqualTo(400);
                    assertThat(p.fields).extracting(f -> f.field()).containsExactly("note");
                });
        assertThat(fixtures.reload(id).status).isEqualTo(ClaimStatus.PROPOSED);

        Claim rejected = workflow.decide(id, Decision.REJECT, "Find a second source.", editor);

        assertThat(rejected.status).isEqualTo(ClaimStatus.OPEN);
        assertThat(rejected.verdict).isNull();
        assertThat(rejected.proposedBy).isNull();
        assertThat(last(history(id))).extracting(h -> h.fromStatus, h -> h.toStatus, h -> h.verdict, h -> h.changedBy,
                h -> h.note).containsExactly(ClaimStatus.PROPOSED, ClaimStatus.OPEN, Verdict.UNVERIFIABLE, editor,
                        "Find a second source.");
        // and it can be proposed again
        assertThat(workflow.propose(id, Verdict.UNVERIFIABLE, null, bob).status).isEqualTo(ClaimStatus.PROPOSED);
    }

    @Test
    void retractionNeedsANoteAndAnApprovedClaim() {
        long id = proposedUnverifiable(alice);
        assertStatus(() -> workflow.retract(id, "Wrong district.", editor), 409);

        workflow.decide(id, Decision.APPROVE, null, editor);
        assertThatThrownBy(() -> workflow.retract(id, null, editor))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status).isEqualTo(400);
                    assertThat(p.fields).extracting(f -> f.field()).containsExactly("note");
                });
        assertThat(fixtures.reload(id).status).isEqualTo(ClaimStatus.APPROVED);

        assertThat(workflow.retract(id, "Wrong district.", editor).status).isEqualTo(ClaimStatus.RETRACTED);
        assertStatus(() -> workflow.retract(id, "Again.", editor), 409);
    }

    @Test
    void anApprovedClaimIsFrozen() {
        long id = proposedUnverifiable(alice);
        workflow.decide(id, Decision.APPROVE, null, editor);
        long version = fixtures.reload(id).version;
        long source = fixtures.source(bob);

        assertStatus(() -> claims.update(id, org.corroborate.TestClaims.input(version), bob), 409);
        assertStatus(() -> citations.attach(id, new CitationInput(source, Stance.SUPPORTS, "a phrase", "AFP", false,
                null), bob), 409);
        assertStatus(() -> reviews.writeMine(id, new ReviewInput(1, "Changed my mind entirely.", Set.of()), alice), 409);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(org.corroborate.citation.Citation.ofClaim(id)).isEmpty();
            assertThat(org.corroborate.review.Review.of(id, alice)).get().extracting(r -> r.rating).isEqualTo(3);
        });
        assertThat(fixtures.reload(id).version).isEqualTo(version);
    }

    @Test
    void everyTransitionIsInTheHistoryAndPublishingRaisesTheRevision() {
        long id = fixtures.open(alice);
        fixtures.review(id, bob, 3);
        assertThat(fixtures.reload(id).revision).isZero();

        workflow.propose(id, Verdict.UNVERIFIABLE, "First try.", alice);
        workflow.decide(id, Decision.REJECT, "Say why it cannot be checked.", editor);
        workflow.propose(id, Verdict.UNVERIFIABLE, "Only one party speaks.", bob);
        assertThat(fixtures.reload(id).revision).isZero();
        Claim approved = workflow.decide(id, Decision.APPROVE, "Agreed.", editor);
        assertThat(approved.revision).isEqualTo(1);
        assertThat(approved.publishedAt).isNotNull();
        Claim retracted = workflow.retract(id, "Duplicate of another claim.", otherEditor);
        assertThat(retracted.revision).isEqualTo(2);

        assertThat(history(id)).extracting(h -> h.fromStatus, h -> h.toStatus, h -> h.verdict, h -> h.changedBy,
                h -> h.note).containsExactly(
                        tuple(null, ClaimStatus.OPEN, null, alice, "Claim created"),
                        tuple(ClaimStatus.OPEN, ClaimStatus.PROPOSED, Verdict.UNVERIFIABLE, alice, "First try."),
                        tuple(ClaimStatus.PROPOSED, ClaimStatus.OPEN, Verdict.UNVERIFIABLE, editor,
                                "Say why it cannot be checked."),
                        tuple(ClaimStatus.OPEN, ClaimStatus.PROPOSED, Verdict.UNVERIFIABLE, bob, "Only one party speaks."),
                        tuple(ClaimStatus.PROPOSED, ClaimStatus.APPROVED, Verdict.UNVERIFIABLE, editor, "Agreed."),
                        tuple(ClaimStatus.APPROVED, ClaimStatus.RETRACTED, Verdict.UNVERIFIABLE, otherEditor,
                                "Duplicate of another claim."));
        assertThat(history(id)).allSatisfy(h -> assertThat(h.changedAt).isNotNull());
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /** An open claim reviewed by its author (rated 3) with UNVERIFIABLE proposed by the author. */
    private long proposedUnverifiable(String author) {
        long id = fixtures.open(author);
        fixtures.review(id, author, 3);
        workflow.propose(id, Verdict.UNVERIFIABLE, null, author);
        return id;
    }

    private static List<StatusChange> history(long id) {
        return QuarkusTransaction.requiringNew().call(() -> StatusChange.ofClaim(id));
    }

    private static StatusChange last(List<StatusChange> history) {
        return history.get(history.size() - 1);
    }

    private static void assertUnmet(ThrowingCallable call, String... rules) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UnmetRules.class, e -> {
            assertThat(e.status).isEqualTo(422);
            assertThat(e.unmetRules).containsExactlyInAnyOrder(rules);
        });
    }

    private static void assertStatus(ThrowingCallable call, int status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status).isEqualTo(status));
    }
}
