package org.corroborate.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.corroborate.citation.Stance;

/**
 * A claim's fatalities as low / best / high (UCDP's convention), suggested from its citations' figures, with the
 * basis of each value. A suggestion for the reviewer, who may write other values on the claim.
 *
 * <ul>
 * <li>Only supporting citations with a figure count: a refuting citation's figure is the one it denies, and
 * context is not about this event's dead.</li>
 * <li>Each figure has a <em>conservative reading</em>, its low bound, or its high bound when it has no low
 * ("nearly 59" reads 59), and a <em>top</em>, its high bound, or its low bound when it has no high ("more than
 * 50" reads 51, the most it states).</li>
 * <li><b>Low</b>: the smallest low bound a non-party figure gives. A figure with only a high bound ("nearly 59")
 * allows any count below it, so it sets no low. When no non-party figure has a low bound, the smallest low bound
 * a party gives, and the basis says so; else null.</li>
 * <li><b>High</b>: the largest top among non-party figures; null when no non-party citation has a figure. A party
 * figure never sets the high: parties inflate the other side's losses.</li>
 * <li><b>Best</b>: the median of the non-party origins, one value per origin (citations with the same origin
 * repeat one report, so they count once), each origin's value being the smallest conservative reading among its
 * figures; of two middle values the lower, so best is always a figure some origin gave. It is kept within
 * [low, high]. When no non-party citation has a figure, best is low.</li>
 * <li>On a tie, the citation earlier in the list is named.</li>
 * <li>No citation with a figure: all three null and no basis.</li>
 * </ul>
 * The arithmetic cannot tell whose dead a figure counts: a ministry's 119 insurgents and the insurgents' 21
 * soldiers are figures for different victims, and only the stance keeps the one that is not about the claim out
 * (as context).
 */
public record SuggestedFatalities(Integer low, Integer best, Integer high, List<Basis> basis) {

    public static final SuggestedFatalities NONE = new SuggestedFatalities(null, null, null, List.of());

    public SuggestedFatalities {
        basis = basis == null ? List.of() : List.copyOf(basis);
    }

    /**
     * Where one of low, best and high comes from: the {@code field} ("low", "best" or "high"), the citation, its
     * claimant and origin, whether that claimant is a party, the figure's {@link Figure#reading()} and a short
     * sentence saying how the value was derived.
     */
    public record Basis(String field, long citationId, String claimant, String origin, boolean party,
            String reading, String derivation) {
    }

    /** The suggestion from a claim's citations' figures; nulls and citations without a figure are passed over. */
    public static SuggestedFatalities from(List<FigureEvidence> evidence) {
        List<FigureEvidence> counted = evidence == null ? List.of()
                : evidence.stream().filter(e -> e != null && e.stance() == Stance.SUPPORTS && e.figure() != null)
                        .toList();
        if (counted.isEmpty()) {
            return NONE;
        }
        List<FigureEvidence> nonParty = counted.stream().filter(e -> !e.party()).toList();
        List<FigureEvidence> party = counted.stream().filter(FigureEvidence::party).toList();
        List<Basis> basis = new ArrayList<>();

        Optional<FigureEvidence> lowFrom = smallestLow(nonParty);
        boolean partyLow = lowFrom.isEmpty();
        if (partyLow) {
            lowFrom = smallestLow(party);
        }
        Integer low = lowFrom.map(e -> e.figure().low()).orElse(null);
        lowFrom.ifPresent(e -> basis.add(basis("low", low, e, partyLow
                ? "the smallest low bound a party gives, as no non-party figure has one"
                : "the smallest low bound any non-party figure gives")));

        Optional<FigureEvidence> bestFrom;
        Integer best;
        String bestDerivation;
        Optional<FigureEvidence> highFrom = nonParty.stream().max(Comparator.comparingInt(SuggestedFatalities::top));
        Integer high = highFrom.map(SuggestedFatalities::top).orElse(null);
        if (nonParty.isEmpty()) {
            bestFrom = lowFrom;
            best = low;
            bestDerivation = "the same as low, as no non-party citation gives a figure";
        } else {
            List<FigureEvidence> origins = byOrigin(nonParty);
            FigureEvidence median = origins.get((origins.size() - 1) / 2);
            int value = conservative(median);
            String of = origins.size() == 1 ? "the conservative reading of the one non-party origin"
                    : "the median of the conservative readings of " + origins.size() + " non-party origins";
            if (low != null && value < low) {
                bestFrom = lowFrom;
                best = low;
                bestDerivation = of + ", " + Figure.number(value) + ", raised to low";
            } else {
                bestFrom = Optional.of(median);
                best = value;
                bestDerivation = of;
            }
        }
        bestFrom.ifPresent(e -> basis.add(basis("best", best, e, bestDerivation)));
        highFrom.ifPresent(e -> basis.add(basis("high", high, e, "the largest count any non-party figure states")));

        return new SuggestedFatalities(low, best, high, basis);
    }

    private static Optional<FigureEvidence> smallestLow(List<FigureEvidence> figures) {
        return figures.stream().filter(e -> e.figure().low() != null)
                .min(Comparator.comparingInt(e -> e.figure().low()));
    }

    /** One figure per origin, its most conservative, in ascending order (stable, so ties keep the list's order). */
    private static List<FigureEvidence> byOrigin(List<FigureEvidence> figures) {
        Map<String, FigureEvidence> byOrigin = new LinkedHashMap<>();
        for (FigureEvidence e : figures) {
            byOrigin.merge(originKey(e), e, (kept, next) -> conservative(next) < conservative(kept) ? next : kept);
        }
        return byOrigin.values().stream().sorted(Comparator.comparingInt(SuggestedFatalities::conservative))
                .toList();
    }

    /** The origin, else the claimant, else the citation alone: an unattributed figure is its own origin. */
    private static String originKey(FigureEvidence e) {
        String key = e.origin() != null && !e.origin().isBlank() ? e.origin()
                : e.claimant() != null && !e.claimant().isBlank() ? e.claimant() : "#" + e.citationId();
        return key.strip().toLowerCase(Locale.ROOT);
    }

    private static int conservative(FigureEvidence e) {
        Figure figure = e.figure();
        return figure.low() != null ? figure.low() : figure.high();
    }

    private static int top(FigureEvidence e) {
        Figure figure = e.figure();
        return figure.high() != null ? figure.high() : figure.low();
    }

    private static Basis basis(String field, int value, FigureEvidence e, String derivation) {
        StringBuilder from = new StringBuilder("citation #").append(e.citationId());
        if (e.claimant() != null && !e.claimant().isBlank()) {
            from.append(", ").append(e.claimant().strip());
        }
        if (e.origin() != null && !e.origin().isBlank() && !e.origin().strip().equals(stripped(e.claimant()))) {
            from.append(", origin ").append(e.origin().strip());
        }
        from.append(e.party() ? ", a party" : ", not a party");
        String sentence = field + ": " + Figure.number(value) + ", " + derivation + " (" + from + ": "
                + e.figure().reading() + ")";
        return new Basis(field, e.citationId(), e.claimant(), e.origin(), e.party(), e.figure().reading(),
                sentence);
    }

    private static String stripped(String text) {
        return text == null ? null : text.strip();
    }
}
