package org.corroborate.account;

import java.net.URI;
import java.util.List;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;

/** API tokens over JSON: each user's own; an admin lists and revokes anyone's. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens")
@Authenticated
public class TokenApi {

    private final TokenService tokens;
    private final CurrentUser user;
    private final SecurityIdentity identity;

    TokenApi(TokenService tokens, CurrentUser user, SecurityIdentity identity) {
        this.tokens = tokens;
        this.user = user;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Create a token (201); the answer's token is the secret, shown this once. "
            + "Sign in with a password to create one: a token cannot make more tokens")
    public Response create(TokenService.TokenInput input) {
        if (identity.getAttribute(TokenCheck.SCOPE) != null) {
            throw Problem.forbidden("A token cannot create tokens: sign in with your password (HTTP Basic) or use "
                    + "your account page.");
        }
        TokenService.Created created = tokens.create(user.username(), input);
        return Response.created(URI.create("/api/tokens/" + created.id())).entity(created)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Operation(summary = "Your tokens, newest first (revoked and expired ones too); an admin may name another user")
    public List<TokenService.TokenView> list(
            @Parameter(description = "whose tokens (admins only, unless it is you)") @RestQuery("user") String owner) {
        String whose = owner == null || owner.isBlank() ? user.username() : owner.strip();
        if (!whose.equals(user.username()) && !user.has(Role.ADMIN)) {
            throw Problem.forbidden("Only an admin may list another user's tokens.");
        }
        return tokens.list(whose);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token (204): yours, or anyone's for an admin; it stops at once on every instance")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id, user.username(), user.has(Role.ADMIN));
        return Response.noContent().build();
    }
}
