package org.corroborate.place;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.cache.ChangeFeed;
import org.corroborate.cache.ChangeFeed.Topic;
import org.corroborate.cache.FleetCache;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;

/**
 * The gazetteer: look-ups by name or P-code from memory, the first load of the shipped table and an admin's COD-AB
 * import. The in-memory copy is read once and kept until the place table changes on any instance
 * ({@link Topic#PLACES}), so a look-up touches no database.
 * <p>
 * For other features (claims, extraction): {@link #lookup}, {@link #byPcode} and {@link #unambiguous}.
 */
@ApplicationScoped
public class PlaceService {

    /** At most this many places answer a look-up. */
    public static final int MAX_RESULTS = 10;

    private final FleetCache<Boolean, PlaceLookup> gazetteer;
    private final Clock clock;
    private final ObjectMapper json;

    PlaceService(ChangeFeed changes, Clock clock, ObjectMapper json) {
        this.gazetteer = new FleetCache<>(changes, Topic.PLACES, 1);
        this.clock = clock;
        this.json = json;
    }

    /** What the gazetteer holds and where it came from. */
    public record Summary(long provinces, long districts, long removed, String edition, Instant changedAt, String changedBy) {
    }

    /** The places {@code q} may mean, best first, at most {@code limit} ({@link PlaceLookup} says how they rank). */
    public List<PlaceLookup.Match> lookup(String q, int limit) {
        if (q == null || q.isBlank()) {
            throw Problem.invalid("q", ProblemTexts::placeNameRequired);
        }
        if (q.length() > PlaceNames.MAX_LENGTH) {
            throw Problem.invalid("q", t -> t.longerThan(PlaceNames.MAX_LENGTH));
        }
        return current().find(q, Math.min(limit, MAX_RESULTS));
    }

    /** The place with this P-code, also one the last import removed. */
    public Optional<PlaceLookup.Known> byPcode(String pcode) {
        return current().byPcode(pcode);
    }

    /**
     * The one place an existing claim's province and district names stand for ({@link PlaceLookup#unambiguous});
     * empty when none or several match equally well.
     */
    public Optional<PlaceLookup.Known> unambiguous(String admin1, String admin2) {
        return current().unambiguous(admin1, admin2);
    }

    /**
     * What a claim form offers: the chosen place first (also one an import removed), then what {@code query} may mean
     * ({@link #lookup}); never refused, so a form being typed always gets an answer.
     */
    public PlaceChoices choices(String query, String chosen) {
        PlaceLookup lookup = current();
        List<PlaceChoices.Option> options = new ArrayList<>();
        Optional<PlaceLookup.Known> current = lookup.byPcode(chosen);
        current.ifPresent(p -> options.add(option(p, null, true)));
        String q = query == null || query.isBlank() ? null : query.strip();
        if (q != null && q.length() <= PlaceNames.MAX_LENGTH) {
            for (PlaceLookup.Match m : lookup.find(q, MAX_RESULTS)) {
                if (current.isEmpty() || !current.get().pcode().equals(m.place().pcode())) {
                    options.add(option(m.place(), m.matched(), false));
                }
            }
        }
        return new PlaceChoices(q, current.map(PlaceLookup.Known::pcode).orElse(null), List.copyOf(options));
    }

    private static PlaceChoices.Option option(PlaceLookup.Known p, String matched, boolean chosen) {
        return new PlaceChoices.Option(p.pcode(), p.name(), p.admin1(), p.isProvince(),
                matched == null || matched.equals(p.name()) ? null : matched, chosen);
    }

    /**
     * The gazetteer's name of the province {@code typed} stands for ("Helmand" → "Hilmand"), when it stands for one:
     * what the province filters of the claim list and the export also match.
     */
    public Optional<String> provinceName(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return unambiguous(typed, null).map(PlaceLookup.Known::admin1);
    }

    /** The gazetteer in memory, read afresh after any change. */
    public PlaceLookup current() {
        return gazetteer.get(Boolean.TRUE, PlaceService::read);
    }

    private static PlaceLookup read() {
        Map<String, List<String>> spellings = new HashMap<>();
        for (PlaceName name : PlaceName.everyName()) {
            spellings.computeIfAbsent(name.pcode, p -> new ArrayList<>()).add(name.spelling);
        }
        List<PlaceLookup.Known> places = new ArrayList<>();
        for (Place p : Place.everyPlace()) {
            places.add(new PlaceLookup.Known(p.pcode, p.adminLevel, p.admin1Pcode, p.admin1, p.admin2, p.latitude,
                    p.longitude, p.removed, List.copyOf(spellings.getOrDefault(p.pcode, List.of()))));
        }
        return PlaceLookup.of(places);
    }

    public Summary summary() {
        GazetteerState state = GazetteerState.current();
        return new Summary(Place.count("adminLevel = ?1 and removed = false", Place.PROVINCE),
                Place.count("adminLevel = ?1 and removed = false", Place.DISTRICT), Place.count("removed", true),
                state.edition, state.changedAt, state.changedBy);
    }

