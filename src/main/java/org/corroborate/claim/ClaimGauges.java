package org.corroborate.claim;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code corroborate_claims{status}}: how many claims stand in each workflow status. Counted in the database at
 * each scrape (an indexed count per status), so every instance of a fleet reports the same, current numbers.
 */
@ApplicationScoped
public class ClaimGauges {

    private final MeterRegistry registry;

    ClaimGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    void register(@Observes StartupEvent event) {
        for (ClaimStatus status : ClaimStatus.values()) {
            Gauge.builder("corroborate.claims", () -> count(status))
                    .description("Claims in each workflow status").tag("status", status.name()).register(registry);
        }
    }

    private static long count(ClaimStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.count("status", status));
    }
}
