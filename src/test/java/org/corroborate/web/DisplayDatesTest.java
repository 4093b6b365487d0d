package org.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.corroborate.claim.Claim;
import org.corroborate.claim.DatePrecision;

/**
 * An event date shown in both calendars, to the precision it is known to: in English the Gregorian date first, in
 * Dari and Pashto the Solar Hijri one, in their month names and digits. (A Quarkus test: "unknown" comes from the
 * claim pages' message bundle.)
 */
@QuarkusTest
class DisplayDatesTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale DARI = Locale.forLanguageTag("fa-AF");
    private static final Locale PASHTO = Locale.forLanguageTag("ps-AF");

    @Test
    void aDayIsShownInBothCalendars() {
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 6, 23), DatePrecision.DAY), ENGLISH))
                .isEqualTo("23 June 2021 (2 Saratan 1400)");
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2024, 3, 20), null), ENGLISH))
                .isEqualTo("20 March 2024 (1 Hamal 1403)");
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 8, 15), DatePrecision.WEEK), ENGLISH))
                .isEqualTo("15 August 2021 (24 Asad 1400)");
    }

    @Test
    void aMonthIsShownAsTheMonthsItSpans() {
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 6, 1), DatePrecision.MONTH), ENGLISH))
                .isEqualTo("June 2021 (Jawza–Saratan 1400)");
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 3, 15), DatePrecision.MONTH), ENGLISH))
                .isEqualTo("March 2021 (Hut 1399–Hamal 1400)");
    }

    @Test
    void aYearIsShownAsTheYearsItSpans() {
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 7, 1), DatePrecision.YEAR), ENGLISH))
                .isEqualTo("2021 (1399–1400)");
    }

    @Test
    void noDateIsUnknown() {
        assertThat(Display.eventDateInBothCalendars(claim(null, DatePrecision.DAY), ENGLISH)).isEqualTo("unknown");
        assertThat(Display.eventDateInBothCalendars(claim(null, DatePrecision.DAY), DARI)).isEqualTo("نامعلوم");
    }

    @Test
    void dariAndPashtoPutTheSolarHijriDateFirst() {
        LocalDate day = LocalDate.of(2021, 6, 23);
        assertThat(Display.eventDateInBothCalendars(claim(day, DatePrecision.DAY), DARI))
                .isEqualTo("۲ سرطان ۱۴۰۰ — 23 June 2021");
        assertThat(Display.eventDateInBothCalendars(claim(day, DatePrecision.WEEK), PASHTO))
                .isEqualTo("۲ چنگاښ ۱۴۰۰ — 23 June 2021");
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 6, 1), DatePrecision.MONTH), DARI))
                .as("to the month: the months alone").isEqualTo("جوزا–سرطان ۱۴۰۰ — June 2021");
        assertThat(Display.eventDateInBothCalendars(claim(LocalDate.of(2021, 7, 1), DatePrecision.YEAR), PASHTO))
                .isEqualTo("۱۳۹۹–۱۴۰۰ — 2021");
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
