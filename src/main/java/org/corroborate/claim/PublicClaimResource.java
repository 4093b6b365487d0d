package org.corroborate.claim;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import org.corroborate.problem.Problem;
import org.corroborate.review.Rating;

/**
 * The public page of a published claim, readable without an account: statement, verdict, event, evidence and
 * who approved it, with the ClaimReview JSON-LD fact-checkers publish. Unpublished claims do not exist here.
 */
@Path("/public/claims")
@Produces(MediaType.TEXT_HTML)
public class PublicClaimResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(ClaimDetails details, RawString jsonLd);
    }

    private final ClaimService claims;
    private final ObjectMapper json;

    PublicClaimResource(ClaimService claims, ObjectMapper json) {
        this.claims = claims;
        this.json = json;
    }

    @GET
    @Path("{id}")
    public TemplateInstance claim(@RestPath long id) {
        ClaimDetails details = claims.find(id).filter(c -> c.status.isFrozen()).map(c -> claims.details(id))
                .orElseThrow(() -> Problem.notFound("published claim", id));
        return Templates.claim(details, jsonLd(details));
    }

    /**
     * schema.org ClaimReview. It goes into a script element, so it is serialised by Jackson and every
     * {@code <}, {@code >} and {@code &} is written as a JSON escape: no user text can end the element.
     */
    private RawString jsonLd(ClaimDetails details) {
        Claim claim = details.claim();
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue", ratingOf(claim.verdict));
        rating.put("bestRating", Rating.MAX);
        rating.put("worstRating", Rating.MIN);
        rating.put("alternateName", claim.status == ClaimStatus.RETRACTED ? "Retracted" : claim.verdict.label);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("claimReviewed", claim.statement);
        review.put("datePublished", claim.approvedAt == null ? null : claim.approvedAt.toString());
        review.put("author", Map.of("@type", "Organization", "name", "Corroborate"));
        review.put("reviewRating", rating);
        review.put("itemReviewed", Map.of("@type", "Claim", "appearance", details.citations().stream()
                .filter(c -> c.source.url != null).map(c -> c.source.url).distinct().toList()));
        try {
            String text = json.writeValueAsString(review);
            return new RawString(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verdict on the ClaimReview 1–5 scale. */
    private static int ratingOf(Verdict verdict) {
        return switch (verdict) {
            case VERIFIED -> 5;
            case DISPUTED -> 3;
            case FALSE -> 1;
            case UNVERIFIABLE -> 3;
        };
    }

}
