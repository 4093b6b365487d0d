package org.corroborate.workflow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The thresholds a proposed verdict must meet; defaults follow the product spec. Independence is counted in
 * origins (see {@link org.corroborate.evidence.Evidence}): five outlets quoting one spokesman are one origin.
 */
@ConfigMapping(prefix = "corroborate.workflow")
public interface WorkflowRules {

    Verified verified();

    FalseVerdict falseVerdict();

    /** Reviews any verdict needs: nobody proposes a verdict on a claim nobody has rated. */
    @WithDefault("1")
    int minReviews();

    interface Verified {
        /** Supporting citations from this many distinct origins. */
        @WithDefault("2")
        int minIndependentOrigins();

        /** Of which this many are not a party to the conflict. */
        @WithDefault("1")
        int minNonPartyOrigins();

        /** Reviews rated 4 or 5. */
        @WithDefault("2")
        int minReviewsLeaningTrue();
    }

    interface FalseVerdict {
        /** Refuting citations from this many distinct origins, party or not. */
        @WithDefault("1")
        int minRefutingOrigins();

        /** Of which this many are not a party to the conflict: a party's denial is not independent refutation. */
        @WithDefault("1")
        int minNonPartyRefutingOrigins();

        /** Reviews rated 1 or 2. */
        @WithDefault("2")
        int minReviewsLeaningFalse();
    }
}
