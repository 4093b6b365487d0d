package org.corroborate.problem;

import java.util.List;

/** 409: the record exists already; {@code existingId} says which, and the API answers it beside the message. */
public class Duplicate extends Problem {

    public final long existingId;

    public Duplicate(long existingId, String message, List<FieldError> fields) {
        super(409, message, fields);
        this.existingId = existingId;
    }

    public Duplicate(long existingId, Phrase message, List<FieldError> fields) {
        super(409, message, fields);
        this.existingId = existingId;
    }
}
