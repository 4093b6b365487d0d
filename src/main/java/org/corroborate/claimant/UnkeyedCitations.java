package org.corroborate.claimant;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import org.corroborate.citation.Citation;

/**
 * On start, gives citations written before claimants existed their claimant key (the normalisation is Java, not
 * SQL, so the migration could not), a batch per transaction, and resolves any citation whose key a claimant has
 * while it has none (one attached while that claimant was being created). Every instance of a fleet may do it at
 * once: each write sets what any other would.
 */
@ApplicationScoped
public class UnkeyedCitations {

    private static final Logger LOG = Logger.getLogger(UnkeyedCitations.class);
    private static final int BATCH = 500;

    void onStart(@Observes StartupEvent event) {
        int keyed = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(UnkeyedCitations::keyBatch);
            keyed += batch;
        } while (batch == BATCH);
        int resolved = QuarkusTransaction.requiringNew().call(UnkeyedCitations::resolveKnown);
        if (keyed + resolved > 0) {
            LOG.infof("Claimants: %d citations keyed, %d resolved to a claimant", keyed, resolved);
        }
    }

    private static int keyBatch() {
        List<Citation> unkeyed = Citation.find("claimantKey is null order by id").page(0, BATCH).list();
        for (Citation citation : unkeyed) {
            citation.claimantKey = ClaimantNames.key(citation.claimant);
            if (citation.claimantKey == null) {
                citation.claimantKey = ""; // no letter or digit: nothing resolves to it, and it is not read again
            }
        }
        return unkeyed.size();
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
