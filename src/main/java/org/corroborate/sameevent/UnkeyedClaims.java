package org.corroborate.sameevent;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import org.corroborate.claim.Claim;

/**
 * On start, gives claims written before migration V14 their province by sound ({@code claim.admin1_sound}, which
 * the same-event query reads; the sound is Java, not SQL, so the migration could not). One bulk update per distinct
 * province name, so no claim's version moves and no editor's save is refused for it. Every instance of a fleet may
 * do it at once: each write sets what any other would.
 */
@ApplicationScoped
public class UnkeyedClaims {

    private static final Logger LOG = Logger.getLogger(UnkeyedClaims.class);

    void onStart(@Observes StartupEvent event) {
        int keyed = QuarkusTransaction.requiringNew().call(UnkeyedClaims::keyAll);
        if (keyed > 0) {
            LOG.infof("Same event: %d claims given their province's sound", keyed);
        }
    }

    private static int keyAll() {
        List<String> provinces = Claim.getEntityManager().createQuery("select distinct c.location.admin1 from Claim c"
                + " where c.admin1Sound is null and c.location.admin1 is not null", String.class).getResultList();
        int keyed = 0;
        for (String admin1 : provinces) {
            String sound = Claim.admin1Sound(admin1);
            if (sound != null) {
                keyed += Claim.update("admin1Sound = ?1 where location.admin1 = ?2 and admin1Sound is null", sound, admin1);
            }
        }
        return keyed;
    }
}
