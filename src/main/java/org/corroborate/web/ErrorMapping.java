package org.corroborate.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.qute.Template;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.corroborate.i18n.Language;
import org.corroborate.i18n.Languages;
import org.corroborate.input.Inputs;
import org.corroborate.problem.Duplicate;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Phrase;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;
import org.corroborate.problem.UnmetRules;
import org.corroborate.workflow.Retracted;

/**
 * Turns every refusal into a clear answer: under {@code /api} the JSON error body of the spec
 * ({@code status, message, fields[{field, message}]}), elsewhere the error page.
 */
public class ErrorMapping {

    private static final Logger LOG = Logger.getLogger(ErrorMapping.class);

    private final Template error;
    private final Htmx htmx;

    ErrorMapping(Template error, Htmx htmx) {
        this.error = error;
        this.htmx = htmx;
    }

    @ServerExceptionMapper
    public Response problem(Problem problem, UriInfo uri) {
        return answer(uri, problem);
    }

    /** A signed-in user whose roles do not allow the request: a 403 that says so, not an empty answer. */
    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return answer(uri, Problem.forbidden(ProblemTexts::rolesForbid));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> fields = e.getConstraintViolations().stream()
                .map(v -> Inputs.fieldError(fieldOf(v.getPropertyPath().toString()), v)).sorted(
                        java.util.Comparator.comparing(FieldError::field))
                .toList();
        return answer(uri, Problem.invalid(fields));
    }

    /** A JSON value of the wrong type, an unknown enum constant or an unreal date (replaces Quarkus's own mapper). */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /** Unreadable JSON: malformed, a wrong type, an unknown enum value or date. Names the field. */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String message;
            if (e instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                message = "must be one of " + List.of(format.getTargetType().getEnumConstants());
            } else if (e instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
                message = "must be " + describe(format.getTargetType());
            } else {
                message = "has the wrong type";
            }
            return answer(uri, Problem.invalid(field, message));
        }
        return answer(uri, Problem.invalid("body", "is not valid JSON"));
    }

    /** How long a client should wait before retrying after the database connection was lost. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** A concurrent write lost the race: someone else changed the record, or inserted the same unique row. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (connectionLost(e)) {
            return unavailable(e, uri);
        }
        if (causedBy(e, OptimisticLockException.class) || causedBy(e, org.hibernate.StaleStateException.class)) {
            return answer(uri, Problem.conflict(ProblemTexts::changedMeanwhile));
        }
        org.hibernate.exception.ConstraintViolationException constraint = cause(e,
                org.hibernate.exception.ConstraintViolationException.class);
        if (constraint != null && constraint.getKind() == ConstraintKind.UNIQUE) {
            String unique = constraint.getConstraintName();
            return answer(uri, Problem.conflict(t -> t.existsAlready(unique)));
        }
        if (constraint != null && constraint.getKind() == ConstraintKind.FOREIGN_KEY) {
            // a record this one refers to went at the same moment (a claimant merged away while a citation named it)
            return answer(uri, Problem.conflict(ProblemTexts::referenceChanged));
        }
        java.sql.SQLException sql = cause(e, java.sql.SQLException.class);
        if (sql != null && "22021".equals(sql.getSQLState())) {
            // PostgreSQL refuses a NUL character in text; inputs are checked for them, this catches any left
            return answer(uri, new Problem(400, ProblemTexts::nulNotWritten));
        }
        LOG.error("Unexpected persistence failure", e);
        return answer(uri, new Problem(500, ProblemTexts::notStored));
    }

    /**
     * Anything else: a lost database connection (raised outside Hibernate, at commit or by plain JDBC) is a 503 like
     * one raised inside; the rest is logged and answered as a 500 in the same shapes.
     */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        if (connectionLost(e)) {
            return unavailable(e, uri);
        }
        LOG.error("Unexpected failure", e);
        return answer(uri, new Problem(500, ProblemTexts::ourSide));
    }

    @ServerExceptionMapper
    public Response sql(java.sql.SQLException e, UriInfo uri) {
        return unexpected(new IllegalStateException(e), uri);
    }

    /**
     * The database could not be reached, or the connection broke, while the request ran: whether a write was stored
     * is unknown (a commit may have gone through before the answer was lost). 503 with {@code Retry-After}; retry a
     * POST with the same {@code Idempotency-Key}, or read before writing again (docs/SECURITY.md, retries).
     */
    private Response unavailable(Throwable e, UriInfo uri) {
        LOG.warn("The database connection was lost or could not be had: " + e);
        Response answer = answer(uri, new Problem(503, t -> t.databaseUnreachable(RETRY_AFTER_SECONDS,
                IdempotencyKeys.HEADER)));
        return Response.fromResponse(answer).header(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER,
                String.valueOf(RETRY_AFTER_SECONDS)).build();
    }

    /**
     * Whether {@code e} comes from a lost or unobtainable database connection: SQLState class 08 (connection
     * exception; Hibernate's JDBCConnectionException), a transient connection failure, or the pool's acquisition
     * timeout (Agroal says so only in its message).
     */
    public static boolean connectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || sql.getMessage() != null && sql.getMessage().contains("acquisition timeout"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** JAX-RS's own refusals (unknown path, wrong method, unsupported media type) in the same shapes. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (json != null) {
            return unreadable(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status < 400 || e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        Phrase message = switch (status) {
            case 404 -> ProblemTexts::notFound;
            case 405 -> ProblemTexts::methodNotAllowed;
            case 406 -> ProblemTexts::notAcceptable;
            case 413 -> ProblemTexts::bodyTooLarge;
            case 415 -> ProblemTexts::unsupportedMediaType;
            default -> null;
        };
        return answer(uri, message == null ? new Problem(status, e.getResponse().getStatusInfo().getReasonPhrase())
                : new Problem(status, message));
    }

    /**
     * The error page has no sign-out form: a refusal can come before the CSRF filter has given the request
     * its token.
     */
    private Response answer(UriInfo uri, Problem problem) {
        if (isApi(uri)) {
            return Response.status(problem.status).type(MediaType.APPLICATION_JSON).entity(body(problem)).build();
        }
        Language language = Languages.ofRequest();
        List<FieldError> fields = problem.fields.stream().map(f -> new FieldError(f.field(), f.message(language)))
                .toList();
        Response.ResponseBuilder page = Response.status(problem.status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(error.data("status", problem.status).data("message", problem.message(language))
                        .data("fields", fields)
                        .data("unmetRules", problem instanceof UnmetRules u ? u.unmetRules(language) : List.of()));
        if (htmx.partial()) {
            // an in-place update was refused outright: the error page's content takes the place of the page's
            page.header("HX-Retarget", "#main").header("HX-Reswap", "outerHTML").header("HX-Reselect", "#main");
        }
        return page.build();
    }

    /**
     * The JSON error body: {@code status, message, fields}, plus {@code unmetRules}, {@code existingId} or
     * {@code retraction {at, by, note}}.
     */
    public static Map<String, Object> body(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", problem.status);
        body.put("message", problem.getMessage());
        body.put("fields", problem.fields);
        if (problem instanceof UnmetRules unmet) {
            body.put("unmetRules", unmet.unmetRules);
        }
        if (problem instanceof Duplicate duplicate) {
            body.put("existingId", duplicate.existingId);
        }
        if (problem instanceof Retracted gone) {
            body.put("retraction", gone.retraction);
        }
        return body;
    }

    static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** "create.input.location.latitude" (a method parameter's path) becomes "location.latitude". */
    private static String fieldOf(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : propertyPath;
    }

    private static String pathOf(JsonMappingException e) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                parts.add(ref.getFieldName());
            } else if (ref.getIndex() >= 0 && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + ref.getIndex() + "]");
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    private static String describe(Class<?> type) {
        String name = type.getSimpleName();
        return switch (name) {
            case "LocalDate" -> "an ISO-8601 date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "an ISO-8601 timestamp";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            default -> "a valid " + name;
        };
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
