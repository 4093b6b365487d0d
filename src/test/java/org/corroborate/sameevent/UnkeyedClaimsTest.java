package org.corroborate.sameevent;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.claim.Claim;
import org.corroborate.db.OlderRows;

/** Claims written before V14 get their province's sound on start-up, without moving their version. */
@QuarkusTest
class UnkeyedClaimsTest extends OlderRows {

    @Inject
    TestUsers users;

    @Test
    void aClaimWithoutItsProvincesSoundGetsItOnStartAndKeepsItsVersion() throws Exception {
        long id = Api.createClaim(users.fresh("alice", Role.REVIEWER));
        QuarkusTransaction.requiringNew().run(() -> Claim.getEntityManager()
                .createNativeQuery("UPDATE claim SET admin1_sound = NULL WHERE id = ?1").setParameter(1, id).executeUpdate());
        long version = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(id).version);

        catchUpAsAfterAStart(); // as after a start

        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.getEntityManager()
                .createNativeQuery("SELECT admin1_sound FROM claim WHERE id = ?1").setParameter(1, id).getSingleResult()))
                .isEqualTo(Claim.admin1Sound("Ghor"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(id).version)).isEqualTo(version);
    }
}
