package org.corroborate.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.corroborate.calendar.SolarHijri;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;

/**
 * Reads typed values out of form text. A blank field is null; text that is not a value of the type becomes
 * a field error, and {@link #check()} refuses them all at once (400) before anything reaches a service.
 * Numbers and dates may be typed in Dari's digits (۰–۹) or Arabic ones (٠–٩), with "٫" as the decimal point and
 * "٬" between thousands.
 */
public final class FieldParser {

    /** 2021-06-23, 1400/4/2: a year below {@link SolarHijri#FIRST_GREGORIAN_YEAR} is a Solar Hijri one. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");
    /** 1٬200 or 12٬345٫5: the separator only between groups of three digits. */
    private static final Pattern GROUPED = Pattern.compile(
            "[+-]?\\d{1,3}(" + Digits.THOUSANDS_SEPARATOR + "\\d{3})+(\\.\\d*)?");
    /** Marks that fix the direction of right-to-left text, invisible but typed along with it. */
    private static final Pattern DIRECTION_MARKS = Pattern.compile("[\\u200E\\u200F\\u061C]");

    private final List<FieldError> errors = new ArrayList<>();

    /**
     * A Gregorian date (2021-06-23), or a Solar Hijri one (1400-04-02, 1400/4/2, ۱۴۰۰/۴/۲, 2 Saratan 1400,
     * ۲ سرطان ۱۴۰۰) as the Gregorian day it is.
     */
    public LocalDate date(String field, String text) {
        String clean = Text.clean(text);
        if (clean == null) {
            return null;
        }
        try {
            return readDate(Digits.latin(DIRECTION_MARKS.matcher(clean).replaceAll("")));
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, ProblemTexts::dateLike));
            return null;
        }
    }

    public Integer integer(String field, String text) {
        String clean = Text.clean(text);
        if (clean == null) {
            return null;
        }
        try {
            return Integer.valueOf(number(clean));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, ProblemTexts::wholeNumber));
            return null;
        }
    }

    public Long whole(String field, String text) {
        String clean = Text.clean(text);
        if (clean == null) {
            return null;
        }
        try {
            return Long.valueOf(number(clean));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, ProblemTexts::wholeNumber));
            return null;
        }
    }

    public Double decimal(String field, String text) {
        String clean = Text.clean(text);
        if (clean == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(number(clean));
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, ProblemTexts::numberLike));
            return null;
        }
    }

    public <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        String clean = Text.clean(text);
        if (clean == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, clean.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(new FieldError(field, t -> t.oneOf(choices)));
            return null;
        }
    }

    private static LocalDate readDate(String text) {
        Matcher ymd = YEAR_MONTH_DAY.matcher(text);
        if (ymd.matches()) {
            int year = Integer.parseInt(ymd.group(1));
            int month = Integer.parseInt(ymd.group(3));
            int day = Integer.parseInt(ymd.group(4));
            return year < SolarHijri.FIRST_GREGORIAN_YEAR ? new SolarHijri(year, month, day).toLocalDate()
                    : LocalDate.of(year, month, day);
        }
        return SolarHijri.parse(text).map(SolarHijri::toLocalDate)
                .orElseThrow(() -> new DateTimeException("not a date: " + text));
    }

    /** The number in Latin digits with "." for the decimal point and no thousands separators. */
    private static String number(String text) {
        String latin = Digits.latin(DIRECTION_MARKS.matcher(text).replaceAll(""))
                .replace(Digits.DECIMAL_SEPARATOR, '.');
        return GROUPED.matcher(latin).matches()
                ? latin.replace(String.valueOf(Digits.THOUSANDS_SEPARATOR), "") : latin;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Refuses with every unreadable field named. */
    public void check() {
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }
}
