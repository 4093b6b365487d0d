package org.corroborate.export;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code corroborate_exports_served_total{format}}: export answers with a body, per format (the four event formats
 * and {@code claimreview}); a 304 is not counted. Registered at start, so a scrape sees every format from zero.
 */
@ApplicationScoped
@Startup
public class ExportMetrics {

    static final String CLAIM_REVIEW = "claimreview";

    private final Map<EventFormat, Counter> events = new EnumMap<>(EventFormat.class);
    private final Counter claimReviews;

    ExportMetrics(MeterRegistry registry) {
        for (EventFormat format : EventFormat.values()) {
            events.put(format, counter(registry, format.name().toLowerCase(Locale.ROOT)));
        }
        claimReviews = counter(registry, CLAIM_REVIEW);
    }

    void served(EventFormat format) {
        events.get(format).increment();
    }

    void servedClaimReview() {
        claimReviews.increment();
    }

    private static Counter counter(MeterRegistry registry, String format) {
        return Counter.builder("corroborate.exports.served").description("Export answers with a body, by format")
                .tag("format", format).register(registry);
    }
}
