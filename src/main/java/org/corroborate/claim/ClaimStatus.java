package org.corroborate.claim;

/** Where a claim stands in the review workflow; transitions live in {@code workflow.Workflow}. */
public enum ClaimStatus {
    OPEN, PROPOSED, APPROVED, RETRACTED;

    /** Approved and retracted claims are published: their fields and evidence are frozen. */
    public boolean isFrozen() {
        return this == APPROVED || this == RETRACTED;
    }
}
