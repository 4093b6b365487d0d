package org.corroborate.problem;

import java.util.List;

/** 409: a source with the same normalised url exists already. */
public class DuplicateSource extends Duplicate {

    public DuplicateSource(long existingId) {
        this(existingId, "url");
    }

    /** The source {@code existingId} has the same {@code url} or {@code text}. */
    public DuplicateSource(long existingId, String field) {
        super(existingId, "text".equals(field) ? t -> t.sourceWithTextExists(existingId)
                : t -> t.sourceWithUrlExists(existingId),
                List.of(new FieldError(field, t -> t.importedAlready(existingId))));
    }
}
