package org.corroborate.evidence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.claimant.Origins;

/**
 * Who a claim's evidence comes from, counted by origin rather than by outlet or name: five outlets quoting one
 * spokesman are one origin, and two spokesmen of one party are one origin (see {@link Citation#origin}).
 *
 * <p>{@code independentOrigins} counts the distinct origins of all the claim's citations, {@code nonPartyOrigins}
 * those that are not a party to the conflict, and {@code partyOnly} says that every origin is a party. An origin is
 * a party when any of its citations' claimants is.
 */
public record Evidence(List<Origin> origins, int independentOrigins, int nonPartyOrigins, boolean partyOnly) {

    /** One origin: its name, whether it is a party, the stances it takes and the citations that carry it. */
    public record Origin(String origin, boolean party, List<Stance> stances, List<Long> citations) {

        public boolean supports() {
            return stances.contains(Stance.SUPPORTS);
        }

        public boolean refutes() {
            return stances.contains(Stance.REFUTES);
        }

        /** "Taliban (party)". */
        public String label() {
            return origin + (party ? " (party)" : "");
        }
    }

    public static Evidence of(List<Citation> citations) {
        Map<String, List<Citation>> byOrigin = new LinkedHashMap<>();
        for (Citation c : citations) {
            byOrigin.computeIfAbsent(key(originOf(c)), k -> new ArrayList<>()).add(c);
        }
        List<Origin> origins = byOrigin.values().stream().map(Evidence::origin).toList();
        int nonParty = (int) origins.stream().filter(o -> !o.party()).count();
        return new Evidence(origins, origins.size(), nonParty, !origins.isEmpty() && nonParty == 0);
    }

    /** The origins that take this stance. */
    public List<Origin> taking(Stance stance) {
        return origins.stream().filter(o -> o.stances().contains(stance)).toList();
    }

    /** Parties refuting the claim: denials, which are not independent refutation. */
    public List<Origin> denials() {
        return origins.stream().filter(o -> o.party() && o.refutes()).toList();
    }

    /** Refutation from origins that are not a party to the conflict. */
    public List<Origin> independentRefutations() {
        return origins.stream().filter(o -> !o.party() && o.refutes()).toList();
    }

    /**
     * "4 sources, 2 origins: Taliban (party), Ministry of Defense (party) — no independent confirmation", the
     * sentence the claim page leads its evidence with.
     */
    public String summary(List<Citation> citations) {
        if (origins.isEmpty()) {
            return "No source is attached yet.";
        }
        long sources = citations.stream().map(c -> c.source.id).distinct().count();
        String names = origins.stream().map(Origin::label).collect(Collectors.joining(", "));
        String sentence = plural(sources, "source") + ", " + plural(origins.size(), "origin") + ": " + names;
        List<Origin> supporting = taking(Stance.SUPPORTS);
        if (supporting.isEmpty()) {
            return sentence + " — nothing supports the claim";
        }
        if (supporting.stream().allMatch(Origin::party)) {
            return sentence + " — no independent confirmation";
        }
        long independent = supporting.stream().filter(o -> !o.party()).count();
        return sentence + " — confirmed by " + plural(independent, "origin") + " not a party to the conflict";
    }

    /** The origin a citation carries; its claimant's words when nothing resolved it. */
    public static String originOf(Citation c) {
        return c.origin != null ? c.origin : c.claimant.strip();
    }

    /**
     * Origins compared as claimants are ({@link Origins#key}: case, accents, punctuation and titles aside), so
     * "Defense Ministry" and " defense  ministry " count once; a text with no letter or digit counts as written.
     */
    static String key(String origin) {
        String key = Origins.key(origin);
        return key.isEmpty() ? origin.strip().toLowerCase(Locale.ROOT) : key;
    }

    private static Origin origin(List<Citation> citations) {
        Set<Stance> stances = EnumSet.noneOf(Stance.class);
        citations.forEach(c -> stances.add(c.stance));
        boolean party = citations.stream().anyMatch(c -> c.claimantIsParty);
        return new Origin(originOf(citations.get(0)), party, List.copyOf(stances),
                citations.stream().map(c -> c.id).toList());
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
