package org.corroborate.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corroborate.problem.Text;

/** The claim list's search and filters; every field is optional. */
public record ClaimFilter(String q, ClaimStatus status, Verdict verdict, String admin1, LocalDate from, LocalDate to) {

    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null, null);

    /** The JPQL condition and its named parameters for this filter. */
    Query toQuery() {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String text = Text.clean(q);
        if (text != null) {
            where.add("(lower(c.statement) like :q escape '!' or lower(c.location.place) like :q escape '!'"
                    + " or lower(c.actor1) like :q escape '!' or lower(c.actor2) like :q escape '!')");
            params.put("q", "%" + text.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
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
            where.add("c.admin1Key = :admin1");
            params.put("admin1", Text.clean(admin1).toLowerCase(java.util.Locale.ROOT));
        }
        if (from != null) {
            where.add("c.eventDate >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.add("c.eventDate <= :to");
            params.put("to", to);
        }
        return new Query(where.isEmpty() ? "" : " where " + String.join(" and ", where), params);
    }

    record Query(String where, Map<String, Object> params) {
    }
}
