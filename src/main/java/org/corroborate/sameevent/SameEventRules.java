package org.corroborate.sameevent;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Set;

import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.SubEventType;

/**
 * When two claims may describe the same event, told differently (docs/EVIDENCE.md, "Same event"): the same place,
 * date windows that overlap, and event types that fit together. Pure: no database, no gazetteer;
 * {@link EventPlace} brings the place already resolved. {@code SameEventRulesTest} holds the table.
 */
public final class SameEventRules {

    /** Days either side of a WEEK-precision date: the date is the best reading, the event within the week around it. */
    public static final int WEEK_SLACK = 3;

    private SameEventRules() {
    }

    /** What the rules compare of one claim. */
    public record Event(long id, LocalDate date, DatePrecision precision, EventType type, SubEventType subType,
            EventPlace place) {
    }

    /** The days an event may have happened on, both ends included. */
    public record Window(LocalDate from, LocalDate to) {

        public boolean overlaps(Window other) {
            return !from.isAfter(other.to) && !other.from.isAfter(to);
        }
    }

    /** How two claims' places agree. */
    public enum PlaceMatch {
        /** The same district. */
        SAME_DISTRICT,
        /** The same province, one claim or both naming no district. */
        SAME_PROVINCE,
        /** One district name (by sound) under two provinces: likely one event filed under the wrong province. */
        DISTRICT_NAME_IN_OTHER_PROVINCE,
        /** Different districts, different provinces, or a claim without a province. */
        NONE
    }

    /**
     * DAY: that day; WEEK: the date ±{@value #WEEK_SLACK} days; MONTH: the calendar month; YEAR: the calendar year.
     * No precision reads as DAY.
     */
    public static Window window(LocalDate date, DatePrecision precision) {
        Objects.requireNonNull(date, "date");
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case DAY -> new Window(date, date);
            case WEEK -> new Window(date.minusDays(WEEK_SLACK), date.plusDays(WEEK_SLACK));
            case MONTH -> new Window(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
            case YEAR -> new Window(date.withDayOfYear(1), date.with(TemporalAdjusters.lastDayOfYear()));
        };
    }

    /** Whether the two claims' date windows overlap; never when either has no date. */
    public static boolean datesOverlap(Event a, Event b) {
        return a.date() != null && b.date() != null
                && window(a.date(), a.precision()).overlaps(window(b.date(), b.precision()));
    }

    /**
     * The event dates a claim dated {@code date} with {@code precision} must look among to find every claim whose
     * window may overlap its own: any claim dated within {@link #WEEK_SLACK} days of its window (DAY and WEEK), a
     * MONTH claim dated in the months it touches, a YEAR claim in the years. The candidate query reads these
     * ranges through an index; {@link #possiblySame} then decides.
     */
    public record Reach(Window days, Window months, Window years) {
    }

    public static Reach reach(LocalDate date, DatePrecision precision) {
        Window own = window(date, precision);
        return new Reach(new Window(own.from().minusDays(WEEK_SLACK), own.to().plusDays(WEEK_SLACK)),
                new Window(own.from().withDayOfMonth(1), own.to().with(TemporalAdjusters.lastDayOfMonth())),
                new Window(own.from().withDayOfYear(1), own.to().with(TemporalAdjusters.lastDayOfYear())));
    }

    /** Strikes and shelling that come with fighting: a battle told by one source, the strike by another. */
    private static final Set<SubEventType> STRIKES_IN_FIGHTING = Set.of(SubEventType.AIR_DRONE_STRIKE,
            SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK);

    /**
     * Whether two claims' event types fit one event. The same type always does, and a claim without a type fits any
     * (nothing rules it out). Across types, the compatibility table:
     * <ul>
     * <li>BATTLES and EXPLOSIONS_REMOTE_VIOLENCE that is an air/drone strike or shelling (or has no sub-type):
     * strikes during the fighting;</li>
     * <li>BATTLES and STRATEGIC_DEVELOPMENTS / NON_VIOLENT_TRANSFER_OF_TERRITORY (or no sub-type): a district
     * that one source says was taken in fighting, another that it was handed over;</li>
     * <li>VIOLENCE_AGAINST_CIVILIANS and EXPLOSIONS_REMOTE_VIOLENCE: civilians killed by a bomb or a strike, one
     * source naming the victims, another the weapon;</li>
     * <li>PROTESTS and RIOTS: a protest that turned violent.</li>
     * </ul>
     */
    public static boolean compatible(EventType a, SubEventType aSub, EventType b, SubEventType bSub) {
        if (a == null || b == null || a == b) {
            return true;
        }
        return oneWay(a, b, bSub) || oneWay(b, a, aSub);
    }

    private static boolean oneWay(EventType a, EventType b, SubEventType bSub) {
        return switch (a) {
            case BATTLES -> (b == EventType.EXPLOSIONS_REMOTE_VIOLENCE && (bSub == null || STRIKES_IN_FIGHTING.contains(bSub)))
                    || (b == EventType.STRATEGIC_DEVELOPMENTS
                            && (bSub == null || bSub == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY));
            case VIOLENCE_AGAINST_CIVILIANS -> b == EventType.EXPLOSIONS_REMOTE_VIOLENCE;
            case PROTESTS -> b == EventType.RIOTS;
            default -> false;
        };
    }

    /**
     * The same district; or the same province when either claim names no district; or one district name under two
     * provinces. Claims without a province match nothing by place: a nationwide tally is not one event.
     */
    public static PlaceMatch place(EventPlace a, EventPlace b) {
        if (!a.hasProvince() || !b.hasProvince()) {
            return PlaceMatch.NONE;
        }
        boolean sameProvince = a.province().equals(b.province());
        if (a.hasDistrict() && b.hasDistrict()) {
            if (a.district().equals(b.district())) {
                return PlaceMatch.SAME_DISTRICT;
            }
            return !sameProvince && a.districtSound().equals(b.districtSound())
                    ? PlaceMatch.DISTRICT_NAME_IN_OTHER_PROVINCE : PlaceMatch.NONE;
        }
        return sameProvince ? PlaceMatch.SAME_PROVINCE : PlaceMatch.NONE;
    }

    /** Whether {@code b} may describe the same event as {@code a}: another claim, place, dates and type agreeing. */
    public static boolean possiblySame(Event a, Event b) {
        return a.id() != b.id() && place(a.place(), b.place()) != PlaceMatch.NONE && datesOverlap(a, b)
                && compatible(a.type(), a.subType(), b.type(), b.subType());
    }

    /** Two claims of one event that put it in different provinces: a conflict to flag on both. */
    public static boolean placeConflict(EventPlace a, EventPlace b) {
        return a.hasProvince() && b.hasProvince() && !a.province().equals(b.province());
    }
}
