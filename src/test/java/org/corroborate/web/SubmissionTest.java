package org.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;
import org.corroborate.problem.UnmetRules;

/**
 * The rule every form follows when the domain refuses it ({@link Submission}): shown on the form as typed, with its
 * messages and status, except a 404 naming no field, which is left to the not-found page. No server needed.
 */
class SubmissionTest {

    private static final TemplateInstance PAGE = Engine.builder().addDefaults().build().parse("the form").instance();

    /** The page a refusal was shown on: the form state it was given, or null when none was shown. */
    private Form shown;

    private Response submit(Supplier<Response> action) {
        return Submission.answer(Form.named("claim").put("title", "Strike on the market"), action, refused -> {
            shown = refused;
            return PAGE;
        });
    }

    private static Supplier<Response> refusing(Problem problem) {
        return () -> {
            throw problem;
        };
    }

    @Test
    void anAcceptedFormGetsTheActionsAnswerAndNoPage() {
        Response answer = submit(() -> Response.seeOther(URI.create("/claims/1")).build());

        assertThat(answer.getStatus()).isEqualTo(303);
        assertThat(shown).isNull();
    }

    @Test
    void invalidFieldsAreShownNextToTheirInputsWithTheTypedValues() {
        Response answer = submit(refusing(Problem.invalid(List.of(new FieldError("title", "must not be blank"),
                new FieldError("location.latitude", "must be between -90 and 90")))));

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getEntity()).isSameAs(PAGE);
        assertThat(shown.status()).isEqualTo(400);
        assertThat(shown.value("title")).isEqualTo("Strike on the market");
        assertThat(shown.errors("title")).containsExactly("is required");
        assertThat(shown.errors("location.latitude")).containsExactly("must be between -90 and 90");
        assertThat(shown.message()).isEqualTo("title: must not be blank (and 1 more)");
    }

    @Test
    void aConflictIsShownOnTheFormWithItsMessage() {
        Response answer = submit(refusing(Problem.conflict("Claim 7 was changed by someone else")));

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(shown.message()).isEqualTo("Claim 7 was changed by someone else");
        assertThat(shown.hasErrors()).isFalse();
    }

    @Test
    void unmetRulesAreListedUnderTheirTitle() {
        Response answer = submit(refusing(new UnmetRules("Cannot propose VERIFIED yet",
                List.of("two independent sources", "a second review"))));

        assertThat(answer.getStatus()).isEqualTo(422);
        assertThat(shown.message()).isEqualTo("Cannot propose VERIFIED yet");
        assertThat(shown.unmetRules()).containsExactly("two independent sources", "a second review");
    }

    @Test
    void aForbiddenStepIsShownOnTheFormNotAnErrorPage() {
        Response answer = submit(refusing(Problem.forbidden("Set-up is done: an account exists already.")));

        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(shown.message()).isEqualTo("Set-up is done: an account exists already.");
    }

    @Test
    void aMissingRecordThePageIsAboutIsLeftToTheNotFoundPage() {
        Problem missing = Problem.notFound("claim", 987654321);

        assertThatThrownBy(() -> submit(refusing(missing))).isSameAs(missing);
        assertThat(shown).isNull();
    }

    @Test
    void aMissingRecordAFieldNamesIsShownOnThatField() {
        Response answer = submit(refusing(new Problem(404, "No source with id 5",
                List.of(new FieldError("sourceId", "no such source")))));

        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(shown.errors("sourceId")).containsExactly("no such source");
        assertThat(shown.message()).isEqualTo("No source with id 5");
    }

    @Test
    void aPartsRefusalNamesItsFieldsAsTheFormDoes() {
        Response answer = submit(() -> Submission.part("source.", () -> {
            throw Problem.invalid("url", "must be an absolute http or https url");
        }));

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(shown.errors("source.url")).containsExactly("must be an absolute http or https url");
        assertThat(shown.hasError("url")).isFalse();
    }

    @Test
    void aPartsRefusalOutsideAFormStillNamesItsFieldsAndKeepsItsStatus() {
        assertThatThrownBy(() -> Submission.part("source.", () -> {
            throw Problem.invalid("url", "is required");
        })).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.status).isEqualTo(400);
            assertThat(problem.fields).containsExactly(new FieldError("source.url", "is required"));
        });
    }
}
