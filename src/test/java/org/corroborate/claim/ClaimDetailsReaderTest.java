package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.citation.Citation;
import org.corroborate.claimant.Origins;
import org.corroborate.review.Credibility;
import org.corroborate.review.Review;
import org.corroborate.source.Source;
import org.corroborate.workflow.StatusChange;

/**
 * The claim page's read by plain SQL (four statements, sent together on PostgreSQL) answers what Hibernate's
 * mapping of the same rows answers, field for field; the suite runs it on H2 and on PostgreSQL.
 */
@QuarkusTest
class ClaimDetailsReaderTest {

    @Inject
    TestUsers users;

    @Inject
    ClaimDetailsReader reader;

    @Inject
    ClaimService claims;

    /**
     * A published claim: every field set, citations with their sources (one resolved to a claimant), reviews with
     * tags, three status changes.
     */
    private long publishedClaim() {
        String alice = users.fresh("reader", Role.REVIEWER);
        String bob = users.fresh("reader", Role.REVIEWER);
        String editor = users.fresh("reader", Role.EDITOR);
        long id = Api.verifiableClaim(alice, bob);
        String voice = "Reader Voice " + System.nanoTime(); // a citation that resolves to a claimant
        Api.as(alice).body(Map.of("name", voice, "organisation", "Reader org", "party", true)).post("/api/claimants")
                .then().statusCode(201);
        Api.cite(alice, id, Api.createSource(alice, "Outlet C"), "CONTEXT", "Spokesman " + voice, false);
        Api.as(bob).body(Map.of("rating", 4, "rationale", "Both outlets name the district and the date.",
                "tags", List.of("INDEPENDENT_CONFIRMATION", "FIGURES_CONFLICT"))).put("/api/claims/" + id + "/reviews/mine")
                .then().statusCode(200);
        Api.publish(id, alice, editor);
        return id;
    }

    /** What Hibernate loads for the claim, origins filled as the rules fill them, mapped as the API shows it. */
    private static ClaimView byHibernate(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Review> reviews = Review.ofClaim(id);
            List<Citation> citations = Citation.ofClaim(id);
            Origins.fill(citations);
            return ClaimView.of(new ClaimDetails(Claim.findById(id), citations, reviews,
                    Credibility.of(reviews), StatusChange.ofClaim(id)), Map.of());
        });
    }

    @Test
    void readsWhatHibernateMapsFieldForField() {
        long id = publishedClaim();

        ClaimDetails read = reader.read(id).orElseThrow();

        ClaimView expected = byHibernate(id);
        assertThat(ClaimView.of(read, Map.of())).isEqualTo(expected);
        assertThat(expected.citations()).hasSize(3).extracting(ClaimView.CitationView::origin)
                .containsExactly("Army spokesman", "Provincial council member", "Reader org");
        assertThat(expected.reviews()).hasSize(2).anySatisfy(r -> assertThat(r.tags()).hasSize(2));
        assertThat(expected.history()).extracting(ClaimView.HistoryView::to)
                .containsExactly(ClaimStatus.OPEN, ClaimStatus.PROPOSED, ClaimStatus.APPROVED);
        assertThat(expected.location().latitude()).isEqualTo(33.35);
        assertThat(expected.fatalities().best()).isEqualTo(59);

        // what the API's view leaves out
        Claim stored = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(id));
        assertThat(read.claim().publishedAt).isEqualTo(stored.publishedAt).isNotNull();
        Source source = read.citations().get(0).source;
        Source storedSource = QuarkusTransaction.requiringNew().call(() -> Source.<Source>findById(source.id));
        assertThat(source).usingRecursiveComparison().comparingOnlyFields("id", "url", "title", "outlet", "author",
                "publishedAt", "kind", "language", "createdBy", "createdAt").isEqualTo(storedSource);
    }

    @Test
    void aClaimWithNothingAttachedAndAMissingClaim() {
        long id = Api.createClaim(users.fresh("reader", Role.REVIEWER));

        ClaimDetails read = reader.read(id).orElseThrow();

        assertThat(ClaimView.of(read, Map.of())).isEqualTo(byHibernate(id));
        assertThat(read.citations()).isEmpty();
        assertThat(read.reviews()).isEmpty();
        assertThat(read.credibility().reviews()).isZero();
        assertThat(reader.read(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void insideATransactionItSeesChangesNotYetWritten() {
        long id = Api.createClaim(users.fresh("reader", Role.REVIEWER));

        String seen;
        QuarkusTransaction.begin();
        try {
            Claim claim = Claim.findById(id);
            claim.statement = "Changed in this transaction, not yet flushed";
            seen = claims.details(id).claim().statement;
        } finally {
            QuarkusTransaction.rollback();
        }

        assertThat(seen).isEqualTo("Changed in this transaction, not yet flushed");
        assertThat(reader.read(id).orElseThrow().claim().statement).isEqualTo(Api.claimBody().get("statement"));
    }
}
