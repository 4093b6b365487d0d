package org.corroborate.web;

import java.util.function.UnaryOperator;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

/**
 * Whether this request comes from htmx updating part of a page in place: such a request gets only the
 * fragment it swaps in, every other request the full page. Both come from one template ({@code {#fragment}}).
 */
@RequestScoped
public class Htmx {

    static final String REQUEST = "HX-Request";

    private final HttpServerRequest request;

    Htmx(HttpServerRequest request) {
        this.request = request;
    }

    /** An in-place update: htmx asked, and it is not a boosted link or a history restore, which need whole pages. */
    public boolean partial() {
        return isPartial(request::getHeader);
    }

    static boolean isPartial(UnaryOperator<String> header) {
        return "true".equals(header.apply(REQUEST)) && header.apply("HX-Boosted") == null
                && header.apply("HX-History-Restore-Request") == null;
    }
}
