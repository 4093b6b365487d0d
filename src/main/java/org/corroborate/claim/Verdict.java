package org.corroborate.claim;

/** The outcome a reviewer proposes and an editor approves. */
public enum Verdict {
    VERIFIED("Verified"),
    DISPUTED("Disputed"),
    FALSE("False"),
    UNVERIFIABLE("Unverifiable");

    public final String label;

    Verdict(String label) {
        this.label = label;
    }
}
