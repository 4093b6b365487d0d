package org.corroborate.account;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts over JSON; admins only. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@RolesAllowed(Role.ADMIN_NAME)
public class UserApi {

    private final AccountService accounts;

    UserApi(AccountService accounts) {
        this.accounts = accounts;
    }

    /** An account without its password hash. */
    public record UserView(long id, String username, List<String> roles, Instant createdAt) {

        static UserView of(User u) {
            return new UserView(u.id, u.username, u.roleSet().stream().map(Role::roleName).toList(), u.createdAt);
        }
    }

    @POST
    @Operation(summary = "Create an account (409 when the username is taken)")
    public Response create(UserInput input) {
        User user = accounts.create(input);
        return Response.created(URI.create("/api/users/" + user.id)).entity(UserView.of(user)).build();
    }

    @GET
    @Operation(summary = "Every account, by username")
    public List<UserView> list() {
        return accounts.list().stream().map(UserView::of).toList();
    }
}
