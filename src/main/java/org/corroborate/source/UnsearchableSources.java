package org.corroborate.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.db.CatchUp;

/**
 * After start ({@link org.corroborate.db.StartupCatchUp}), gives sources stored before migration V19 their search text
 * ({@link Source#searchText}: folded in Java, so the migration could not); until then search does not find them. A
 * batch of sources per transaction, by id, reading only their title and outlet. Every instance of a fleet may do it
 * at once: each sets what any other would, and only where no search text is.
 */
@ApplicationScoped
public class UnsearchableSources implements CatchUp {

    static final int BATCH = 500;

    @Override
    public String name() {
        return "sources given their search text";
    }

    @Override
    public int run() {
        return CatchUp.byIdBatches(UnsearchableSources::foldBatch);
    }

    /** Folds up to {@link #BATCH} sources without a search text after the id {@code after}; answers their rows. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> foldBatch(long after) {
        List<Object[]> rows = Source.getEntityManager().createNativeQuery("SELECT id, title, outlet FROM source"
                + " WHERE search_text IS NULL AND id > ?1 ORDER BY id").setParameter(1, after)
                .setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            Source.update("searchText = ?1 where id = ?2 and searchText is null",
                    Source.searchText((String) row[1], (String) row[2]), ((Number) row[0]).longValue());
        }
        return rows;
    }
}