    /** A province and district as claims name them, how many claims do, and whether the gazetteer knows it. */
    public record ClaimPlace(String admin1, String admin2, long claims) {

        /** The claim list of these claims: their names, without a P-code. */
        public String claimsUrl() {
            StringBuilder url = new StringBuilder("/claims?pcode=none");
            if (admin1 != null) {
                url.append("&admin1=").append(encoded(admin1));
            }
            if (admin2 != null) {
                url.append("&admin2=").append(encoded(admin2));
            }
            return url.toString();
        }

        private static String encoded(String text) {
            return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        }
    }

    /**
     * The places claims without a P-code name that match no place of the gazetteer unambiguously
     * ({@link #unambiguous}), most named first, at most {@code limit}. Reads each distinct (province, district) pair
     * once, however many claims.
     */
    public List<ClaimPlace> unmatchedClaimPlaces(int limit) {
        PlaceLookup lookup = current();
        List<ClaimPlace> unmatched = new ArrayList<>();
        List<Object[]> named = Place.getEntityManager().createQuery("select c.location.admin1, c.location.admin2, count(c)"
                + " from Claim c where c.location.pcode is null"
                + " and (c.location.admin1 is not null or c.location.admin2 is not null)"
                + " group by c.location.admin1, c.location.admin2 order by count(c) desc", Object[].class).getResultList();
        for (Object[] row : named) {
            String admin1 = (String) row[0];
            String admin2 = (String) row[1];
            if (lookup.unambiguous(admin1, admin2).isEmpty()) {
                unmatched.add(new ClaimPlace(admin1, admin2, (Long) row[2]));
                if (unmatched.size() == limit) {
                    break;
                }
            }
        }
        return unmatched;
    }

