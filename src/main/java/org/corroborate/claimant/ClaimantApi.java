package org.corroborate.claimant;

import java.net.URI;
import java.util.ArrayList;
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
import org.corroborate.web.CurrentUser;

/** Claimants over JSON: list, read, create, correct, add aliases, merge two that are one. */
@Path("/api/claimants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claimants")
@Authenticated
public class ClaimantApi {

    private final ClaimantService claimants;
    private final CurrentUser user;

    ClaimantApi(ClaimantService claimants, CurrentUser user) {
        this.claimants = claimants;
        this.user = user;
    }

    /** A claimant as the API answers it; {@code aliases} are its names other than its own. */
    public record ClaimantView(long id, String name, List<String> aliases, String organisation, boolean party,
            String side) {

        public static ClaimantView of(Claimant c) {
            return new ClaimantView(c.id, c.name, c.aliases(), c.organisation, c.party, c.side);
        }
    }

    /** One alias ({@code alias}) or several ({@code aliases}); both may be given. */
    public record AliasInput(String alias, List<String> aliases) {

        List<String> all() {
            List<String> all = new ArrayList<>();
            if (alias != null) {
                all.add(alias);
            }
            if (aliases != null) {
                all.addAll(aliases);
            }
            return all;
        }
    }

    /** The claimant that stays. */
    public record MergeInput(Long into) {
    }

    @GET
    @Operation(summary = "Claimants by name with their aliases, optionally those with a name or alias containing q")
    public List<ClaimantView> list(@Parameter(description = "part of a name or alias") @QueryParam("q") String q) {
        return claimants.list(q).stream().map(ClaimantView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A claimant with its aliases")
    public ClaimantView get(@PathParam("id") long id) {
        return ClaimantView.of(claimants.get(id));
    }

    @POST
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "A new claimant; 409 with existingId when its name or an alias names a claimant already. "
            + "Citations whose claimant text has one of its names and no claimant yet resolve to it")
    public Response create(ClaimantInput input) {
        Claimant claimant = claimants.create(input, user.username());
        return Response.created(URI.create("/api/claimants/" + claimant.id)).entity(ClaimantView.of(claimant)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Correct a claimant's name, organisation, party flag (absent: kept) and side, adding any "
            + "aliases given; the old name stays an alias, and the party flag reaches the citations that take it")
    public ClaimantView update(@PathParam("id") long id, ClaimantInput input) {
        return ClaimantView.of(claimants.update(id, input, user.username()));
    }

    @POST
    @Path("{id}/aliases")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Add aliases ({\"alias\": …} or {\"aliases\": […]}); 409 with existingId when another "
            + "claimant has one")
    public ClaimantView addAliases(@PathParam("id") long id, AliasInput input) {
        return ClaimantView.of(claimants.addAliases(id, input == null ? List.of() : input.all(), user.username()));
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Merge this claimant into another ({\"into\": id}): its names become the other's aliases, "
            + "its citations move, and it is deleted; answers the claimant that stays")
    public ClaimantView merge(@PathParam("id") long id, MergeInput input) {
        return ClaimantView.of(claimants.merge(id, input == null ? null : input.into(), user.username()));
    }
}
