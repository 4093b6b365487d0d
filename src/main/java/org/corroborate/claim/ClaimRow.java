package org.corroborate.claim;

import java.time.LocalDate;

/** A claim as the claim list shows it: the columns of one row, read without loading the claim itself. */
public record ClaimRow(long id, String statement, LocalDate eventDate, String where, ClaimStatus status,
        Verdict verdict, boolean outsideGazetteer) {

    /** The JPQL selection matching the constructor below, for queries over {@code Claim c}. */
    static final String SELECT = "select new org.corroborate.claim.ClaimRow(c.id, c.statement, c.eventDate,"
            + " c.location.place, c.location.admin2, c.location.admin1, c.location.country, c.status, c.verdict, c.location.pcode)";

    public ClaimRow(long id, String statement, LocalDate eventDate, String place, String admin2, String admin1,
            String country, ClaimStatus status, Verdict verdict, String pcode) {
        this(id, statement, eventDate, Location.where(place, admin2, admin1, country), status, verdict,
                Location.outsideGazetteer(pcode, admin1, admin2, place));
    }
}
