package org.corroborate.sameevent;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.corroborate.db.RowMapping;

/**
 * The judgement on one pair of claims: the same event or different events. The pair is stored in one order (the
 * smaller id as {@code claimA}), so it has one row; a new judgement replaces it, and both claims' histories keep
 * every judgement ({@link SameEventService#judge}).
 */
@Entity
@Table(name = "claim_link")
public class ClaimLink extends PanacheEntity {

    /** The link's columns as the candidate read maps them; all null on a claim that no one judged. */
    public static final RowMapping<ClaimLink> COLUMNS = RowMapping.of(ClaimLink::new)
            .nullableLong("id", (l, v) -> l.id = v)
            .enumOf("judgement", Judgement.class, (l, v) -> l.judgement = v)
            .text("judged_by", (l, v) -> l.judgedBy = v)
            .instant("judged_at", (l, v) -> l.judgedAt = v)
            .build();

    @Column(name = "claim_a", nullable = false, updatable = false)
    public long claimA;

    @Column(name = "claim_b", nullable = false, updatable = false)
    public long claimB;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Judgement judgement;

    @Column(name = "judged_by", nullable = false, length = 64)
    public String judgedBy;

    @Column(name = "judged_at", nullable = false)
    public Instant judgedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** The pair's judgement, locked until the transaction ends, so two judges of one pair take turns. */
    static Optional<ClaimLink> ofPairForUpdate(long one, long other) {
        return find("claimA = ?1 and claimB = ?2", Math.min(one, other), Math.max(one, other))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
