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
import org.corroborate.claim.ClaimDetailsReader;
import org.corroborate.claim.DatePrecision;
import org.corroborate.db.RowMapping;

/**
 * Reads, in one statement, the claims related to one claim: every claim judged with it (either way), and every
 * claim of the given provinces dated where the same-event rules may find an overlap ({@link SameEventRules#reach}),
 * and of the districts that may match ({@link Districts}), each part through an index that holds what it filters on
 * (migrations V15 and V16), so a claim of another district or another week is passed over without reading its row.
 * Each comes with its judgement and, for the claim page, its stated figures. Which candidates may describe the same
 * event is {@link SameEventRules}' to say, not this query's.
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
    private static final String SELECT_LINK = ", " + ClaimLink.COLUMNS.select("l");
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
     * The statement that reads the claims related to one claim, with its values, and how its rows are read: run by
     * {@link #read(Query)}, or sent with the claim's own reads ({@link ClaimDetailsReader.Companion}).
     */
    public record Query(long claimId, String sql, List<Object> params, boolean figures)
            implements ClaimDetailsReader.Companion<List<Row>> {

        @Override
        public List<Row> read(ResultSet rs) throws SQLException {
            return rows(rs, shape(figures), figures);
        }
    }

    /**
     * The claims judged with {@code claimId}, and those whose province by sound ({@code claim.admin1_sound}) is one
     * of {@code provinceKeys} dated within {@code reach}, of the {@code districts} given (null: any). No candidates
     * when {@code provinceKeys} is empty or {@code reach} null. With their stated figures when {@code figures}, else
     * each with none.
     */
    public Query query(long claimId, Collection<String> provinceKeys, Districts districts, SameEventRules.Reach reach,
            boolean figures) {
        RowMapping<Claim> shape = shape(figures);
        List<Object> params = new ArrayList<>(List.of(claimId, claimId));
        StringBuilder sql = new StringBuilder("SELECT ").append(shape.select("o")).append(SELECT_LINK)
                .append(figures ? FIGURES : "").append(IDS);
        if (reach != null && !provinceKeys.isEmpty()) {
            candidates(sql, params, provinceKeys, districts, reach);
        }
        sql.append(JOINS).append(figures ? FIGURES_JOIN + WHERE + ", f.id" : WHERE);
        params.addAll(List.of(claimId, claimId, claimId));
        return new Query(claimId, sql.toString(), params, figures);
    }

    /** The rows of {@code query}, in a statement of their own. */
    public List<Row> read(Query query) {
        if (changes.inTransaction()) {
            entityManager.flush(); // a judgement just made is read back in the answer
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(query.sql())) {
            if (statistics.isStatisticsEnabled()) {
                statistics.prepareStatement(); // counted as Hibernate counts its own (StatementCountTest)
            }
            for (int i = 0; i < query.params().size(); i++) {
                statement.setObject(i + 1, query.params().get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                return query.read(rs);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the claims related to claim " + query.claimId() + " failed", e);
        }
    }

    /**
     * The candidates' ids, one UNION part per province sound and, when the claim names a district, per district sound:
     * each part an equality on the leading index columns and a date range, which both databases read as one index
     * range. (H2 reads {@code admin1_sound IN (a, b) AND event_date BETWEEN …} as every index entry of those
     * provinces, or of the whole table, whatever the dates: on 100k claims a province with two spellings scanned
     * 100,001 entries per claim read.) Claims dated to a month or a year are read through their own index by
     * province, their district checked on the index entry: there are few of them.
     */
    private static void candidates(StringBuilder sql, List<Object> params, Collection<String> provinceKeys,
            Districts districts, SameEventRules.Reach reach) {
        SameEventRules.Window days = reach.days();
        for (String key : provinceKeys) {
            if (districts == null) {
                part(sql, params, "c.admin1_sound = ?", List.of(key), days);
                continue;
            }
            for (String sound : districts.sounds()) {
                part(sql, params, "c.admin1_sound = ? AND c.admin2_sound = ?", List.of(key, sound), days);
            }
            part(sql, params, "c.admin1_sound = ? AND c.admin2_sound IS NULL", List.of(key), days);
        }
        if (districts != null && districts.pcode() != null) {
            List<Object> values = new ArrayList<>(List.of(districts.pcode()));
            values.addAll(provinceKeys);
            part(sql, params, "c.location_pcode = ? AND c.admin1_sound IN (" + marks(provinceKeys.size()) + ")", values,
                    days);
        }
        for (DatePrecision precision : List.of(DatePrecision.MONTH, DatePrecision.YEAR)) {
            SameEventRules.Window window = precision == DatePrecision.MONTH ? reach.months() : reach.years();
            for (String key : provinceKeys) {
                List<Object> values = new ArrayList<>(List.of(key));
                part(sql, params, "c.admin1_sound = ? AND c.date_precision = '" + precision + "'"
                        + districtCondition(districts, values), values, window);
            }
        }
    }

    /** " UNION SELECT c.id FROM claim c WHERE {condition} AND c.event_date BETWEEN ? AND ?", its values in order. */
    private static void part(StringBuilder sql, List<Object> params, String condition, List<Object> values,
            SameEventRules.Window window) {
        sql.append(" UNION SELECT c.id FROM claim c WHERE ").append(condition).append(" AND c.event_date BETWEEN ? AND ?");
        params.addAll(values);
        params.add(window.from());
        params.add(window.to());
    }

    /** The district condition checked on a month or year part's index entries, its values added to {@code values}. */
    private static String districtCondition(Districts districts, List<Object> values) {
        if (districts == null) {
            return "";
        }
        values.addAll(districts.sounds());
        if (districts.pcode() != null) {
            values.add(districts.pcode());
        }
        return " AND (c.admin2_sound IS NULL" + (districts.sounds().isEmpty() ? ""
                : " OR c.admin2_sound IN (" + marks(districts.sounds().size()) + ")")
                + (districts.pcode() == null ? "" : " OR c.location_pcode = ?") + ")";
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * With figures, for the claim page, each related claim whole (it shows them); without, for the claim's JSON,
     * only what the same-event rules compare ({@link Claim#EVENT_COLUMNS}): a third of the columns, and none of the
     * long texts.
     */
    private static RowMapping<Claim> shape(boolean figures) {
        return figures ? Claim.COLUMNS : Claim.EVENT_COLUMNS;
    }

    private static List<Row> rows(ResultSet rs, RowMapping<Claim> shape, boolean figures) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        int linkAt = 1 + shape.width();
        int figureAt = linkAt + ClaimLink.COLUMNS.width();
        while (rs.next()) {
            long id = rs.getLong(1);
            Row row = rows.get(id);
            if (row == null) {
                ClaimLink link = ClaimLink.COLUMNS.read(rs, linkAt);
                row = new Row(shape.read(rs, 1), link.id == null ? null : link, new ArrayList<>());
                rows.put(id, row);
            }
            String figure = figures ? rs.getString(figureAt) : null;
            if (figure != null) {
                row.figures().add(new StatedFigure(figure, rs.getString(figureAt + 1)));
            }
        }
        return List.copyOf(rows.values());
    }
}
