package org.corroborate.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers that tell browsers to trust only what the app itself serves, on every answer of the application port
 * (pages, redirects, errors, static files, the API): scripts and styles only from this origin (no inline script,
 * style element or style attribute runs; a {@code <script type="application/ld+json">} data block is not a
 * script and is unaffected), no framing, no MIME sniffing, no referrer to other sites. Quarkus's own tools
 * under {@code /q/} (Swagger UI in dev mode) are left alone.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /**
     * Before authentication (higher runs first), so the sign-in challenge and refusals get the headers too; they
     * are set when the response's headers are written, so no later handler drops them.
     */
    private static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 10;

    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::add, PRIORITY);
    }

    private static void add(RoutingContext context) {
        if (!context.normalizedPath().startsWith("/q/")) {
            context.addHeadersEndHandler(ended -> {
                MultiMap headers = context.response().headers();
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "same-origin");
                if (context.request().isSSL() || "https".equalsIgnoreCase(context.request().scheme())) {
                    headers.set("Strict-Transport-Security", "max-age=31536000");
                }
            });
        }
        context.next();
    }
}
