package org.corroborate.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.corroborate.calendar.SolarHijri;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;

/**
 * Form text read as values: Dari and Arabic digits, Solar Hijri dates, and a named error for anything else.
 * A QuarkusTest for its messages only: they come from the ProblemTexts bundle, which needs the application.
 */
@QuarkusTest
class FieldParserTest {

    private final FieldParser parse = new FieldParser();

    @ParameterizedTest
    @ValueSource(strings = { "2021-06-23", "2021/6/23", "1400-04-02", "1400/4/2", "۱۴۰۰/۴/۲", "١٤٠٠-٠٤-٠٢",
            "۱۴۰۰-۰۴-۰۲", "\u200F۱۴۰۰/۴/۲", "2 Saratan 1400", "۲ سرطان ۱۴۰۰", "۲ چنگاښ ۱۴۰۰", " 2 saratan 1400 " })
    void readsADateInEitherCalendar(String typed) {
        assertThat(parse.date("eventDate", typed)).isEqualTo(LocalDate.of(2021, 6, 23));
        assertThat(parse.errors()).isEmpty();
    }

    @Test
    void aYearFrom1700OnIsGregorianAndBelowItSolarHijri() {
        assertThat(parse.date("d", "1699-01-01")).isEqualTo(new SolarHijri(1699, 1, 1).toLocalDate())
                .hasYear(2320);
        assertThat(parse.date("d", "1700-01-01")).isEqualTo(LocalDate.of(1700, 1, 1));
        assertThat(parse.date("d", "1399-12-30")).isEqualTo(LocalDate.of(2021, 3, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1400-12-30", "1400-13-01", "2021-02-29", "2021-06-23T10:00", "23/06/2021",
            "Saratan 1400", "2 Farvardin 1400", "2 Saratan", "۲۰۲۱-۰۶-۳۱", "next week", "1400-04-02-01" })
    void anythingElseIsNamedAsNotADate(String typed) {
        assertThat(parse.date("eventDate", typed)).isNull();
        assertThat(parse.errors()).extracting(FieldError::field).containsExactly("eventDate");
        assertThat(parse.errors().get(0).message()).isEqualTo("must be a date such as 2024-05-31");
        assertThatThrownBy(parse::check).isInstanceOf(Problem.class);
    }

    @Test
    void readsWholeNumbersInDariAndArabicDigits() {
        assertThat(parse.integer("fatalities.best", "۱۲")).isEqualTo(12);
        assertThat(parse.integer("fatalities.best", "٤٥")).isEqualTo(45);
        assertThat(parse.integer("fatalities.best", "۱٬۲۰۰")).isEqualTo(1200);
        assertThat(parse.whole("version", "۳")).isEqualTo(3L);
        assertThat(parse.whole("version", "۱٬۰۰۰٬۰۰۰")).isEqualTo(1_000_000L);
        assertThat(parse.integer("fatalities.low", "12")).isEqualTo(12);
        assertThat(parse.errors()).isEmpty();
    }

    @Test
    void readsDecimalsWithTheDariDecimalPoint() {
        assertThat(parse.decimal("location.latitude", "۳۴٫۵۲")).isEqualTo(34.52);
        assertThat(parse.decimal("location.longitude", "٦٩.١٧")).isEqualTo(69.17);
        assertThat(parse.decimal("location.longitude", "-۱٬۲۳۴٫۵")).isEqualTo(-1234.5);
        assertThat(parse.decimal("location.latitude", "34.52")).isEqualTo(34.52);
        assertThat(parse.errors()).isEmpty();
    }

    @Test
    void aMisplacedSeparatorIsAnError() {
        assertThat(parse.integer("fatalities.low", "۱۲٬۰۰")).isNull();
        assertThat(parse.whole("version", "٬۱۲۰")).isNull();
        assertThat(parse.decimal("location.latitude", "۳۴٫۵٫۲")).isNull();
        assertThat(parse.integer("fatalities.high", "۱۲ نفر")).isNull();
        assertThat(parse.errors()).extracting(FieldError::field)
                .containsExactly("fatalities.low", "version", "location.latitude", "fatalities.high");
    }
}
