package org.corroborate.account;

import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;

/**
 * Signing in and out, and the one-time set-up of the first admin. The sign-in form posts to Quarkus's
 * {@code /j_security_check}; signing out forgets the credential cookie (there is no server session).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, String username);

        static native TemplateInstance setup(Form form);
    }

    private final AccountService accounts;
    private final CurrentUser user;
    private final String credentialCookie;

    LoginResource(AccountService accounts, CurrentUser user,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String credentialCookie) {
        this.accounts = accounts;
        this.user = user;
        this.credentialCookie = credentialCookie;
    }

    @GET
    @Path("login")
    public Object login(@RestQuery boolean error) {
        if (user.signedIn() && !error) {
            return Response.seeOther(URI.create("/")).build();
        }
        if (!accounts.anyAccountExists()) {
            return Response.seeOther(URI.create("/setup")).build();
        }
        return Templates.login(error, null);
    }

    @POST
    @Path("logout")
    public Response logout() {
        return Response.seeOther(URI.create("/login"))
                .cookie(new NewCookie.Builder(credentialCookie).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }

    @GET
    @Path("setup")
    public TemplateInstance setup() {
        requireNoAccount();
        return Templates.setup(Form.named("setup"));
    }

    @POST
    @Path("setup")
    public Response createFirstAdmin(@RestForm String username, @RestForm String password,
            @RestForm String passwordAgain) {
        requireNoAccount();
        Form form = Form.named("setup").put("username", username);
        try {
            if (password != null && !password.equals(passwordAgain)) {
                throw Problem.invalid("passwordAgain", "does not match the password");
            }
            accounts.createFirstAdmin(username, password);
        } catch (Problem problem) {
            if (problem.status != 400 && problem.status != 409) {
                throw problem;
            }
            return Response.status(problem.status).entity(Templates.setup(form.refused(problem))).build();
        }
        return Flash.redirect("/login", "The admin account " + username + " is ready. Sign in with it.");
    }

    /** Set-up exists only until the first account does; afterwards it is not there at all. */
    private void requireNoAccount() {
        if (accounts.anyAccountExists()) {
            throw new Problem(404, "Set-up is done: sign in instead.");
        }
    }
}
