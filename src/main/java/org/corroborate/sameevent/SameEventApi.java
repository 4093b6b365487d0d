package org.corroborate.sameevent;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.account.Role;
import org.corroborate.claim.ClaimService;
import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;

/** Same event over JSON: a claim's links to other claims, and judging a pair the same event or different events. */
@Path("/api/claims/{claimId}/links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Same event")
@Authenticated
public class SameEventApi {

    private final SameEventService sameEvents;
    private final ClaimService claims;
    private final CurrentUser user;

    SameEventApi(SameEventService sameEvents, ClaimService claims, CurrentUser user) {
        this.sameEvents = sameEvents;
        this.claims = claims;
        this.user = user;
    }

    /** A judgement of this claim and {@code claimId}. */
    public record LinkInput(Long claimId, Judgement judgement) {
    }

    /**
     * A claim's links: the ids judged the same event, the candidates nobody judged yet, those judged different, those
     * of the same event placed in another province, and each judgement with who made it and when.
     */
    public record Links(long claimId, List<Long> sameEvent, List<Long> possiblySameEvent, List<Long> differentEvent,
            List<Long> placeConflicts, List<Link> links) {

        static Links of(long claimId, SameEvents s) {
            return new Links(claimId, s.sameEventIds(), s.possiblySameEventIds(), s.differentEventIds(),
                    s.placeConflictIds(), Stream.concat(s.same().stream(), s.different().stream())
                            .map(r -> new Link(r.claim().id, r.judgement(), r.judgedBy(), r.judgedAt())).toList());
        }
    }

    /** One judgement: the other claim, the judgement, who and when. */
    public record Link(long claimId, Judgement judgement, String by, Instant at) {
    }

    @GET
    @Operation(summary = "The claim's links: claims judged the same event or different events, and candidates")
    public Links get(@PathParam("claimId") long claimId) {
        return Links.of(claimId, sameEvents.idsOf(claims.get(claimId)));
    }

    @POST
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Judge this claim and another (claimId) SAME_EVENT or DIFFERENT_EVENT; a new judgement replaces"
            + " the pair's earlier one, and both claims' histories note it. Also on published claims")
    public Links judge(@PathParam("claimId") long claimId, LinkInput input) {
        if (input == null) {
            throw Problem.invalid("body", "is required: {\"claimId\": …, \"judgement\": \"SAME_EVENT\"}");
        }
        return Links.of(claimId, sameEvents.judge(claimId, input.claimId(), input.judgement(), user.username()));
    }
}
