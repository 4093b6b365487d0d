package org.corroborate.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import org.corroborate.TestDatabase;

/** A fresh installation (own empty database, demo off) started with the first admin in its configuration. */
@QuarkusTest
@TestProfile(FirstAdminStartupTest.ConfiguredAdmin.class)
class FirstAdminStartupTest {

    public static class ConfiguredAdmin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(TestDatabase.ofItsOwn("first-admin-startup"));
            overrides.putAll(Map.of("corroborate.demo.enabled", "false",
                    "corroborate.admin.username", "chief",
                    "corroborate.admin.password", "filing-cabinet-7"));
            return overrides;
        }
    }

    @Test
    void theConfiguredAdminIsTheOnlyAccountAndSignsInWithTheConfiguredPassword() {
        List<User> users = QuarkusTransaction.requiringNew().call(() -> User.<User>listAll());

        assertThat(users).singleElement().satisfies(admin -> {
            assertThat(admin.username).isEqualTo("chief");
            assertThat(admin.roleSet()).containsExactly(Role.ADMIN);
            assertThat(BcryptUtil.matches("filing-cabinet-7", admin.password)).isTrue();
        });
    }
}
