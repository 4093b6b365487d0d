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
 * index, so the count stays four however much a claim gathers. A fifth read may go with them ({@link Companion}):
 * the claims that may tell the same event, whose query needs the claim's place and date, when they are known.
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

    /**
     * One more read sent with the claim's, in the same message on PostgreSQL: its statement, its values in order,
     * and what its rows become.
     *
     * @param <X> what its rows become
     */
    public interface Companion<X> {
        String sql();

        List<Object> params();

        X read(ResultSet rs) throws SQLException;
    }

    /** The claim's details and its companion's answer. */
    public record Together<X>(ClaimDetails details, X companion) {
    }

    /** The claim with everything its page shows, or empty when there is no such claim. */
    public Optional<ClaimDetails> read(long id) {
        return read(id, null).map(Together::details);
    }

    /**
     * As {@link #read(long)}, with {@code companion}'s rows read in the same round trip on PostgreSQL (after the
     * claim's four, in one message), in turn on H2; no companion when it is null.
     */
    public <X> Optional<Together<X>> read(long id, Companion<X> companion) {
        if (changes.inTransaction()) {
            entityManager.flush();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.isWrapperFor(PGConnection.class);
            return postgres ? readAtOnce(connection, id, companion) : readInTurn(connection, id, companion);
        } catch (SQLException e) {
            throw new PersistenceException("Reading claim " + id + " failed", e);
        }
    }

    private <X> Optional<Together<X>> readAtOnce(Connection connection, long id, Companion<X> companion)
            throws SQLException {
        String sql = companion == null ? ALL_AT_ONCE : ALL_AT_ONCE + ";\n" + companion.sql();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            counted(companion);
            for (int i = 1; i <= QUERIES.size(); i++) {
                statement.setLong(i, id);
            }
            if (companion != null) {
                bind(statement, QUERIES.size() + 1, companion);
            }
            statement.execute();
            boolean[] first = { true };
            Results results = () -> {
                if (!first[0]) {
                    statement.getMoreResults();
                }
                first[0] = false;
                return statement.getResultSet();
            };
            return together(details(results), results, companion);
        }
    }

    private <X> Optional<Together<X>> readInTurn(Connection connection, long id, Companion<X> companion)
            throws SQLException {
        List<PreparedStatement> statements = new ArrayList<>(QUERIES.size() + 1);
        try {
            for (String sql : QUERIES) {
                PreparedStatement statement = connection.prepareStatement(sql);
                statements.add(statement);
                statement.setLong(1, id);
            }
            if (companion != null) {
                PreparedStatement statement = connection.prepareStatement(companion.sql());
                statements.add(statement);
                bind(statement, 1, companion);
            }
            counted(companion);
            int[] next = { 0 };
            Results results = () -> statements.get(next[0]++).executeQuery();
            return together(details(results), results, companion);
        } finally {
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
    }

    private static void bind(PreparedStatement statement, int first, Companion<?> companion) throws SQLException {
        List<Object> params = companion.params();
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(first + i, params.get(i));
        }
    }

    /** The details with the companion's answer, read from the next result; none for a claim that does not exist. */
    private static <X> Optional<Together<X>> together(Optional<ClaimDetails> details, Results results,
            Companion<X> companion) throws SQLException {
        if (details.isEmpty()) {
            return Optional.empty();
        }
        if (companion == null) {
            return Optional.of(new Together<>(details.get(), null));
        }
        try (ResultSet rs = results.next()) {
            return Optional.of(new Together<>(details.get(), companion.read(rs)));
        }
    }

    /** Hibernate's statistics count the statements it prepares; these four, and the companion, count there too. */
    private void counted(Companion<?> companion) {
        if (statistics.isStatisticsEnabled()) {
            for (int i = QUERIES.size() + (companion == null ? 0 : 1); i > 0; i--) {
                statistics.prepareStatement();
            }
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
