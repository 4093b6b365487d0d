package org.corroborate.export;

import java.util.Locale;

import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;

/**
 * ACLED's codes for what a claim knows, as ACLED's codebook defines them. Each answers "" when the claim does not
 * know enough: the CSV never codes a guess.
 */
final class AcledCodes {

    /** The one country Corroborate's events are in today, with ACLED's numeric ISO code and region. */
    private static final String AFGHANISTAN = "afghanistan";
    static final String AFGHANISTAN_ISO = "4";
    static final String AFGHANISTAN_REGION = "Caucasus and Central Asia";

    private AcledCodes() {
    }

    /**
     * ACLED's disorder type: political violence (battles, explosions, violence against civilians, mob violence),
     * demonstrations (protests, violent demonstrations), both (excessive force against protesters), or strategic
     * developments. A protest or riot whose sub-event type is unknown cannot be told.
     */
    static String disorderType(EventType type, SubEventType subType) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> "Political violence";
            case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
            case PROTESTS -> subType == null ? ""
                    : subType == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS ? "Political violence; Demonstrations"
                    : "Demonstrations";
            case RIOTS -> subType == null ? "" : subType == SubEventType.MOB_VIOLENCE ? "Political violence" : "Demonstrations";
        };
    }

    /** "Civilian targeting" for violence against civilians; other events may or may not have targeted civilians. */
    static String civilianTargeting(EventType type) {
        return type == EventType.VIOLENCE_AGAINST_CIVILIANS ? "Civilian targeting" : "";
    }

    static String iso(String country) {
        return isAfghanistan(country) ? AFGHANISTAN_ISO : "";
    }

    static String region(String country) {
        return isAfghanistan(country) ? AFGHANISTAN_REGION : "";
    }

    private static boolean isAfghanistan(String country) {
        return country != null && country.strip().toLowerCase(Locale.ROOT).equals(AFGHANISTAN);
    }

    /** ACLED's time precision: 1 the day is known, 2 the week, 3 the month or less. */
    static String timePrecision(DatePrecision precision) {
        if (precision == null) {
            return "";
        }
        return switch (precision) {
            case DAY -> "1";
            case WEEK -> "2";
            case MONTH, YEAR -> "3";
        };
    }

    /** ACLED's geo precision: 1 the place itself, 2 near it or its district, 3 only the province or country. */
    static String geoPrecision(PlacePrecision precision) {
        if (precision == null) {
            return "";
        }
        return switch (precision) {
            case EXACT, PLACE -> "1";
            case ADMIN2 -> "2";
            case ADMIN1, COUNTRY -> "3";
        };
    }
}
