package org.corroborate.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.corroborate.input.Text;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;

/**
 * Reads typed values out of form text. A blank field is null; text that is not a value of the type becomes
 * a field error, and {@link #check()} refuses them all at once (400) before anything reaches a service.
 */
public final class FieldParser {

    private final List<FieldError> errors = new ArrayList<>();

    public LocalDate date(String field, String text) {
        String clean = Text.clean(text);
        if (clean == null) {
            return null;
        }
        try {
            return LocalDate.parse(clean);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date such as 2024-05-31"));
            return null;
        }
    }

    public Integer integer(String field, String text) {
        String clean = Text.clean(text);
        if (clean == null) {
            return null;
        }
        try {
            return Integer.valueOf(clean);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return null;
        }
    }

    public Long whole(String field, String text) {
        String clean = Text.clean(text);
        if (clean == null) {
            return null;
        }
        try {
            return Long.valueOf(clean);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return null;
        }
    }

    public Double decimal(String field, String text) {
        String clean = Text.clean(text);
        if (clean == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(clean);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a number such as 34.52"));
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
            errors.add(new FieldError(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
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
