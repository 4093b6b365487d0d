package org.corroborate.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimStatus;

/**
 * The export's log of published revisions. Publishing appends the claim's revision under the next change number,
 * holding the export clock's row until commit so numbers follow commit order and cursors never skip a change,
 * marks the event's previous revision as superseded by it, and stores the event's document with it: what consumers
 * read of a revision is fixed when it is published.
 */
@ApplicationScoped
public class EventLog {

    private final EntityManager entityManager;
    private final EventDocuments documents;
    private final DataSource dataSource;
    private final Clock clock;
    private final int batchSize;

    EventLog(EntityManager entityManager, EventDocuments documents, DataSource dataSource, Clock clock,
            ExportConfig config) {
        this.entityManager = entityManager;
        this.documents = documents;
        this.dataSource = dataSource;
        this.clock = clock;
        this.batchSize = config.batchSize();
    }

    /**
     * Appends the claim's current revision and status; the caller's transaction holds the clock until it ends.
     * The time is read once the lock is held, so change times grow with change numbers; it is the claim's
     * publication time and, for an approval, its approval time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventRevision publish(Claim claim) {
        ExportClock row = entityManager.find(ExportClock.class, ExportClock.ROW, LockModeType.PESSIMISTIC_WRITE);
        row.lastSeq++;
        row.lastChangedAt = Instant.now(clock);
        if (row.documentedSeq == row.lastSeq - 1) {
            row.documentedSeq = row.lastSeq;
        }
        claim.publishedAt = row.lastChangedAt;
        if (claim.status == ClaimStatus.APPROVED) {
            claim.approvedAt = row.lastChangedAt;
        }
        EventRevision revision = EventRevision.of(claim, row.lastSeq, row.lastChangedAt);
        // the event's previous revision stops being its latest from this change on
        EventRevision.update("supersededSeq = ?1 WHERE claimId = ?2 AND supersededSeq IS NULL", revision.seq, claim.id);
        revision.persist();
        // the document is read back from the rows this transaction has just written
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> EventDocuments.store(connection,
                documents.make(connection, "r.seq = ?", List.of(revision.seq), 1)));
        return revision;
    }

    /**
     * Publishing writes each revision's document. Revisions loaded by SQL without one (bulk loads such as
     * {@code bench/export-bench.sh}'s; migration V6 added the column) get theirs here, at start, before the export
     * reads them: the one place documents are made after the fact.
     */
    void onStart(@Observes StartupEvent start) {
        writeMissingDocuments();
    }

    /** Gives every revision without a document its document, a batch a transaction; returns how many. */
    int writeMissingDocuments() {
        try (Connection connection = dataSource.getConnection()) {
            long[] clockRow = clockRow(connection);
            long from = clockRow[0];
            long upTo = clockRow[1];
            if (from >= upTo) {
                return 0;
            }
            Log.infof("Writing the export documents of revisions %d to %d", from + 1, upTo);
            long started = System.nanoTime();
            connection.setAutoCommit(false);
            int written = 0;
            while (true) {
                List<EventDocuments.Document> batch = documents.make(connection,
                        "r.seq > ? AND r.seq <= ? AND r.document IS NULL", List.of(from, upTo), batchSize);
                if (batch.isEmpty()) {
                    break;
                }
                EventDocuments.store(connection, batch);
                connection.commit();
                written += batch.size();
                from = batch.get(batch.size() - 1).seq();
            }
            try (PreparedStatement done = connection.prepareStatement(
                    "UPDATE export_clock SET documented_seq = ? WHERE id = ? AND documented_seq < ?")) {
                done.setLong(1, upTo);
                done.setInt(2, ExportClock.ROW);
                done.setLong(3, upTo);
                done.executeUpdate();
            }
            connection.commit();
            Log.infof("Wrote %d export documents in %d ms", written, (System.nanoTime() - started) / 1_000_000);
            return written;
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the export documents failed", e);
        }
    }

    /** The numbers up to which every revision has its document, and of the last revision. */
    private static long[] clockRow(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT documented_seq, last_seq FROM export_clock WHERE id = ?")) {
            statement.setInt(1, ExportClock.ROW);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new long[] { rs.getLong(1), rs.getLong(2) };
            }
        }
    }
}
