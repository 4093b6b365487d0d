package org.corroborate.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.corroborate.claim.ClaimStatus;

/** When, by whom and why a published claim was withdrawn: its latest change to RETRACTED. */
public record Retraction(Instant at, String by, String note) {

    /** The latest retraction in a claim's history, oldest change first; empty when it has none. */
    public static Optional<Retraction> latestIn(List<StatusChange> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            StatusChange change = history.get(i);
            if (change.toStatus == ClaimStatus.RETRACTED && !change.isCorrection()) { // a correction noted later is no retraction
                return Optional.of(new Retraction(change.changedAt, change.changedBy, change.note));
            }
        }
        return Optional.empty();
    }
}
