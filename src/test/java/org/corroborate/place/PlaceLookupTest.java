package org.corroborate.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How names resolve on the shipped gazetteer, one row per query: the query, then "=" and the P-code that must come
 * first, or "~" and P-codes that must all be among the answers (in that order), or "none". Every place the five seed
 * articles name has a row. A changed matching rule shows as a changed row.
 */
class PlaceLookupTest {

    static final String TABLE = """
            # query                          expected
            # the seed articles' places
            Taywara                          = AF2308
            Taywara district                 = AF2308
            Taywarah, Ghor                   = AF2308
            Ghor                             = AF23
            Qala-e-Zal                       = AF1907
            Qalai Zal                        = AF1907
            Qala-i-Zal                       = AF1907
            Kunduz                           ~ AF19 AF1901
            Kunduz City                      = AF1901
            Khan Abad                        = AF1904
            Khanabad                         = AF1904
            Dawlat Abad                      ~ AF2109 AF2909
            Dawlat Abad, Faryab              = AF2909
            Dawlat Abad (Balkh)              = AF2109
            Dowlatabad                       ~ AF2109 AF2909
            Daulatabad                       ~ AF2109 AF2909
            Faryab                           = AF29
            Ghazni                           ~ AF11 AF1101
            Paktia                           = AF13
            Paktya                           = AF13
            Logar                            = AF05
            Kandahar                         ~ AF27 AF2701
            Uruzgan                          = AF25
            Oruzgan                          = AF25
            Herat                            ~ AF32 AF3201
            Farah                            ~ AF33 AF3301
            Helmand                          = AF30
            Badakhshan                       = AF17
            Takhar                           = AF18
            Darqad                           = AF1815
            Kabul                            ~ AF01 AF0101
            Laghman                          = AF07
            Mihtarlam                        = AF0701
            Mehtarlam                        = AF0701
            Mehtar Lam                       = AF0701
            Wardak                           = AF04
            Maidan Wardak                    = AF04
            Vardak                           = AF04
            Nerkh                            = AF0402
            Jalraiz                          = AF0403
            Jalrez                           = AF0403
            Baghlan                          = AF09
            Burka                            = AF0910
            Kunar                            = AF15
            Asad Abad                        = AF1501
            Asadabad                         = AF1501
            # spellings and transliterations
            Qarghayi                         = AF0702
            qarghayee                        = AF0702
            Qarghaee                         = AF0702
            Karghayi                         = AF0702
            QARGHAYI                         = AF0702
            Alishing                         = AF0703
            Alishang                         = AF0703
            Alisheng                         = AF0703
            Dawlatshah                       = AF0705
            Dawlat Shah                      = AF0705
            Mazar-i-Sharif                   = AF2101
            Mazari Sharif                    = AF2101
            Pul-i-Khumri                     = AF0901
            Puli Khumri                      = AF0901
            Tarin Kot                        = AF2501
            Tirinkot                         = AF2501
            Chaghcharan                      = AF2301
            Lashkar Gah                      = AF3001
            Jalalabad                        = AF0601
            Spin Boldak                      = AF2711
            Spinboldak                       = AF2711
            Imam Saheb                       = AF1905
            Chahar Dara                      = AF1902
            Sholgara                         = AF2107
            Sar-e Pol                        ~ AF22 AF2201
            Daikundi                         = AF24
            Nimruz                           = AF34
            Jowzjan                          = AF28
            Panjshir                         = AF08
            Nad Ali                          = AF3002
            Musa Qala                        = AF3009
            Sangin                           = AF3008
            Ghormach                         = AF3107
            # Dari
            قرغه ئی                          = AF0702
            مهتر لام                          = AF0701
            # nothing
            Xyzzy                            none
            Paris                            none
            ---                              none
            """;

    static final PlaceLookup GAZETTEER = ShippedGazetteer.lookup();

    @Test
    void everyQueryResolvesAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (String line : TABLE.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            rows++;
            String[] cells = line.split("\\s{2,}", 2);
            String query = cells[0].strip();
            String expected = cells[1].strip();
            List<String> found = GAZETTEER.find(query, 10).stream().map(m -> m.place().pcode()).toList();
            boolean right;
            if (expected.equals("none")) {
                right = found.isEmpty();
            } else if (expected.startsWith("= ")) {
                right = !found.isEmpty() && found.get(0).equals(expected.substring(2).strip());
            } else {
                List<String> all = List.of(expected.substring(2).strip().split("\\s+"));
                right = found.size() >= all.size() && found.subList(0, all.size()).equals(all);
            }
            if (!right) {
                wrong.add(String.format("%-25s expected %-15s got %s", query, expected, found));
            }
        }
        assertThat(wrong).as("queries resolved otherwise than the table says").isEmpty();
        assertThat(rows).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aNameTwoProvincesShareAnswersBothEachWithItsProvince() {
        List<PlaceLookup.Match> found = GAZETTEER.find("Dowlat Abad", 10);
        assertThat(found).extracting(m -> m.place().pcode() + " " + m.place().admin1() + "/" + m.place().admin2())
                .startsWith("AF2109 Balkh/Dawlat Abad", "AF2909 Faryab/Dawlat Abad");
    }

    @Test
    void theMatchedSpellingIsTheOneThatMatched() {
        assertThat(GAZETTEER.find("Mihtarlam", 1).get(0).matched()).isEqualTo("Mihtarlam");
        assertThat(GAZETTEER.find("Qalai Zal", 1).get(0).matched()).isEqualTo("Qalai Zal");
        assertThat(GAZETTEER.find("qarghayee", 1).get(0).matched()).isEqualTo("Qarghayi");
    }

    @Test
    void atMostTheLimitBestFirst() {
        assertThat(GAZETTEER.find("Dara", 3)).hasSize(3).first().extracting(m -> m.place().pcode()).isEqualTo("AF0803");
        assertThat(GAZETTEER.find("Kabul", 0)).isEmpty();
    }

    @Test
    void unambiguousMatchesAClaimsProvinceAndDistrict() {
        assertThat(GAZETTEER.unambiguous("Faryab", "Dowlatabad")).map(PlaceLookup.Known::pcode).contains("AF2909");
        assertThat(GAZETTEER.unambiguous("Balkh province", "Dawlat Abad district")).map(PlaceLookup.Known::pcode)
                .contains("AF2109");
        assertThat(GAZETTEER.unambiguous("Laghman", null)).map(PlaceLookup.Known::pcode).contains("AF07");
        assertThat(GAZETTEER.unambiguous(null, "Dawlat Abad")).as("two provinces have one").isEmpty();
        assertThat(GAZETTEER.unambiguous("Ghor", "Nowhere")).isEmpty();
        assertThat(GAZETTEER.unambiguous(null, "Taywara")).map(PlaceLookup.Known::pcode).contains("AF2308");
        assertThat(GAZETTEER.unambiguous("Elsewhere", "Taywara")).as("a province named but unknown").isEmpty();
    }

    @Test
    void aRemovedPlaceIsFoundByItsPcodeOnly() {
        PlaceLookup.Known gone = new PlaceLookup.Known("AF9901", 2, "AF99", "Testland", "Gone Dara", 34.0, 66.0, true,
                List.of("Gone Dara"));
        PlaceLookup lookup = PlaceLookup.of(List.of(gone));
        assertThat(lookup.find("Gone Dara", 10)).isEmpty();
        assertThat(lookup.byPcode("af9901")).contains(gone);
    }
}
