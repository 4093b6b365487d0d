package org.corroborate.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.EventType;
import org.corroborate.claim.Verdict;
import org.corroborate.problem.Problem;

/**
 * What a consumer asks of the export. Every filter is optional; a null verdict or status means every one.
 *
 * @param mode which of the three readings of the log: the current state, the changes, or every revision
 * @param after read the log after this change number
 * @param upTo the log position the read stops at and judges "latest" by (current state and changes)
 * @param since only events changed at or after this time
 * @param limit at most this many events, or null for all of them
 * @param located only events with coordinates (for maps)
 * @param admin1Named the gazetteer's name of the province {@code admin1} stands for, also matched ("Helmand" finds
 *        "Hilmand"), or null
 */
public record EventQuery(Mode mode, long after, long upTo, Instant since, ClaimStatus status, Verdict verdict,
        String admin1, LocalDate from, LocalDate to, EventType eventType, Integer limit, boolean located,
        String admin1Named) {

    /**
     * How the log is read. Each revision in the log is one published change of one event; the log is kept whole,
     * and these are three views of it.
     */
    public enum Mode {
        /** Each event once, at its latest revision as of one log position; retracted ones only when asked for. */
        CURRENT,
        /** Each event that changed after a position once, at its latest revision, tombstones included. */
        CHANGES,
        /** Every revision, in log order: the log itself, for audits. */
        HISTORY
    }

    public EventQuery {
        checkDates(from, to);
    }

    /**
     * The question a request asks: {@code history} asks for the log itself; otherwise a cursor that continues a
     * current-state read continues it, any other cursor or a {@code since} asks for the changes, and nothing asks
     * for the current state as of {@code now}, the log's last change number.
     *
     * @param status the statuses asked for, or null for the mode's default (current state: APPROVED only; changes
     *        and history: all, so consumers learn of retractions)
     * @param allStatuses whether the consumer asked for every status ({@code status=ALL})
     */
    static EventQuery of(EventCursor cursor, Instant since, boolean history, ClaimStatus status, boolean allStatuses,
            Verdict verdict, String admin1, String admin1Named, LocalDate from, LocalDate to, EventType eventType,
            Integer limit, boolean located, long now) {
        boolean continuesCurrentState = cursor != null && cursor.continuesCurrentState();
        if (continuesCurrentState && history) {
            throw Problem.invalid("cursor", "continues a current-state read: drop history=true, or start the history"
                    + " without a cursor");
        }
        if (continuesCurrentState && since != null) {
            throw Problem.invalid("since", "cannot be combined with a cursor that continues a current-state read");
        }
        Mode mode = history ? Mode.HISTORY : continuesCurrentState ? Mode.CURRENT
                : cursor != null || since != null ? Mode.CHANGES : Mode.CURRENT;
        long after = cursor == null ? 0 : cursor.seq();
        long upTo = continuesCurrentState ? cursor.upTo() : now;
        ClaimStatus statuses = allStatuses ? null : status != null ? status
                : mode == Mode.CURRENT ? ClaimStatus.APPROVED : null;
        return new EventQuery(mode, after, upTo, since, statuses, verdict, admin1, from, to, eventType, limit, located,
                admin1Named);
    }

    /** The export's rule on event dates, shared with the export page's filters. */
    static void checkDates(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw Problem.invalid("from", "must not be after 'to'");
        }
    }

    /** The same question, continuing after change number {@code seq}. */
    EventQuery after(long seq) {
        return new EventQuery(mode, seq, upTo, since, status, verdict, admin1, from, to, eventType, limit, located,
                admin1Named);
    }

    /**
     * The SQL condition on revisions {@code r} and its parameters in order. Every filter is on the revision
     * log, so the export walks it by number. A revision is an event's latest as of {@code upTo} when no later
     * revision of the event was published by then. {@code since} is not here: the reader turns it into a number.
     */
    String where(List<Object> params) {
        List<String> where = new ArrayList<>();
        where.add("r.seq > ?");
        params.add(after);
        if (mode != Mode.HISTORY) {
            where.add("r.seq <= ?");
            params.add(upTo);
            where.add("(r.superseded_seq IS NULL OR r.superseded_seq > ?)");
            params.add(upTo);
        }
        if (status != null) {
            where.add("r.status = ?");
            params.add(status.name());
        }
        if (verdict != null) {
            where.add("r.verdict = ?");
            params.add(verdict.name());
        }
        if (admin1 != null) {
            String typed = admin1.toLowerCase(Locale.ROOT);
            String named = admin1Named == null ? typed : admin1Named.toLowerCase(Locale.ROOT);
            if (named.equals(typed)) {
                where.add("r.admin1_key = ?");
                params.add(typed);
            } else { // revisions published before their claim had the gazetteer's name keep the typed one
                where.add("r.admin1_key IN (?, ?)");
                params.add(typed);
                params.add(named);
            }
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
     * The same question with {@code since} turned into a position: change times grow with change numbers, so the
     * changes at or after {@code since} are exactly those numbered from {@code firstSeqSince} on.
     */
    EventQuery fromSeq(long firstSeqSince) {
        return new EventQuery(mode, Math.max(after, firstSeqSince - 1), upTo, null, status, verdict, admin1, from, to,
                eventType, limit, located, admin1Named);
    }

    /**
     * Where the consumer goes on from, having read up to change number {@code lastRead} (-1 when nothing was read).
     * While more remains, a current-state read continues the same state and the others continue after what was read;
     * once nothing remains, the position the read stopped at, so continuing from it gives only later changes.
     */
    EventCursor next(long lastRead, boolean hasMore) {
        long read = Math.max(lastRead, after);
        if (hasMore) {
            return mode == Mode.CURRENT ? EventCursor.inCurrentState(read, upTo) : EventCursor.position(read);
        }
        return EventCursor.position(mode == Mode.HISTORY ? read : Math.max(read, upTo));
    }

    /** Stable text of the question, for the ETag: two requests asking the same thing share it. */
    String key() {
        return mode + "|" + after + "|" + upTo + "|" + since + "|" + status + "|" + verdict + "|"
                + (admin1 == null ? "" : admin1.toLowerCase(Locale.ROOT)) + "|" + admin1Named + "|" + from + "|" + to + "|" + eventType
                + "|" + limit + "|" + located;
    }
}
