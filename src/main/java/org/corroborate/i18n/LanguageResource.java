package org.corroborate.i18n;

import java.net.URI;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.corroborate.account.AccountService;
import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;

/**
 * The header's language switch: a plain link per language, which works without JavaScript. The choice is kept in
 * this browser (a cookie) and, for a signed-in person, on their account, so every browser they sign in on speaks it.
 * Only a click on the app's own page changes the account: a link on another site (its {@code Sec-Fetch-Site} says
 * so) changes nothing but is still sent back.
 */
@Path("/language")
@Produces(MediaType.TEXT_HTML)
public class LanguageResource {

    private static final int A_YEAR = 365 * 24 * 60 * 60;

    private final CurrentUser user;
    private final AccountService accounts;
    private final HttpServerRequest request;

    LanguageResource(CurrentUser user, AccountService accounts, HttpServerRequest request) {
        this.user = user;
        this.accounts = accounts;
        this.request = request;
    }

    @GET
    @Path("{tag}")
    public Response choose(@RestPath String tag, @RestQuery String back) {
        Language language = Language.ofTag(tag).orElseThrow(
                () -> new Problem(404, "The interface speaks English (en), Dari (fa-AF) and Pashto (ps-AF), not " + tag));
        URI to = URI.create(local(back));
        if (crossSite()) {
            return Response.seeOther(to).build();
        }
        if (user.signedIn()) {
            accounts.chooseLanguage(user.username(), language.tag);
        }
        return Response.seeOther(to).header("Cache-Control", "no-store")
                .cookie(new NewCookie.Builder(Languages.COOKIE).value(language.tag).path("/").maxAge(A_YEAR)
                        .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    /** Where to go back to: a path of this app, never another site ("//host", "https://…", "/\\host"). */
    static String local(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? back : "/";
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }

    private boolean crossSite() {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        return fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none");
    }
}
