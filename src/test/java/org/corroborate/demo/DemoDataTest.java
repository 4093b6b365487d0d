package org.corroborate.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.account.User;
import org.corroborate.evidence.Figure;
import org.corroborate.citation.Citation;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimDetails;
import org.corroborate.claim.ClaimService;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.sameevent.SameEventService;
import org.corroborate.sameevent.SameEvents;
import org.corroborate.source.Source;
import org.corroborate.workflow.StatusChange;

/** The demo dataset, loaded into the shared test database (demo mode is off in tests, so nothing else loads it). */
@QuarkusTest
class DemoDataTest {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private static DemoLoader.Loaded loaded;

    @Inject
    DemoLoader loader;

    @Inject
    ClaimService claims;

    @Inject
    SameEventService sameEvents;

    @BeforeEach
    void loadOnce() {
        synchronized (DemoDataTest.class) {
            if (loaded == null) {
                loaded = loader.load();
            }
        }
    }

    private List<ClaimDetails> details() {
        return QuarkusTransaction.requiringNew().call(() -> loaded.claimIds().stream().map(claims::details).toList());
    }

    @Test
    void loadsTheSeedEventsWithEveryStatusOfTheWorkflow() {
        List<ClaimDetails> all = details();

        assertThat(all).hasSizeGreaterThanOrEqualTo(9);
        assertThat(all).extracting(d -> d.claim().status)
                .contains(ClaimStatus.OPEN, ClaimStatus.PROPOSED, ClaimStatus.APPROVED, ClaimStatus.RETRACTED);
        assertThat(all).extracting(d -> d.claim().verdict).contains(org.corroborate.claim.Verdict.values());
        assertThat(all).allSatisfy(d -> {
            assertThat(d.claim().location.country).isEqualTo("Afghanistan");
            assertThat(d.citations()).as("citations of '%s'", d.claim().statement).isNotEmpty();
        });
        assertThat(loaded.sourceIds()).hasSize(DemoData.sources().size());
    }

    /** The P-code each seed place resolves to: its district, the province where the claim names only that. */
    private static final java.util.Map<String, String> SEED_PLACES = java.util.Map.ofEntries(
            java.util.Map.entry("Ghor/Taywara", "AF2308"), java.util.Map.entry("Kunduz/Qala-e-Zal", "AF1907"),
            java.util.Map.entry("Kunduz/Khan Abad", "AF1904"), java.util.Map.entry("Faryab/Dawlat Abad", "AF2909"),
            java.util.Map.entry("Laghman/Mihtarlam", "AF0701"), java.util.Map.entry("Wardak/Nerkh", "AF0402"),
            java.util.Map.entry("Wardak/Jalraiz", "AF0403"), java.util.Map.entry("Kunar/Asad Abad", "AF1501"),
            java.util.Map.entry("Takhar/Darqad", "AF1815"), java.util.Map.entry("Baghlan/Burka", "AF0910"),
            java.util.Map.entry("Ghazni/null", "AF11"),
            java.util.Map.entry("Balkh/Dawlat Abad", "AF2109")); // the same-event demo's misfiled claim

    @Test
    void everyDemoClaimsPlaceResolvesToItsPcodeThroughTheClaimsOwnPath() {
        List<DemoClaim> declared = DemoData.claims();
        List<ClaimDetails> all = details();
        assertThat(all).hasSameSizeAs(declared);
        for (int i = 0; i < declared.size(); i++) {
            DemoClaim seed = declared.get(i);
            Claim claim = all.get(i).claim();
            assertThat(claim.statement).isEqualTo(seed.statement);
            if (seed.admin1 == null) {
                assertThat(claim.location.pcode).as(seed.statement).isNull();
                continue;
            }
            String key = seed.admin1 + "/" + seed.admin2;
            assertThat(SEED_PLACES).as("a P-code expected for %s", key).containsKey(key);
            assertThat(claim.location.pcode).as(key).isEqualTo(SEED_PLACES.get(key));
            assertThat(claim.location.outsideGazetteer()).isFalse();
            if (seed.latitude != null) {
                assertThat(claim.location.latitude).as("the seed's own coordinates stay").isEqualTo(seed.latitude);
            }
        }
    }

    @Test
    void everyPublishedClaimWasApprovedBySomeoneElseThanItsProposerAndItsOnlyReviewer() {
        List<ClaimDetails> published = details().stream().filter(d -> d.claim().status.isFrozen()).toList();

        assertThat(published).hasSizeGreaterThanOrEqualTo(4);
        assertThat(published).allSatisfy(d -> {
            String proposer = by(d.history(), ClaimStatus.PROPOSED);
            String approver = by(d.history(), ClaimStatus.APPROVED);
            assertThat(proposer).isNotNull();
            assertThat(approver).isEqualTo(d.claim().approvedBy).isNotEqualTo(proposer);
            assertThat(d.reviews()).extracting(r -> r.reviewer).isNotEmpty().anyMatch(r -> !r.equals(approver));
            assertThat(d.claim().revision).isPositive();
        });
    }

