package org.corroborate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestDatabase;

import org.corroborate.account.User;
import org.corroborate.claim.Claim;

/**
 * First start of a demo installation (own empty database, demo on) that also has a first admin configured:
 * the demo loader runs first, so the demo accounts win and the configured admin is not created.
 */
@QuarkusTest
@TestProfile(DemoStartupTest.DemoMode.class)
class DemoStartupTest {

    public static class DemoMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(TestDatabase.ofItsOwn("demo-startup"));
            overrides.putAll(Map.of("corroborate.demo.enabled", "true",
                    "corroborate.admin.username", "root",
                    "corroborate.admin.password", "root-password-1"));
            return overrides;
        }
    }

    @Inject
    DemoLoader loader;

    @Test
    void theFirstStartLoadsTheDemoAccountsAndDataAndNotTheConfiguredAdmin() {
        List<String> usernames = QuarkusTransaction.requiringNew()
                .call(() -> User.<User>listAll().stream().map(u -> u.username).toList());

        assertThat(usernames).containsExactlyInAnyOrder("admin", "editor", "alice", "bob", "carol");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.count())).isEqualTo(DemoData.claims().size());
    }

    @Test
    void aLaterStartDoesNotLoadItAgain() {
        long claims = QuarkusTransaction.requiringNew().call(() -> Claim.count());

        loader.onStart(null);

        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.count())).isEqualTo(claims);
        assertThat(QuarkusTransaction.requiringNew().call(() -> User.count())).isEqualTo(5);
    }
}
