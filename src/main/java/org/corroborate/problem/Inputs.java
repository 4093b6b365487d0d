package org.corroborate.problem;

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

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        return new FieldError(violation.getPropertyPath().toString(), violation.getMessage());
    }
}
