package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.corroborate.problem.Problem;

/** Cursors are opaque to consumers, but each kind must come back as it was given out, and nothing else may pass. */
class EventCursorTest {

    @Test
    void bothKindsComeBackAsTheyWereGivenOut() {
        EventCursor position = EventCursor.position(42);
        EventCursor page = EventCursor.inCurrentState(42, 1000);
        assertThat(EventCursor.parse(position.token())).isEqualTo(position);
        assertThat(EventCursor.parse(page.token())).isEqualTo(page);
        assertThat(position.continuesCurrentState()).isFalse();
        assertThat(page.continuesCurrentState()).isTrue();
        assertThat(page.token()).doesNotContain("=", "+", "/");
    }

    @ParameterizedTest
    @ValueSource(strings = { "e1:-1", "e1:x", "s1:5", "s1:5:0", "s1:7:7", "s1:9:3", "s1:1:2:3", "s1:-1:5", "x9:1" })
    void anythingElseIsRefusedNamingTheCursor(String raw) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> EventCursor.parse(token)).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status).isEqualTo(400);
            assertThat(p.fields).extracting(f -> f.field()).containsExactly("cursor");
        });
    }
}
