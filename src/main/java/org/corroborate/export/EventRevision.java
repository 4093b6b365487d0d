package org.corroborate.export;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.corroborate.claim.ClaimStatus;

/** One published revision of an event, numbered in commit order; appended, never changed. */
@Entity
@Table(name = "event_revision")
public class EventRevision extends PanacheEntityBase {

    @Id
    @Column(updatable = false)
    public long seq;

    @Column(name = "claim_id", nullable = false, updatable = false)
    public long claimId;

    @Column(nullable = false, updatable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    public ClaimStatus status;

    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;
}
