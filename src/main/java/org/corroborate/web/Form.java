package org.corroborate.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import org.corroborate.i18n.Language;
import org.corroborate.i18n.Languages;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;
import org.corroborate.problem.UnmetRules;

/**
 * One HTML form as a page shows it: the values the user typed and what is wrong with them, keyed by the
 * field names the services use ("location.latitude"), so a refusal's field errors land next to their inputs.
 * {@code name} says which form of a page with several forms (the claim page) the state belongs to.
 */
@TemplateData
public final class Form {

    private final String name;
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, List<String>> errors = new LinkedHashMap<>();
    private final List<String> unmetRules = new ArrayList<>();
    private String message;
    private int status = 200;

    private Form(String name) {
        this.name = name;
    }

    /** A form with nothing typed yet. */
    public static Form named(String name) {
        return new Form(name);
    }

    /** An empty state that belongs to no form of the page. */
    public static Form none() {
        return new Form("");
    }

    /** Sets a field's value (null is skipped); several calls with one field give a multi-valued field. */
    public Form put(String field, Object value) {
        if (value != null) {
            values.computeIfAbsent(field, f -> new ArrayList<>()).add(String.valueOf(value));
        }
        return this;
    }

    public Form putAll(String field, Iterable<?> items) {
        if (items != null) {
            for (Object item : items) {
                put(field, item);
            }
        }
        return this;
    }

    /**
     * Takes the refusal's message, its field errors (under {@code prefix}) and any unmet rules, in the page's
     * language (the request's).
     */
    public Form refused(Problem problem, String prefix) {
        return refused(problem, prefix, Languages.ofRequest());
    }

    public Form refused(Problem problem) {
        return refused(problem, "");
    }

    /** As {@link #refused(Problem, String)}, said in {@code language}. */
    public Form refused(Problem problem, String prefix, Language language) {
        status = problem.status;
        // a page lists the unmet rules under the message, so the message need not repeat them
        message = problem instanceof UnmetRules unmet ? unmet.title(language) : problem.message(language);
        for (FieldError error : problem.fields) {
            error(prefix + error.field(), error.message(language));
        }
        if (problem instanceof UnmetRules unmet) {
            unmetRules.addAll(unmet.unmetRules(language));
        }
        return this;
    }

    public Form error(String field, String message) {
        List<String> list = errors.computeIfAbsent(field, f -> new ArrayList<>());
        String friendly = friendly(message);
        if (!list.contains(friendly)) {
            list.add(friendly);
        }
        return this;
    }

    public Form message(String message) {
        this.message = message;
        return this;
    }

    public String name() {
        return name;
    }

    /** Whether this state belongs to the page's form called {@code formName}. */
    public boolean is(String formName) {
        return name.equals(formName);
    }

    /** Whether this state belongs to the form {@code formName} of the record {@code id} (one form per row). */
    public boolean isFor(String formName, Object id) {
        return name.equals(formName + "-" + id);
    }

    public String value(String field) {
        List<String> list = values.get(field);
        return list == null || list.isEmpty() ? "" : list.get(0);
    }

    public List<String> values(String field) {
        return values.getOrDefault(field, List.of());
    }

    public boolean checked(String field, Object option) {
        return values(field).contains(String.valueOf(option));
    }

    /**
     * The options of a choice field (radio buttons, checkboxes, a select) as the page shows them: each with its
     * element id ({@code idPrefix-value}) and whether the user chose it. A loop in a template then reads only its
     * own item, which Qute resolves at once; a name from outside the loop is looked up through every enclosing
     * section, and a form of many options paid for that on each one.
     */
    public List<Choice> choices(String field, String idPrefix, String type, List<Option> options) {
        List<String> chosen = values(field);
        List<Choice> choices = new ArrayList<>(options.size());
        for (Option option : options) {
            choices.add(new Choice(field, type, idPrefix + "-" + option.value(), option.value(), option.label(),
                    chosen.contains(option.value())));
        }
        return choices;
    }

    /** One option of {@link #choices}: {@code type} is the input's type ("radio", "checkbox"). */
    @TemplateData
    public record Choice(String field, String type, String id, String value, String label, boolean chosen) {
    }

    public List<String> errors(String field) {
        return errors.getOrDefault(field, List.of());
    }

    /** Every error as "field: message", for a form whose errors name no input of it (an uploaded table's columns). */
    public List<String> errorLines() {
        List<String> lines = new ArrayList<>();
        errors.forEach((field, messages) -> messages.forEach(m -> lines.add(field + ": " + m)));
        return lines;
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String message() {
        return message;
    }

    public boolean hasMessage() {
        return message != null;
    }

    public List<String> unmetRules() {
        return unmetRules;
    }

    public int status() {
        return status;
    }

    /** Bean Validation's wording is for programmers; a form says it plainly. */
    private static String friendly(String message) {
        return switch (message) {
            case "must not be null", "must not be blank", "must not be empty" -> "is required";
            default -> message;
        };
    }
}
