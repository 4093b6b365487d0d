package org.corroborate.problem;

import java.util.List;

import org.corroborate.i18n.Language;

/**
 * A request the domain refuses, with the HTTP status that says why. Services throw these; the API
 * maps them to the JSON error body and the pages to a message. The message is English; a refusal made with a
 * {@link Phrase} says it in a page's language too.
 */
public class Problem extends RuntimeException {

    public final int status;
    public final List<FieldError> fields;
    /** The message in any language; null when the refusal has only its English. */
    public final Phrase phrase;

    public Problem(int status, String message, List<FieldError> fields) {
        this(status, message, null, fields);
    }

    public Problem(int status, String message) {
        this(status, message, List.of());
    }

    public Problem(int status, Phrase phrase, List<FieldError> fields) {
        this(status, phrase.english(), phrase, fields);
    }

    public Problem(int status, Phrase phrase) {
        this(status, phrase, List.of());
    }

    protected Problem(int status, String message, Phrase phrase, List<FieldError> fields) {
        super(message);
        this.status = status;
        this.phrase = phrase;
        this.fields = List.copyOf(fields);
    }

    /** The message as a page in {@code language} says it; the English when the refusal has no phrase. */
    public String message(Language language) {
        return phrase == null || language == Language.ENGLISH ? getMessage() : phrase.in(language);
    }

    /** 400: the input breaks a field rule. */
    public static Problem invalid(List<FieldError> fields) {
        String first = fields.isEmpty() ? "Invalid input" : fields.get(0).field() + ": " + fields.get(0).message();
        return new Problem(400, fields.size() > 1 ? first + " (and " + (fields.size() - 1) + " more)" : first,
                summary(fields), fields);
    }

    public static Problem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static Problem invalid(String field, Phrase message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** "location.latitude: must be a number such as 34.52 (and 2 more)" in a page's language. */
    private static Phrase summary(List<FieldError> fields) {
        if (fields.isEmpty()) {
            return ProblemTexts::invalidInput;
        }
        FieldError first = fields.get(0);
        int more = fields.size() - 1;
        return t -> {
            String one = t.fieldSays(first.field(), first.phrase() == null ? first.message() : first.phrase().in(t));
            return more > 0 ? t.andMore(one, more) : one;
        };
    }

    /** 404: no such record. */
    public static Problem notFound(String what, long id) {
        return new Problem(404, "No " + what + " with id " + id);
    }

    /** 403: the caller's role or part in the claim does not allow the step. */
    public static Problem forbidden(String message) {
        return new Problem(403, message);
    }

    public static Problem forbidden(Phrase message) {
        return new Problem(403, message);
    }

    /** 409: the request conflicts with the record's current state. */
    public static Problem conflict(String message) {
        return new Problem(409, message);
    }

    public static Problem conflict(Phrase message) {
        return new Problem(409, message);
    }
}
