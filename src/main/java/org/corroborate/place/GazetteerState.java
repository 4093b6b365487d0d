package org.corroborate.place;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/** The gazetteer's one row of state: which edition it holds, who changed it last and that import's report. */
@Entity
@Table(name = "place_gazetteer")
public class GazetteerState extends PanacheEntityBase {

    @Id
    public int id;

    @Column(length = 200)
    public String edition;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by", length = 64)
    public String changedBy;

    /** The last import's report as JSON ({@link ImportReport}); null before the first import. */
    @Column(name = "last_report", length = 100_000)
    public String lastReport;

    /**
     * The row, locked until the transaction ends: loading and importing take it first, so two instances starting
     * together, or two admins importing at once, change the gazetteer one after the other.
     */
    static GazetteerState locked() {
        return findById(1, LockModeType.PESSIMISTIC_WRITE);
    }

    static GazetteerState current() {
        return findById(1);
    }
}
