package org.corroborate.claim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.evidence.Evidence;
import org.corroborate.evidence.FigureEvidence;
import org.corroborate.evidence.SuggestedFatalities;
import org.corroborate.review.Credibility;
import org.corroborate.review.Review;
import org.corroborate.workflow.Retraction;
import org.corroborate.workflow.StatusChange;

/** A claim with everything its page and its API answer show, loaded in a fixed number of queries. */
public record ClaimDetails(Claim claim, List<Citation> citations, List<Review> reviews, Credibility credibility,
        List<StatusChange> history) {

    public Map<Stance, List<Citation>> citationsByStance() {
        return citations.stream().collect(Collectors.groupingBy(c -> c.stance,
                () -> new java.util.EnumMap<>(Stance.class), Collectors.toList()));
    }

    /** Who the evidence comes from, counted by origin. */
    public Evidence evidence() {
        return Evidence.of(citations);
    }

    /** Low, best and high as the citations' parsed figures suggest them, each with its derivation. */
    public SuggestedFatalities suggestedFatalities() {
        return SuggestedFatalities.from(citations.stream().map(c -> new FigureEvidence(c.id, c.claimant,
                Evidence.originOf(c), c.claimantIsParty, c.stance, c.figure())).toList());
    }

    /** Citations that state a figure, for comparing figures side by side. */
    public List<Citation> statedFigures() {
        return citations.stream().filter(c -> c.statedFigure != null).toList();
    }

    /** When, by whom and why the claim was withdrawn; empty unless it is retracted. */
    public Optional<Retraction> retraction() {
        return claim.status == ClaimStatus.RETRACTED ? Retraction.latestIn(history) : Optional.empty();
    }

    public Optional<Review> reviewBy(String username) {
        return reviews.stream().filter(r -> r.reviewer.equals(username)).findFirst();
    }
}