    @Test
    void theRejectedClaimIsOpenAgainWithItsRejectionInTheHistory() {
        List<ClaimDetails> reopened = details().stream()
                .filter(d -> d.history().stream().anyMatch(h -> h.fromStatus == ClaimStatus.PROPOSED
                        && h.toStatus == ClaimStatus.OPEN))
                .toList();

        assertThat(reopened).singleElement().satisfies(d -> {
            assertThat(d.claim().status).isEqualTo(ClaimStatus.OPEN);
            assertThat(d.claim().verdict).isNull();
            assertThat(d.history()).extracting(h -> h.toStatus)
                    .containsExactly(ClaimStatus.OPEN, ClaimStatus.PROPOSED, ClaimStatus.OPEN);
            assertThat(d.history().get(2).note).isNotBlank();
        });
    }

    @Test
    void everyCitationNamesItsClaimantAndQuotesOnlyAShortPhrase() {
        List<Citation> citations = details().stream().flatMap(d -> d.citations().stream()).toList();

        assertThat(citations).isNotEmpty().allSatisfy(c -> {
            assertThat(c.claimant).isNotBlank();
            assertThat(c.quote).as("quote of %s", c.claimant).isNotBlank().hasSizeLessThanOrEqualTo(60);
        });
        assertThat(citations).anyMatch(c -> c.claimantIsParty).anyMatch(c -> !c.claimantIsParty);
        assertThat(citations).extracting(c -> c.statedFigure)
                .contains("nearly 59", "more than 50", "at least 21", "at least five killed");
    }

