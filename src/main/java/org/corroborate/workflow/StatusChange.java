package org.corroborate.workflow;

import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.Verdict;
import org.corroborate.db.RowMapping;

/**
 * One entry of a claim's status history. Written once by {@link Workflow}; never updated or deleted: it is
 * immutable to Hibernate, and no route changes or removes one.
 */
@Entity
@Immutable
@Table(name = "status_change")
public class StatusChange extends PanacheEntity {

    /** The change's own columns as the JDBC reads map them; its claim is the reader's to join. */
    public static final RowMapping<StatusChange> COLUMNS = RowMapping.of(StatusChange::new)
            .longValue("id", (s, v) -> s.id = v)
            .enumOf("from_status", ClaimStatus.class, (s, v) -> s.fromStatus = v)
            .enumOf("to_status", ClaimStatus.class, (s, v) -> s.toStatus = v)
            .enumOf("verdict", Verdict.class, (s, v) -> s.verdict = v)
            .text("changed_by", (s, v) -> s.changedBy = v)
            .instant("changed_at", (s, v) -> s.changedAt = v)
            .text("note", (s, v) -> s.note = v)
            .build();

    public static final int NOTE_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", updatable = false)
    public Claim claim;

    /** Null for the entry that records the claim's creation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, updatable = false)
    public ClaimStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16, updatable = false)
    public ClaimStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(length = 16, updatable = false)
    public Verdict verdict;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @Column(length = NOTE_MAX, updatable = false)
    public String note;

    /** An entry that records a correction (of a citation, a source, a review) and left the status as it was. */
    public boolean isCorrection() {
        return fromStatus != null && fromStatus == toStatus;
    }

    public static List<StatusChange> ofClaim(long claimId) {
        return list("claim.id = ?1 order by changedAt, id", claimId);
    }
}
