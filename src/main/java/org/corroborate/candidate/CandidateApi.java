package org.corroborate.candidate;

import java.net.URI;
import java.util.List;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.account.Role;
import org.corroborate.citation.Citation;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimInput;
import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;

/** A source's claim candidates over JSON, and taking one up: as a new claim, or added to an existing one. */
@Path("/api/sources/{id}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claim candidates")
@Authenticated
public class CandidateApi {

    private final CandidateService candidates;
    private final CurrentUser user;

    CandidateApi(CandidateService candidates, CurrentUser user) {
        this.candidates = candidates;
        this.user = user;
    }

    /** What taking up a candidate made: the claim and the citations attached to it. */
    public record Taken(long claimId, List<Long> citationIds) {
    }

    /** Which claim a candidate's citations go to. */
    public record Target(Long claimId) {
    }

    @GET
    @Operation(summary = "The events the source's text reports, read by rules from the text alone: date and precision,"
            + " place with its P-code, ACLED type, actors, fatalities and citations by claimant, with the claims that"
            + " may report the same event (sameEventAs) and the spans of the text each was read from")
    public List<Candidate> list(@PathParam("id") long id) {
        return candidates.of(id);
    }

    @POST
    @Path("{index}/claim")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Write candidate {index} as a claim with its citations attached, in one step. Without a body"
            + " the candidate is taken as it is; a body (as POST /api/claims) is the claim as the caller finished it."
            + " A candidate without a date needs a body with eventDate: 400 names the field")
    public Response write(@PathParam("id") long id, @PathParam("index") int index, ClaimInput input) {
        Claim claim = candidates.write(id, index, input, user.username());
        List<Long> cited = Citation.ofClaim(claim.id).stream().map(c -> c.id).toList();
        return Response.created(URI.create("/api/claims/" + claim.id)).entity(new Taken(claim.id, cited)).build();
    }

    @POST
    @Path("{index}/citations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Attach candidate {index}'s citations to the claim {\"claimId\": N}, one that the app thinks"
            + " reports the same event (sameEventAs) or any open or proposed claim")
    public Response addTo(@PathParam("id") long id, @PathParam("index") int index, Target target) {
        if (target == null || target.claimId() == null) {
            throw Problem.invalid("claimId", "must be a claim's id");
        }
        List<Long> made = candidates.addTo(id, index, target.claimId(), user.username()).stream().map(c -> c.id)
                .toList();
        return Response.created(URI.create("/api/claims/" + target.claimId())).entity(new Taken(target.claimId(), made))
                .build();
    }
}