    @Test
    void demoCitationsResolveToTheSeedsClaimantsAndTheirOrganisations() {
        List<Citation> citations = details().stream().flatMap(d -> d.citations().stream()).toList();

        assertThat(citations).filteredOn(c -> c.claimant.contains("Zabihullah Mujahid")).isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.claimantId).isNotNull();
                    assertThat(c.origin).isEqualTo("Taliban");
                    assertThat(c.claimantIsParty).isTrue();
                });
        assertThat(citations).filteredOn(c -> c.claimant.equals("Defense Ministry"))
                .extracting(c -> c.origin).containsOnly("Afghan Ministry of Defense");
        assertThat(citations).filteredOn(c -> c.claimant.endsWith("(own reporting)")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.origin).isEqualTo(c.source.outlet));
        // most take the party flag from their claimant, as a reviewer leaving the default would
        assertThat(citations.stream().filter(c -> c.claimantId != null && !c.partyExplicit).count())
                .isGreaterThan(citations.size() / 2);
    }

    @Test
    void theDemoShowsOriginsADenialAndBothSidesFiguresRead() {
        List<ClaimDetails> all = details();

        // several outlets quoting one spokesman: one origin, a party
        assertThat(all).anySatisfy(d -> {
            assertThat(d.citations().stream().map(c -> c.source.id).distinct().count()).isGreaterThan(1);
            assertThat(d.evidence().independentOrigins()).isEqualTo(1);
            assertThat(d.evidence().partyOnly()).isTrue();
        });
        // a party refuting its enemy's claim is a denial
        assertThat(all).anySatisfy(d -> assertThat(d.evidence().denials()).isNotEmpty());
        // the ministry's 119 and the Taliban's "at least 21", both read into bounds
        List<Citation> citations = all.stream().flatMap(d -> d.citations().stream()).toList();
        assertThat(citations).filteredOn(c -> "119".equals(c.statedFigure)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.figure()).isEqualTo(new Figure(119, 119, false)));
        assertThat(citations).filteredOn(c -> "at least 21".equals(c.statedFigure)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.figure()).isEqualTo(new Figure(21, null, false)));
    }

    @Test
    void sourcesKeepNoArticleTextOnlyOurShortSummary() {
        List<Source> stored = QuarkusTransaction.requiringNew().call(() -> loaded.sourceIds().stream()
                .map(id -> Source.<Source>findById(id)).toList());

        assertThat(stored).allSatisfy(s -> {
            assertThat(s.url).startsWith("https://");
            assertThat(s.outlet).isNotBlank();
            assertThat(s.text == null || s.text.length() <= 300).as("text of %s", s.title).isTrue();
        });
        assertThat(stored).anySatisfy(s -> assertThat(s.publishedAt).hasToString("2021-05-24"));
    }

    @Test
    void demoAccountsSignInWithTheirNameAndDemo() {
        List<User> users = QuarkusTransaction.requiringNew().call(() -> loaded.usernames().stream()
                .map(name -> User.findByUsername(name).orElseThrow()).toList());

        assertThat(users).extracting(u -> u.username).containsExactly("admin", "editor", "alice", "bob", "carol");
        assertThat(users).allSatisfy(u -> {
            assertThat(BcryptUtil.matches(u.username + "-demo", u.password)).as(u.username).isTrue();
            assertThat(BcryptUtil.matches(u.username, u.password)).isFalse();
        });
        assertThat(users).extracting(u -> u.roles).containsExactly("admin", "editor", "reviewer", "reviewer", "reviewer");
    }

    @Test
    void loadingAgainFailsAsAWholeAndWritesNothing() {
        long claimsBefore = QuarkusTransaction.requiringNew().call(() -> Claim.count());
        long sourcesBefore = QuarkusTransaction.requiringNew().call(() -> Source.count());

        assertThatThrownBy(loader::load).isInstanceOf(RuntimeException.class);

        assertThat(QuarkusTransaction.requiringNew().call(() -> Claim.count())).isEqualTo(claimsBefore);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Source.count())).isEqualTo(sourcesBefore);
    }

    /** Our own words: no run of eight words of any demo text appears in a seed article. */
    @Test
    void noDemoTextRepeatsEightWordsOfASeedArticle() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS),
                "../shared/seeds is absent: the own-words check needs the seed articles next to the project");
        Set<String> seedRuns = new HashSet<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                seedRuns.addAll(runs(Files.readString(file)));
            }
        }
        assertThat(seedRuns).isNotEmpty();

        List<String> copied = new ArrayList<>();
        for (String text : demoTexts()) {
            if (runs(text).stream().anyMatch(seedRuns::contains)) {
                copied.add(text);
            }
        }
        assertThat(copied).as("demo texts that copy a seed article").isEmpty();
    }

    @Test
    void theOwnWordsCheckCatchesACopiedSentence() {
        String seedLike = "Afghan forces have recaptured a key district in the northern province of Kunduz";
        assertThat(runs(seedLike)).containsAnyElementsOf(runs("As reported: afghan forces have recaptured a key "
                + "district in the northern province."));
    }

    private static List<String> demoTexts() {
        List<String> texts = new ArrayList<>();
        for (DemoSource s : DemoData.sources()) {
            texts.add(s.title());
            texts.add(s.summary());
        }
        for (DemoClaim c : DemoData.claims()) {
            texts.add(c.statement);
            c.citations.forEach(cite -> texts.add(cite.quote()));
            c.reviews.forEach(r -> texts.add(r.rationale()));
            c.steps.forEach(step -> texts.add(step.note()));
        }
        return texts;
    }

    /** Every run of eight consecutive words, lower-cased, punctuation dropped. */
    static Set<String> runs(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + 8 <= words.length; i++) {
            runs.add(String.join(" ", List.of(words).subList(i, i + 8)));
        }
        return runs;
    }

    private static String by(List<StatusChange> history, ClaimStatus to) {
        return history.stream().filter(h -> h.toStatus == to).map(h -> h.changedBy).findFirst().orElse(null);
    }

    @Test
    void theMinistrysAndTheTalibansMihtarlamAccountsArePossiblyTheSameEvent() {
        List<ClaimDetails> all = details();
        long ministry = idOf(all, "killed 50 Taliban fighters");
        long taliban = idOf(all, "overran more than 36");

        SameEvents ofMinistry = QuarkusTransaction.requiringNew().call(() -> sameEvents.of(claims.get(ministry)));
        SameEvents ofTaliban = QuarkusTransaction.requiringNew().call(() -> sameEvents.of(claims.get(taliban)));

        assertThat(ofMinistry.possiblySameEventIds()).contains(taliban);
        assertThat(ofTaliban.possiblySameEventIds()).contains(ministry);
        assertThat(ofMinistry.placeConflictIds()).doesNotContain(taliban);
    }

    @Test
    void theDawlatAbadRecaptureFiledUnderTwoProvincesIsOneEventWithAPlaceConflict() {
        List<ClaimDetails> all = details();
        long faryab = idOf(all, "Dawlat Abad district in Faryab province from the Taliban on the evening");
        long balkh = idOf(all, "Dawlat Abad district in Balkh");

        SameEvents ofFaryab = QuarkusTransaction.requiringNew().call(() -> sameEvents.of(claims.get(faryab)));
        SameEvents ofBalkh = QuarkusTransaction.requiringNew().call(() -> sameEvents.of(claims.get(balkh)));

        assertThat(ofFaryab.sameEventIds()).contains(balkh);
        assertThat(ofBalkh.sameEventIds()).contains(faryab);
        assertThat(ofFaryab.placeConflictIds()).contains(balkh);
        assertThat(ofBalkh.placeConflictIds()).contains(faryab);
    }

    private static long idOf(List<ClaimDetails> all, String words) {
        return all.stream().filter(d -> d.claim().statement.contains(words)).map(d -> d.claim().id)
                .reduce((a, b) -> { throw new AssertionError("two demo claims say: " + words); })
                .orElseThrow(() -> new AssertionError("no demo claim says: " + words));
    }
}
