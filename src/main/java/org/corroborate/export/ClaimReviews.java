package org.corroborate.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimDetails;
import org.corroborate.claim.Verdict;

/** A published claim as schema.org ClaimReview JSON-LD, the way fact-checkers publish verdicts. */
public final class ClaimReviews {

    public static final String PUBLISHER = "Corroborate";

    private ClaimReviews() {
    }

    /** The rating a verdict carries on the 1–5 ClaimReview scale, with its name. */
    public record VerdictRating(int value, String alternateName) {

        public static VerdictRating of(Verdict verdict) {
            return switch (verdict) {
                case VERIFIED -> new VerdictRating(5, "Verified");
                case DISPUTED -> new VerdictRating(3, "Disputed");
                case FALSE -> new VerdictRating(1, "False");
                case UNVERIFIABLE -> new VerdictRating(3, "Unverifiable");
            };
        }
    }

    /**
     * The ClaimReview document of an approved claim.
     *
     * @param publicUrl the claim's public page
     */
    public static Map<String, Object> of(ClaimDetails details, String publicUrl) {
        Claim claim = details.claim();
        VerdictRating rating = VerdictRating.of(claim.verdict);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", publicUrl);
        review.put("claimReviewed", claim.statement);
        review.put("datePublished", claim.approvedAt == null ? null : claim.approvedAt.toString());
        review.put("author", Map.of("@type", "Organization", "name", PUBLISHER));
        review.put("editor", Map.of("@type", "Person", "name", Objects.toString(claim.approvedBy, "")));
        review.put("reviewRating", Map.of("@type", "Rating", "ratingValue", rating.value(), "bestRating", 5,
                "worstRating", 1, "alternateName", rating.alternateName()));
        review.put("itemReviewed", itemReviewed(claim, details.citations()));
        return review;
    }

    /** The claim as asserted: who asserted it first, and where it appeared. */
    private static Map<String, Object> itemReviewed(Claim claim, List<Citation> citations) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        citations.stream().filter(c -> c.stance != Stance.CONTEXT).findFirst()
                .or(() -> citations.stream().findFirst())
                .ifPresent(first -> item.put("author", Map.of("@type", "Organization", "name", first.claimant)));
        if (claim.eventDate != null) {
            item.put("datePublished", claim.eventDate.toString());
        }
        item.put("appearance", citations.stream().map(ClaimReviews::appearance).distinct().toList());
        return item;
    }

    private static Map<String, Object> appearance(Citation citation) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        if (citation.source.url != null) {
            work.put("url", citation.source.url);
        }
        work.put("headline", citation.source.title);
        if (citation.source.outlet != null) {
            work.put("publisher", Map.of("@type", "Organization", "name", citation.source.outlet));
        }
        if (citation.source.publishedAt != null) {
            work.put("datePublished", citation.source.publishedAt.toString());
        }
        return work;
    }
}
