package org.corroborate.claim;

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

import org.corroborate.cache.ChangeFeed;
import org.corroborate.citation.Citation;
import org.corroborate.claimant.Claimant;
import org.corroborate.claimant.Origins;
import org.corroborate.review.Credibility;
import org.corroborate.review.Review;
import org.corroborate.source.Source;
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

    private static final String CLAIM = "SELECT " + Claim.COLUMNS.select("c") + " FROM claim c WHERE c.id = ?";
    /** With each citation its claimant's name and organisation, for its origin ({@link Origins}). */
    private static final String CITATIONS = "SELECT " + Citation.COLUMNS.select("c") + ", " + Source.COLUMNS.select("s")
            + ", " + Claimant.ORIGIN_COLUMNS.select("k") + " FROM citation c JOIN source s ON s.id = c.source_id"
            + " LEFT JOIN claimant k ON k.id = c.claimant_id WHERE c.claim_id = ? ORDER BY c.id";
    private static final String REVIEWS = "SELECT " + Review.COLUMNS.select("r")
            + " FROM review r WHERE r.claim_id = ? ORDER BY r.updated_at, r.id";
    private static final String HISTORY = "SELECT " + StatusChange.COLUMNS.select("h")
            + " FROM status_change h WHERE h.claim_id = ? ORDER BY h.changed_at, h.id";
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
            claim = Claim.COLUMNS.read(rs, 1);
        }
        List<Citation> citations = new ArrayList<>();
        try (ResultSet rs = results.next()) {
            while (rs.next()) {
                Citation citation = Citation.COLUMNS.read(rs, 1);
                citation.claim = claim;
                citation.source = Source.COLUMNS.read(rs, 1 + Citation.COLUMNS.width());
                Claimant claimant = Claimant.ORIGIN_COLUMNS.read(rs, 1 + Citation.COLUMNS.width() + Source.COLUMNS.width());
                citation.origin = Origins.of(citation, claimant.name, claimant.organisation);
                citations.add(citation);
            }
        }
        List<Review> reviews = new ArrayList<>();
        try (ResultSet rs = results.next()) {
            while (rs.next()) {
                Review review = Review.COLUMNS.read(rs, 1);
                review.claim = claim;
                reviews.add(review);
            }
        }
        List<StatusChange> history = new ArrayList<>();
        try (ResultSet rs = results.next()) {
            while (rs.next()) {
                StatusChange change = StatusChange.COLUMNS.read(rs, 1);
                change.claim = claim;
                history.add(change);
            }
        }
        return Optional.of(new ClaimDetails(claim, citations, reviews, Credibility.of(reviews), history));
    }
}
