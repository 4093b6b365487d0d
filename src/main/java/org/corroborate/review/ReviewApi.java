package org.corroborate.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.account.Role;
import org.corroborate.claim.ClaimView.ReviewView;
import org.corroborate.web.CurrentUser;

/** The caller's one review of a claim over JSON. */
@Path("/api/claims/{claimId}/reviews/mine")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
public class ReviewApi {

    private final ReviewService reviews;
    private final CurrentUser user;

    ReviewApi(ReviewService reviews, CurrentUser user) {
        this.reviews = reviews;
        this.user = user;
    }

    @PUT
    @Operation(summary = "Write or replace the caller's review (201 when new, 200 when replaced)")
    public Response write(@PathParam("claimId") long claimId, ReviewInput input) {
        ReviewService.Written written = reviews.writeMine(claimId, input, user.username());
        return Response.status(written.created() ? 201 : 200).entity(ReviewView.of(written.review())).build();
    }

    @DELETE
    @Operation(summary = "Withdraw the caller's review (204); kept in the claim's history. 404 when the caller has"
            + " none, 409 once the claim is approved")
    public Response withdraw(@PathParam("claimId") long claimId) {
        reviews.withdrawMine(claimId, user.username());
        return Response.noContent().build();
    }
}
