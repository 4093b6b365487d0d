package org.corroborate.imports;

/** What became of one file of a bulk import. */
public enum FileOutcome {
    /** A new source. */
    IMPORTED,
    /** A source with its url or its text exists already (maybe from an earlier file of the same upload). */
    DUPLICATE,
    /** Not an article that can be imported: the reason says why. */
    FAILED
}
