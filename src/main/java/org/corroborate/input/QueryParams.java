package org.corroborate.input;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.corroborate.input.Text;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;

/**
 * Reads query parameters as text and parses them here, so a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The enum constant named by {@code value} (any case), or null when blank. */
    public static <E extends Enum<E>> E enumOf(String field, String value, Class<E> type) {
        String text = Text.clean(value);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw Problem.invalid(field, t -> t.oneOf(choices));
        }
    }

    /** An ISO-8601 date, or null when blank. */
    public static LocalDate date(String field, String value) {
        String text = Text.clean(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Problem.invalid(field, ProblemTexts::isoDate);
        }
    }

    /** An ISO-8601 timestamp with offset ({@code 2024-05-01T12:00:00Z}) or a date (its start in UTC), or null. */
    public static Instant instant(String field, String value) {
        String text = Text.clean(value);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notATimestamp) {
            try {
                return LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw Problem.invalid(field, ProblemTexts::isoTimestamp);
            }
        }
    }

    /** A whole number within [min, max], or {@code fallback} when blank. */
    public static int intIn(String field, String value, int fallback, int min, int max) {
        String text = Text.clean(value);
        if (text == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw Problem.invalid(field, ProblemTexts::wholeNumber);
        }
        if (n < min || n > max) {
            throw Problem.invalid(field, t -> t.between(min, max));
        }
        return n;
    }

    /** {@code true} or {@code false} (any case); false when blank. */
    public static boolean bool(String field, String value) {
        String text = Text.clean(value);
        if (text == null || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw Problem.invalid(field, ProblemTexts::trueOrFalse);
    }
}
