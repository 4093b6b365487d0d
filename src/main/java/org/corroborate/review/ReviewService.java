package org.corroborate.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimService;
import org.corroborate.input.Inputs;
import org.corroborate.input.Text;
import org.corroborate.problem.Problem;
import org.corroborate.workflow.Workflow;

/** Writes and withdraws a reviewer's one review of a claim. Made at start, so its counter is scraped from zero. */
@ApplicationScoped
@Startup
public class ReviewService {

    /** The unique constraint on (claim, reviewer), as migration V1 names it. */
    private static final String ONE_REVIEW_CONSTRAINT = "uq_review_claim_reviewer";

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
     * Creates or replaces the reviewer's review in a transaction of its own. Two requests of one reviewer may race
     * to create it: the unique constraint refuses the second insert, and that request then replaces the review the
     * first one wrote. Any other failure is the caller's.
     */
    public Written writeMine(long claimId, ReviewInput input, String reviewer) {
        inputs.check(input);
        Written result;
        try {
            result = QuarkusTransaction.requiringNew().call(() -> write(claimId, input, reviewer));
        } catch (PersistenceException e) {
            if (!isTheRaceForOneReview(e)) {
                throw e;
            }
            result = QuarkusTransaction.requiringNew().call(() -> write(claimId, input, reviewer));
        }
        written.increment();
        return result;
    }

    /**
     * The same write inside the caller's transaction, which commits or rolls back with it: the demo loader writes
     * a claim and its reviews in one, and a transaction of the review's own would not see the uncommitted claim.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Written writeWithin(long claimId, ReviewInput input, String reviewer) {
        inputs.check(input);
        return write(claimId, input, reviewer);
    }

    /**
     * Withdraws the reviewer's own review while the claim takes reviews (409 once it is approved), noting in the
     * claim's history whose review it was and its rating. 404 when the reviewer has no review of the claim.
     */
    @Transactional
    public void withdrawMine(long claimId, String reviewer) {
        Claim claim = claims.get(claimId);
        Review review = Review.of(claimId, reviewer).orElseThrow(() -> new Problem(404,
                t -> t.noReviewToWithdraw(claimId)));
        workflow.checkReviewable(claim);
        review.delete();
        workflow.recordCorrection(claim, "Review withdrawn by " + reviewer + " (it rated the claim " + review.rating
                + ", " + Rating.name(review.rating) + ")", reviewer);
    }

    /** Whether the failure is the one-review-per-reviewer constraint refusing a second insert. */
    private static boolean isTheRaceForOneReview(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).contains(ONE_REVIEW_CONSTRAINT)) {
                return true;
            }
        }
        return false;
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
