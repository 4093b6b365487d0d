package org.corroborate.export;

import java.time.Clock;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.corroborate.claim.Claim;

/**
 * The export's one-row clock: the number of the last published change and when it happened. Publishing
 * locks the row until commit, so change numbers follow commit order and cursors never skip a change.
 * Conditional requests read only this row.
 */
@Entity
@Table(name = "export_clock")
public class ExportClock extends PanacheEntityBase {

    static final int ROW = 1;

    @Id
    public int id;

    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    @Column(name = "last_changed_at")
    public Instant lastChangedAt;

    /**
     * Appends the claim's current revision and status to the export's log under the next change number; the
     * caller's transaction holds the clock until it ends. The time is read once the lock is held, so change
     * times grow with change numbers.
     */
    public static EventRevision publish(Claim claim, Clock clock) {
        ExportClock row = getEntityManager().find(ExportClock.class, ROW, LockModeType.PESSIMISTIC_WRITE);
        row.lastSeq++;
        row.lastChangedAt = Instant.now(clock);
        EventRevision revision = new EventRevision();
        revision.seq = row.lastSeq;
        revision.claimId = claim.id;
        revision.revision = claim.revision;
        revision.status = claim.status;
        revision.changedAt = row.lastChangedAt;
        revision.verdict = claim.verdict;
        revision.eventType = claim.eventType;
        revision.eventDate = claim.eventDate;
        revision.admin1Key = claim.admin1Key();
        revision.located = claim.location != null && claim.location.latitude != null && claim.location.longitude != null;
        revision.persist();
        return revision;
    }

    /** The clock as committed now, without a lock. */
    public static ExportClock current() {
        return getEntityManager().find(ExportClock.class, ROW);
    }
}
