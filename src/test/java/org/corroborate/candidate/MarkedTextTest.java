package org.corroborate.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.corroborate.citation.Stance;

/** The source's text in parts with its candidates' sentences marked: nothing lost, each span marked once. */
class MarkedTextTest {

    private static Candidate citing(int... spans) {
        List<Candidate.Cited> cited = new java.util.ArrayList<>();
        for (int i = 0; i < spans.length; i += 2) {
            cited.add(new Candidate.Cited("own reporting", null, false, Stance.SUPPORTS, "q", null, null,
                    new Candidate.Span(spans[i], spans[i + 1])));
        }
        return new Candidate(0, "s", null, null, null, null, null, null, null, null, cited, List.of(), null, List.of());
    }

    @Test
    void theTextIsKeptWholeWithTheCitedSentencesMarked() {
        String text = "One. Two happened here. Three. Four happened too.";
        MarkedText marked = MarkedText.of(text, List.of(citing(5, 23, 31, 49), citing(5, 23)));

        assertThat(marked.parts().stream().map(MarkedText.Part::text).collect(Collectors.joining())).isEqualTo(text);
        assertThat(marked.parts()).filteredOn(MarkedText.Part::marked).extracting(MarkedText.Part::text)
                .containsExactly("Two happened here.", "Four happened too.");
        assertThat(marked.parts()).filteredOn(MarkedText.Part::marked).extracting(MarkedText.Part::start)
                .containsExactly(5, 31);
    }

    @Test
    void spansBeyondTheTextAreCutToIt() {
        MarkedText marked = MarkedText.of("Short.", List.of(citing(3, 400)));
        assertThat(marked.parts()).extracting(MarkedText.Part::text).containsExactly("Sho", "rt.");
    }
}
