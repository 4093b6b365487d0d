package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;


import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/**
 * A published revision keeps the event as it was published, and revisions published before documents were
 * kept (databases from before migration V6) export the same and get their documents at start-up.
 */
@QuarkusTest
class EventDocumentsTest {

    @Inject
    TestUsers users;

    @Inject
    EntityManager entityManager;

    @Inject
    EventLog eventLog;

    private long approvedClaim() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        return Api.publishedClaim(alice, bob, users.fresh("editor", Role.EDITOR));
    }

    /** The exported event of the claim, as the NDJSON line the export sends. */
    private static String exported(long claimId) {
        return Api.anonymous().queryParam("format", "ndjson").queryParam("limit", 1_000_000).get("/api/events")
                .then().statusCode(200).extract().asString().lines()
                .filter(line -> line.contains("\"claimId\":" + claimId + ",")).findFirst()
                .orElseThrow(() -> new AssertionError("claim " + claimId + " is not in the export"));
    }

    private String storedDocument(long claimId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT document FROM event_revision WHERE claim_id = ?1").setParameter(1, claimId)
                .getSingleResult());
    }

    @Test
    void publishingStoresTheEventAsItWasApproved() {
        long claimId = approvedClaim();
        String before = exported(claimId);
        assertThat(storedDocument(claimId)).isEqualTo(before);
        assertThat(before).contains("\"status\":\"APPROVED\"").contains("\"approvedAt\":\"");

        // a later change to a cited source does not rewrite what consumers were given for this revision
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE source SET title = 'Renamed afterwards' WHERE id IN (SELECT source_id FROM citation WHERE claim_id = ?1)")
                .setParameter(1, claimId).executeUpdate());
        assertThat(exported(claimId)).isEqualTo(before).doesNotContain("Renamed afterwards");
    }

    @Test
    void revisionsLoadedWithoutDocumentsGetTheSameDocumentsAtStart() {
        long claimId = approvedClaim();
        String published = exported(claimId);
        // as a bulk load by SQL leaves it: no document, the clock's mark behind
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("UPDATE event_revision SET document = NULL WHERE claim_id = ?1")
                    .setParameter(1, claimId).executeUpdate();
            entityManager.createNativeQuery("UPDATE export_clock SET documented_seq = 0").executeUpdate();
        });
        assertThat(storedDocument(claimId)).isNull();

        assertThat(eventLog.writeMissingDocuments()).isEqualTo(1);
        assertThat(storedDocument(claimId)).isEqualTo(published);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ExportClock.current().documentedSeq))
                .isEqualTo(QuarkusTransaction.requiringNew().call(() -> ExportClock.current().lastSeq));
        // nothing left: a second start writes nothing
        assertThat(eventLog.writeMissingDocuments()).isZero();
        assertThat(exported(claimId)).isEqualTo(published);
    }
}
