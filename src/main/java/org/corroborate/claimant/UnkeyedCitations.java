package org.corroborate.claimant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.citation.Citation;
import org.corroborate.db.CatchUp;

/**
 * After start ({@link org.corroborate.db.StartupCatchUp}), gives citations written before claimants existed their
 * claimant key (the normalisation is Java, not SQL, so the migration could not), a batch per transaction with one
 * update per distinct key, and resolves any citation whose key a claimant has while it has none (one attached while
 * that claimant was being created). Every instance of a fleet may do it at once: each write sets what any other
 * would, and only to citations still without a key.
 */
@ApplicationScoped
public class UnkeyedCitations implements CatchUp {

    static final int BATCH = 5000;

    @Override
    public String name() {
        return "citations keyed or resolved to a claimant";
    }

    @Override
    public int run() {
        return CatchUp.byIdBatches(UnkeyedCitations::keyBatch) + QuarkusTransaction.requiringNew()
                .call(UnkeyedCitations::resolveKnown);
    }

    /** Keys up to {@link #BATCH} citations without a key after the id {@code after}; answers their (id, claimant). */
    @SuppressWarnings("unchecked")
    private static List<Object[]> keyBatch(long after) {
        List<Object[]> rows = Citation.getEntityManager().createNativeQuery("SELECT id, claimant FROM citation"
                + " WHERE claimant_key IS NULL AND id > ?1 ORDER BY id").setParameter(1, after)
                .setMaxResults(BATCH).getResultList();
        Map<String, List<Long>> idsByKey = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String key = ClaimantNames.key((String) row[1]);
            // no letter or digit: "", which nothing resolves to and which is not read again
            idsByKey.computeIfAbsent(key == null ? "" : key, k -> new ArrayList<>()).add(((Number) row[0]).longValue());
        }
        idsByKey.forEach((key, ids) -> Citation.update("claimantKey = ?1 where id in ?2 and claimantKey is null", key, ids));
        return rows;
    }

    private static int resolveKnown() {
        int resolved = Citation.update("update Citation c set c.claimantId = (select a.claimant.id from ClaimantAlias a "
                + "where a.aliasKey = c.claimantKey) where c.claimantId is null and c.claimantKey in (select k.aliasKey from "
                + "ClaimantAlias k)");
        if (resolved > 0) {
            Citation.update("update Citation c set c.claimantIsParty = (select k.party from Claimant k where k.id = "
                    + "c.claimantId) where c.claimantId is not null and c.partyExplicit = false");
        }
        return resolved;
    }
}
