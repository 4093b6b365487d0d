package org.corroborate.sameevent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.spi.StatisticsImplementor;

import org.corroborate.cache.ChangeFeed;
import org.corroborate.claim.Claim;
import org.corroborate.claim.DatePrecision;

/**
 * Reads, in one statement, the claims related to one claim: every claim judged with it (either way), and every
 * claim of the given provinces dated where the same-event rules may find an overlap ({@link SameEventRules#reach}),
 * and of the districts that may match ({@link Districts}), through indexes on (admin1_sound, event_date) and
 * (admin1_sound, date_precision, event_date) that also hold admin2_sound and location_pcode (migration V15), so a
 * claim of another district is passed over without reading its row. Each comes with its judgement and its stated figures. Which
 * candidates may describe the same event is {@link SameEventRules}' to say, not this query's.
 */
@ApplicationScoped
public class SameEventReader {

    /** A claim related to the one read for, with the pair's judgement (null when nobody judged it). */
    public record Row(Claim claim, ClaimLink link, List<StatedFigure> figures) {
    }

    /** A figure as a citation of the claim states it, and who states it. */
    public record StatedFigure(String figure, String claimant) {
    }

    /**
     * Which districts' claims a claim's candidates may come from, when it names a district: those naming no district
     * (the same province is enough), those whose district sounds like one of {@code sounds} (the claim's own, every
     * spelling of its district the gazetteer knows: the same district, or one district name under two provinces), and
     * those placed at its district's P-code ({@code pcode}, null without one).
     */
    public record Districts(Collection<String> sounds, String pcode) {
    }

    // the related ids first, each part read through its index (an OR of the parts made the database scan every
    // claim), then each claim by id with its judgement (stored smaller id first) and its stated figures
    private static final String SELECT = "SELECT " + Claim.COLUMNS.select("o") + ", " + ClaimLink.COLUMNS.select("l");
    private static final String FIGURES = ", f.stated_figure, f.claimant";
    private static final String IDS = " FROM (SELECT k.claim_b AS id FROM claim_link k WHERE k.claim_a = ?"
            + " UNION SELECT k.claim_a FROM claim_link k WHERE k.claim_b = ?";
    private static final String JOINS = ") r JOIN claim o ON o.id = r.id"
            + " LEFT JOIN claim_link l ON l.claim_a = LEAST(o.id, ?) AND l.claim_b = GREATEST(o.id, ?)";
    private static final String FIGURES_JOIN = " LEFT JOIN citation f ON f.claim_id = o.id AND f.stated_figure IS NOT NULL";
    private static final String WHERE = " WHERE o.id <> ? ORDER BY o.id";

    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final ChangeFeed changes;
    private final StatisticsImplementor statistics;

    SameEventReader(DataSource dataSource, EntityManager entityManager, ChangeFeed changes, SessionFactory sessions) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.changes = changes;
        this.statistics = (StatisticsImplementor) sessions.getStatistics();
    }

    /**
     * The claims judged with {@code claimId}, and those whose province by sound ({@code claim.admin1_sound}) is one
     * of {@code provinceKeys} dated within {@code reach}, of the {@code districts} given (null: any). No candidates
     * when {@code provinceKeys} is empty or {@code reach} null. With their stated figures when {@code figures}, else
     * each with none.
     */
    public List<Row> read(long claimId, Collection<String> provinceKeys, Districts districts, SameEventRules.Reach reach,
            boolean figures) {
        boolean candidates = reach != null && !provinceKeys.isEmpty();
        String sql = SELECT + (figures ? FIGURES : "") + IDS;
        if (candidates) {
            String where = " WHERE c.admin1_sound IN (" + marks(provinceKeys.size()) + ")" + districtCondition(districts);
            sql += " UNION SELECT c.id FROM claim c" + where + " AND c.event_date BETWEEN ? AND ?"
                    + " UNION SELECT c.id FROM claim c" + where + " AND c.date_precision = '" + DatePrecision.MONTH
                    + "' AND c.event_date BETWEEN ? AND ?"
                    + " UNION SELECT c.id FROM claim c" + where + " AND c.date_precision = '" + DatePrecision.YEAR
                    + "' AND c.event_date BETWEEN ? AND ?";
        }
        sql += JOINS + (figures ? FIGURES_JOIN + WHERE + ", f.id" : WHERE);
        if (changes.inTransaction()) {
            entityManager.flush(); // a judgement just made is read back in the answer
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (statistics.isStatisticsEnabled()) {
                statistics.prepareStatement(); // counted as Hibernate counts its own (StatementCountTest)
            }
            int p = 1;
            statement.setLong(p++, claimId);
            statement.setLong(p++, claimId);
            if (candidates) {
                for (SameEventRules.Window window : List.of(reach.days(), reach.months(), reach.years())) {
                    for (String key : provinceKeys) {
                        statement.setString(p++, key);
                    }
                    if (districts != null) {
                        for (String sound : districts.sounds()) {
                            statement.setString(p++, sound);
                        }
                        if (districts.pcode() != null) {
                            statement.setString(p++, districts.pcode());
                        }
                    }
                    statement.setObject(p++, window.from());
                    statement.setObject(p++, window.to());
                }
            }
            for (int i = 0; i < 3; i++) {
                statement.setLong(p++, claimId);
            }
            return rows(statement, figures);
        } catch (SQLException e) {
            throw new PersistenceException("Reading the claims related to claim " + claimId + " failed", e);
        }
    }

    private static String districtCondition(Districts districts) {
        if (districts == null) {
            return "";
        }
        return " AND (c.admin2_sound IS NULL" + (districts.sounds().isEmpty() ? ""
                : " OR c.admin2_sound IN (" + marks(districts.sounds().size()) + ")")
                + (districts.pcode() == null ? "" : " OR c.location_pcode = ?") + ")";
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static List<Row> rows(PreparedStatement statement, boolean figures) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        int linkAt = 1 + Claim.COLUMNS.width();
        int figureAt = linkAt + ClaimLink.COLUMNS.width();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                Row row = rows.get(id);
                if (row == null) {
                    ClaimLink link = ClaimLink.COLUMNS.read(rs, linkAt);
                    row = new Row(Claim.COLUMNS.read(rs, 1), link.id == null ? null : link, new ArrayList<>());
                    rows.put(id, row);
                }
                String figure = figures ? rs.getString(figureAt) : null;
                if (figure != null) {
                    row.figures().add(new StatedFigure(figure, rs.getString(figureAt + 1)));
                }
            }
        }
        return List.copyOf(rows.values());
    }
}
