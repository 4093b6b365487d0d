package org.corroborate.export;

import static org.corroborate.db.Columns.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.citation.Citation;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.ClaimView.FatalitiesView;
import org.corroborate.claim.ClaimView.LocationView;
import org.corroborate.export.EventView.EventCitation;
import org.corroborate.review.Credibility;
import org.corroborate.source.Source;
import org.corroborate.workflow.Retraction;

/**
 * Makes the documents of published revisions: the event as consumers read it, from the claim, its citations and
 * their sources, its reviews and, for a tombstone, its retraction. A whole batch of revisions takes at most four
 * queries (events, citations with sources, review counts, retraction notes), never one per event.
 */
@ApplicationScoped
public class EventDocuments {

    /** The revision's own columns, then the claim's as {@link Claim#COLUMNS} maps them. */
    private static final String EVENTS = "SELECT r.seq, r.status, r.revision, r.changed_at, " + Claim.COLUMNS.select("c")
            + " FROM event_revision r JOIN claim c ON c.id = r.claim_id WHERE ";
    private static final int CLAIM_FROM = 5;

    private final ObjectWriter json;

    EventDocuments(ObjectMapper mapper) {
        this.json = mapper.writerFor(EventView.class);
    }

    /** A revision's number and its document. */
    record Document(long seq, String json) {
    }

    /**
     * The documents of the first {@code size} revisions {@code r} meeting {@code where} (with {@code params} in
     * order), in change order.
     */
    List<Document> make(Connection connection, String where, List<Object> params, int size) throws SQLException {
        String sql = EVENTS + where + " ORDER BY r.seq FETCH FIRST " + size + " ROWS ONLY";
        List<Row> rows = new ArrayList<>(Math.min(size, 1000));
        try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), ClaimStatus.valueOf(rs.getString(2)), rs.getInt(3), instant(rs, 4),
                        Claim.COLUMNS.read(rs, CLAIM_FROM)));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        // the batch's citations, reviews and retractions are read by the same stretch of the log, keyed by change
        // number: an index range on every database, where an IN list of ids is compared row by row
        Range range = new Range(where + " AND r.seq <= ?", params, rows.get(rows.size() - 1).seq());
        Map<Long, List<EventCitation>> citations = citations(connection, range);
        Map<Long, Credibility> credibility = credibility(connection, range);
        Map<Long, Retraction> retractions = rows.stream().anyMatch(r -> r.status() == ClaimStatus.RETRACTED)
                ? retractions(connection, range) : Map.of();
        List<Document> documents = new ArrayList<>(rows.size());
        for (Row row : rows) {
            EventView event = row.toEvent(citations.getOrDefault(row.seq(), List.of()),
                    credibility.getOrDefault(row.seq(), Credibility.NONE), retractions.get(row.seq()));
            documents.add(new Document(row.seq(), json(event)));
        }
        return documents;
    }

    /** Stores documents on their revisions. */
    static void store(Connection connection, List<Document> documents) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE event_revision SET document = ? WHERE seq = ?")) {
            for (Document document : documents) {
                update.setString(1, document.json());
                update.setLong(2, document.seq());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** The event's document, as Jackson writes the record: the schema's fields, in the record's order. */
    String json(EventView event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Writing the document of " + event.id() + " failed", e);
        }
    }

    /** A batch's stretch of the log: the batch query's condition, bounded by its last change number. */
    private record Range(String where, List<Object> params, long lastSeq) {

        List<Object> bound() {
            List<Object> bound = new ArrayList<>(params);
            bound.add(lastSeq);
            return bound;
        }
    }

    private static Map<Long, List<EventCitation>> citations(Connection connection, Range range) throws SQLException {
        String sql = "SELECT r.seq, " + Citation.COLUMNS.select("ci") + ", " + Source.COLUMNS.select("s")
                + " FROM event_revision r JOIN citation ci ON ci.claim_id = r.claim_id JOIN source s ON s.id = ci.source_id"
                + " WHERE " + range.where() + " ORDER BY r.seq, ci.id";
        int sourceFrom = 2 + Citation.COLUMNS.width();
        Map<Long, List<EventCitation>> bySeq = new HashMap<>();
        forEachRow(connection, sql, range, rs -> bySeq.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>(4))
                .add(EventCitation.of(Citation.COLUMNS.read(rs, 2), Source.COLUMNS.read(rs, sourceFrom))));
        return bySeq;
    }

    private static Map<Long, Credibility> credibility(Connection connection, Range range) throws SQLException {
        String sql = "SELECT r.seq, COUNT(*), SUM(v.rating), SUM(CASE WHEN v.rating >= 4 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN v.rating <= 2 THEN 1 ELSE 0 END) FROM event_revision r"
                + " JOIN review v ON v.claim_id = r.claim_id WHERE " + range.where() + " GROUP BY r.seq";
        Map<Long, Credibility> bySeq = new HashMap<>();
        forEachRow(connection, sql, range, rs -> bySeq.put(rs.getLong(1),
                Credibility.of(rs.getInt(2), rs.getLong(3), rs.getInt(4), rs.getInt(5))));
        return bySeq;
    }

    private static Map<Long, Retraction> retractions(Connection connection, Range range) throws SQLException {
        String sql = "SELECT r.seq, s.changed_at, s.changed_by, s.note FROM event_revision r"
                + " JOIN status_change s ON s.claim_id = r.claim_id AND s.to_status = 'RETRACTED'"
                + " AND s.from_status <> 'RETRACTED'" // a correction recorded on a retracted claim is no retraction
                + " WHERE " + range.where() + " AND r.status = 'RETRACTED' ORDER BY r.seq, s.changed_at, s.id";
        Map<Long, Retraction> bySeq = new HashMap<>();
        // in order of time: the latest retraction wins
        forEachRow(connection, sql, range,
                rs -> bySeq.put(rs.getLong(1), new Retraction(instant(rs, 2), rs.getString(3), rs.getString(4))));
        return bySeq;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs one of a batch's side queries over its stretch of the log, handing each row to {@code reader}. */
    private static void forEachRow(Connection connection, String sql, Range range, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, range.bound());
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, List<Object> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setFetchSize(1000);
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
        return statement;
    }

    /** One revision and its claim, before the claim's citations and reviews are joined to it. */
    private record Row(long seq, ClaimStatus status, int revision, Instant changedAt, Claim claim) {

        EventView toEvent(List<EventCitation> citations, Credibility credibility, Retraction retraction) {
            Claim c = claim;
            return new EventView(EventView.ID_PREFIX + c.id, c.id, status, c.verdict, revision, c.statement,
                    c.eventDate, c.datePrecision, c.eventType, c.subEventType, c.actor1, c.actor2,
                    LocationView.of(c.location), FatalitiesView.of(c.fatalities), credibility, citations, c.approvedBy,
                    c.approvedAt, changedAt, EventCursor.position(seq).token(),
                    status == ClaimStatus.RETRACTED ? retraction : null);
        }
    }
}
