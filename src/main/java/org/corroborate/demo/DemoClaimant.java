package org.corroborate.demo;

import java.util.List;

import org.corroborate.claimant.ClaimantInput;

/** One claimant of the demo dataset: who speaks in the seed articles, and for whom. */
record DemoClaimant(String name, List<String> aliases, String organisation, boolean party, String side,
        String createdBy) {

    ClaimantInput input() {
        return new ClaimantInput(name, aliases, organisation, party, side);
    }
}
