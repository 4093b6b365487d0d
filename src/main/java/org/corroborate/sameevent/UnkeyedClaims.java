package org.corroborate.sameevent;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.claim.Claim;
import org.corroborate.db.CatchUp;

/**
 * After start ({@link org.corroborate.db.StartupCatchUp}), gives claims written before migration V14 their province
 * by sound ({@code claim.admin1_sound}, which the same-event query reads; the sound is Java, not SQL, so the
 * migration could not). One bulk update per distinct province name, so no claim's version moves and no editor's
 * save is refused for it. Every instance of a fleet may do it at once: each write sets what any other would.
 */
@ApplicationScoped
public class UnkeyedClaims implements CatchUp {

    @Override
    public String name() {
        return "claims given their province's sound";
    }

    /** After {@code claim.UnplacedClaims}, which gives claims the gazetteer's province names, and their sounds. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public int run() {
        return QuarkusTransaction.requiringNew().call(UnkeyedClaims::keyAll);
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
