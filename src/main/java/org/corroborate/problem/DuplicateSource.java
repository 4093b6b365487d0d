package org.corroborate.problem;

import java.util.List;

/** 409: a source with the same normalised url exists already. */
public class DuplicateSource extends Problem {

    public final long existingId;

    public DuplicateSource(long existingId) {
        super(409, "A source with this url exists already (id " + existingId + ")",
                List.of(new FieldError("url", "already imported as source " + existingId)));
        this.existingId = existingId;
    }
}
