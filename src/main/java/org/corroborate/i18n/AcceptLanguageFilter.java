package org.corroborate.i18n;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Rewrites {@code Accept-Language} in its canonical form before anything reads it, and drops one that is not a
 * language list at all: the page renderer's own parser answered a malformed header ("q=x") with a 500, where a
 * browser deserves the page in the default language.
 */
@ApplicationScoped
public class AcceptLanguageFilter {

    void register(@Observes Filters filters) {
        filters.register(AcceptLanguageFilter::canonical, 1000);
    }

    private static void canonical(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null) {
            String canonical = canonical(header);
            if (canonical == null) {
                context.request().headers().remove(HttpHeaders.ACCEPT_LANGUAGE);
            } else if (!canonical.equals(header)) {
                context.request().headers().set(HttpHeaders.ACCEPT_LANGUAGE, canonical);
            }
        }
        context.next();
    }

    /** "fa-AF, ps;q=0.5" as "fa-af;q=1.0,ps;q=0.5", or null when it is no language list. */
    static String canonical(String header) {
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return ranges.isEmpty() ? null : ranges.stream().map(r -> r.getRange() + ";q=" + r.getWeight())
                    .collect(Collectors.joining(","));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
