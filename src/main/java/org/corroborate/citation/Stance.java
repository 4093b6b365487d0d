package org.corroborate.citation;

/** How a cited source bears on a claim. */
public enum Stance {
    SUPPORTS("Supports"),
    REFUTES("Refutes"),
    CONTEXT("Context");

    public final String label;

    Stance(String label) {
        this.label = label;
    }
}
