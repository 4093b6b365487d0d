package org.corroborate.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Submission;

/**
 * The signed-in user's own account: their API tokens (made, listed with their last use, revoked) and a change of
 * password. A new token's secret is shown on the answer to the form's post itself, once, and never stored: the one
 * post not followed by a redirect, since a redirect would have to carry the secret.
 */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(List<TokenService.TokenView> tokens, Instant now,
                TokenService.Created created, Form tokenForm, Form passwordForm);
    }

    private final TokenService tokens;
    private final AccountService accounts;
    private final PageSignIn signIn;
    private final CurrentUser user;
    private final Clock clock;
    private final Languages languages;

    AccountResource(TokenService tokens, AccountService accounts, PageSignIn signIn, CurrentUser user, Clock clock,
            Languages languages) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.signIn = signIn;
        this.user = user;
        this.clock = clock;
        this.languages = languages;
    }

    @GET
    public TemplateInstance account() {
        return page(null, newTokenForm(), Form.named("password"));
    }

    @POST
    @Path("tokens")
    public Response createToken(@RestForm String name, @RestForm String scope, @RestForm String expiresAt) {
        Form typed = Form.named("token").put("name", name).put("scope", scope).put("expiresAt", expiresAt);
        return Submission.answer(typed, () -> {
            TokenService.Created created = tokens.create(user.username(), new TokenService.TokenInput(name, scope,
                    expiresAt));
            return Response.ok(page(created, newTokenForm(), Form.named("password")))
                    .header("Cache-Control", "no-store").build();
        }, refused -> page(null, refused, Form.named("password")));
    }

    @POST
    @Path("tokens/{id}/revoke")
    public Response revokeToken(@RestPath long id) {
        TokenService.TokenView revoked = tokens.revoke(id, user.username(), false);
        return Flash.redirect("/account", texts().tokenRevoked(revoked.name()));
    }

    /** The owner's change of password: every other sign-in ends, this browser stays signed in. */
    @POST
    @Path("password")
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
            @RestForm String newPasswordAgain, @Context RoutingContext context) {
        return Submission.answer(Form.named("password"), () -> {
            if (newPassword != null && !newPassword.equals(newPasswordAgain)) {
                throw Problem.invalid("newPasswordAgain", "does not match the new password");
            }
            Instant ended = accounts.changeOwnPassword(user.username(), currentPassword, newPassword);
            signIn.signInAgain(context, user.username(), ended);
            return Flash.redirect("/account", texts().passwordChanged());
        }, refused -> page(null, newTokenForm(), refused));
    }

    private AccountTexts texts() {
        return Texts.of(AccountTexts.class, languages.current());
    }

    private static Form newTokenForm() {
        return Form.named("token").put("scope", "read");
    }

    private TemplateInstance page(TokenService.Created created, Form tokenForm, Form passwordForm) {
        return Templates.account(tokens.list(user.username()), clock.instant(), created, tokenForm, passwordForm);
    }
}
