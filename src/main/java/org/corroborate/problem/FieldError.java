package org.corroborate.problem;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.corroborate.i18n.Language;

/**
 * One field of the input and what is wrong with it; {@code field} is the JSON path ("location.latitude").
 * {@code message} is the English the API answers; {@code phrase}, when there is one, says it in a page's language
 * (without one, pages show the English).
 */
public record FieldError(String field, String message, @JsonIgnore Phrase phrase) {

    public FieldError(String field, String message) {
        this(field, message, null);
    }

    public FieldError(String field, Phrase phrase) {
        this(field, phrase.english(), phrase);
    }

    /** The message as a page in {@code language} says it. */
    public String message(Language language) {
        // the phrase even in English: Bean Validation's English ("must not be null") is for programmers, its phrase
        // ("is required") for people
        return phrase == null ? message : phrase.in(language);
    }

    /** The same error on a field named as a form names it ({@code source.url}). */
    public FieldError prefixed(String prefix) {
        return new FieldError(prefix + field, message, phrase);
    }

    // two errors are the same when they say the same thing of the same field, whatever phrase says it
    @Override
    public boolean equals(Object other) {
        return other instanceof FieldError e && field.equals(e.field) && message.equals(e.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, message);
    }
}
