package org.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.corroborate.claim.Claim;
import org.corroborate.claim.DatePrecision;

/** An event date shown in both calendars, to the precision it is known to. */
class DisplayDatesTest {

    @Test
    void aDayIsShownInBothCalendars() {
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 6, 23), DatePrecision.DAY)))
                .isEqualTo("23 June 2021 (2 Saratan 1400)");
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2024, 3, 20), null)))
                .isEqualTo("20 March 2024 (1 Hamal 1403)");
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 8, 15), DatePrecision.WEEK)))
                .isEqualTo("15 August 2021 (24 Asad 1400)");
    }

    @Test
    void aMonthIsShownAsTheMonthsItSpans() {
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 6, 1), DatePrecision.MONTH)))
                .isEqualTo("June 2021 (Jawza–Saratan 1400)");
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 3, 15), DatePrecision.MONTH)))
                .isEqualTo("March 2021 (Hut 1399–Hamal 1400)");
    }

    @Test
    void aYearIsShownAsTheYearsItSpans() {
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 7, 1), DatePrecision.YEAR)))
                .isEqualTo("2021 (1399–1400)");
    }

    @Test
    void noDateIsUnknown() {
        assertThat(Display.eventDateInBothCalendars(claim(null, DatePrecision.DAY))).isEqualTo("unknown");
    }

    @Test
    void aDariOrPashtoPageGetsItsOwnNamesAndDigits() {
        LocalDate day = LocalDate.of(2021, 6, 23);
        assertThat(Display.solarHijri(day)).isEqualTo("2 Saratan 1400");
        assertThat(Display.solarHijriIn(day, "fa")).isEqualTo("۲ سرطان ۱۴۰۰");
        assertThat(Display.solarHijriIn(day, "ps")).isEqualTo("۲ چنگاښ ۱۴۰۰");
        assertThat(Display.solarHijri(null)).isEmpty();
    }

    private static Claim claim(LocalDate date, DatePrecision precision) {
        Claim claim = new Claim();
        claim.eventDate = date;
        claim.datePrecision = precision;
        return claim;
    }
}
