package org.corroborate.claim;

import static org.corroborate.db.Columns.decimal;
import static org.corroborate.db.Columns.enumOf;
import static org.corroborate.db.Columns.instant;
import static org.corroborate.db.Columns.integer;
import static org.corroborate.db.Columns.localDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.spi.StatisticsImplementor;
import org.postgresql.PGConnection;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.cache.ChangeFeed;
import org.corroborate.review.Credibility;
import org.corroborate.review.Review;
import org.corroborate.source.Source;
import org.corroborate.source.SourceKind;
import org.corroborate.workflow.StatusChange;

/**
 * Reads a claim with its citations (and their sources), reviews and status history: the claim page and the API's
 * single claim. Four SELECTs, which PostgreSQL receives in one message and answers in one: a round trip costs more
 * CPU than any of these indexed reads, and through Hibernate the page took four. H2 runs in this process and has
 * no round trip to save, so there they run one after the other. Each query reads by the claim's id through an
 * index, so the count stays four however much a claim gathers.
 *
 * <p>The entities it answers are copies for showing, not managed by Hibernate: changing one changes nothing.
 * A source's full text is not read (the claim page does not show it, and it can be 100 KB). Inside a transaction
 * Hibernate's pending changes are flushed first, so the read sees them as its queries would have.
 */
@ApplicationScoped
public class ClaimDetailsReader {

    private static final String CLAIM = "SELECT id, statement, event_date, date_precision, event_type, sub_event_type,"
            + " actor1, actor2, country, admin1, admin2, place, latitude, longitude, place_precision, fatalities_low,"
            + " fatalities_best, fatalities_high, status, verdict, proposed_by, approved_by, approved_at, created_by,"
            + " created_at, updated_at, revision, published_at, version FROM claim WHERE id = ?";
    private static final String CITATIONS = "SELECT c.id, c.stance, c.quote, c.claimant, c.claimant_is_party,"
            + " c.stated_figure, c.created_by, c.created_at, s.id, s.url, s.title, s.outlet, s.author, s.published_at,"
            + " s.kind, s.language, s.created_by, s.created_at"
            + " FROM citation c JOIN source s ON s.id = c.source_id WHERE c.claim_id = ? ORDER BY c.id";
    private static final String REVIEWS = "SELECT id, reviewer, rating, rationale, tags, created_at, updated_at"
            + " FROM review WHERE claim_id = ? ORDER BY updated_at, id";
    private static final String HISTORY = "SELECT id, from_status, to_status, verdict, changed_by, changed_at, note"
            + " FROM status_change WHERE claim_id = ? ORDER BY changed_at, id";
    private static final List<String> QUERIES = List.of(CLAIM, CITATIONS, REVIEWS, HISTORY);
    /** PostgreSQL's driver sends the statements of one prepared statement together and reads the answers once. */
    private static final String ALL_AT_ONCE = String.join(";\n", QUERIES);

    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final ChangeFeed changes;
    private final StatisticsImplementor statistics;

