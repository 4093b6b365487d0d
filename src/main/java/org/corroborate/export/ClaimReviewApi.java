package org.corroborate.export;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.claim.ClaimDetails;
import org.corroborate.claim.ClaimService;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.problem.Problem;
import org.corroborate.workflow.Retracted;

/** An approved claim's verdict as schema.org ClaimReview JSON-LD; public, like the export. */
@Path("/api/claims/{claimId}/claimreview")
@Tag(name = "Export")
public class ClaimReviewApi {

    public static final String JSON_LD = "application/ld+json";

    private final ClaimService claims;
    private final ExportMetrics metrics;

    ClaimReviewApi(ClaimService claims, ExportMetrics metrics) {
        this.claims = claims;
        this.metrics = metrics;
    }

    @GET
    @Produces({ JSON_LD, "application/json" })
    @Operation(summary = "The ClaimReview of an approved claim")
    @APIResponse(responseCode = "200", description = "the claim's ClaimReview, schema.org JSON-LD")
    @APIResponse(responseCode = "404", description = "no such claim, or the claim was never published")
    @APIResponse(responseCode = "410", description = "the claim was published and then retracted: the error body's"
            + " message and its retraction {at, by, note} say when, by whom and why")
    public Map<String, Object> claimReview(@PathParam("claimId") long claimId, @Context UriInfo uri) {
        ClaimDetails details = claims.details(claimId);
        details.retraction().ifPresent(retraction -> {
            throw new Retracted(claimId, retraction);
        });
        if (details.claim().status != ClaimStatus.APPROVED) {
            throw Problem.notFound("approved claim", claimId);
        }
        Map<String, Object> review = ClaimReviews.of(details, publicUrl(uri, claimId));
        metrics.servedClaimReview();
        return review;
    }

    /** The claim's public page, absolute. */
    public static String publicUrl(UriInfo uri, long claimId) {
        return uri.getBaseUriBuilder().path("public/claims/{id}").build(claimId).toString();
    }
}
