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

    /**
     * In an in-place update, this answer replaces {@code selector} (its outer HTML) rather than the element the
     * request targeted: a form htmx loaded into another page, refused, shows itself again in its own place. Set on
     * the response itself, so a page that answers with a template alone ({@link Submission}) can say it.
     */
    public void retarget(String selector) {
        if (partial()) {
            request.response().headers().set("HX-Retarget", selector).set("HX-Reswap", "outerHTML");
        }
    }

    static boolean isPartial(UnaryOperator<String> header) {
        return "true".equals(header.apply(REQUEST)) && header.apply("HX-Boosted") == null
                && header.apply("HX-History-Restore-Request") == null;
    }
}
