package org.corroborate.account;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;

/** Accounts over JSON; admins only. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@RolesAllowed(Role.ADMIN_NAME)
public class UserApi {

    private final AccountService accounts;
    private final CurrentUser user;

    UserApi(AccountService accounts, CurrentUser user) {
        this.accounts = accounts;
        this.user = user;
    }

    /** A new password, set by an admin. */
    public record PasswordInput(String password) {
    }

    /** The owner's own change: the current password and the new one. */
    public record OwnPasswordInput(String currentPassword, String newPassword) {
    }

    /** What an admin changes on an account; absent fields stay as they are. */
    public record UserChange(Boolean enabled, List<String> roles) {
    }

    /** An account without its password hash. */
    public record UserView(long id, String username, List<String> roles, Instant createdAt, boolean enabled) {

        static UserView of(User u) {
            return new UserView(u.id, u.username, u.roleSet().stream().map(Role::roleName).toList(), u.createdAt,
                    u.enabled);
        }
    }

    @POST
    @Operation(summary = "Create an account (409 when the username is taken)")
    public Response create(UserInput input) {
        User created = accounts.create(input, user.username());
        return Response.created(URI.create("/api/users/" + created.id)).entity(UserView.of(created)).build();
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Reset an account's password (204); its sign-ins end and its failed sign-ins are forgotten")
    public Response resetPassword(@PathParam("id") long id, PasswordInput input) {
        if (input == null) {
            throw Problem.invalid("body", "is required");
        }
        accounts.resetPassword(id, input.password(), user.username());
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an account: enabled (false disables it: its sign-ins, sessions and tokens stop at "
            + "once; true enables it again) and roles; both or neither")
    @Transactional // a refused half (the last admin, one's own account) leaves the other unchanged too
    public UserView change(@PathParam("id") long id, UserChange change) {
        if (change == null || change.enabled() == null && change.roles() == null) {
            throw Problem.invalid("body", "must name enabled or roles");
        }
        User changed = null;
        if (change.roles() != null) {
            changed = accounts.changeRoles(id, change.roles(), user.username());
        }
        if (change.enabled() != null) {
            changed = accounts.setEnabled(id, change.enabled(), user.username());
        }
        return UserView.of(changed);
    }

    @PUT
    @Path("me/password")
    @Authenticated
    @Operation(summary = "Change your own password (204): give the current one; your other sign-ins end")
    public Response changeOwnPassword(OwnPasswordInput input) {
        if (input == null) {
            throw Problem.invalid("body", "is required");
        }
        accounts.changeOwnPassword(user.username(), input.currentPassword(), input.newPassword());
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "Every account, by username")
    public List<UserView> list() {
        return accounts.list().stream().map(UserView::of).toList();
    }
}