    ClaimDetailsReader(DataSource dataSource, EntityManager entityManager, ChangeFeed changes,
            SessionFactory sessionFactory) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.changes = changes;
        this.statistics = (StatisticsImplementor) sessionFactory.getStatistics();
    }

    /** The claim with everything its page shows, or empty when there is no such claim. */
    public Optional<ClaimDetails> read(long id) {
        if (changes.inTransaction()) {
            entityManager.flush();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.isWrapperFor(PGConnection.class);
            return postgres ? readAtOnce(connection, id) : readInTurn(connection, id);
        } catch (SQLException e) {
            throw new PersistenceException("Reading claim " + id + " failed", e);
        }
    }

    private Optional<ClaimDetails> readAtOnce(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ALL_AT_ONCE)) {
            counted();
            for (int i = 1; i <= QUERIES.size(); i++) {
                statement.setLong(i, id);
            }
            statement.execute();
            boolean[] first = { true };
            return details(() -> {
                if (!first[0]) {
                    statement.getMoreResults();
                }
                first[0] = false;
                return statement.getResultSet();
            });
        }
    }

    private Optional<ClaimDetails> readInTurn(Connection connection, long id) throws SQLException {
        List<PreparedStatement> statements = new ArrayList<>(QUERIES.size());
        try {
            for (String sql : QUERIES) {
                PreparedStatement statement = connection.prepareStatement(sql);
                statements.add(statement);
                statement.setLong(1, id);
            }
            counted();
            int[] next = { 0 };
            return details(() -> statements.get(next[0]++).executeQuery());
        } finally {
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
    }

    /** Hibernate's statistics count the statements it prepares; these four count there too, as before. */
    private void counted() {
        if (statistics.isStatisticsEnabled()) {
            QUERIES.forEach(sql -> statistics.prepareStatement());
        }
    }

    /** The four queries' results, in the order of {@link #QUERIES}. */
    private interface Results {
        ResultSet next() throws SQLException;
    }

    private static Optional<ClaimDetails> details(Results results) throws SQLException {
        Claim claim;
        try (ResultSet rs = results.next()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            claim = claim(rs);
        }
        List<Citation> citations = new ArrayList<>();
        try (ResultSet rs = results.next()) {
            while (rs.next()) {
                citations.add(citation(rs, claim));
            }
        }
        List<Review> reviews = new ArrayList<>();
        try (ResultSet rs = results.next()) {
            while (rs.next()) {
                reviews.add(review(rs, claim));
            }
        }
        List<StatusChange> history = new ArrayList<>();
        try (ResultSet rs = results.next()) {
            while (rs.next()) {
                history.add(statusChange(rs, claim));
            }
        }
        return Optional.of(new ClaimDetails(claim, citations, reviews, Credibility.of(reviews), history));
    }

    private static Claim claim(ResultSet rs) throws SQLException {
        Claim c = new Claim();
        c.id = rs.getLong(1);
        c.statement = rs.getString(2);
        c.eventDate = localDate(rs, 3);
        c.datePrecision = enumOf(DatePrecision.class, rs, 4);
        c.eventType = enumOf(EventType.class, rs, 5);
        c.subEventType = enumOf(SubEventType.class, rs, 6);
        c.actor1 = rs.getString(7);
        c.actor2 = rs.getString(8);
        c.location.country = rs.getString(9);
        c.location.admin1 = rs.getString(10);
        c.location.admin2 = rs.getString(11);
        c.location.place = rs.getString(12);
        c.location.latitude = decimal(rs, 13);
        c.location.longitude = decimal(rs, 14);
        c.location.precision = enumOf(PlacePrecision.class, rs, 15);
        c.fatalities.low = integer(rs, 16);
        c.fatalities.best = integer(rs, 17);
        c.fatalities.high = integer(rs, 18);
        c.status = enumOf(ClaimStatus.class, rs, 19);
        c.verdict = enumOf(Verdict.class, rs, 20);
        c.proposedBy = rs.getString(21);
        c.approvedBy = rs.getString(22);
        c.approvedAt = instant(rs, 23);
        c.createdBy = rs.getString(24);
        c.createdAt = instant(rs, 25);
        c.updatedAt = instant(rs, 26);
        c.revision = rs.getInt(27);
        c.publishedAt = instant(rs, 28);
        c.version = rs.getLong(29);
        return c;
    }

    private static Citation citation(ResultSet rs, Claim claim) throws SQLException {
        Citation c = new Citation();
        c.id = rs.getLong(1);
        c.claim = claim;
        c.stance = enumOf(Stance.class, rs, 2);
        c.quote = rs.getString(3);
        c.claimant = rs.getString(4);
        c.claimantIsParty = rs.getBoolean(5);
        c.statedFigure = rs.getString(6);
        c.createdBy = rs.getString(7);
        c.createdAt = instant(rs, 8);
        Source s = new Source();
        s.id = rs.getLong(9);
        s.url = rs.getString(10);
        s.title = rs.getString(11);
        s.outlet = rs.getString(12);
        s.author = rs.getString(13);
        s.publishedAt = localDate(rs, 14);
        s.kind = enumOf(SourceKind.class, rs, 15);
        s.language = rs.getString(16);
        s.createdBy = rs.getString(17);
        s.createdAt = instant(rs, 18);
        c.source = s;
        return c;
    }

    private static Review review(ResultSet rs, Claim claim) throws SQLException {
        Review r = new Review();
        r.id = rs.getLong(1);
        r.claim = claim;
        r.reviewer = rs.getString(2);
        r.rating = rs.getInt(3);
        r.rationale = rs.getString(4);
        r.tags = rs.getString(5);
        r.createdAt = instant(rs, 6);
        r.updatedAt = instant(rs, 7);
        return r;
    }

    private static StatusChange statusChange(ResultSet rs, Claim claim) throws SQLException {
        StatusChange s = new StatusChange();
        s.id = rs.getLong(1);
        s.claim = claim;
        s.fromStatus = enumOf(ClaimStatus.class, rs, 2);
        s.toStatus = enumOf(ClaimStatus.class, rs, 3);
        s.verdict = enumOf(Verdict.class, rs, 4);
        s.changedBy = rs.getString(5);
        s.changedAt = instant(rs, 6);
        s.note = rs.getString(7);
        return s;
    }
}
