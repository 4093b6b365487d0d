package org.corroborate.place;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/**
 * Loads the shipped gazetteer on the first start, while the place table is empty; every later start finds it there
 * and leaves it, and with it any import an admin made since. Safe with a fleet starting together: see
 * {@link PlaceService#loadShippedIfEmpty()}.
 */
@ApplicationScoped
public class GazetteerLoader {

    /**
     * Start-up order: before the demo loader (whose claims point at places) and the catch-up that matches older
     * claims to places ({@code claim.UnplacedClaims}). Lower runs first.
     */
    public static final int STARTUP_ORDER = Interceptor.Priority.APPLICATION - 100;

    private static final Logger LOG = Logger.getLogger(GazetteerLoader.class);

    private final PlaceService places;

    GazetteerLoader(PlaceService places) {
        this.places = places;
    }

    void onStart(@Observes @Priority(STARTUP_ORDER) StartupEvent event) {
        if (places.loadShippedIfEmpty()) {
            PlaceService.Summary loaded = places.summary();
            LOG.infof("Loaded the gazetteer: %d provinces and %d districts (%s)", loaded.provinces(), loaded.districts(),
                    loaded.edition());
        }
    }
}
