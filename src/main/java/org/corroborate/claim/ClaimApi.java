package org.corroborate.claim;

import java.net.URI;
import java.util.List;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.account.Role;
import org.corroborate.evidence.Evidence;
import org.corroborate.input.QueryParams;
import org.corroborate.sameevent.SameEventService;
import org.corroborate.web.CurrentUser;
import org.corroborate.workflow.VerdictRules;

/** Claims over JSON: create, search, read with evidence, update with optimistic locking. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@Authenticated
public class ClaimApi {

    public static final int DEFAULT_PAGE_SIZE = 20;

    private final ClaimService claims;
    private final VerdictRules verdictRules;
    private final SameEventService sameEvents;
    private final CurrentUser user;

    ClaimApi(ClaimService claims, VerdictRules verdictRules, SameEventService sameEvents, CurrentUser user) {
        this.claims = claims;
        this.verdictRules = verdictRules;
        this.sameEvents = sameEvents;
        this.user = user;
    }

    /** One page of claims in the shape of the spec: {@code items, page, size, total}. */
    public record ClaimList(List<ClaimView> items, int page, int size, long total) {
    }

    @POST
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Write a new claim (status OPEN)")
    public Response create(ClaimInput input) {
        Claim claim = claims.create(input, user.username());
        return Response.created(URI.create("/api/claims/" + claim.id)).entity(ClaimView.of(claim)).build();
    }

    @GET
    @Operation(summary = "Search claims, most recently changed first")
    public ClaimList search(
            @Parameter(description = "text in the statement, place or actors; case, accents, harakat,"
                    + " Arabic or Persian letter forms, zero-width non-joiners and Eastern or Western digits aside") @QueryParam("q") String q,
            @Parameter(description = "OPEN, PROPOSED, APPROVED or RETRACTED") @QueryParam("status") String status,
            @Parameter(description = "VERIFIED, DISPUTED, FALSE or UNVERIFIABLE") @QueryParam("verdict") String verdict,
            @Parameter(description = "province, matched without case") @QueryParam("admin1") String admin1,
            @Parameter(description = "district, matched without case") @QueryParam("admin2") String admin2,
            @Parameter(description = "a P-code of the gazetteer, or 'none' for claims outside it") @QueryParam("pcode")
            String pcode,
            @Parameter(description = "event date on or after (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "event date on or before (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to " + ClaimService.MAX_PAGE_SIZE) @QueryParam("size") String size) {
        ClaimFilter filter = new ClaimFilter(q, QueryParams.enumOf("status", status, ClaimStatus.class),
                QueryParams.enumOf("verdict", verdict, Verdict.class), admin1, QueryParams.date("from", from),
                QueryParams.date("to", to), admin2, pcode);
        ClaimResults<ClaimView> found = claims.search(filter, QueryParams.intIn("page", page, 0, 0, 1_000_000),
                QueryParams.intIn("size", size, DEFAULT_PAGE_SIZE, 1, ClaimService.MAX_PAGE_SIZE));
        return new ClaimList(found.items(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A claim with its citations, reviews, credibility and status history, and the claims judged"
            + " (sameEvent) or possibly (possiblySameEvent) the same event, those in another province in placeConflicts")
    public ClaimView get(@PathParam("id") long id) {
        SameEventService.Read read = sameEvents.read(id, false);
        ClaimDetails details = read.details();
        Evidence evidence = details.evidence();
        return ClaimView.of(details, evidence, verdictRules.checklists(evidence, details.citations(), details.reviews()),
                read.sameEvents());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Change a claim's fields; send the version you edited (409 when it is stale or the claim is"
            + " published). A proposed claim whose fields change returns to OPEN, its history naming the change")
    public ClaimView update(@PathParam("id") long id, ClaimInput input) {
        return ClaimView.of(claims.update(id, input, user.username()));
    }
}
