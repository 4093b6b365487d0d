package org.corroborate.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.claimant.Origins;
import org.corroborate.claim.Verdict;
import org.corroborate.review.Credibility;
import org.corroborate.review.Review;

/** What evidence each verdict needs before it can be proposed; thresholds from {@link WorkflowRules}. */
@ApplicationScoped
public class VerdictRules {

    private final WorkflowRules rules;

    VerdictRules(WorkflowRules rules) {
        this.rules = rules;
    }

    /** The rules the claim's evidence does not meet for this verdict, in words a reviewer can act on. */
    public List<String> unmet(Verdict verdict, List<Citation> citations, List<Review> reviews) {
        List<String> unmet = new ArrayList<>();
        Credibility credibility = Credibility.of(reviews);
        if (reviews.size() < rules.minReviews()) {
            unmet.add("needs at least " + plural(rules.minReviews(), "review") + " (has " + reviews.size() + ")");
        }
        switch (verdict) {
            case VERIFIED -> {
                List<Citation> supporting = citations.stream().filter(c -> c.stance == Stance.SUPPORTS).toList();
                Set<String> claimants = claimants(supporting);
                Set<String> nonParty = claimants(supporting.stream().filter(c -> !c.claimantIsParty).toList());
                WorkflowRules.Verified v = rules.verified();
                if (claimants.size() < v.minIndependentClaimants()) {
                    unmet.add("VERIFIED needs supporting citations from at least "
                            + plural(v.minIndependentClaimants(), "independent claimant") + " (has " + claimants.size() + ")");
                }
                if (nonParty.size() < v.minNonPartyClaimants()) {
                    unmet.add("VERIFIED needs at least " + plural(v.minNonPartyClaimants(), "supporting claimant")
                            + " who is not a party to the conflict (has " + nonParty.size() + ")");
                }
                if (credibility.leaningTrue() < v.minReviewsLeaningTrue()) {
                    unmet.add("VERIFIED needs at least " + plural(v.minReviewsLeaningTrue(), "review")
                            + " rated Mostly true or True (has " + credibility.leaningTrue() + ")");
                }
            }
            case FALSE -> {
                long refuting = citations.stream().filter(c -> c.stance == Stance.REFUTES).count();
                WorkflowRules.FalseVerdict f = rules.falseVerdict();
                if (refuting < f.minRefutingCitations()) {
                    unmet.add("FALSE needs at least " + plural(f.minRefutingCitations(), "refuting citation")
                            + " (has " + refuting + ")");
                }
                if (credibility.leaningFalse() < f.minReviewsLeaningFalse()) {
                    unmet.add("FALSE needs at least " + plural(f.minReviewsLeaningFalse(), "review")
                            + " rated False or Mostly false (has " + credibility.leaningFalse() + ")");
                }
            }
            case DISPUTED -> {
                if (citations.stream().noneMatch(c -> c.stance != Stance.CONTEXT)) {
                    unmet.add("DISPUTED needs at least one supporting or refuting citation (has none)");
                }
            }
            case UNVERIFIABLE -> {
                // a reviewed claim may be found unverifiable with no evidence at all
            }
        }
        return unmet;
    }

    /**
     * Independent claimants are distinct origins ({@link Origins}: two spokesmen of one organisation count once),
     * compared by key, so "Defense Ministry" and " defense ministry " count once too. A citation whose origin was
     * not filled counts by its claimant text.
     */
    private static Set<String> claimants(List<Citation> citations) {
        return citations.stream().map(c -> Origins.key(c.origin != null ? c.origin : c.claimant))
                .collect(Collectors.toSet());
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
