package org.corroborate.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The two keys spellings are compared by; docs/PLACES.md lists the same rules. */
class PlaceNamesTest {

    @Test
    void foldingIgnoresCaseDiacriticsConnectorsSpacesAndDoubledLetters() {
        assertThat(PlaceNames.fold("Qala-e-Zal")).isEqualTo(PlaceNames.fold("qala zal")).isEqualTo("qalazal");
        assertThat(PlaceNames.fold("Dawlat Abad")).isEqualTo(PlaceNames.fold("Dawlatabad"));
        assertThat(PlaceNames.fold("Bāmyān")).isEqualTo(PlaceNames.fold("Bamyan"));
        assertThat(PlaceNames.fold("Tala wa Barfak")).isEqualTo(PlaceNames.fold("Tala Barfak"));
        assertThat(PlaceNames.fold("Taywarah")).isEqualTo(PlaceNames.fold("Taywara"));
        assertThat(PlaceNames.fold("Ghazni")).isEqualTo(PlaceNames.fold("Ghazzni"));
        assertThat(PlaceNames.fold("Vardak")).isEqualTo(PlaceNames.fold("Wardak"));
        assertThat(PlaceNames.fold("  --  ")).isEmpty();
        assertThat(PlaceNames.fold(null)).isEmpty();
    }

    @Test
    void theSkeletonHearsTransliterationsAlike() {
        assertThat(PlaceNames.soundOf("Qarghayi")).isEqualTo(PlaceNames.soundOf("Qarghayee"))
                .isEqualTo(PlaceNames.soundOf("Karghayi")).isEqualTo(PlaceNames.soundOf("Qarghaee"));
        assertThat(PlaceNames.soundOf("Dowlatabad")).isEqualTo(PlaceNames.soundOf("Dawlat Abad"))
                .isEqualTo(PlaceNames.soundOf("Daulatabad"));
        assertThat(PlaceNames.soundOf("Mehtarlam")).isEqualTo(PlaceNames.soundOf("Mihtarlam"));
        assertThat(PlaceNames.soundOf("Alishing")).isEqualTo(PlaceNames.soundOf("Alishang"));
        assertThat(PlaceNames.soundOf("Musayi")).isEqualTo(PlaceNames.soundOf("Musahi"));
        assertThat(PlaceNames.soundOf("Uruzgan")).isEqualTo(PlaceNames.soundOf("Oruzgan"));
        assertThat(PlaceNames.soundOf("Kunduz")).isNotEqualTo(PlaceNames.soundOf("Kandahar"));
    }

    @Test
    void arabicLetterFormsFoldToPersianOnes() {
        assertThat(PlaceNames.fold("كابل")).isEqualTo(PlaceNames.fold("کابل"));
    }

    @Test
    void distanceGivesUpPastItsLimit() {
        assertThat(PlaceNames.distance("krg", "krg", 1)).isZero();
        assertThat(PlaceNames.distance("dltbd", "dltbad", 1)).isEqualTo(1);
        assertThat(PlaceNames.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
    }
}
