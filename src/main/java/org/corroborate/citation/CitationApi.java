package org.corroborate.citation;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.account.Role;
import org.corroborate.claim.ClaimView.CitationView;
import org.corroborate.claimant.Origins;
import org.corroborate.web.CurrentUser;

/** Attaches a source to a claim over JSON, and corrects or removes a citation. */
@Path("/api/claims/{claimId}/citations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
public class CitationApi {

    private final CitationService citations;
    private final CurrentUser user;

    CitationApi(CitationService citations, CurrentUser user) {
        this.citations = citations;
        this.user = user;
    }

    @POST
    @Operation(summary = "Attach a source to an open or proposed claim, with quote, stance, claimant and stated figure; "
            + "claimantIsParty absent takes the flag from the claimant the claimant text resolves to")
    public Response attach(@PathParam("claimId") long claimId, CitationInput input) {
        Citation citation = citations.attach(claimId, input, user.username());
        Origins.fill(List.of(citation));
        return Response.created(URI.create("/api/claims/" + claimId + "#citation-" + citation.id))
                .entity(CitationView.of(citation)).build();
    }

    @PUT
    @Path("{citationId}")
    @Operation(summary = "Correct a citation of an open or proposed claim (body as when attaching); the change is"
            + " kept in the claim's history and a proposed claim returns to OPEN. 404 for a citation of another"
            + " claim, 409 on a published claim")
    public CitationView edit(@PathParam("claimId") long claimId, @PathParam("citationId") long citationId,
            CitationInput input) {
        return CitationView.of(citations.edit(claimId, citationId, input, user.username()));
    }

    @DELETE
    @Path("{citationId}")
    @Operation(summary = "Remove a citation from an open or proposed claim (204); kept in the claim's history, and a"
            + " proposed claim returns to OPEN. 404 for a citation of another claim, 409 on a published claim")
    public Response remove(@PathParam("claimId") long claimId, @PathParam("citationId") long citationId) {
        citations.remove(claimId, citationId, user.username());
        return Response.noContent().build();
    }
}
