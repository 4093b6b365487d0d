package org.corroborate.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.corroborate.cache.Remembered;

/**
 * Finds the places a name may mean, in a gazetteer held in memory (it is small: 34 provinces, about 400 districts,
 * a few thousand spellings). Pure: built from plain values, no database, no clock.
 * <p>
 * A query is read as "name" or "name, province" ("Dawlat Abad, Faryab"; brackets work as the comma does). Words that
 * only say what kind of place it is ("district", "province", "wuleswali") are dropped. Each spelling of each place
 * is then ranked against the name, best first:
 * <ol>
 * <li>the same folded spelling ({@link PlaceNames#fold}: case, diacritics, connectors, spaces, doubled letters);</li>
 * <li>the same sound ({@link PlaceNames#skeleton}: q/k, kh, gh, sh, vowels, y, w, an h after them);</li>
 * <li>a sound one edit away (two for long names; none for sounds shorter than four letters, where one edit
 * reaches too many other names);</li>
 * <li>a spelling that begins with the typed text (three letters at least), for look-ups as one types.</li>
 * </ol>
 * Within a rank, fewer edits between the folded spellings come first, then provinces before districts, then P-code
 * order. Places the last import removed are not found by name. A place appears once, with the spelling that ranked it ({@code matched}). A name several places share
 * (Dawlat Abad in Faryab and in Balkh) answers all of them, each with its province; the province after a comma
 * keeps only its own, when it names one.
 */
public final class PlaceLookup {

    /** Admin levels: a province, a district. */
    public static final int PROVINCE = 1;
    public static final int DISTRICT = 2;

    /** A place as the look-up knows it: its P-code, names, centroid and every spelling it answers to. */
    public record Known(String pcode, int adminLevel, String admin1Pcode, String admin1, String admin2, Double latitude,
            Double longitude, boolean removed, List<String> spellings) {

        /** The place's own English name: the district's, or the province's. */
        public String name() {
            return isProvince() ? admin1 : admin2;
        }

        public boolean isProvince() {
            return adminLevel == PROVINCE;
        }
    }

    /** A place the query may mean, with the spelling that matched and how well (lower is better). */
    public record Match(Known place, String matched, int rank) {
    }

    /** Ranks, as in the class comment. */
    static final int SAME_SPELLING = 0;
    static final int SAME_SOUND = 1;
    static final int NEAR_SOUND = 2;
    static final int PREFIX = 3;

    private static final String KIND_WORDS = "|district|districts|province|provinces|provincial|wuleswali|woleswali"
            + "|uluswali|welayat|wilayat|velayat|";

    private record Spelling(Known place, String text, String folded, String sound) {
    }

    private final List<Known> places;
    private final List<Spelling> spellings = new ArrayList<>();
    private final Map<String, Known> byPcode = new HashMap<>();
    private final Map<String, List<Known>> districtsBySound = new HashMap<>();
    private final Map<String, List<Known>> byFolded = new HashMap<>();
    private final Map<String, List<Spelling>> bySound = new HashMap<>();
    /**
     * Answers of {@link #unambiguous} by the names asked: the same-event candidates of one claim page resolve dozens
     * of claims' names, each a ranking over every spelling, and the same few thousand pairs recur. This gazetteer
     * never changes (a changed one is a new look-up), so neither do the answers; at most 20,000.
     */
    private final Remembered<List<String>, Optional<Known>> resolved = new Remembered<>(20_000);

    private PlaceLookup(List<Known> places) {
        this.places = List.copyOf(places);
        for (Known place : this.places) {
            byPcode.put(place.pcode(), place);
            if (place.removed()) {
                continue; // found by its P-code, never by a name: the gazetteer no longer lists it
            }
            for (String text : place.spellings()) {
                String folded = PlaceNames.fold(text);
                if (!folded.isEmpty()) {
                    Spelling spelling = new Spelling(place, text, folded, PlaceNames.skeleton(folded));
                    spellings.add(spelling);
                    addOnce(byFolded, folded, place);
                    bySound.computeIfAbsent(spelling.sound(), k -> new ArrayList<>()).add(spelling);
                    if (!place.isProvince()) {
                        addOnce(districtsBySound, spelling.sound(), place);
                    }
                }
            }
        }
    }

    /** How many letters a name may differ in length from a spelling it only sounds like, in {@link #spelled}. */
    static final int SOUND_LENGTH_SLACK = 2;

