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
import org.corroborate.claim.ClaimTexts;
import org.corroborate.claimant.Origins;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Texts;

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
        String label(ClaimTexts words) {
            return party ? words.partyOrigin(origin) : origin;
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
     * sentence the claim page leads its evidence with, in {@code language} (its words are the claim pages').
     */
    public String summary(List<Citation> citations, Language language) {
        ClaimTexts words = Texts.of(ClaimTexts.class, language);
        if (origins.isEmpty()) {
            return words.evidenceNone();
        }
        long sources = citations.stream().map(c -> c.source.id).distinct().count();
        String names = origins.stream().map(o -> o.label(words))
                .collect(Collectors.joining(language.rightToLeft ? "، " : ", "));
        String sentence = words.evidenceCounts(words.sources(number(sources, language), sources == 1),
                words.origins(number(origins.size(), language), origins.size() == 1), names);
        List<Origin> supporting = taking(Stance.SUPPORTS);
        if (supporting.isEmpty()) {
            return sentence + " — " + words.nothingSupports();
        }
        if (supporting.stream().allMatch(Origin::party)) {
            return sentence + " — " + words.noIndependentConfirmation();
        }
        long independent = supporting.stream().filter(o -> !o.party()).count();
        return sentence + " — " + words.confirmedBy(words.origins(number(independent, language), independent == 1));
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

    private static String number(long n, Language language) {
        return Texts.digits(String.valueOf(n), language);
    }
}
