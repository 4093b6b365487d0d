package org.corroborate.claimant;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.corroborate.citation.Citation;
import org.corroborate.input.Text;

/**
 * Where a citation's assertion comes from, for showing and for the verdict rules' count of independent
 * claimants: two spokesmen of one organisation are one origin. The rule, in order:
 * <ol>
 * <li>the organisation of the claimant the citation resolves to, when it has one;</li>
 * <li>else that claimant's name;</li>
 * <li>else, when the claimant text names the outlet itself ({@link ClaimantNames#namesOutlet}: the outlet's
 * name, "own reporting", "correspondent", "staff"…), the source's outlet;</li>
 * <li>else the claimant text without its titles ({@link ClaimantNames#withoutTitles}), as written.</li>
 * </ol>
 */
public final class Origins {

    private Origins() {
    }

    /** The origin of a citation, given its claimant's name and organisation (both null while unresolved). */
    public static String of(Citation citation, String claimantName, String organisation) {
        if (citation.claimantId != null) {
            String resolved = Text.clean(organisation) != null ? organisation.strip() : Text.clean(claimantName);
            if (resolved != null) {
                return resolved;
            }
        }
        String outlet = citation.source == null ? null : Text.clean(citation.source.outlet);
        if (outlet != null && ClaimantNames.namesOutlet(citation.claimant, outlet)) {
            return outlet;
        }
        return ClaimantNames.withoutTitles(citation.claimant);
    }

    /**
     * Fills {@link Citation#origin} of each citation (their sources loaded already), reading their claimants in
     * one query, and none when no citation resolves to one.
     */
    public static void fill(List<Citation> citations) {
        List<Long> ids = citations.stream().map(c -> c.claimantId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Claimant> claimants = ids.isEmpty() ? Map.of()
                : Claimant.<Claimant>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(c -> c.id, Function.identity()));
        for (Citation citation : citations) {
            Claimant claimant = citation.claimantId == null ? null : claimants.get(citation.claimantId);
            citation.origin = claimant == null ? of(citation, null, null)
                    : of(citation, claimant.name, claimant.organisation);
        }
    }

    /** Origins compared as claimants are: "Taliban" and "the Taliban" are one. */
    public static String key(String origin) {
        String key = ClaimantNames.key(origin);
        return key == null ? "" : key;
    }
}
