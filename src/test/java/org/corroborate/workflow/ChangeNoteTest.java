package org.corroborate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.corroborate.citation.Stance;

/** How a history note words a correction. */
class ChangeNoteTest {

    @Test
    void namesOnlyWhatChangedQuotingTextAndSayingNoneForEmpty() {
        String note = new ChangeNote()
                .value("stance", Stance.SUPPORTS, Stance.REFUTES)
                .text("claimant", "Defense Ministry", "Defense Ministry")
                .text("stated figure", "at least 20", "at least 21")
                .value("published", null, LocalDate.of(2015, 10, 5))
                .text("outlet", "Pajhwok", null)
                .of("Citation #12 edited");

        assertThat(note).isEqualTo("Citation #12 edited: stance SUPPORTS → REFUTES; stated figure 'at least 20' →"
                + " 'at least 21'; published none → 2015-10-05; outlet 'Pajhwok' → none");
    }

    @Test
    void comparesTwoSnapshotsFieldByFieldAndShortensLongText() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("statement", "x".repeat(200));
        before.put("fatalities best", 59);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("statement", "y\n\n " + "y".repeat(199));

        ChangeNote changes = new ChangeNote().values(before, after);

        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.of("claim edited")).isEqualTo("claim edited: statement '" + "x".repeat(79) + "…' → 'y "
                + "y".repeat(77) + "…'");
        assertThat(new ChangeNote().values(before, new LinkedHashMap<>(before)).isEmpty()).isTrue();
    }
}
