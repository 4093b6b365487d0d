package org.corroborate.export;

import static org.corroborate.db.Columns.decimal;
import static org.corroborate.db.Columns.enumOf;
import static org.corroborate.db.Columns.instant;
import static org.corroborate.db.Columns.integer;
import static org.corroborate.db.Columns.localDate;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.citation.Stance;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.ClaimView.FatalitiesView;
import org.corroborate.claim.ClaimView.LocationView;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.claim.Verdict;
import org.corroborate.export.EventView.EventCitation;
import org.corroborate.review.Credibility;
import org.corroborate.source.SourceKind;
import org.corroborate.workflow.Retraction;

/**
 * Makes the documents of published revisions: the event as consumers read it, from the claim, its citations and
 * their sources, its reviews and, for a tombstone, its retraction. A whole batch of revisions takes at most four
 * queries (events, citations with sources, review counts, retraction notes), never one per event.
 */
@ApplicationScoped
public class EventDocuments {

    private static final String EVENTS = "SELECT c.id, r.status, c.verdict, r.revision, c.statement, c.event_date,"
            + " c.date_precision, c.event_type, c.sub_event_type, c.actor1, c.actor2, c.country, c.admin1, c.admin2,"
            + " c.place, c.latitude, c.longitude, c.place_precision, c.fatalities_low, c.fatalities_best,"
            + " c.fatalities_high, c.approved_by, c.approved_at, r.changed_at, r.seq"
            + " FROM event_revision r JOIN claim c ON c.id = r.claim_id WHERE ";

    private final JsonFactory json;

    EventDocuments(ObjectMapper mapper) {
        this.json = mapper.getFactory();
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
                rows.add(Row.of(rs));
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

    String json(EventView event) {
        StringWriter out = new StringWriter(2048);
        try (JsonGenerator generator = json.createGenerator(out)) {
            EventJson.write(generator, event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
        String sql = "SELECT r.seq, s.url, s.title, s.outlet, s.published_at, s.kind, ci.stance, ci.claimant,"
                + " ci.claimant_is_party, ci.quote, ci.stated_figure FROM event_revision r"
                + " JOIN citation ci ON ci.claim_id = r.claim_id JOIN source s ON s.id = ci.source_id"
                + " WHERE " + range.where() + " ORDER BY r.seq, ci.id";
        Map<Long, List<EventCitation>> bySeq = new HashMap<>();
        forEachRow(connection, sql, range, rs -> bySeq.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>(4))
                .add(new EventCitation(rs.getString(2), rs.getString(3), rs.getString(4), localDate(rs, 5),
                        SourceKind.valueOf(rs.getString(6)), Stance.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getBoolean(9), rs.getString(10), rs.getString(11))));
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

    /** One claim row, before its citations and reviews are joined to it. */
    private record Row(long id, ClaimStatus status, Verdict verdict, int revision, String statement,
            LocalDate eventDate, DatePrecision datePrecision, EventType eventType, SubEventType subEventType,
            String actor1, String actor2, LocationView location, FatalitiesView fatalities, String approvedBy,
            Instant approvedAt, Instant changedAt, long seq) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getLong(1), ClaimStatus.valueOf(rs.getString(2)), enumOf(Verdict.class, rs, 3),
                    rs.getInt(4), rs.getString(5), localDate(rs, 6), enumOf(DatePrecision.class, rs, 7),
                    enumOf(EventType.class, rs, 8), enumOf(SubEventType.class, rs, 9),
                    rs.getString(10), rs.getString(11),
                    new LocationView(rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                            decimal(rs, 16), decimal(rs, 17), enumOf(PlacePrecision.class, rs, 18)),
                    new FatalitiesView(integer(rs, 19), integer(rs, 20), integer(rs, 21)), rs.getString(22),
                    instant(rs, 23), instant(rs, 24), rs.getLong(25));
        }

        EventView toEvent(List<EventCitation> citations, Credibility credibility, Retraction retraction) {
            return new EventView(EventView.ID_PREFIX + id, id, status, verdict, revision, statement, eventDate,
                    datePrecision, eventType, subEventType, actor1, actor2, location, fatalities, credibility, citations,
                    approvedBy, approvedAt, changedAt, EventCursor.position(seq).token(),
                    status == ClaimStatus.RETRACTED ? retraction : null);
        }
    }
}
