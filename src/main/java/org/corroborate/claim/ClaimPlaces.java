package org.corroborate.claim;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.place.PlaceLookup;
import org.corroborate.place.PlaceService;
import org.corroborate.problem.FieldError;

/**
 * How a claim points at a place of the gazetteer, on every write (form, API, demo loader) and on the start-up
 * matching of older claims ({@link UnplacedClaims}); docs/PLACES.md, "Claims and places".
 * <ul>
 * <li>A P-code the writer chose must be the gazetteer's; it fills province and district with the gazetteer's names
 * and the coordinates with its centroid (precision ADMIN2, ADMIN1 for a province), unless the writer gave
 * coordinates and a finer precision (EXACT, PLACE).</li>
 * <li>Without one, the province and district as typed resolve to the one place they stand for
 * ({@link PlaceService#unambiguous}), whose P-code and names the claim then takes; its coordinates stay as written.</li>
 * <li>Otherwise the claim keeps its names as typed and no P-code: outside the gazetteer, and shown so.</li>
 * </ul>
 * A place name finer than the gazetteer (a village) stays in {@code place} either way.
 */
@ApplicationScoped
public class ClaimPlaces {

    private final PlaceService places;

    ClaimPlaces(PlaceService places) {
        this.places = places;
    }

    /** The refusal of a P-code the gazetteer does not have, or null. */
    FieldError check(ClaimInput.LocationInput l) {
        String pcode = l == null ? null : chosen(l);
        if (pcode != null && places.byPcode(pcode).isEmpty()) {
            return new FieldError("location.pcode", t -> t.unknownPcode(pcode));
        }
        return null;
    }

    /** Writes the place of {@code input} into {@code location}, as the class comment says. */
    void apply(Location location, ClaimInput.LocationInput input) {
        String pcode = chosen(input);
        if (pcode != null) {
            PlaceLookup.Known place = places.byPcode(pcode).orElseThrow();
            named(location, place);
            boolean finer = location.latitude != null && (location.precision == PlacePrecision.EXACT
                    || location.precision == PlacePrecision.PLACE);
            if (!finer && place.latitude() != null) {
                location.latitude = place.latitude();
                location.longitude = place.longitude();
                location.precision = place.isProvince() ? PlacePrecision.ADMIN1 : PlacePrecision.ADMIN2;
            }
        } else {
            location.pcode = null;
            resolved(location.admin1, location.admin2).ifPresentOrElse(place -> named(location, place),
                    () -> provinceName(location.admin1).ifPresent(name -> location.admin1 = name));
        }
    }

    /**
     * The gazetteer's name of the province {@code admin1} stands for, when it stands for one: a claim whose district
     * matches nothing still counts under its province's one name.
     */
    Optional<String> provinceName(String admin1) {
        return places.provinceName(admin1);
    }

    /** The one place a province and district as claims name them stand for, if any. */
    Optional<PlaceLookup.Known> resolved(String admin1, String admin2) {
        if (admin1 == null && admin2 == null) {
            return Optional.empty();
        }
        return places.unambiguous(admin1, admin2);
    }

    /** The P-code and the gazetteer's names: what filters, charts and the export group by. */
    static void named(Location location, PlaceLookup.Known place) {
        location.pcode = place.pcode();
        location.admin1 = place.admin1();
        location.admin2 = place.admin2();
    }

    private static String chosen(ClaimInput.LocationInput l) {
        return l.pcode() == null || l.pcode().isBlank() ? null : l.pcode().strip().toUpperCase(java.util.Locale.ROOT);
    }
}
