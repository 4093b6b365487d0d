package org.corroborate.place;

import java.util.List;

/**
 * The places a claim form offers to choose from (radio buttons named {@code location.pcode}): the place the claim
 * points at now, then what the typed names may mean, best first; each with its province, so a name two provinces
 * share asks which. "None of these" keeps the place as typed, outside the gazetteer.
 *
 * @param query what was looked up ("Dawlat Abad, Faryab"), null when nothing was
 * @param chosen the P-code chosen now, null for none
 */
public record PlaceChoices(String query, String chosen, List<Option> options) {

    /**
     * One place to choose; the page tells two places of one name apart by "province" or "district of Faryab"
     * ({@code ref:districtOf}).
     */
    public record Option(String pcode, String name, String admin1, boolean province, String matched, boolean chosen) {
    }

    public static final PlaceChoices NONE = new PlaceChoices(null, null, List.of());

    /** Whether a look-up was made and found nothing. */
    public boolean nothingFound() {
        return query != null && options.stream().allMatch(Option::chosen);
    }

    /** Whether "none of these" (the place as typed) is the choice. */
    public boolean keepTyped() {
        return chosen == null || options.stream().noneMatch(Option::chosen);
    }

    /**
     * What the claim form's names look up: the place name, else the district, with the province after a comma
     * ("Dawlat Abad, Faryab") so its places come first; the province alone when only it is named; null for none.
     */
    public static String query(String place, String admin2, String admin1) {
        String name = blank(place) ? (blank(admin2) ? null : admin2.strip()) : place.strip();
        if (name == null) {
            return blank(admin1) ? null : admin1.strip();
        }
        return blank(admin1) ? name : name + ", " + admin1.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
