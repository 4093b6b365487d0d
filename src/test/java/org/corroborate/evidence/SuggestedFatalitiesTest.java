package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.corroborate.citation.Stance;
import org.corroborate.evidence.SuggestedFatalities.Basis;

/** Low, best and high from citations' figures: one row per case (rules in {@link SuggestedFatalities}). */
class SuggestedFatalitiesTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                row("no citations", List.of(), null, null, null),
                row("citations without a figure",
                        List.of(supports(1, "Interior Ministry", "Afghan government", true, "unknown"),
                                supports(2, "Outlet A", "Outlet A", false, "heavy casualties")),
                        null, null, null),
                row("refuted and context figures are not counted",
                        List.of(refutes(1, "Outlet A", "Outlet A", false, "119"),
                                context(2, "Outlet B", "Outlet B", false, "at least 21")),
                        null, null, null),
                row("one non-party count",
                        List.of(supports(1, "UNAMA", "UNAMA", false, "119")),
                        119, 119, 119),
                row("more than 50 and nearly 59 from two non-party outlets",
                        List.of(supports(1, "Outlet A", "Outlet A", false, "more than 50"),
                                supports(2, "Outlet B", "Outlet B", false, "nearly 59")),
                        51, 51, 59),
                row("the ministry's 119, with the Taliban's 21 soldiers as context: other victims",
                        List.of(supports(1, "Defense Ministry", "Afghan government", true, "119"),
                                context(2, "Zabihullah Mujahid", "Taliban", true, "at least 21")),
                        119, 119, null),
                row("the Taliban's at least 21, with the ministry's 119 as context: other victims",
                        List.of(context(1, "Defense Ministry", "Afghan government", true, "119"),
                                supports(2, "Zabihullah Mujahid", "Taliban", true, "at least 21")),
                        21, 21, null),
                row("both parties' figures marked as supporting, though they count different victims",
                        List.of(supports(1, "Defense Ministry", "Afghan government", true, "119"),
                                supports(2, "Zabihullah Mujahid", "Taliban", true, "at least 21")),
                        21, 21, null),
                row("a party's figure never sets the high",
                        List.of(supports(1, "Outlet A", "Outlet A", false, "about 50"),
                                supports(2, "Defense Ministry", "Afghan government", true, "119")),
                        50, 50, 50),
                row("an upper bound alone sets no low",
                        List.of(supports(1, "Outlet B", "Outlet B", false, "nearly 59")),
                        null, 59, 59),
                row("an upper bound with a party's lower bound",
                        List.of(supports(1, "Outlet B", "Outlet B", false, "nearly 59"),
                                supports(2, "Defense Ministry", "Afghan government", true, "at least 40")),
                        40, 59, 59),
                row("the median of three origins",
                        List.of(supports(1, "Outlet A", "Outlet A", false, "100"),
                                supports(2, "Outlet B", "Outlet B", false, "20"),
                                supports(3, "Outlet C", "Outlet C", false, "30")),
                        20, 30, 100),
                row("one origin reported by two outlets counts once",
                        List.of(supports(1, "UN mission", "UNAMA", false, "30"),
                                supports(2, "UNAMA spokesperson", "UNAMA", false, "40"),
                                supports(3, "Human Rights Watch", "Human Rights Watch", false, "50")),
                        30, 30, 50),
                row("of two middle values, the lower",
                        List.of(supports(1, "Outlet A", "Outlet A", false, "10"),
                                supports(2, "Outlet B", "Outlet B", false, "20"),
                                supports(3, "Outlet C", "Outlet C", false, "30"),
                                supports(4, "Outlet D", "Outlet D", false, "40")),
                        10, 20, 40),
                row("a range and an estimate",
                        List.of(supports(1, "Outlet A", "Outlet A", false, "20 to 30"),
                                supports(2, "Outlet B", "Outlet B", false, "about 25")),
                        20, 20, 30),
                row("a vague amount and a count",
                        List.of(supports(1, "Outlet A", "Outlet A", false, "dozens"),
                                supports(2, "Outlet B", "Outlet B", false, "15")),
                        12, 12, 15),
                row("best is kept within low when the figures conflict",
                        List.of(supports(1, "Outlet A", "Outlet A", false, "at least 100"),
                                supports(2, "Outlet B", "Outlet B", false, "up to 20")),
                        100, 100, 100),
                row("an unattributed figure is its own origin",
                        List.of(supports(1, null, null, false, "10"),
                                supports(2, " ", "", false, "20"),
                                supports(3, "Outlet C", null, false, "30")),
                        10, 20, 30),
                row("missing entries and stances are passed over",
                        Arrays.asList(null, new FigureEvidence(1, "Outlet A", "Outlet A", false, null, figure("50")),
                                new FigureEvidence(2, "Outlet B", "Outlet B", false, Stance.SUPPORTS, null),
                                supports(3, "Outlet C", "Outlet C", false, "7")),
                        7, 7, 7),
                row("a party's upper bound alone suggests nothing",
                        List.of(supports(1, "Zabihullah Mujahid", "Taliban", true, "up to 30")),
                        null, null, null));
    }

    @ParameterizedTest(name = "{0}: low {2}, best {3}, high {4}")
    @MethodSource("cases")
    void suggests(String description, List<FigureEvidence> evidence, Integer low, Integer best, Integer high) {
        SuggestedFatalities suggested = SuggestedFatalities.from(evidence);

        assertThat(suggested.low()).as("low").isEqualTo(low);
        assertThat(suggested.best()).as("best").isEqualTo(best);
        assertThat(suggested.high()).as("high").isEqualTo(high);
        assertThat(suggested.basis()).extracting(Basis::field)
                .containsExactlyElementsOf(Stream.of(low == null ? null : "low", best == null ? null : "best",
                        high == null ? null : "high").filter(field -> field != null).toList());
    }

    @Test
    void theBasisNamesEachValuesCitationAndHowItWasDerived() {
        SuggestedFatalities suggested = SuggestedFatalities.from(List.of(
                supports(12, "Outlet A", "Ghor provincial governor", false, "more than 50"),
                supports(14, "Outlet B", "Outlet B", false, "nearly 59")));

        assertThat(suggested.basis()).containsExactly(
                new Basis("low", 12, "Outlet A", "Ghor provincial governor", false, "at least 51",
                        "low: 51, the smallest low bound any non-party figure gives (citation #12, Outlet A,"
                                + " origin Ghor provincial governor, not a party: at least 51)"),
                new Basis("best", 12, "Outlet A", "Ghor provincial governor", false, "at least 51",
                        "best: 51, the median of the conservative readings of 2 non-party origins (citation #12,"
                                + " Outlet A, origin Ghor provincial governor, not a party: at least 51)"),
                new Basis("high", 14, "Outlet B", "Outlet B", false, "at most 59",
                        "high: 59, the largest count any non-party figure states (citation #14, Outlet B,"
                                + " not a party: at most 59)"));
    }

    @Test
    void theBasisSaysWhenLowFallsBackToAParty() {
        SuggestedFatalities suggested = SuggestedFatalities.from(List.of(
                supports(3, "Defense Ministry", "Afghan government", true, "119"),
                context(4, "Zabihullah Mujahid", "Taliban", true, "at least 21")));

        assertThat(suggested.basis()).extracting(Basis::derivation).containsExactly(
                "low: 119, the smallest low bound a party gives, as no non-party figure has one (citation #3,"
                        + " Defense Ministry, origin Afghan government, a party: 119)",
                "best: 119, the same as low, as no non-party citation gives a figure (citation #3,"
                        + " Defense Ministry, origin Afghan government, a party: 119)");
    }

    @Test
    void theBasisSaysWhenBestIsRaisedToLow() {
        SuggestedFatalities suggested = SuggestedFatalities.from(List.of(
                supports(1, "Outlet A", "Outlet A", false, "at least 100"),
                supports(2, "Outlet B", "Outlet B", false, "up to 20")));

        assertThat(suggested.basis().get(1).derivation()).startsWith(
                "best: 100, the median of the conservative readings of 2 non-party origins, 20, raised to low"
                        + " (citation #1,");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 7, 999, 1000, 12_345, 1_234_567, -1_200,
            Integer.MAX_VALUE, Integer.MIN_VALUE })
    void numbersAreGroupedInThousandsAsInTheRootLocale(int n) {
        assertThat(Figure.number(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
    }

    @Test
    void serialisesAsLowBestHighAndBasis() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode suggested = json.valueToTree(SuggestedFatalities.from(List.of(
                supports(1, "Outlet A", "Outlet A", false, "about 50"))));

        assertThat(names(suggested)).containsExactly("low", "best", "high", "basis");
        assertThat(names(suggested.get("basis").get(0)))
                .containsExactly("field", "citationId", "claimant", "origin", "party", "reading", "derivation");
        assertThat(json.writeValueAsString(SuggestedFatalities.NONE))
                .isEqualTo("{\"low\":null,\"best\":null,\"high\":null,\"basis\":[]}");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Arguments row(String description, List<FigureEvidence> evidence, Integer low, Integer best,
            Integer high) {
        return Arguments.of(description, evidence, low, best, high);
    }

    private static FigureEvidence supports(long id, String claimant, String origin, boolean party, String stated) {
        return new FigureEvidence(id, claimant, origin, party, Stance.SUPPORTS, figure(stated));
    }

    private static FigureEvidence refutes(long id, String claimant, String origin, boolean party, String stated) {
        return new FigureEvidence(id, claimant, origin, party, Stance.REFUTES, figure(stated));
    }

    private static FigureEvidence context(long id, String claimant, String origin, boolean party, String stated) {
        return new FigureEvidence(id, claimant, origin, party, Stance.CONTEXT, figure(stated));
    }

    private static Figure figure(String stated) {
        return FigureParser.parse(stated);
    }
}
