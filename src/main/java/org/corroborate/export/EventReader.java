package org.corroborate.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.context.ManagedExecutor;

import org.corroborate.export.EventDocuments.Document;

/**
 * Reads published revisions' documents straight from the log in keyset batches, in change order, handing each to
 * the caller as it is read: one table, no joins, and memory flat however large the export. Which revisions a read
 * takes (each event's latest, or every one) is the query's condition on the log.
 */
@ApplicationScoped
public class EventReader {

    private final DataSource dataSource;
    private final Executor executor;
    private final int batchSize;

    EventReader(DataSource dataSource, ManagedExecutor executor, ExportConfig config) {
        this.dataSource = dataSource;
        this.executor = executor;
        this.batchSize = config.batchSize();
    }

    /** What a read found: how many events, whether the limit cut it short, and where to go on from. */
    public record Read(int count, EventCursor next, boolean hasMore) {
    }

    /**
     * Hands the JSON document of every event the query selects to {@code sink}, oldest change first. While the
     * sink writes one batch, the next is read from the database on another thread, so reading and writing share
     * the two cores; at most two batches are held at once.
     */
    public Read read(EventQuery query, Consumer<String> sink) {
        int wanted = query.limit() == null ? Integer.MAX_VALUE : query.limit();
        int count = 0;
        long last = -1;
        CompletableFuture<List<Document>> pending = null;
        try (Connection connection = dataSource.getConnection()) {
            try {
                EventQuery start = query.since() == null ? query
                        : query.fromSeq(firstSeqSince(connection, query.since()));
                EventQuery next = start;
                int size = Math.min(batchSize, wanted);
                List<Document> batch = batch(connection, next, size + 1);
                while (true) {
                    boolean more = batch.size() > size;
                    List<Document> events = more ? batch.subList(0, size) : batch;
                    int after = count + events.size();
                    if (more && after < wanted) {
                        // read ahead: the next batch starts after this one's last event
                        EventQuery following = next.after(events.get(events.size() - 1).seq());
                        int nextSize = Math.min(batchSize, wanted - after);
                        pending = CompletableFuture.supplyAsync(() -> batchOrFail(connection, following, nextSize + 1),
                                executor);
                        next = following;
                        size = nextSize;
                    }
                    for (Document event : events) {
                        sink.accept(event.json());
                        last = event.seq();
                        count++;
                    }
                    if (pending == null) {
                        return new Read(count, start.next(last, more), more);
                    }
                    batch = pending.join();
                    pending = null;
                }
            } finally {
                if (pending != null) {
                    // the sink failed (say the client went away): let the read ahead finish before the connection closes
                    pending.handle((batch, failure) -> null).join();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the export failed", e);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private List<Document> batchOrFail(Connection connection, EventQuery query, int size) {
        try {
            return batch(connection, query, size);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the export failed", e);
        }
    }

    /** The number of the first change at or after {@code since}; past the last change when there is none. */
    private static long firstSeqSince(Connection connection, Instant since) throws SQLException {
        try (PreparedStatement statement = EventDocuments.prepare(connection,
                "SELECT MIN(r.seq) FROM event_revision r WHERE r.changed_at >= ?",
                List.of(since.atOffset(ZoneOffset.UTC))); ResultSet rs = statement.executeQuery()) {
            rs.next();
            long first = rs.getLong(1);
            return rs.wasNull() ? Long.MAX_VALUE : first;
        }
    }

    private List<Document> batch(Connection connection, EventQuery query, int size) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT r.seq, r.document FROM event_revision r WHERE " + query.where(params)
                + " ORDER BY r.seq FETCH FIRST " + size + " ROWS ONLY";
        List<Document> batch = new ArrayList<>(size);
        try (PreparedStatement statement = EventDocuments.prepare(connection, sql, params);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String json = rs.getString(2);
                if (json == null) {
                    // publishing writes it; a start writes any that SQL loaded without (EventLog.writeMissingDocuments)
                    throw new IllegalStateException("Export revision " + rs.getLong(1) + " has no document yet");
                }
                batch.add(new Document(rs.getLong(1), json));
            }
        }
        return batch;
    }
}