    /** The report of the last import, if there was one. */
    public Optional<ImportReport> lastImport() {
        String report = GazetteerState.current().lastReport;
        if (report == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(report, ImportReport.class));
        } catch (JsonProcessingException e) {
            return Optional.empty(); // a report written by an older version: the next import writes a new one
        }
    }

    /**
     * Loads the shipped gazetteer when the place table is empty; answers whether it did. Takes the gazetteer's lock
     * first, so of two instances starting together one loads and the other finds the places there.
     */
    @Transactional
    public boolean loadShippedIfEmpty() {
        GazetteerState state = GazetteerState.locked();
        if (Place.count() > 0) {
            return false;
        }
        Instant now = clock.instant();
        for (ShippedGazetteer.Entry entry : ShippedGazetteer.read()) {
            PlaceLookup.Known k = entry.place();
            Place place = new Place();
            place.pcode = k.pcode();
            place.adminLevel = k.adminLevel();
            place.admin1Pcode = k.admin1Pcode();
            place.admin1 = k.admin1();
            place.admin2 = k.admin2();
            place.nameDari = entry.nameDari();
            place.namePashto = entry.namePashto();
            place.latitude = k.latitude();
            place.longitude = k.longitude();
            place.changedAt = now;
            place.persist();
            PlaceName.of(k.pcode(), k.name(), PlaceName.Origin.NAME).persist();
            Set<String> seen = new LinkedHashSet<>(List.of(k.name()));
            for (String nativeName : new String[] { entry.nameDari(), entry.namePashto() }) {
                if (nativeName != null && seen.add(nativeName)) {
                    PlaceName.of(k.pcode(), nativeName, PlaceName.Origin.NATIVE).persist();
                }
            }
            for (String variant : entry.variants()) {
                if (seen.add(variant)) {
                    PlaceName.of(k.pcode(), variant, PlaceName.Origin.VARIANT).persist();
                }
            }
        }
        state.edition = ShippedGazetteer.EDITION;
        state.changedAt = now;
        state.changedBy = "start-up";
        return true;
    }

    /**
     * Applies an OCHA COD-AB table ({@link CodAbTable}) in one transaction and answers what changed; a table that
     * fails any check is refused whole, naming the line and column, and nothing changes.
     */
    @Transactional
    public ImportReport importTable(String csv, String username) {
        CodAbTable table = CodAbTable.read(csv);
        GazetteerState state = GazetteerState.locked();
        Instant now = clock.instant();
        Map<String, Place> existing = new HashMap<>();
        for (Place p : Place.everyPlace()) {
            existing.put(p.pcode, p);
        }
        Map<String, Set<String>> spellings = new HashMap<>();
        for (PlaceName name : PlaceName.everyName()) {
            spellings.computeIfAbsent(name.pcode, p -> new LinkedHashSet<>()).add(name.spelling);
        }
        Changes changes = new Changes(existing, spellings, now);
        for (CodAbTable.Province province : table.provinces().values()) {
            // a COD-AB ADM2 table has no province centroids: a province keeps its own (its polygon's), a new one
            // takes the mean of its districts'
            Place known = existing.get(province.pcode());
            boolean keep = known != null && known.latitude != null;
            changes.apply(province.pcode(), Place.PROVINCE, province.pcode(), province.name(), null, province.nameDari(),
                    keep ? null : province.latitude(), keep ? null : province.longitude(), List.of());
            for (CodAbTable.District d : table.districts().get(province.pcode())) {
                changes.apply(d.pcode(), Place.DISTRICT, province.pcode(), province.name(), d.name(), d.nameDari(),
                        d.latitude(), d.longitude(), d.otherNames());
            }
        }
        List<ImportReport.Change> removed = new ArrayList<>();
        for (Place p : existing.values().stream().sorted((a, b) -> a.pcode.compareTo(b.pcode)).toList()) {
            if (!changes.seen.contains(p.pcode) && !p.removed) {
                p.removed = true;
                p.changedAt = now;
                removed.add(new ImportReport.Change(p.pcode, p.admin1, p.admin2));
            }
        }
        ImportReport report = new ImportReport(changes.added, changes.renamed, changes.moved, removed, changes.unchanged,
                username, now);
        state.edition = "OCHA COD-AB table imported by " + username;
        state.changedAt = now;
        state.changedBy = username;
        try {
            state.lastReport = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return report;
    }

    /** One import's writes and what they changed. */
    private static final class Changes {
        final Map<String, Place> existing;
        final Map<String, Set<String>> spellings;
        final Instant now;
        final Set<String> seen = new LinkedHashSet<>();
        final List<ImportReport.Change> added = new ArrayList<>();
        final List<ImportReport.Rename> renamed = new ArrayList<>();
        final List<ImportReport.Move> moved = new ArrayList<>();
        int unchanged;

        Changes(Map<String, Place> existing, Map<String, Set<String>> spellings, Instant now) {
            this.existing = existing;
            this.spellings = spellings;
            this.now = now;
        }

        void apply(String pcode, int level, String admin1Pcode, String admin1, String admin2, String dari, Double latitude,
                Double longitude, List<String> otherNames) {
            seen.add(pcode);
            Place place = existing.get(pcode);
            boolean changed = false;
            boolean created = place == null;
            if (created) {
                place = new Place();
                place.pcode = pcode;
                place.adminLevel = level;
                place.admin1Pcode = admin1Pcode;
                place.admin1 = admin1;
                place.admin2 = admin2;
                place.nameDari = dari;
                place.latitude = latitude;
                place.longitude = longitude;
                place.changedAt = now;
                place.persist();
                existing.put(pcode, place);
                added.add(new ImportReport.Change(pcode, admin1, admin2));
            } else {
                if (place.removed) {
                    place.removed = false;
                    added.add(new ImportReport.Change(pcode, admin1, admin2));
                    changed = true;
                }
                String name = level == Place.PROVINCE ? admin1 : admin2;
                if (!place.name().equals(name)) {
                    renamed.add(new ImportReport.Rename(pcode, place.name(), name));
                    addSpelling(pcode, place.name(), PlaceName.Origin.FORMER);
                    changed = true;
                }
                place.admin1 = admin1;
                place.admin2 = admin2;
                if (dari != null && !dari.equals(place.nameDari)) {
                    place.nameDari = dari;
                    changed = true;
                }
                if (latitude != null) {
                    Double km = place.latitude == null ? null
                            : PlaceDistance.km(place.latitude, place.longitude, latitude, longitude);
                    if (km == null || km > ImportReport.MOVED_KM) {
                        moved.add(new ImportReport.Move(pcode, name, place.latitude, place.longitude, latitude, longitude,
                                km == null ? null : Math.round(km * 10) / 10.0));
                        changed = true;
                    }
                    place.latitude = latitude;
                    place.longitude = longitude;
                }
            }
            boolean newSpelling = addSpelling(pcode, level == Place.PROVINCE ? admin1 : admin2, PlaceName.Origin.NAME);
            if (dari != null) {
                newSpelling |= addSpelling(pcode, dari, PlaceName.Origin.NATIVE);
            }
            for (String other : otherNames) {
                newSpelling |= addSpelling(pcode, other, PlaceName.Origin.VARIANT);
            }
            if (changed || newSpelling) {
                place.changedAt = now; // a changed place row is what tells every instance (Topic.PLACES)
            }
            if (!changed && !created) {
                unchanged++;
            }
        }

        private boolean addSpelling(String pcode, String spelling, PlaceName.Origin origin) {
            if (spelling == null || spelling.isBlank()) {
                return false;
            }
            if (spellings.computeIfAbsent(pcode, p -> new LinkedHashSet<>()).add(spelling.strip())) {
                PlaceName.of(pcode, spelling, origin).persist();
                return true;
            }
            return false;
        }
    }
}
