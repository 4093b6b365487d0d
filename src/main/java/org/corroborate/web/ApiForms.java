package org.corroborate.web;

import java.security.SecureRandom;
import java.util.Base64;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Multipart bodies on the JSON API (the bulk import's files). The API signs in with credentials a script puts in a
 * header (Basic, Bearer), never with the session cookie, so the CSRF token that guards page forms has no part there:
 * but Quarkus's CSRF filter checks every multipart body, and would refuse each one. For such a request this gives the
 * filter a matching pair, a token made for this request alone in both the cookie and the header it compares.
 * <p>
 * What the token guards against still cannot happen: a request that a browser sends from another site's page (its
 * {@code Origin} or {@code Sec-Fetch-Site} says so) is refused with 403, so credentials a browser remembers (Basic
 * after a sign-in prompt) cannot be used by another site to post files. Page forms are not touched.
 */
@ApplicationScoped
public class ApiForms {

    /** Before the sign-in and the CSRF filter read the cookies. */
    private static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 4;

    private final SecureRandom random = new SecureRandom();
    private final String cookieName;
    private final String headerName;

    ApiForms(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name") String cookieName,
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String headerName) {
        this.cookieName = cookieName;
        this.headerName = headerName;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        var request = context.request();
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean apiForm = (context.normalizedPath().startsWith("/api/")) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                && request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        if (!apiForm) {
            context.next();
            return;
        }
        if (crossSite(context)) {
            context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("status", 403).put("message", "The API does not take forms posted from"
                            + " another site's page.").put("fields", new JsonArray()).encode());
            return;
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        request.headers().remove(HttpHeaders.COOKIE); // the API reads no cookie; only this pair is left
        request.headers().set(HttpHeaders.COOKIE, cookieName + "=" + token);
        request.headers().set(headerName, token);
        context.next();
    }

    /** A browser sending this from a page of another origin; scripts send neither header. */
    private static boolean crossSite(RoutingContext context) {
        String fetchSite = context.request().getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        String host = context.request().getHeader(HttpHeaders.HOST);
        return host == null || !origin.replaceFirst("^https?://", "").equals(host);
    }
}
