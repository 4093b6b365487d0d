package org.corroborate.claim;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;

import org.corroborate.export.ClaimReviewApi;
import org.corroborate.export.ClaimReviews;
import org.corroborate.problem.Problem;
import org.corroborate.workflow.Retraction;

/**
 * The public page of a published claim, readable without an account: statement, verdict, event, evidence and
 * who approved it, with the ClaimReview JSON-LD fact-checkers publish. Unpublished claims do not exist here.
 */
@Path("/public/claims")
@Produces(MediaType.TEXT_HTML)
public class PublicClaimResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(ClaimDetails details, RawString jsonLd, Retraction retraction);
    }

    private final ClaimService claims;
    private final ObjectMapper json;

    PublicClaimResource(ClaimService claims, ObjectMapper json) {
        this.claims = claims;
        this.json = json;
    }

    @GET
    @Path("{id}")
    public TemplateInstance claim(@RestPath long id, @Context UriInfo uri) {
        ClaimDetails details = claims.findDetails(id).filter(d -> d.claim().status.isFrozen())
                .orElseThrow(() -> Problem.notFound("published claim", id));
        // a retracted verdict is not republished as a ClaimReview; the page says when and why it was retracted
        RawString jsonLd = details.claim().status == ClaimStatus.APPROVED
                ? jsonLd(ClaimReviews.of(details, ClaimReviewApi.publicUrl(uri, id))) : null;
        return Templates.claim(details, jsonLd, details.retraction().orElse(null));
    }

    /**
     * The ClaimReview goes into a script element, so it is serialised by Jackson and every {@code <}, {@code >}
     * and {@code &} is written as a JSON escape: no user text can end the element.
     */
    private RawString jsonLd(Map<String, Object> review) {
        try {
            String text = json.writeValueAsString(review);
            return new RawString(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
