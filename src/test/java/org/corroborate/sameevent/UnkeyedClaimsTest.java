package org.corroborate.sameevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.claim.Claim;
import org.corroborate.db.StartupCatchUp;

/** Claims written before V14 get their province's sound on start-up, without moving their version. */
@QuarkusTest
class UnkeyedClaimsTest {

    @Inject
    TestUsers users;

    @Inject
    StartupCatchUp catchUp;

    /** This start's own catch-up has run, so the rows written below as an older version would are left to the test. */
    @BeforeEach
    void startupCatchUpDone() throws Exception {
        assertThat(catchUp.atStart().get(60, TimeUnit.SECONDS).failed()).isEmpty();
    }

    @Test
    void aClaimWithoutItsProvincesSoundGetsItOnStartAndKeepsItsVersion() throws Exception {
        long id = Api.createClaim(users.fresh("alice", Role.REVIEWER));
        QuarkusTransaction.requiringNew().run(() -> Claim.getEntityManager()
                .createNativeQuery("UPDATE claim SET admin1_sound = NULL WHERE id = ?1").setParameter(1, id).executeUpdate());
        long version = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(id).version);

        assertThat(catchUp.runInBackground().get(60, TimeUnit.SECONDS).failed()).isEmpty(); // as after a start

        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.getEntityManager()
                .createNativeQuery("SELECT admin1_sound FROM claim WHERE id = ?1").setParameter(1, id).getSingleResult()))
                .isEqualTo(Claim.admin1Sound("Ghor"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(id).version)).isEqualTo(version);
    }
}
