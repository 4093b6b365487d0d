package org.corroborate.imports;

/** Where a bulk import is: waiting for a worker, being imported, or finished (every file imported or reported). */
public enum ImportStatus {
    QUEUED, RUNNING, DONE;

    public boolean finished() {
        return this == DONE;
    }
}