    private static void addOnce(Map<String, List<Known>> index, String key, Known place) {
        List<Known> same = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!same.contains(place)) {
            same.add(place);
        }
    }

    /**
     * The places one of whose spellings is {@code name} once folded ({@link PlaceNames#fold}), or, when that finds
     * none and {@code bySound}, sounds as it does ({@link PlaceNames#skeleton}) and is about as long (a person's
     * name, "Zabihullah", can sound as a place, "Zabul", with many more letters). For names met in running text, where
     * a near sound or a prefix would find places in ordinary words; a look-up of a whole spelling, not a ranking.
     */
    public List<Known> spelled(String name, boolean bySound) {
        String folded = PlaceNames.fold(name);
        List<Known> same = byFolded.getOrDefault(folded, List.of());
        if (!same.isEmpty() || !bySound || folded.isEmpty()) {
            return same;
        }
        List<Known> sounding = new ArrayList<>();
        for (Spelling s : this.bySound.getOrDefault(PlaceNames.skeleton(folded), List.of())) {
            if (Math.abs(s.folded().length() - folded.length()) <= SOUND_LENGTH_SLACK && !sounding.contains(s.place())) {
                sounding.add(s.place());
            }
        }
        return sounding;
    }

    /** The districts with a spelling of this sound ({@link PlaceNames#soundOf}): one name under several provinces. */
    public List<Known> districtsSounding(String sound) {
        return districtsBySound.getOrDefault(sound, List.of());
    }

    public static PlaceLookup of(List<Known> places) {
        return new PlaceLookup(places);
    }

    public List<Known> places() {
        return places;
    }

    public Optional<Known> byPcode(String pcode) {
        return Optional.ofNullable(pcode == null ? null : byPcode.get(pcode.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    /** The places {@code query} may mean, best first, at most {@code limit}; none for a query with no letters. */
    public List<Match> find(String query, int limit) {
        if (query == null || limit <= 0) {
            return List.of();
        }
        String[] parts = query.split("[,;()\\[\\]]", 2);
        String name = withoutKindWords(parts[0]);
        List<Match> found = ranked(name, null);
        if (parts.length > 1) {
            String province = withoutKindWords(parts[1].replaceAll("[()\\[\\]]", " "));
            List<Match> provinces = ranked(province, null).stream().filter(m -> m.place().isProvince()
                    && m.rank() <= NEAR_SOUND).toList();
            if (!provinces.isEmpty()) {
                String admin1Pcode = provinces.get(0).place().pcode();
                List<Match> inProvince = found.stream().filter(m -> m.place().admin1Pcode().equals(admin1Pcode)
                        && !m.place().isProvince()).toList();
                found = inProvince.isEmpty() ? found : inProvince;
            }
        }
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /**
     * The one place a claim's province and district names stand for, when exactly one ranks best: the district
     * {@code admin2} within the province {@code admin1}, or the province when there is no district. Empty when
     * nothing matches by sound, two places match equally well, or a province is named that no single province
     * matches.
     */
    public Optional<Known> unambiguous(String admin1, String admin2) {
        return resolved.get(Arrays.asList(admin1, admin2), key -> resolve(admin1, admin2));
    }

    private Optional<Known> resolve(String admin1, String admin2) {
        List<Match> provinces = ranked(withoutKindWords(admin1 == null ? "" : admin1), null).stream()
                .filter(m -> m.place().isProvince() && m.rank() <= NEAR_SOUND).toList();
        if (admin2 == null || admin2.isBlank()) {
            return single(provinces);
        }
        String admin1Pcode = provinces.size() == 1 || (provinces.size() > 1 && better(provinces.get(0), provinces.get(1)))
                ? provinces.get(0).place().pcode() : null;
        if (admin1Pcode == null && admin1 != null && !withoutKindWords(admin1).isEmpty()) {
            return Optional.empty(); // a province named but not known: never a district of another province
        }
        List<Match> districts = ranked(withoutKindWords(admin2), admin1Pcode).stream()
                .filter(m -> !m.place().isProvince() && m.rank() <= NEAR_SOUND).toList();
        return single(districts);
    }

    private static Optional<Known> single(List<Match> matches) {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        if (matches.size() == 1 || better(matches.get(0), matches.get(1))) {
            return Optional.of(matches.get(0).place());
        }
        return Optional.empty();
    }

    private static boolean better(Match a, Match b) {
        return a.rank() < b.rank();
    }

    private static String withoutKindWords(String text) {
        StringBuilder kept = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!KIND_WORDS.contains("|" + word.toLowerCase(java.util.Locale.ROOT) + "|")) {
                kept.append(word).append(' ');
            }
        }
        return kept.toString().strip();
    }

    /** Every place some spelling of which ranks against {@code name}, best first; only in one province if given. */
    private List<Match> ranked(String name, String admin1Pcode) {
        String folded = PlaceNames.fold(name);
        if (folded.isEmpty()) {
            return List.of();
        }
        String sound = PlaceNames.skeleton(folded);
        int soundEdits = sound.length() >= 8 ? 2 : sound.length() >= 4 ? 1 : 0;
        Map<String, Match> best = new HashMap<>();
        Map<String, Integer> bestEdits = new HashMap<>();
        for (Spelling s : spellings) {
            if (admin1Pcode != null && !s.place.admin1Pcode().equals(admin1Pcode)) {
                continue;
            }
            int rank;
            if (s.folded.equals(folded)) {
                rank = SAME_SPELLING;
            } else if (s.sound.equals(sound)) {
                rank = SAME_SOUND;
            } else if (soundEdits > 0 && Math.min(s.sound.length(), sound.length()) >= 4
                    && PlaceNames.distance(s.sound, sound, soundEdits) <= soundEdits) {
                rank = NEAR_SOUND;
            } else if (folded.length() >= 3 && s.folded.startsWith(folded)) {
                rank = PREFIX;
            } else {
                continue;
            }
            int edits = PlaceNames.distance(s.folded, folded, 9);
            Match known = best.get(s.place.pcode());
            if (known == null || rank < known.rank() || (rank == known.rank() && edits < bestEdits.get(s.place.pcode()))) {
                best.put(s.place.pcode(), new Match(s.place, s.text, rank));
                bestEdits.put(s.place.pcode(), edits);
            }
        }
        List<Match> matches = new ArrayList<>(best.values());
        matches.sort(Comparator.comparingInt(Match::rank)
                .thenComparingInt(m -> bestEdits.get(m.place().pcode()))
                .thenComparingInt(m -> m.place().adminLevel())
                .thenComparing(m -> m.place().pcode()));
        return matches;
    }
}
