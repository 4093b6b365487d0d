package org.corroborate.problem;

import java.util.List;

/** 409: a source with the same normalised url exists already. */
public class DuplicateSource extends Duplicate {

    public DuplicateSource(long existingId) {
        super(existingId, "A source with this url exists already (id " + existingId + ")",
                List.of(new FieldError("url", "already imported as source " + existingId)));
    }
}
