package org.corroborate.web;

import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
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
 * A request whose declared body is over the limit ({@code quarkus.http.limits.max-body-size}) is refused before
 * a byte of it is read, with a 413 that says so: the API's JSON error body under {@code /api}, a short page
 * elsewhere. (Quarkus refuses such a request too, but with an empty answer.) A body sent without a length
 * (chunked; browsers send the length of a form) is still cut off at the limit by Quarkus, with an empty 413.
 */
@ApplicationScoped
public class BodyLimit {

    /** After the security headers' filter has registered them, before anything reads the body. */
    private static final int PRIORITY = SecurityHandlerPriorities.AUTHENTICATION + 5;

    private final long maxBytes;
    private final String limit;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> max) {
        this.maxBytes = max.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.limit = max.map(size -> size.asLongValue() % (1024 * 1024) == 0 ? size.asLongValue() / (1024 * 1024) + " MB"
                : size.asLongValue() + " bytes").orElse("");
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= maxBytes) {
            context.next();
            return;
        }
        refuse(context);
    }

    private void refuse(RoutingContext context) {
        String message = "The request body is too large: at most " + limit + ".";
        var response = context.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close");
        if (context.normalizedPath().equals("/api") || context.normalizedPath().startsWith("/api/")) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(new JsonObject().put("status", 413).put("message", message).put("fields", new JsonArray()).encode());
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>413 Too large — Corroborate</title>"
                            + "<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main><h1>413: too large</h1>"
                            + "<div class=\"problem\" role=\"alert\"><p>" + message + " Go back and choose a smaller file.</p></div>"
                            + "</main></body></html>");
        }
    }
}
