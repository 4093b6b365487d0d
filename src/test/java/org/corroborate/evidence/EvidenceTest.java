package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.source.Source;

/** Evidence counted by origin, without the database. */
class EvidenceTest {

    private long nextId = 1;

    @Test
    void threeOutletsQuotingOneSpokesmanAreOneOrigin() {
        List<Citation> citations = List.of(
                cite(1, Stance.SUPPORTS, "Zabihullah Mujahid", true, "Taliban"),
                cite(2, Stance.SUPPORTS, "Taliban spokesman Zabihullah Mujahid", true, "Taliban"),
                cite(3, Stance.SUPPORTS, "Mujahid", true, "Taliban"));

        Evidence evidence = Evidence.of(citations);

        assertThat(evidence.independentOrigins()).isEqualTo(1);
        assertThat(evidence.nonPartyOrigins()).isZero();
        assertThat(evidence.partyOnly()).isTrue();
        assertThat(evidence.origins().get(0).citations()).hasSize(3);
        assertThat(evidence.summary(citations)).isEqualTo("3 sources, 1 origin: Taliban (party) — no independent confirmation");
    }

    @Test
    void twoPartiesAreTwoOriginsAndStillNoIndependentConfirmation() {
        List<Citation> citations = List.of(
                cite(1, Stance.SUPPORTS, "Zabihullah Mujahid", true, "Taliban"),
                cite(2, Stance.SUPPORTS, "Qari Yousuf Ahmadi", true, "Taliban"),
                cite(3, Stance.SUPPORTS, "Defense ministry spokesman", true, "Ministry of Defense"),
                cite(4, Stance.CONTEXT, "Ministry spokesman", true, "Ministry of Defense"));

        Evidence evidence = Evidence.of(citations);

        assertThat(evidence.origins()).extracting(Evidence.Origin::origin).containsExactly("Taliban", "Ministry of Defense");
        assertThat(evidence.origins().get(1).stances()).containsExactly(Stance.SUPPORTS, Stance.CONTEXT);
        assertThat(evidence.summary(citations))
                .isEqualTo("4 sources, 2 origins: Taliban (party), Ministry of Defense (party) — no independent confirmation");
    }

    @Test
    void aPartyRefutingIsADenialNotIndependentRefutation() {
        List<Citation> citations = List.of(
                cite(1, Stance.SUPPORTS, "Provincial governor", true, "Afghan government"),
                cite(1, Stance.REFUTES, "Zabihullah Mujahid", true, "Taliban"),
                cite(2, Stance.REFUTES, "UNAMA", false, "UNAMA"));

        Evidence evidence = Evidence.of(citations);

        assertThat(evidence.denials()).extracting(Evidence.Origin::origin).containsExactly("Taliban");
        assertThat(evidence.independentRefutations()).extracting(Evidence.Origin::origin).containsExactly("UNAMA");
        assertThat(evidence.partyOnly()).isFalse();
        assertThat(evidence.summary(citations)).startsWith("2 sources, 3 origins").endsWith("no independent confirmation");
    }

    @Test
    void withoutAResolvedOriginTheClaimantCountsCaseAndSpaceAside() {
        List<Citation> citations = List.of(
                cite(1, Stance.SUPPORTS, "Defense Ministry", true, null),
                cite(2, Stance.SUPPORTS, " defense  ministry ", true, null),
                cite(3, Stance.SUPPORTS, "Provincial council member", false, null));

        Evidence evidence = Evidence.of(citations);

        assertThat(evidence.independentOrigins()).isEqualTo(2);
        assertThat(evidence.nonPartyOrigins()).isEqualTo(1);
        assertThat(evidence.summary(citations)).endsWith("confirmed by 1 origin not a party to the conflict");
    }

    @Test
    void noCitationsNoOrigins() {
        Evidence evidence = Evidence.of(List.of());

        assertThat(evidence.origins()).isEmpty();
        assertThat(evidence.partyOnly()).isFalse();
        assertThat(evidence.summary(List.of())).isEqualTo("No source is attached yet.");
    }

    private Citation cite(long sourceId, Stance stance, String claimant, boolean party, String origin) {
        Citation c = new Citation();
        c.id = nextId++;
        c.source = new Source();
        c.source.id = sourceId;
        c.stance = stance;
        c.claimant = claimant;
        c.claimantIsParty = party;
        c.origin = origin;
        return c;
    }
}
