package org.corroborate.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corroborate.input.SearchText;
import org.corroborate.input.Text;

/**
 * The claim list's search and filters; every field is optional. {@code q} matches the statement, place or actors
 * containing it, compared as {@link SearchText} folds them (letter forms, marks, joiners, digits and case aside). {@code admin1} matches the province as typed and as
 * the gazetteer names it; {@code admin2} the district without case; {@code pcode} keeps the claims pointing at that
 * place of the gazetteer, or with {@link #NO_PCODE} those pointing at none (outside the gazetteer).
 */
public record ClaimFilter(String q, ClaimStatus status, Verdict verdict, String admin1, LocalDate from, LocalDate to,
        String admin2, String pcode) {

    /** The {@code pcode} filter for claims outside the gazetteer. */
    public static final String NO_PCODE = "none";

    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null, null);

    public ClaimFilter(String q, ClaimStatus status, Verdict verdict, String admin1, LocalDate from, LocalDate to) {
        this(q, status, verdict, admin1, from, to, null, null);
    }

    /** The JPQL condition and its named parameters for this filter. */
    Query toQuery() {
        return toQuery(null);
    }

    /** As {@link #toQuery()}, the province also matching {@code admin1InGazetteer}, its name in the gazetteer. */
    Query toQuery(String admin1InGazetteer) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String text = SearchText.containing(q);
        if (text != null) {
            where.add("c.searchText like :q escape '!'");
            params.put("q", text);
        }
        if (status != null) {
            where.add("c.status = :status");
            params.put("status", status);
        }
        if (verdict != null) {
            where.add("c.verdict = :verdict");
            params.put("verdict", verdict);
        }
        if (Text.clean(admin1) != null) {
            String typed = Text.clean(admin1).toLowerCase(java.util.Locale.ROOT);
            String named = admin1InGazetteer == null ? typed : admin1InGazetteer.toLowerCase(java.util.Locale.ROOT);
            if (named.equals(typed)) {
                where.add("c.admin1Key = :admin1");
                params.put("admin1", typed);
            } else {
                where.add("c.admin1Key in (:admin1, :admin1InGazetteer)");
                params.put("admin1", typed);
                params.put("admin1InGazetteer", named);
            }
        }
        if (Text.clean(admin2) != null) {
            where.add("lower(c.location.admin2) = :admin2");
            params.put("admin2", Text.clean(admin2).toLowerCase(java.util.Locale.ROOT));
        }
        String place = Text.clean(pcode);
        if (place != null && place.equalsIgnoreCase(NO_PCODE)) {
            where.add("c.location.pcode is null");
        } else if (place != null) {
            where.add("c.location.pcode = :pcode");
            params.put("pcode", place.toUpperCase(java.util.Locale.ROOT));
        }
        if (from != null) {
            where.add("c.eventDate >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.add("c.eventDate <= :to");
            params.put("to", to);
        }
        return new Query(where.isEmpty() ? "" : " where " + String.join(" and ", where), params, orderBy());
    }

    /**
     * Most recently changed first. The columns the filter fixes by equality lead the order: it is the same order,
     * but then it is exactly an index's (ix_claim_status_admin1_key_updated, ix_claim_status_updated,
     * ix_claim_admin1_key_updated, ix_claim_updated, read backwards), and H2 reads the page's rows straight from
     * the index instead of sorting every matching claim (7,188 rows read for 50 shown on the load database).
     */
    private String orderBy() {
        List<String> order = new ArrayList<>();
        if (status != null) {
            order.add("c.status desc");
        }
        if (Text.clean(admin1) != null) {
            order.add("c.admin1Key desc");
        }
        order.add("c.updatedAt desc");
        order.add("c.id desc");
        return " order by " + String.join(", ", order);
    }

    record Query(String where, Map<String, Object> params, String orderBy) {
    }
}
