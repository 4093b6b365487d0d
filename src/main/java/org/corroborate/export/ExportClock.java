package org.corroborate.export;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The export's one-row clock: the number of the last published change and when it happened. Publishing
 * ({@link EventLog#publish}) locks the row until commit, so change numbers follow commit order and cursors never
 * skip a change. Conditional requests read only this row.
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

    /** Every revision up to this number has its document (see {@link EventLog#writeMissingDocuments()}). */
    @Column(name = "documented_seq", nullable = false)
    public long documentedSeq;

    /** The clock as committed now, without a lock. */
    public static ExportClock current() {
        return getEntityManager().find(ExportClock.class, ROW);
    }
}
