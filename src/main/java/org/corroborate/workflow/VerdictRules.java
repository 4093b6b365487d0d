package org.corroborate.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.claim.Verdict;
import org.corroborate.evidence.Evidence;
import org.corroborate.evidence.Evidence.Origin;
import org.corroborate.i18n.Language;
import org.corroborate.problem.Phrase;
import org.corroborate.review.Credibility;
import org.corroborate.review.Review;

/**
 * What evidence each verdict needs before it can be proposed; thresholds from {@link WorkflowRules}. Independence
 * is counted in origins ({@link Evidence}), not in outlets or claimant names.
 */
@ApplicationScoped
public class VerdictRules {

    /**
     * For one verdict, the rules its evidence meets and those it does not, each in words a reviewer can act on:
     * English, as the API answers them, and as phrases for pages.
     */
    public record Checklist(List<String> met, List<String> unmet, @JsonIgnore List<Phrase> metRules,
            @JsonIgnore List<Phrase> unmetRules) {

        public boolean allMet() {
            return unmet.isEmpty();
        }

        /** The met rules in {@code language}. */
        public List<String> met(Language language) {
            return metRules.stream().map(rule -> rule.in(language)).toList();
        }

        /** The unmet rules in {@code language}. */
        public List<String> unmet(Language language) {
            return unmetRules.stream().map(rule -> rule.in(language)).toList();
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

    /** As {@link #unmet}, said in any language. */
    public List<Phrase> unmetRules(Verdict verdict, List<Citation> citations, List<Review> reviews) {
        return check(verdict, Evidence.of(citations), citations, Credibility.of(reviews), reviews.size()).unmetRules();
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
        list.add(reviewCount >= rules.minReviews(), t -> t.needsReviews(rules.minReviews(), (long) reviewCount));
        switch (verdict) {
            case VERIFIED -> {
                List<Origin> supporting = evidence.taking(Stance.SUPPORTS);
                long nonParty = supporting.stream().filter(o -> !o.party()).count();
                WorkflowRules.Verified v = rules.verified();
                long origins = supporting.size();
                long leaningTrue = credibility.leaningTrue();
                list.add(origins >= v.minIndependentOrigins(),
                        t -> t.verifiedNeedsOrigins(v.minIndependentOrigins(), origins));
                list.add(nonParty >= v.minNonPartyOrigins(), t -> t.verifiedNeedsNonParty(v.minNonPartyOrigins(), nonParty));
                list.add(leaningTrue >= v.minReviewsLeaningTrue(),
                        t -> t.verifiedNeedsReviewsLeaningTrue(v.minReviewsLeaningTrue(), leaningTrue));
            }
            case FALSE -> {
                List<Origin> refuting = evidence.taking(Stance.REFUTES);
                long origins = refuting.size();
                long independent = evidence.independentRefutations().size();
                boolean denied = !evidence.denials().isEmpty();
                long leaningFalse = credibility.leaningFalse();
                WorkflowRules.FalseVerdict f = rules.falseVerdict();
                list.add(origins >= f.minRefutingOrigins(), t -> t.falseNeedsOrigins(f.minRefutingOrigins(), origins));
                list.add(independent >= f.minNonPartyRefutingOrigins(),
                        t -> t.falseNeedsNonParty(f.minNonPartyRefutingOrigins(), independent, denied));
                list.add(leaningFalse >= f.minReviewsLeaningFalse(),
                        t -> t.falseNeedsReviewsLeaningFalse(f.minReviewsLeaningFalse(), leaningFalse));
            }
            case DISPUTED -> {
                boolean sided = citations.stream().anyMatch(c -> c.stance != Stance.CONTEXT);
                list.add(sided, t -> t.disputedNeedsASide(!sided));
            }
            case UNVERIFIABLE -> {
                // a reviewed claim may be found unverifiable with no evidence at all
            }
        }
        return list.checklist();
    }

    /** Rules as they are checked, each to its list. */
    private static final class Rules {
        private final List<Phrase> met = new ArrayList<>();
        private final List<Phrase> unmet = new ArrayList<>();

        void add(boolean holds, Phrase rule) {
            (holds ? met : unmet).add(rule);
        }

        Checklist checklist() {
            return new Checklist(english(met), english(unmet), List.copyOf(met), List.copyOf(unmet));
        }

        private static List<String> english(List<Phrase> rules) {
            return rules.stream().map(Phrase::english).toList();
        }
    }
}
