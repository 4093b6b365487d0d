package org.corroborate.map;

import java.time.LocalDate;

import org.corroborate.claim.Fatalities;
import org.corroborate.claim.Location;
import org.corroborate.claim.Verdict;

/**
 * What the map needs of one published event, and no more: the read shape of {@link MappedEvents}' one query
 * (its select list is this constructor's parameter list, in order).
 */
public record MappedEvent(Long id, String statement, LocalDate eventDate, String place, String admin2,
        String admin1, Double latitude, Double longitude, Verdict verdict, Integer fatalitiesLow,
        Integer fatalitiesBest, Integer fatalitiesHigh) {

    /** The longest statement the map's table writes out in full. */
    static final int SHORT = 120;

    /**
     * "Taywara, Ghor": the place from most to least precise, the country left out (the map is of one); empty when
     * the claim names none.
     */
    public String where() {
        return Location.where(place, admin2, admin1, null);
    }

    /** The statement, cut at a word to about {@value #SHORT} characters: the table links to the claim for the rest. */
    public String shortStatement() {
        if (statement.length() <= SHORT) {
            return statement;
        }
        int cut = statement.lastIndexOf(' ', SHORT - 1);
        return statement.substring(0, cut > SHORT / 2 ? cut : SHORT - 1).stripTrailing() + "…";
    }

    /** "– / 12 / –" (low / best / high), or null when no figure is known. */
    public String fatalities() {
        return fatalitiesLow == null && fatalitiesBest == null && fatalitiesHigh == null ? null
                : Fatalities.range(fatalitiesLow, fatalitiesBest, fatalitiesHigh);
    }
}
