package org.corroborate.problem;

/** One field of the input and what is wrong with it; {@code field} is the JSON path ("location.latitude"). */
public record FieldError(String field, String message) {
}
