package org.corroborate.workflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The thresholds a proposed verdict must meet; defaults follow the product spec. */
@ConfigMapping(prefix = "corroborate.workflow")
public interface WorkflowRules {

    Verified verified();

    FalseVerdict falseVerdict();

    /** Reviews any verdict needs: nobody proposes a verdict on a claim nobody has rated. */
    @WithDefault("1")
    int minReviews();

    interface Verified {
        /** Supporting citations from this many distinct claimants. */
        @WithDefault("2")
        int minIndependentClaimants();

        /** Of which this many are not a party to the conflict. */
        @WithDefault("1")
        int minNonPartyClaimants();

        /** Reviews rated 4 or 5. */
        @WithDefault("2")
        int minReviewsLeaningTrue();
    }

    interface FalseVerdict {
        @WithDefault("1")
        int minRefutingCitations();

        /** Reviews rated 1 or 2. */
        @WithDefault("2")
        int minReviewsLeaningFalse();
    }
}
