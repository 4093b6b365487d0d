package org.corroborate.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.corroborate.db.CatchUp;
import org.corroborate.place.PlaceLookup;

/**
 * After start ({@link org.corroborate.db.StartupCatchUp}; the gazetteer is loaded by then), gives claims without a P-code the one their province and district names
 * stand for ({@link ClaimPlaces#resolved}: claims written before claims pointed at places, or before an import added
 * the place), with the gazetteer's names; their coordinates stay as written. Claims whose names resolve to no place
 * but whose province does take the province's name, as a write would give them. Each distinct pair of names is
 * resolved once, and its claims written a batch per transaction. The rest keep no P-code and are listed on
 * /admin/places.
 * <p>
 * Every instance of a fleet may do it at once: each update only touches claims still without a P-code and sets what
 * any other instance would, so a second run, here or elsewhere, changes nothing.
 */
@ApplicationScoped
public class UnplacedClaims implements CatchUp {

    static final int BATCH = 500;

    private final ClaimPlaces places;

    UnplacedClaims(ClaimPlaces places) {
        this.places = places;
    }

    @Override
    public String name() {
        return "claims matched to a P-code of the gazetteer";
    }

    @Override
    public int run() {
        return match();
    }

    /** Matches what can be matched; answers how many claims got a P-code. */
    public int match() {
        List<Object[]> named = QuarkusTransaction.requiringNew().call(() -> Claim.getEntityManager()
                .createQuery("select distinct c.location.admin1, c.location.admin2 from Claim c where c.location.pcode"
                        + " is null and (c.location.admin1 is not null or c.location.admin2 is not null)", Object[].class)
                .getResultList());
        int matched = 0;
        for (Object[] names : named) {
            String admin1 = (String) names[0];
            String admin2 = (String) names[1];
            Optional<PlaceLookup.Known> place = places.resolved(admin1, admin2);
            if (place.isPresent()) {
                matched += inBatches(admin1, admin2, place.get().pcode(), place.get().admin1(), place.get().admin2());
            } else {
                // no place, but a province the gazetteer knows: its one name, as a write would give it
                Optional<String> province = places.provinceName(admin1).filter(name -> !name.equals(admin1));
                if (province.isPresent()) {
                    inBatches(admin1, admin2, null, province.get(), admin2);
                }
            }
        }
        return matched;
    }

    private static int inBatches(String admin1, String admin2, String pcode, String name1, String name2) {
        int done = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> writeBatch(admin1, admin2, pcode, name1, name2));
            done += batch;
        } while (batch == BATCH);
        return done;
    }

    /** Gives up to {@link #BATCH} claims named so, still without a P-code, the P-code (if any) and names. */
    private static int writeBatch(String admin1, String admin2, String pcode, String name1, String name2) {
        TypedQuery<Long> find = Claim.getEntityManager().createQuery("select c.id from Claim c where c.location.pcode is"
                + " null and " + same("admin1", admin1) + " and " + same("admin2", admin2) + " order by c.id", Long.class)
                .setMaxResults(BATCH);
        bind(find, "admin1", admin1);
        bind(find, "admin2", admin2);
        List<Long> ids = new ArrayList<>(find.getResultList());
        if (ids.isEmpty()) {
            return 0;
        }
        // "pcode is null" again: an instance that matched them in between has set the same, and this changes nothing
        Query update = Claim.getEntityManager().createQuery("update Claim c set "
                + (pcode == null ? "" : "c.location.pcode = :pcode, ")
                + "c.location.admin1 = :name1, c.location.admin2 = " + (name2 == null ? "null" : ":name2")
                + ", c.admin1Key = :key, c.admin1Sound = :sound, c.admin2Sound = " + (name2 == null ? "null" : ":sound2")
                + ", c.version = c.version + 1 where c.id in :ids and c.location.pcode is null")
                .setParameter("name1", name1).setParameter("key", name1 == null ? null : name1.toLowerCase(Locale.ROOT))
                .setParameter("sound", Claim.admin1Sound(name1))
                .setParameter("ids", ids);
        if (pcode != null) {
            update.setParameter("pcode", pcode);
        }
        if (name2 != null) {
            update.setParameter("name2", name2).setParameter("sound2", Claim.admin2Sound(name2));
        }
        return update.executeUpdate() == 0 ? 0 : ids.size();
    }

    private static String same(String field, String value) {
        return value == null ? "c.location." + field + " is null" : "c.location." + field + " = :" + field;
    }

    private static void bind(TypedQuery<Long> query, String field, String value) {
        if (value != null) {
            query.setParameter(field, value);
        }
    }
}
