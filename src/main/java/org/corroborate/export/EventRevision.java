package org.corroborate.export;

import java.time.Instant;
import java.time.LocalDate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.EventType;
import org.corroborate.claim.Verdict;

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

    // the claim's fields the export filters by, copied so the export never needs another plan

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    public Verdict verdict;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", length = 40, updatable = false)
    public EventType eventType;

    @Column(name = "event_date", updatable = false)
    public LocalDate eventDate;

    @Column(name = "admin1_key", length = 100, updatable = false)
    public String admin1Key;

    /** Whether the event has coordinates (GeoJSON exports only those). */
    @Column(nullable = false, updatable = false)
    public boolean located;

    /** The change number of the event's next revision; null while this is its latest. */
    @Column(name = "superseded_seq")
    public Long supersededSeq;

    // the event's document (column "document") is written by EventLog once the row exists, and read by plain SQL

    /** The claim's revision as published under change number {@code seq} at {@code changedAt}. */
    static EventRevision of(Claim claim, long seq, Instant changedAt) {
        EventRevision revision = new EventRevision();
        revision.seq = seq;
        revision.claimId = claim.id;
        revision.revision = claim.revision;
        revision.status = claim.status;
        revision.changedAt = changedAt;
        revision.verdict = claim.verdict;
        revision.eventType = claim.eventType;
        revision.eventDate = claim.eventDate;
        revision.admin1Key = claim.admin1Key();
        revision.located = claim.location != null && claim.location.latitude != null && claim.location.longitude != null;
        return revision;
    }
}
