package org.corroborate.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SaidTest {

    /** A bundle's shape: messages with and without parameters. */
    interface Words {
        String hello();

        String count(int n, String what);

        String dated(LocalDate date);

        String items(List<String> items);
    }

    /** Says its words and writes down every time it was asked to render one. */
    static final class Speaker implements Words {
        final List<String> rendered = new ArrayList<>();

        @Override
        public String hello() {
            rendered.add("hello");
            return "Hello";
        }

        @Override
        public String count(int n, String what) {
            rendered.add("count");
            if (n < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
            return n + " " + what;
        }

        @Override
        public String dated(LocalDate date) {
            rendered.add("dated");
            return "on " + date;
        }

        @Override
        public String items(List<String> items) {
            rendered.add("items");
            return String.join(", ", items);
        }
    }

    private final Speaker speaker = new Speaker();
    private final Words words = (Words) Said.remembering(Words.class, speaker, false);

    @Test
    void aMessageAskedAgainWithEqualArgumentsIsRenderedOnce() {
        assertThat(words.hello()).isEqualTo("Hello");
        assertThat(words.hello()).isEqualTo("Hello");
        assertThat(words.count(2, "origins")).isEqualTo("2 origins");
        assertThat(words.count(2, new String("origins"))).isEqualTo("2 origins");
        assertThat(words.dated(LocalDate.of(2021, 6, 23))).isEqualTo("on 2021-06-23");
        assertThat(words.dated(LocalDate.of(2021, 6, 23))).isEqualTo("on 2021-06-23");

        assertThat(speaker.rendered).containsExactly("hello", "count", "dated");
    }

    @Test
    void otherArgumentsAreOtherMessages() {
        assertThat(words.count(2, "origins")).isEqualTo("2 origins");
        assertThat(words.count(3, "origins")).isEqualTo("3 origins");
        assertThat(words.count(2, "sources")).isEqualTo("2 sources");
        assertThat(words.dated(null)).isEqualTo("on null");

        assertThat(speaker.rendered).containsExactly("count", "count", "count", "dated");
    }

    @Test
    void aMessageOfSomethingThatMayChangeIsRenderedEveryTime() {
        List<String> items = new ArrayList<>(List.of("a"));
        assertThat(words.items(items)).isEqualTo("a");
        items.add("b");
        assertThat(words.items(items)).isEqualTo("a, b");

        assertThat(speaker.rendered).containsExactly("items", "items");
    }

    @Test
    void aRefusalInsideAMessageReachesTheCallerAndIsNotRemembered() {
        assertThatThrownBy(() -> words.count(-1, "origins")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never negative");
        assertThatThrownBy(() -> words.count(-1, "origins")).isInstanceOf(IllegalArgumentException.class);

        assertThat(speaker.rendered).containsExactly("count", "count");
    }

    @Test
    void theDefaultBundleRemembersPerRequestLanguageOutsideRequestsToo() {
        Speaker english = new Speaker();
        Words byDefault = (Words) Said.remembering(Words.class, english, true);

        assertThat(byDefault.count(1, "claim")).isEqualTo("1 claim");
        assertThat(byDefault.count(1, "claim")).isEqualTo("1 claim");

        assertThat(english.rendered).containsExactly("count");
    }
}
