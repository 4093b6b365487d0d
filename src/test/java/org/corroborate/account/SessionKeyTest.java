package org.corroborate.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SessionKeyTest {

    private static final String KEY = "k".repeat(SessionKey.MIN_LENGTH);

    @Test
    void aFleetDoesNotStartWithoutAKeyOrWithAShortOne() {
        assertThatThrownBy(() -> SessionKey.check(Optional.empty(), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY is not set");
        assertThatThrownBy(() -> SessionKey.check(Optional.of(" "), true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SessionKey.check(Optional.of("short"), true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shorter than 32");
    }

    @Test
    void oneEmbeddedInstanceStartsWithAWarning() {
        assertThat(SessionKey.check(Optional.empty(), false)).hasValueSatisfying(
                warning -> assertThat(warning).contains("not recognised by other instances"));
    }

    @Test
    void aLongEnoughKeyIsFine() {
        assertThat(SessionKey.check(Optional.of(KEY), true)).isEmpty();
        assertThat(SessionKey.check(Optional.of(KEY), false)).isEmpty();
    }
}
