package org.corroborate.problem;

import java.util.List;

/**
 * A request the domain refuses, with the HTTP status that says why. Services throw these; the API
 * maps them to the JSON error body and the pages to a message.
 */
public class Problem extends RuntimeException {

    public final int status;
    public final List<FieldError> fields;

    public Problem(int status, String message, List<FieldError> fields) {
        super(message);
        this.status = status;
        this.fields = List.copyOf(fields);
    }

    public Problem(int status, String message) {
        this(status, message, List.of());
    }

    /** 400: the input breaks a field rule. */
    public static Problem invalid(List<FieldError> fields) {
        String first = fields.isEmpty() ? "Invalid input" : fields.get(0).field() + ": " + fields.get(0).message();
        return new Problem(400, fields.size() > 1 ? first + " (and " + (fields.size() - 1) + " more)" : first, fields);
    }

    public static Problem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** 404: no such record. */
    public static Problem notFound(String what, long id) {
        return new Problem(404, "No " + what + " with id " + id);
    }

    /** 403: the caller's role or part in the claim does not allow the step. */
    public static Problem forbidden(String message) {
        return new Problem(403, message);
    }

    /** 409: the request conflicts with the record's current state. */
    public static Problem conflict(String message) {
        return new Problem(409, message);
    }
}
