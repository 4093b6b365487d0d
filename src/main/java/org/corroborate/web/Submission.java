package org.corroborate.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;

/**
 * The one way a page's form answers what the user sent, posted or, for filters, sent in the query. The action gives
 * the answer to a form that is accepted (after a post, the post-redirect-get {@link Flash#redirect}); when the
 * domain refuses it with a {@link Problem}, one rule decides:
 * <p>
 * <b>a refusal is shown on the form it refuses, as the user typed it, with its messages and its status, unless it
 * is a 404 that names no field (the record the form is about does not exist), which gets the not-found page.</b>
 * <p>
 * A refused action has written nothing: services refuse inside their transaction, which the refusal rolls back.
 */
public final class Submission {

    private Submission() {
    }

    /**
     * Runs {@code action}; on a refusal, the answer is {@code page} showing {@code typed} with the refusal's message,
     * field errors and unmet rules, answered with the refusal's status.
     */
    public static Response answer(Form typed, Supplier<Response> action, Function<Form, TemplateInstance> page) {
        try {
            return action.get();
        } catch (Problem problem) {
            if (problem.status == 404 && problem.fields.isEmpty()) {
                throw problem; // the error page says what is missing; there is no form of it to show
            }
            Form refused = problem instanceof PartRefused part ? typed.refused(part.refusal, part.prefix)
                    : typed.refused(problem);
            return Response.status(refused.status()).entity(page.apply(refused)).build();
        }
    }

    /**
     * Runs a step that takes its input from one part of the form, whose fields are named {@code prefix…} (the
     * citation form's new source, "source.url"), so its refusal's field errors land on that part's inputs.
     */
    public static <T> T part(String prefix, Supplier<T> step) {
        try {
            return step.get();
        } catch (Problem problem) {
            throw new PartRefused(prefix, problem);
        }
    }

    /** A part's refusal: its fields named as the form names them, wherever it ends up (a page, the error page). */
    private static final class PartRefused extends Problem {
        final String prefix;
        final Problem refusal;

        PartRefused(String prefix, Problem refusal) {
            super(refusal.status, refusal.getMessage(), refusal.phrase, prefixed(prefix, refusal.fields));
            this.prefix = prefix;
            this.refusal = refusal;
        }

        private static List<FieldError> prefixed(String prefix, List<FieldError> fields) {
            return fields.stream().map(f -> f.prefixed(prefix)).toList();
        }
    }
}
