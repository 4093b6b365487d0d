package org.corroborate.account;

import java.net.URI;
import java.time.Duration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import org.corroborate.audit.AuditLog;
import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Submission;

/**
 * The login page, signing out, and the one-time set-up of the first admin. The sign-in form posts to
 * {@code /j_security_check} ({@link PageSignIn}); signing out ends the account's sign-ins on the server and
 * clears the cookie, so a copy of the cookie stops working too.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, String wait);

        static native TemplateInstance setup(Form form);
    }

    private final AccountService accounts;
    private final CurrentUser user;
    private final Languages languages;

    LoginResource(AccountService accounts, CurrentUser user, Languages languages) {
        this.accounts = accounts;
        this.user = user;
        this.languages = languages;
    }

    /** {@code error}: the last sign-in failed; {@code retry}: failed sign-ins hold it back for that many seconds. */
    @GET
    @Path("login")
    public Object login(@RestQuery boolean error, @RestQuery String retry) {
        String wait = waitAdvice(retry);
        if (user.signedIn() && !error && wait == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        if (!accounts.anyAccountExists()) {
            return Response.seeOther(URI.create("/setup")).build();
        }
        return Templates.login(error, wait);
    }

    @POST
    @Path("logout")
    public Response logout(@Context RoutingContext context) {
        if (user.signedIn()) {
            accounts.endSessions(user.username());
        }
        PageSignIn.clear(context);
        return Response.seeOther(URI.create("/login")).build();
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
        return Submission.answer(Form.named("setup").put("username", username), () -> {
            if (password != null && !password.equals(passwordAgain)) {
                throw Problem.invalid("passwordAgain", "does not match the password");
            }
            accounts.createFirstAdmin(username, password, AuditLog.SET_UP_PAGE);
            return Flash.redirect("/login", texts().adminReady(username));
        }, Templates::setup);
    }

    private String waitAdvice(String retry) {
        SignInRefused refused;
        try {
            refused = retry == null ? null : new SignInRefused(Duration.ofSeconds(Long.parseLong(retry.strip())));
        } catch (RuntimeException notANumber) {
            return null;
        }
        return refused == null ? null : refused.advice(texts(), languages.current());
    }

    private AccountTexts texts() {
        return Texts.of(AccountTexts.class, languages.current());
    }

    /** Set-up exists only until the first account does; afterwards it is not there at all. */
    private void requireNoAccount() {
        if (accounts.anyAccountExists()) {
            throw new Problem(404, texts().setUpIsDone());
        }
    }
}
