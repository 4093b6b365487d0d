package org.corroborate.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.claim.Verdict;
import org.corroborate.evidence.Evidence;
import org.corroborate.evidence.Evidence.Origin;
import org.corroborate.review.Credibility;
import org.corroborate.review.Review;

/**
 * What evidence each verdict needs before it can be proposed; thresholds from {@link WorkflowRules}. Independence
 * is counted in origins ({@link Evidence}), not in outlets or claimant names.
 */
@ApplicationScoped
public class VerdictRules {

    /** For one verdict, the rules its evidence meets and those it does not, each in words a reviewer can act on. */
    public record Checklist(List<String> met, List<String> unmet) {

        public boolean allMet() {
            return unmet.isEmpty();
        }
    }

    private final WorkflowRules rules;

    VerdictRules(WorkflowRules rules) {
        this.rules = rules;
    }

    /** The rules the claim's evidence does not meet for this verdict. */
    public List<String> unmet(Verdict verdict, List<Citation> citations, List<Review> reviews) {
        return check(verdict, Evidence.of(citations), citations, Credibility.of(reviews), reviews.size()).unmet();
    }

    /** Every verdict's rules, met and unmet, for the claim page and the claim's JSON, before anyone proposes. */
    public Map<Verdict, Checklist> checklists(List<Citation> citations, List<Review> reviews) {
        return checklists(Evidence.of(citations), citations, reviews);
    }

    /** As {@link #checklists(List, List)}, for a caller that has read the citations' evidence already. */
    public Map<Verdict, Checklist> checklists(Evidence evidence, List<Citation> citations, List<Review> reviews) {
        Credibility credibility = Credibility.of(reviews);
        Map<Verdict, Checklist> all = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            all.put(verdict, check(verdict, evidence, citations, credibility, reviews.size()));
        }
        return all;
    }

    private Checklist check(Verdict verdict, Evidence evidence, List<Citation> citations, Credibility credibility,
            int reviewCount) {
        Rules list = new Rules();
        list.add(reviewCount >= rules.minReviews(),
                "needs at least " + plural(rules.minReviews(), "review") + " (has " + reviewCount + ")");
        switch (verdict) {
            case VERIFIED -> {
                List<Origin> supporting = evidence.taking(Stance.SUPPORTS);
                long nonParty = supporting.stream().filter(o -> !o.party()).count();
                WorkflowRules.Verified v = rules.verified();
                list.add(supporting.size() >= v.minIndependentOrigins(), "VERIFIED needs supporting citations from at least "
                        + plural(v.minIndependentOrigins(), "independent origin") + " (has " + supporting.size() + ")");
                list.add(nonParty >= v.minNonPartyOrigins(), "VERIFIED needs at least "
                        + plural(v.minNonPartyOrigins(), "supporting origin") + " that is not a party to the conflict (has "
                        + nonParty + ")");
                list.add(credibility.leaningTrue() >= v.minReviewsLeaningTrue(), "VERIFIED needs at least "
                        + plural(v.minReviewsLeaningTrue(), "review") + " rated Mostly true or True (has "
                        + credibility.leaningTrue() + ")");
            }
            case FALSE -> {
                List<Origin> refuting = evidence.taking(Stance.REFUTES);
                int independent = evidence.independentRefutations().size();
                WorkflowRules.FalseVerdict f = rules.falseVerdict();
                list.add(refuting.size() >= f.minRefutingOrigins(), "FALSE needs refuting citations from at least "
                        + plural(f.minRefutingOrigins(), "origin") + " (has " + refuting.size() + ")");
                list.add(independent >= f.minNonPartyRefutingOrigins(), "FALSE needs refutation from at least "
                        + plural(f.minNonPartyRefutingOrigins(), "origin") + " that is not a party to the conflict (has "
                        + independent + (evidence.denials().isEmpty() ? "" : ": a party's denial is not independent refutation") + ")");
                list.add(credibility.leaningFalse() >= f.minReviewsLeaningFalse(), "FALSE needs at least "
                        + plural(f.minReviewsLeaningFalse(), "review") + " rated False or Mostly false (has "
                        + credibility.leaningFalse() + ")");
            }
            case DISPUTED -> {
                boolean sided = citations.stream().anyMatch(c -> c.stance != Stance.CONTEXT);
                list.add(sided, "DISPUTED needs at least one supporting or refuting citation" + (sided ? "" : " (has none)"));
            }
            case UNVERIFIABLE -> {
                // a reviewed claim may be found unverifiable with no evidence at all
            }
        }
        return list.checklist();
    }

    /** Rules as they are checked, each to its list. */
    private static final class Rules {
        private final List<String> met = new ArrayList<>();
        private final List<String> unmet = new ArrayList<>();

        void add(boolean holds, String rule) {
            (holds ? met : unmet).add(rule);
        }

        Checklist checklist() {
            return new Checklist(List.copyOf(met), List.copyOf(unmet));
        }
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
