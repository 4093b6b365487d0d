package org.corroborate.input;

import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Bean Validation of service inputs, turned into a {@link Problem} that names each field. */
@ApplicationScoped
public class Inputs {

    private final Validator validator;

    Inputs(Validator validator) {
        this.validator = validator;
    }

    /** Throws a 400 {@link Problem} listing every violated field, sorted by field name. */
    public <T> T check(T input, List<FieldError> domainErrors) {
        if (input == null) {
            throw Problem.invalid("body", "is required");
        }
        List<FieldError> errors = new java.util.ArrayList<>(validator.validate(input).stream()
                .map(Inputs::toFieldError).toList());
        nulCharacters(input, "", errors);
        errors.addAll(domainErrors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw Problem.invalid(errors);
        }
        return input;
    }

    public <T> T check(T input) {
        return check(input, List.of());
    }

    /**
     * Text with a NUL character is refused, in every field of every input: PostgreSQL cannot store one (it
     * failed as a 500 there), and no real text has one.
     */
    private static void nulCharacters(Object input, String prefix, List<FieldError> errors) {
        if (!(input instanceof Record record)) {
            return;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String field = prefix + component.getName();
            if (value instanceof String text && text.indexOf('\0') >= 0) {
                errors.add(new FieldError(field, "must not contain NUL characters"));
            } else if (value instanceof Collection<?> items) {
                if (items.stream().anyMatch(item -> item instanceof String text && text.indexOf('\0') >= 0)) {
                    errors.add(new FieldError(field, "must not contain NUL characters"));
                }
            } else {
                nulCharacters(value, field + ".", errors);
            }
        }
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        return new FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }
}
