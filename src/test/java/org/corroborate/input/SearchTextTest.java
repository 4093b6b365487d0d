package org.corroborate.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What search takes as the same text. */
class SearchTextTest {

    /** Dari as typed on a Persian keyboard: Persian yeh (U+06CC) and keheh (U+06A9), a ZWNJ in "Khan Abad". */
    static final String DARI = "طالبان ولسوال\u06CC خان\u200Cآباد را در ولا\u06CCت \u06A9ندز تصرف \u06A9ردند";

    /** The same words on an Arabic keyboard: Arabic yeh (U+064A) and kaf (U+0643), no ZWNJ, a fatha and a damma. */
    static final String ARABIC_FORMS = "و\u064Eلسوال\u064A خانآباد را در ولا\u064Aت \u0643\u064Fندز";

    @Test
    void arabicAndPersianLetterFormsJoinersAndHarakatFoldAlike() {
        assertThat(SearchText.fold(DARI)).contains(SearchText.fold(ARABIC_FORMS));
    }

    @ParameterizedTest(name = "{0} folds as {1}")
    @CsvSource({
            "\u064A, \u06CC", // Arabic yeh as Persian yeh
            "\u0649, \u06CC", // alef maksura as Persian yeh
            "\u0643, \u06A9", // Arabic kaf as keheh
            "\u0629, \u0647", // teh marbuta as heh
            "\u0623\u0625\u0622\u0627, \u0627\u0627\u0627\u0627", // alef with hamza above, below, madda: alef
            "\u0624, \u0648", // waw with hamza: waw
            "\u0626, \u06CC", // yeh with hamza: Persian yeh
            "\u06C0, \u0647", // heh with yeh above: heh
            "\u0643\u0640\u0640\u062A\u0627\u0628, \u06A9\u062A\u0627\u0628", // tatweel dropped
            "\u0643\u0650\u062A\u064E\u0627\u0628\u064C\u0670, \u06A9\u062A\u0627\u0628", // harakat and superscript alef
            "\uFEDB\uFE98\uFE8E\uFE8F, \u06A9\u062A\u0627\u0628", // presentation forms (PDF copies)
            "۱۲, 12", // Extended Arabic-Indic digits
            "١٢, 12", // Arabic-Indic digits
            "Dëh Bālā, deh bala",
            "KUNDUZ, kunduz",
    })
    void foldsAs(String typed, String folded) {
        assertThat(SearchText.fold(typed)).isEqualTo(folded);
    }

    @Test
    void zeroWidthAndBidiMarksAreDropped() {
        String marks = "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF";
        for (char mark : marks.toCharArray()) {
            assertThat(SearchText.fold("خان" + mark + "آباد")).as("U+%04X", (int) mark).isEqualTo("خاناباد");
        }
    }

    @Test
    void whiteSpaceAndControlCharactersAreOneSpaceAndNoneAtTheEnds() {
        assertThat(SearchText.fold("  Taliban\u00A0\t seized\u0000\r\nKunduz \u200C ")).isEqualTo("taliban seized kunduz");
    }

    @Test
    void lettersBeyondTheBasicPlaneAreKept() {
        assertThat(SearchText.fold("Attack 💥 reported")).isEqualTo("attack 💥 reported");
    }

    @Test
    void fieldsAreJoinedByALineBreakThatNoSearchHolds() {
        String stored = SearchText.of(100, "Taliban seized", null, "  ", "Kunduz");
        assertThat(stored).isEqualTo("taliban seized\nkunduz");
        assertThat(SearchText.containing("seized\nkunduz")).isEqualTo("%seized kunduz%");
        assertThat(SearchText.of(100, (String) null)).isEmpty();
    }

    @Test
    void theStoredTextIsCutToItsColumnWithoutSplittingACharacter() {
        assertThat(SearchText.of(5, "abcd💥")).isEqualTo("abcd");
        assertThat(SearchText.of(3, "abcdef")).isEqualTo("abc");
    }

    @Test
    void likeWildcardsTypedAreMatchedAsThemselves() {
        assertThat(SearchText.containing("100%_sure!")).isEqualTo("%100!%!_sure!!%");
        assertThat(SearchText.containing("\uFF05")).isEqualTo("%!%%"); // a full-width percent sign is one too
    }

    @Test
    void aSearchWithNothingSearchableIsNoSearch() {
        assertThat(SearchText.containing(null)).isNull();
        assertThat(SearchText.containing(" \u200C\u0640\u064B ")).isNull();
    }
}
