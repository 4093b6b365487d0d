package org.corroborate.sameevent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.claim.Claim;
import org.corroborate.db.CatchUp;

/**
 * After start ({@link org.corroborate.db.StartupCatchUp}), gives claims written before migrations V14 and V15 their
 * province and district by sound ({@code claim.admin1_sound}, {@code claim.admin2_sound}, which the same-event query
 * reads; the sound is Java, not SQL, so the migrations could not). Bulk updates, so no claim's version moves and no
 * editor's save is refused for it: one per distinct province name, and for districts a batch of claims at a time with
 * one update per distinct sound. Every instance of a fleet may do it at once: each write sets what any other would.
 */
@ApplicationScoped
public class UnkeyedClaims implements CatchUp {

    static final int BATCH = 5000;

    @Override
    public String name() {
        return "claims given their province's or district's sound";
    }

    /** After {@code claim.UnplacedClaims}, which gives claims the gazetteer's names, and their sounds. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public int run() {
        return QuarkusTransaction.requiringNew().call(UnkeyedClaims::keyProvinces)
                + CatchUp.byIdBatches(UnkeyedClaims::keyDistricts);
    }

    private static int keyProvinces() {
        List<String> provinces = Claim.getEntityManager().createQuery("select distinct c.location.admin1 from Claim c"
                + " where c.admin1Sound is null and c.location.admin1 is not null", String.class).getResultList();
        int keyed = 0;
        for (String admin1 : provinces) {
            String sound = Claim.admin1Sound(admin1);
            if (sound != null) {
                // admin1Key first: its index finds the province's claims
                keyed += Claim.update("admin1Sound = ?1 where admin1Key = ?2 and location.admin1 = ?3 and admin1Sound is null",
                        sound, admin1.toLowerCase(Locale.ROOT), admin1);
            }
        }
        return keyed;
    }

    /** Keys up to {@link #BATCH} claims naming a district without its sound, after the id {@code after}. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> keyDistricts(long after) {
        List<Object[]> rows = Claim.getEntityManager().createNativeQuery("SELECT id, admin2 FROM claim WHERE id > ?1"
                + " AND admin2_sound IS NULL AND admin2 IS NOT NULL ORDER BY id").setParameter(1, after)
                .setMaxResults(BATCH).getResultList();
        Map<String, List<Long>> idsBySound = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String sound = Claim.admin2Sound((String) row[1]);
            // a blank district has no sound, and is not read again only because the id moves on
            if (sound != null) {
                idsBySound.computeIfAbsent(sound, k -> new ArrayList<>()).add(((Number) row[0]).longValue());
            }
        }
        idsBySound.forEach((sound, ids) -> Claim.update("admin2Sound = ?1 where id in ?2 and admin2Sound is null", sound, ids));
        return rows;
    }
}
