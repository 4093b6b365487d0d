package org.corroborate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.claim.Verdict;
import org.corroborate.review.Review;

/**
 * The verdict rules as a table, with the default thresholds and no database: what each verdict needs of the
 * citations and reviews, and the words a reviewer is told when it is missing.
 * A QuarkusTest for its messages only: they come from the ProblemTexts bundle, which needs the application.
 */
@QuarkusTest
class VerdictRulesTest {

    /** The defaults of {@link WorkflowRules}, as the product spec states them. */
    private static final WorkflowRules DEFAULTS = new WorkflowRules() {
        @Override
        public Verified verified() {
            return new Verified() {
                @Override
                public int minIndependentOrigins() {
                    return 2;
                }

                @Override
                public int minNonPartyOrigins() {
                    return 1;
                }

                @Override
                public int minReviewsLeaningTrue() {
                    return 2;
                }
            };
        }

        @Override
        public FalseVerdict falseVerdict() {
            return new FalseVerdict() {
                @Override
                public int minRefutingOrigins() {
                    return 1;
                }

                @Override
                public int minNonPartyRefutingOrigins() {
                    return 1;
                }

                @Override
                public int minReviewsLeaningFalse() {
                    return 2;
                }
            };
        }

        @Override
        public int minReviews() {
            return 1;
        }
    };

    private final VerdictRules rules = new VerdictRules(DEFAULTS);

    /**
     * @param citations "stance:claimant:party[:origin]" separated by ";" (party is P or -; the origin defaults to the
     *        claimant, as for a claimant nothing resolved)
     * @param ratings the reviews' ratings separated by spaces
     * @param unmet what the reviewer is told, each rule's words separated by ";"; nothing when every rule is met
     */
    @ParameterizedTest(name = "{0} with [{1}] and ratings [{2}]")
    @CsvSource(delimiter = '|', value = {
            "VERIFIED | S:Army spokesman:P;S:Provincial council member:- | 5 4 | ",
            "VERIFIED | S:Defense Ministry:P; S: defense ministry :P | 5 4 | from at least 2 independent origins (has 1); not a party to the conflict (has 0)",
            "VERIFIED | S:Zabihullah Mujahid:P:Taliban;S:Taliban spokesman Zabihullah Mujahid:P:Taliban;S:Mujahid:P:Taliban | 5 4 | from at least 2 independent origins (has 1); not a party to the conflict (has 0)",
            "VERIFIED | S:Zabihullah Mujahid:P:Taliban;S:Qari Yousuf Ahmadi:P:Taliban | 5 4 | from at least 2 independent origins (has 1); not a party to the conflict (has 0)",
            "VERIFIED | S:Zabihullah Mujahid:P:Taliban;S:Mujahid:P:Taliban;S:Provincial council member:- | 5 4 | ",
            "VERIFIED | S:Zabihullah Mujahid:P:Taliban;R:Provincial council member:- | 5 4 | from at least 2 independent origins (has 1); not a party to the conflict (has 0)",
            "VERIFIED | S:Army spokesman:P;S:Taliban spokesman:P | 5 4 | not a party to the conflict (has 0)",
            "VERIFIED | S:Army spokesman:P;C:Provincial council member:- | 5 4 | from at least 2 independent origins (has 1); not a party to the conflict (has 0)",
            "VERIFIED | S:Army spokesman:P;S:Provincial council member:- | 5 3 | rated Mostly true or True (has 1)",
            "VERIFIED | S:Army spokesman:P;S:Provincial council member:- | | needs at least 1 review (has 0); rated Mostly true or True (has 0)",
            "FALSE | R:Provincial governor:- | 1 2 | ",
            "FALSE | S:Provincial governor:- | 1 2 | FALSE needs refuting citations from at least 1 origin (has 0); not a party to the conflict (has 0)",
            "FALSE | R:Zabihullah Mujahid:P:Taliban | 1 2 | not a party to the conflict (has 0: a party's denial is not independent refutation)",
            "FALSE | R:Zabihullah Mujahid:P:Taliban;R:UNAMA:- | 1 2 | ",
            "FALSE | R:Provincial governor:- | 1 3 | rated False or Mostly false (has 1)",
            "DISPUTED | R:Taliban spokesman:P | 3 | ",
            "DISPUTED | C:District governor:- | 3 | DISPUTED needs at least one supporting or refuting citation (has none)",
            "UNVERIFIABLE | | 3 | ",
            "UNVERIFIABLE | | | needs at least 1 review (has 0)" })
    void eachVerdictNeedsItsEvidence(Verdict verdict, String citations, String ratings, String unmet) {
        List<String> told = rules.unmet(verdict, citations(citations), reviews(ratings));
        List<String> expected = unmet == null ? List.of() : Arrays.stream(unmet.split(";")).map(String::strip).toList();
        assertThat(told).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(told.get(i)).contains(expected.get(i));
        }
    }

    @Test
    void theChecklistShowsForEveryVerdictWhatIsMetAndWhatIsNot() {
        Map<Verdict, VerdictRules.Checklist> all = rules.checklists(
                citations("S:Zabihullah Mujahid:P:Taliban;S:Mujahid:P:Taliban;R:Ministry of Defense:P:Ministry of Defense"),
                reviews("5 4"));

        assertThat(all).containsOnlyKeys(Verdict.values());
        VerdictRules.Checklist verified = all.get(Verdict.VERIFIED);
        assertThat(verified.met()).containsExactly("needs at least 1 review (has 2)",
                "VERIFIED needs at least 2 reviews rated Mostly true or True (has 2)");
        assertThat(verified.unmet()).containsExactly(
                "VERIFIED needs supporting citations from at least 2 independent origins (has 1)",
                "VERIFIED needs at least 1 supporting origin that is not a party to the conflict (has 0)");
        assertThat(all.get(Verdict.FALSE).unmet()).contains("FALSE needs refutation from at least 1 origin that is not"
                + " a party to the conflict (has 0: a party's denial is not independent refutation)");
        assertThat(all.get(Verdict.DISPUTED).allMet()).isTrue();
        assertThat(all.get(Verdict.UNVERIFIABLE).met()).containsExactly("needs at least 1 review (has 2)");
    }

    private static List<Citation> citations(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(spec -> {
            String[] parts = spec.split(":", -1);
            Citation citation = new Citation();
            citation.stance = switch (parts[0].strip()) {
                case "S" -> Stance.SUPPORTS;
                case "R" -> Stance.REFUTES;
                default -> Stance.CONTEXT;
            };
            citation.claimant = parts[1];
            citation.claimantIsParty = parts[2].strip().equals("P");
            citation.origin = parts.length > 3 ? parts[3] : null;
            return citation;
        }).toList();
    }

    private static List<Review> reviews(String ratings) {
        if (ratings == null) {
            return List.of();
        }
        return Arrays.stream(ratings.strip().split(" +")).map(rating -> {
            Review review = new Review();
            review.rating = Integer.parseInt(rating);
            return review;
        }).toList();
    }
}
