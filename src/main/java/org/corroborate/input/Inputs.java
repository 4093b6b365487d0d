package org.corroborate.input;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.corroborate.problem.FieldError;
import org.corroborate.problem.Phrase;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;

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
            throw Problem.invalid("body", ProblemTexts::required);
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
                errors.add(new FieldError(field, ProblemTexts::noNul));
            } else if (value instanceof Collection<?> items) {
                if (items.stream().anyMatch(item -> item instanceof String text && text.indexOf('\0') >= 0)) {
                    errors.add(new FieldError(field, ProblemTexts::noNul));
                }
            } else {
                nulCharacters(value, field + ".", errors);
            }
        }
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        return fieldError(violation.getPropertyPath().toString(), violation);
    }

    /** The messages our constraints give in place of Bean Validation's, by their English. */
    private static final Map<String, Phrase> OWN_MESSAGES = Map.of(
            "must not be in the future", ProblemTexts::notInFuture,
            "must be a language tag such as en or ps-AF", ProblemTexts::languageTag,
            "may contain only lower-case letters, digits, '.', '_' and '-'", ProblemTexts::usernameCharacters);

    /**
     * A violation as a field error: the API keeps Bean Validation's English ("must not be blank"), pages say the
     * rule in their language ("is required"). A constraint without a phrase here shows its English on pages too.
     */
    public static FieldError fieldError(String field, ConstraintViolation<?> violation) {
        return new FieldError(field, violation.getMessage(), phraseOf(violation));
    }

    private static Phrase phraseOf(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (!template.startsWith("{jakarta.validation.constraints.")) {
            return OWN_MESSAGES.get(template);
        }
        Annotation rule = violation.getConstraintDescriptor().getAnnotation();
        if (rule instanceof NotNull || rule instanceof NotBlank || rule instanceof NotEmpty) {
            return ProblemTexts::required;
        } else if (rule instanceof Size size) {
            return violation.getInvalidValue() instanceof CharSequence ? t -> t.lengthBetween(size.min(), size.max())
                    : t -> t.countBetween(size.min(), size.max());
        } else if (rule instanceof DecimalMin min) {
            return t -> t.atLeast(min.value());
        } else if (rule instanceof DecimalMax max) {
            return t -> t.atMost(max.value());
        } else if (rule instanceof Min min) {
            return t -> t.atLeast(String.valueOf(min.value()));
        } else if (rule instanceof Max max) {
            return t -> t.atMost(String.valueOf(max.value()));
        } else if (rule instanceof PositiveOrZero) {
            return t -> t.atLeast("0");
        } else if (rule instanceof PastOrPresent) {
            return ProblemTexts::pastOrPresent;
        }
        return null;
    }
}
