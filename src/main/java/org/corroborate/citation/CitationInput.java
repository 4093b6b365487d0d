package org.corroborate.citation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A source attached to a claim, from the citation form or {@code POST /api/claims/{id}/citations}.
 * {@code claimantIsParty} absent: the citation takes the flag from the claimant its claimant text resolves to.
 */
public record CitationInput(
        @NotNull Long sourceId,
        @NotNull Stance stance,
        @NotBlank @Size(max = Citation.QUOTE_MAX) String quote,
        @NotBlank @Size(max = Citation.CLAIMANT_MAX) String claimant,
        Boolean claimantIsParty,
        @Size(max = Citation.FIGURE_MAX) String statedFigure) {
}
