package org.corroborate.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.db.CatchUp;

/**
 * After start ({@link org.corroborate.db.StartupCatchUp}), gives sources stored before migration V17 the hash of their
 * text ({@link Source#hashOf}: SHA-256 is Java here, so the migration could not), so that an article imported again
 * is found as theirs. A batch of sources per transaction, by id; their texts can be 100 KB each, so the batch is small.
 * Every instance of a fleet may do it at once: each sets what any other would, and only where no hash is.
 */
@ApplicationScoped
public class UnhashedSources implements CatchUp {

    static final int BATCH = 200;

    @Override
    public String name() {
        return "sources given the hash of their text";
    }

    @Override
    public int run() {
        return CatchUp.byIdBatches(UnhashedSources::hashBatch);
    }

    /** Hashes up to {@link #BATCH} sources with a text and no hash after the id {@code after}; answers their (id, text). */
    @SuppressWarnings("unchecked")
    private static List<Object[]> hashBatch(long after) {
        List<Object[]> rows = Source.getEntityManager().createNativeQuery("SELECT id, full_text FROM source"
                + " WHERE text_hash IS NULL AND full_text IS NOT NULL AND id > ?1 ORDER BY id").setParameter(1, after)
                .setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            String hash = Source.hashOf((String) row[1]);
            if (hash != null) { // a blank text has none, and is not read again only because the id moves on
                Source.update("textHash = ?1 where id = ?2 and textHash is null", hash, ((Number) row[0]).longValue());
            }
        }
        return rows;
    }
}
