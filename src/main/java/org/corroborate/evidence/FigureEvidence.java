package org.corroborate.evidence;

import org.corroborate.citation.Stance;

/**
 * One citation's figure as {@link SuggestedFatalities} weighs it: who asserts it ({@code claimant}), where the
 * information comes from ({@code origin}; citations with the same origin count once), whether that claimant is a
 * party to the conflict, how the citation bears on the claim, and the figure read by {@link FigureParser}
 * (null when the citation states none).
 */
public record FigureEvidence(long citationId, String claimant, String origin, boolean party, Stance stance,
        Figure figure) {
}
