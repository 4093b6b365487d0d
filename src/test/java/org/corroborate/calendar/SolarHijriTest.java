package org.corroborate.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Solar Hijri days against dates known without ICU, both ways; the Afghan month names; typed dates. */
class SolarHijriTest {

    private static final Locale DARI = Locale.forLanguageTag("fa-AF");
    private static final Locale PASHTO = Locale.forLanguageTag("ps-AF");

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @CsvSource({
            // Nowruz, 1 Hamal, as announced for each year
            "1399, 1, 1, 2020-03-20", "1400, 1, 1, 2021-03-21", "1401, 1, 1, 2022-03-21", "1402, 1, 1, 2023-03-21",
            "1403, 1, 1, 2024-03-20", "1404, 1, 1, 2025-03-21",
            // a day in each month of 1400; 28 Asad is Independence Day, 19 August
            "1400, 1, 15, 2021-04-04", "1400, 2, 1, 2021-04-21", "1400, 3, 31, 2021-06-21", "1400, 4, 2, 2021-06-23",
            "1400, 5, 28, 2021-08-19", "1400, 6, 24, 2021-09-15", "1400, 7, 1, 2021-09-23", "1400, 8, 30, 2021-11-21",
            "1400, 9, 1, 2021-11-22", "1400, 10, 11, 2022-01-01", "1400, 11, 1, 2022-01-21", "1400, 12, 29, 2022-03-20",
            // the last day of the years around: Hut has 30 days in 1399 and 1403 only
            "1399, 12, 30, 2021-03-20", "1401, 12, 29, 2023-03-20", "1402, 12, 29, 2024-03-19",
            "1403, 12, 30, 2025-03-20" })
    void convertsBothWays(int year, int month, int day, LocalDate gregorian) {
        SolarHijri hijri = new SolarHijri(year, month, day);

        assertThat(hijri.toLocalDate()).isEqualTo(gregorian);
        assertThat(SolarHijri.of(gregorian)).isEqualTo(hijri);
    }

    @Test
    void everyDayFrom1399To1404FollowsTheMonthLengths() {
        // counted without ICU: six months of 31 days, five of 30, Hut 29 or 30 in a leap year
        Set<Integer> leap = Set.of(1399, 1403);
        LocalDate day = LocalDate.of(2020, 3, 20);
        for (int year = 1399; year <= 1404; year++) {
            assertThat(SolarHijri.isLeapYear(year)).as("%d is a leap year", year).isEqualTo(leap.contains(year));
            for (int month = 1; month <= 12; month++) {
                int length = month <= 6 ? 31 : month <= 11 ? 30 : leap.contains(year) ? 30 : 29;
                assertThat(SolarHijri.lengthOfMonth(year, month)).isEqualTo(length);
                for (int d = 1; d <= length; d++) {
                    assertThat(SolarHijri.of(day)).isEqualTo(new SolarHijri(year, month, d));
                    assertThat(new SolarHijri(year, month, d).toLocalDate()).isEqualTo(day);
                    day = day.plusDays(1);
                }
            }
        }
        assertThat(day).isEqualTo(LocalDate.of(2026, 3, 21));
    }

    @ParameterizedTest
    @CsvSource({ "1400, 12, 30", "1401, 12, 30", "1402, 12, 30", "1403, 12, 31", "1400, 7, 31", "1400, 13, 1",
            "1400, 0, 1", "1400, 1, 0" })
    void aDayTheCalendarDoesNotHaveIsRefused(int year, int month, int day) {
        assertThatThrownBy(() -> new SolarHijri(year, month, day)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void namesTheMonthsAsAfghansDo() {
        assertThat(SolarHijri.monthName(1, Locale.ENGLISH)).isEqualTo("Hamal");
        assertThat(SolarHijri.monthName(12, Locale.ENGLISH)).isEqualTo("Hut");
        assertThat(SolarHijri.monthName(4, DARI)).isEqualTo("سرطان");
        assertThat(SolarHijri.monthName(6, Locale.forLanguageTag("prs"))).isEqualTo("سنبله");
        assertThat(SolarHijri.monthName(4, PASHTO)).isEqualTo("چنگاښ");
        assertThat(SolarHijri.monthName(9, PASHTO)).isEqualTo("لیندۍ");
    }

    @Test
    void formatsADayAndAMonthWithTheDigitsOfTheLanguage() {
        SolarHijri day = SolarHijri.of(LocalDate.of(2021, 6, 23));

        assertThat(day.format(Locale.ENGLISH)).isEqualTo("2 Saratan 1400");
        assertThat(day.format(DARI)).isEqualTo("۲ سرطان ۱۴۰۰");
        assertThat(day.format(PASHTO)).isEqualTo("۲ چنگاښ ۱۴۰۰");
        assertThat(day.formatMonth(Locale.ENGLISH)).isEqualTo("Saratan 1400");
        assertThat(day.formatMonth(DARI)).isEqualTo("سرطان ۱۴۰۰");
    }

    @Test
    void namesTheMonthsASpanOfDaysFallsIn() {
        assertThat(SolarHijri.formatMonths(LocalDate.of(2021, 6, 22), LocalDate.of(2021, 7, 22), Locale.ENGLISH))
                .isEqualTo("Saratan 1400");
        assertThat(SolarHijri.formatMonths(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30), Locale.ENGLISH))
                .isEqualTo("Jawza–Saratan 1400");
        assertThat(SolarHijri.formatMonths(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31), Locale.ENGLISH))
                .isEqualTo("Hut 1399–Hamal 1400");
        assertThat(SolarHijri.formatMonths(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30), DARI))
                .isEqualTo("جوزا–سرطان ۱۴۰۰");
    }

    @ParameterizedTest
    @ValueSource(strings = { "2 Saratan 1400", "2 saratan 1400", " 02 SARATAN 1400 ", "2, Saratan, 1400",
            "۲ سرطان ۱۴۰۰", "2 سرطان 1400", "٢ سرطان ١٤٠٠", "۲ چنگاښ ۱۴۰۰" })
    void readsADayWithTheMonthNamed(String typed) {
        assertThat(SolarHijri.parse(typed)).contains(new SolarHijri(1400, 4, 2));
    }

    @Test
    void readsOtherSpellingsAndArabicLetters() {
        assertThat(SolarHijri.parse("5 Saur 1401")).contains(new SolarHijri(1401, 2, 5));
        assertThat(SolarHijri.parse("10 Hoot 1399")).contains(new SolarHijri(1399, 12, 10));
        // Arabic yeh (ي) where Dari writes ی
        assertThat(SolarHijri.parse("3 جدي 1400")).contains(new SolarHijri(1400, 10, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1400-04-02", "Saratan 1400", "2 Farvardin 1400", "2 June 2021", "2 Saratan", "soon" })
    void textThatIsNotADayAndAnAfghanMonthIsNotRead(String typed) {
        assertThat(SolarHijri.parse(typed)).isEmpty();
    }

    @Test
    void aNamedDayThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> SolarHijri.parse("30 Hut 1400")).isInstanceOf(DateTimeException.class);
    }
}
