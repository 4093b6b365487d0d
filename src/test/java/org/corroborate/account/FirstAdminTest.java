package org.corroborate.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;

/** The configured first admin, against the shared test database where accounts exist already. */
@QuarkusTest
class FirstAdminTest {

    @Inject
    FirstAdmin firstAdmin;

    @Inject
    TestUsers users;

    @Test
    void withoutConfigurationNothingHappens() {
        assertThat(firstAdmin.createFromConfig(Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void aHalfSetConfigurationStopsTheStartUpNamingWhatIsMissing() {
        assertThatThrownBy(() -> firstAdmin.createFromConfig(Optional.of("chief"), Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the password is missing");
        assertThatThrownBy(() -> firstAdmin.createFromConfig(Optional.empty(), Optional.of("a-long-password")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the username is missing");
    }

    @Test
    void onceAnAccountExistsTheConfiguredAdminIsNotCreated() {
        users.fresh("someone", Role.REVIEWER);
        String name = "configured-" + System.nanoTime();

        assertThat(firstAdmin.createFromConfig(Optional.of(name), Optional.of("a-long-enough-password"))).isEmpty();

        assertThat(QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name))).isEmpty();
    }
}
