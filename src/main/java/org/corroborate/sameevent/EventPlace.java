package org.corroborate.sameevent;

import java.util.Optional;

import org.corroborate.place.PlaceLookup;
import org.corroborate.place.PlaceNames;

/**
 * Where a claim puts its event, as same-event matching compares it: by keys, never by spellings, so "Mihtarlam" and
 * "Mehtarlam", "Dawlat Abad" and "Dowlatabad" are one place.
 *
 * @param province the province's P-code when the gazetteer knows it, else its folded name ({@link PlaceNames#fold})
 *        marked as a name; null when the claim names no province
 * @param district the district's P-code when known, else the province key and the folded district name; null when
 *        the claim names no district
 * @param districtSound the district's name by sound ({@link PlaceNames#soundOf}), to find one district name given
 *        under two provinces; null when there is no district
 * @param provinceName the province as the claim wrote it, for saying where a claim puts an event
 */
public record EventPlace(String province, String district, String districtSound, String provinceName) {

    /** No place a claim can be matched by (a nationwide claim). */
    public static final EventPlace NONE = new EventPlace(null, null, null, null);

    /**
     * The place of a claim: its P-code first ({@code location.pcode}, when claims carry one; null until then), else
     * its province and district names as the gazetteer resolves them ({@link PlaceLookup#unambiguous}), else the
     * names themselves, folded.
     */
    public static EventPlace of(PlaceLookup gazetteer, String pcode, String admin1, String admin2) {
        String written = blankToNull(admin1);
        Optional<PlaceLookup.Known> coded = gazetteer.byPcode(pcode);
        if (coded.isPresent()) {
            PlaceLookup.Known place = coded.get();
            return place.isProvince()
                    ? new EventPlace(place.pcode(), null, null, written == null ? place.admin1() : written)
                    : new EventPlace(place.admin1Pcode(), place.pcode(), PlaceNames.soundOf(place.admin2()),
                            written == null ? place.admin1() : written);
        }
        String district = blankToNull(admin2);
        Optional<PlaceLookup.Known> province = written == null ? Optional.empty()
                : gazetteer.unambiguous(written, null).filter(PlaceLookup.Known::isProvince);
        String provinceKey = province.map(PlaceLookup.Known::pcode).orElse(written == null ? null : nameKey(written));
        if (district == null) {
            return new EventPlace(provinceKey, null, null, written);
        }
        Optional<PlaceLookup.Known> known = gazetteer.unambiguous(written, district).filter(p -> !p.isProvince());
        if (known.isPresent() && (provinceKey == null || province.isPresent())) {
            PlaceLookup.Known place = known.get();
            return new EventPlace(place.admin1Pcode(), place.pcode(), PlaceNames.soundOf(district),
                    written == null ? place.admin1() : written);
        }
        return new EventPlace(provinceKey, provinceKey == null ? null : provinceKey + "/" + PlaceNames.fold(district),
                PlaceNames.soundOf(district), written);
    }

    public boolean hasProvince() {
        return province != null;
    }

    public boolean hasDistrict() {
        return district != null;
    }

    /** A name the gazetteer does not know, kept apart from P-codes ("AF07") so the two never compare equal. */
    private static String nameKey(String name) {
        return "name:" + PlaceNames.fold(name);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
