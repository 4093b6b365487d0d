package org.corroborate.sameevent;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.corroborate.claim.Claim;

/**
 * The claims that describe, or may describe, the same event as one claim: judged the same, candidates nobody
 * judged yet (the nearest in date first), and those judged different (shown so a judgement can be changed).
 * {@code place} is where the claim itself puts the event; {@code nearbyPath} the claim list of its province around its
 * dates (null when it has no province or date).
 */
public record SameEvents(EventPlace place, List<Related> same, List<Related> possibly, List<Related> different,
        String nearbyPath) {

    /** At most this many other claims in the side-by-side comparison on the claim page. */
    public static final int COMPARED = 6;

    /** At most this many candidates listed on the claim page (the JSON has all), the nearest in date first. */
    public static final int SHOWN = 10;

    /**
     * Another claim and how it relates: its place as the rules read it, how the places agree, the judgement on the
     * pair (null for a candidate), its stated figures, and whether it puts the event in another province.
     */
    public record Related(Claim claim, EventPlace place, SameEventRules.PlaceMatch match, Judgement judgement,
            String judgedBy, Instant judgedAt, List<SameEventReader.StatedFigure> figures, boolean placeConflict) {

        /** "same district", "same province", "same district name in another province", "–". */
        public String placeWords() {
            return switch (match) {
                case SAME_DISTRICT -> "same district";
                case SAME_PROVINCE -> "same province";
                case DISTRICT_NAME_IN_OTHER_PROVINCE -> "same district name, another province";
                case NONE -> "another place";
            };
        }

        /** The province the other claim names, as written ("Balkh"). */
        public String provinceName() {
            return place.provinceName() == null ? "no province" : place.provinceName();
        }
    }

    /** The candidates the claim page lists. */
    public List<Related> possiblyShown() {
        return possibly.size() <= SHOWN ? possibly : possibly.subList(0, SHOWN);
    }

    /** How many candidates the claim page does not list; {@code nearbyPath} is the claim list that shows them. */
    public int possiblyNotShown() {
        return possibly.size() - possiblyShown().size();
    }

    /** Ids of the claims judged the same event. */
    public List<Long> sameEventIds() {
        return ids(same.stream());
    }

    /** Ids of the candidates nobody judged either way yet. */
    public List<Long> possiblySameEventIds() {
        return ids(possibly.stream());
    }

    public List<Long> differentEventIds() {
        return ids(different.stream());
    }

    /** Claims judged or possibly the same event that put it in another province. */
    public List<Related> placeConflicts() {
        return Stream.concat(same.stream(), possibly.stream()).filter(Related::placeConflict).toList();
    }

    public List<Long> placeConflictIds() {
        return ids(placeConflicts().stream());
    }

    /** The claims compared side by side with this one: those judged the same first, then candidates. */
    public List<Related> compared() {
        return Stream.concat(same.stream(), possibly.stream()).limit(COMPARED).toList();
    }

    /** Whether there is anything to show: a judgement either way or a candidate. */
    public boolean any() {
        return !same.isEmpty() || !possibly.isEmpty() || !different.isEmpty();
    }

    private static List<Long> ids(Stream<Related> related) {
        return related.map(r -> r.claim().id).toList();
    }
}
