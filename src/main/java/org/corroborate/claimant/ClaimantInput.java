package org.corroborate.claimant;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A claimant as a form or {@code POST /api/claimants} describes it. {@code party} absent is false (unaffiliated
 * voices are not parties); each alias is checked by {@link ClaimantService}, which names it {@code aliases[i]}.
 */
public record ClaimantInput(
        @NotBlank @Size(max = Claimant.NAME_MAX) String name,
        @Size(max = ClaimantService.ALIASES_MAX) List<String> aliases,
        @Size(max = Claimant.ORGANISATION_MAX) String organisation,
        Boolean party,
        @Size(max = Claimant.SIDE_MAX) String side) {
}
