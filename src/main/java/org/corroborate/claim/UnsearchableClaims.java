package org.corroborate.claim;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.db.CatchUp;

/**
 * After start ({@link org.corroborate.db.StartupCatchUp}), gives claims stored before migration V19 their search text
 * ({@link Claim#searchText}: folded in Java, so the migration could not); until then search does not find them. A
 * batch of claims per transaction, by id, without moving their version (nothing a user sees changes). Every instance
 * of a fleet may do it at once: each sets what any other would, and only where no search text is.
 */
@ApplicationScoped
public class UnsearchableClaims implements CatchUp {

    static final int BATCH = 500;

    @Override
    public String name() {
        return "claims given their search text";
    }

    @Override
    public int run() {
        return CatchUp.byIdBatches(UnsearchableClaims::foldBatch);
    }

    /** Folds up to {@link #BATCH} claims without a search text after the id {@code after}; answers their rows. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> foldBatch(long after) {
        List<Object[]> rows = Claim.getEntityManager().createNativeQuery("SELECT id, statement, place, actor1, actor2"
                + " FROM claim WHERE search_text IS NULL AND id > ?1 ORDER BY id").setParameter(1, after)
                .setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            Claim claim = new Claim();
            claim.statement = (String) row[1];
            claim.location.place = (String) row[2];
            claim.actor1 = (String) row[3];
            claim.actor2 = (String) row[4];
            Claim.update("searchText = ?1 where id = ?2 and searchText is null", claim.searchText(),
                    ((Number) row[0]).longValue());
        }
        return rows;
    }
}
