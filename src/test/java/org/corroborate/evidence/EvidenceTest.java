package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.i18n.Language;
import org.corroborate.source.Source;

/** Evidence counted by origin, without the database (a Quarkus test for the summary's words, a message bundle). */
@QuarkusTest
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
        assertThat(summary(evidence, citations, Language.ENGLISH)).isEqualTo("3 sources, 1 origin: Taliban (party) — no independent confirmation");
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
        assertThat(summary(evidence, citations, Language.ENGLISH))
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
        assertThat(summary(evidence, citations, Language.ENGLISH)).startsWith("2 sources, 3 origins").endsWith("no independent confirmation");
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
        assertThat(summary(evidence, citations, Language.ENGLISH)).endsWith("confirmed by 1 origin not a party to the conflict");
    }

    @Test
    void theSummarySpeaksThePagesLanguage() {
        List<Citation> citations = List.of(
                cite(1, Stance.SUPPORTS, "Zabihullah Mujahid", true, "Taliban"),
                cite(2, Stance.SUPPORTS, "Provincial council member", false, null));

        Evidence evidence = Evidence.of(citations);

        assertThat(summary(evidence, citations, Language.DARI))
                .isEqualTo("۲ منبع، ۲ خاستگاه: Taliban (طرف درگیری)، Provincial council member — تأییدشده توسط ۱ خاستگاه که طرف درگیری نیست");
        assertThat(summary(Evidence.of(citations.subList(0, 1)), citations.subList(0, 1), Language.PASHTO))
                .isEqualTo("۱ سرچینه، ۱ منشأ: Taliban (د جګړې اړخ) — خپلواک تایید نشته");
    }

    @Test
    void noCitationsNoOrigins() {
        Evidence evidence = Evidence.of(List.of());

        assertThat(evidence.origins()).isEmpty();
        assertThat(evidence.partyOnly()).isFalse();
        assertThat(summary(evidence, List.of(), Language.ENGLISH)).isEqualTo("No source is attached yet");
    }

    /**
     * The summary as a page outside any request would write it: a test method runs in a request context with no HTTP
     * request, where the page's language cannot be asked for.
     */
    private static String summary(Evidence evidence, List<Citation> citations, Language language) {
        return CompletableFuture.supplyAsync(() -> evidence.summary(citations, language)).join();
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
