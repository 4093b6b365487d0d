package org.corroborate.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestDatabase;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditEntry;
import org.corroborate.web.Browser;

/** On a fresh installation the first admin's password meets the policy too, from configuration or the set-up page. */
@QuarkusTest
@TestProfile(FirstAdminPasswordTest.FreshInstallation.class)
class FirstAdminPasswordTest {

    public static class FreshInstallation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(TestDatabase.ofItsOwn("first-admin-password"));
            overrides.put("corroborate.demo.enabled", "false");
            return overrides;
        }
    }

    @Inject
    FirstAdmin firstAdmin;

    @Test
    void aWeakFirstAdminPasswordIsRefusedFromConfigurationAndOnTheSetUpPage() {
        assertThatThrownBy(() -> firstAdmin.createFromConfig(Optional.of("chief"), Optional.of("chief-of-the-desk")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CORROBORATE_ADMIN_PASSWORD must not contain the username");

        Browser browser = Browser.anonymous();
        Response weak = browser.submit("/setup", "/setup",
                Map.of("username", "chief", "password", "letmein2024", "passwordAgain", "letmein2024"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body().asString()).contains("Password must not be a common password");

        Response created = browser.submit("/setup", "/setup",
                Map.of("username", "chief", "password", "tall-shelves-of-files", "passwordAgain", "tall-shelves-of-files"));
        assertThat(created.statusCode()).isEqualTo(303);
        AuditEntry entry = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find("action", AuditAction.ACCOUNT_CREATED).singleResult());
        assertThat(entry.actor).isEqualTo("(set-up page)");
        assertThat(entry.subject).isEqualTo("user chief");
        assertThat(entry.detail).isEqualTo("roles: admin");
    }
}
