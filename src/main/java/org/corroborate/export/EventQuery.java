package org.corroborate.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.corroborate.claim.EventType;
import org.corroborate.claim.Verdict;
import org.corroborate.problem.Problem;

/**
 * What a consumer asks of the export. Every filter is optional; a null verdict means every verdict.
 *
 * @param after read the changes after this cursor
 * @param since only events changed at or after this time
 * @param limit at most this many events, or null for all of them
 * @param located only events with coordinates (for maps)
 */
public record EventQuery(EventCursor after, Instant since, Verdict verdict, String admin1, LocalDate from,
        LocalDate to, EventType eventType, Integer limit, boolean located) {

    public EventQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw Problem.invalid("from", "must not be after 'to'");
        }
        after = after == null ? EventCursor.START : after;
    }

    /** The same question, continuing after {@code cursor}. */
    EventQuery after(EventCursor cursor) {
        return new EventQuery(cursor, since, verdict, admin1, from, to, eventType, limit, located);
    }

    /**
     * The SQL condition on revisions {@code r} and its parameters in order. Every filter is on the revision
     * log, so the export walks it by number. {@code since} is not here: the reader turns it into a number first.
     */
    String where(List<Object> params) {
        List<String> where = new ArrayList<>();
        where.add("r.seq > ?");
        params.add(after.seq());
        if (verdict != null) {
            where.add("r.verdict = ?");
            params.add(verdict.name());
        }
        if (admin1 != null) {
            where.add("r.admin1_key = ?");
            params.add(admin1.toLowerCase(Locale.ROOT));
        }
        if (from != null) {
            where.add("r.event_date >= ?");
            params.add(java.sql.Date.valueOf(from));
        }
        if (to != null) {
            where.add("r.event_date <= ?");
            params.add(java.sql.Date.valueOf(to));
        }
        if (eventType != null) {
            where.add("r.event_type = ?");
            params.add(eventType.name());
        }
        if (located) {
            where.add("r.located = TRUE");
        }
        return String.join(" AND ", where);
    }

    /**
     * The same question with {@code since} turned into a cursor: change times grow with change numbers, so the
     * changes at or after {@code since} are exactly those numbered from {@code firstSeqSince} on.
     */
    EventQuery fromSeq(long firstSeqSince) {
        EventCursor start = new EventCursor(Math.max(after.seq(), firstSeqSince - 1));
        return new EventQuery(start, null, verdict, admin1, from, to, eventType, limit, located);
    }

    /** Stable text of the filters, for the ETag: two requests asking the same thing share it. */
    String key() {
        return after.seq() + "|" + since + "|" + verdict + "|" + (admin1 == null ? "" : admin1.toLowerCase(Locale.ROOT))
                + "|" + from + "|" + to + "|" + eventType + "|" + limit + "|" + located;
    }
}
