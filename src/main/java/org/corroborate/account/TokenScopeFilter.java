package org.corroborate.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import org.corroborate.problem.Problem;
import org.corroborate.web.ErrorMapping;

/** A read token may only read: any other method is refused with 403 before the request reaches a resource. */
public class TokenScopeFilter {

    private final SecurityIdentity identity;

    TokenScopeFilter(SecurityIdentity identity) {
        this.identity = identity;
    }

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.AUTHORIZATION)
    public Response refuseWritesOfReadTokens(ContainerRequestContext request) {
        TokenScope scope = identity.getAttribute(TokenCheck.SCOPE);
        if (scope == null || scope.allows(request.getMethod())) {
            return null;
        }
        return Response.status(403).type(MediaType.APPLICATION_JSON).entity(ErrorMapping.body(Problem.forbidden(
                "This token's scope is read: it may only GET. Use a token with the write scope for "
                        + request.getMethod() + " requests."))).build();
    }
}
