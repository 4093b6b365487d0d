package org.corroborate.review;

import java.time.Clock;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimService;
import org.corroborate.problem.Inputs;
import org.corroborate.problem.Text;
import org.corroborate.workflow.Workflow;

/** Writes a reviewer's one review of a claim. Made at start, so its counter is scraped from zero. */
@ApplicationScoped
@Startup
public class ReviewService {

    private final Inputs inputs;
    private final ClaimService claims;
    private final Workflow workflow;
    private final Clock clock;
    private final Counter written;

    ReviewService(Inputs inputs, ClaimService claims, Workflow workflow, Clock clock, MeterRegistry registry) {
        this.inputs = inputs;
        this.claims = claims;
        this.workflow = workflow;
        this.clock = clock;
        this.written = Counter.builder("corroborate.reviews.written")
                .description("Reviews created or replaced (counted by the instance that wrote them)").register(registry);
    }

    /** The stored review and whether this call created it (rather than replaced an earlier one). */
    public record Written(Review review, boolean created) {
    }

    /**
     * Creates or replaces the reviewer's review. When two requests of the same reviewer race to create it,
     * the unique constraint refuses the second insert and the second request replaces the first's review.
     */
    public Written writeMine(long claimId, ReviewInput input, String reviewer) {
        inputs.check(input);
        if (QuarkusTransaction.isActive()) {
            // inside a caller's transaction (the demo loader): the review commits or rolls back with it, and a
            // new transaction would not even see a claim the caller has not committed yet
            return write(claimId, input, reviewer);
        }
        Written result;
        try {
            result = QuarkusTransaction.requiringNew().call(() -> write(claimId, input, reviewer));
        } catch (PersistenceException raced) {
            // another request of this reviewer inserted first: this one now finds that review and replaces it
            result = QuarkusTransaction.requiringNew().call(() -> write(claimId, input, reviewer));
        }
        written.increment();
        return result;
    }

    private Written write(long claimId, ReviewInput input, String reviewer) {
        Claim claim = claims.get(claimId);
        workflow.checkReviewable(claim);
        Instant now = Instant.now(clock);
        Review review = Review.of(claimId, reviewer).orElse(null);
        boolean created = review == null;
        if (created) {
            review = new Review();
            review.claim = claim;
            review.reviewer = reviewer;
            review.createdAt = now;
        }
        review.rating = input.rating();
        review.rationale = Text.clean(input.rationale());
        review.setTagSet(input.tags());
        review.updatedAt = now;
        review.persistAndFlush();
        return new Written(review, created);
    }
}
