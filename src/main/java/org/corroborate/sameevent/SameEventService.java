package org.corroborate.sameevent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.account.Role;
import org.corroborate.cache.Remembered;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimDetails;
import org.corroborate.claim.ClaimDetailsReader;
import org.corroborate.claim.ClaimService;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.Location;
import org.corroborate.place.PlaceLookup;
import org.corroborate.place.PlaceNames;
import org.corroborate.place.PlaceService;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;
import org.corroborate.workflow.Workflow;

/**
 * Same event, told differently: which claims may describe one claim's event ({@link SameEventRules}, over the
 * candidates {@link SameEventReader} finds in one query), and reviewers' judgements of pairs. Computed when a claim
 * is read, so a claim just written, or whose place or date changed, lists its candidates as it stands.
 * <p>
 * Judging is open on every claim, published ones too: it is about the event, not the claim's content, so it
 * changes neither a claim's fields nor its status, version or export revision; it adds an entry to both claims'
 * histories.
 */
@ApplicationScoped
public class SameEventService {

    private final SameEventReader reader;
    private final PlaceService places;
    private final ClaimService claims;
    private final Workflow workflow;
    private final Clock clock;
    /**
     * Claims' places as the rules compare them, by gazetteer and the names and P-code a claim gives: every claim read
     * resolves each candidate's place, and the same few thousand recur. At most 20,000.
     */
    private final Remembered<PlaceKey, EventPlace> eventPlaces = new Remembered<>(20_000);

    /**
     * The place and date of the claims read lately, by id, for sending the candidates' query with a claim's next read
     * ({@link #read}); at most {@link #LAST_READ}, past which they start over. Only a guess: a claim whose place or
     * date changed since is searched again.
     */
    private final Map<Long, EventKey> lastRead = new ConcurrentHashMap<>();
    static final int LAST_READ = 100_000;

    /** A claim's place as given, with the gazetteer that resolves it (a changed gazetteer is a new look-up). */
    private record PlaceKey(PlaceLookup gazetteer, String pcode, String admin1, String admin2) {
    }

    /** Claim reads whose candidates' query went with the claim's reads, and those that needed a round trip more. */
    private final Counter together;
    private final Counter after;

    SameEventService(SameEventReader reader, PlaceService places, ClaimService claims, Workflow workflow, Clock clock,
            MeterRegistry registry) {
        this.together = readsCounter(registry, "together");
        this.after = readsCounter(registry, "after");
        this.reader = reader;
        this.places = places;
        this.claims = claims;
        this.workflow = workflow;
        this.clock = clock;
    }

    private static Counter readsCounter(MeterRegistry registry, String candidates) {
        return Counter.builder("corroborate.claim.reads").tag("candidates", candidates)
                .description("Claim reads (page and JSON) by when the same-event candidates were read: 'together' with"
                        + " the claim's reads, or 'after' them, a round trip more (a claim not read lately, or moved)")
                .register(registry);
    }

    /** Who may judge pairs: reviewers and editors, as for every other write on a claim. */
    public static boolean mayJudge(Set<Role> roles) {
        return roles.contains(Role.REVIEWER) || roles.contains(Role.EDITOR);
    }

    /** The claims judged with {@code claim} and its candidates, in one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SameEvents of(Claim claim) {
        return of(claim, true);
    }

    /**
     * As {@link #of(Claim)}, without the other claims' stated figures (empty lists), which only the claim page's
     * side-by-side shows: the JSON names the claims by id, and on 100k claims reading their citations was a third of
     * the read.
     */
    public SameEvents idsOf(Claim claim) {
        return of(claim, false);
    }

    /** A claim with everything its page shows and the claims judged with it or that may tell its event. */
    public record Read(ClaimDetails details, SameEvents sameEvents) {
    }

    /**
     * The claim's details and its related claims ({@link #of(Claim)}; {@link #idsOf(Claim)} without {@code figures}).
     * The candidates' query needs the claim's place and date: for a claim read before, those it had then
     * ({@link #lastRead}) make the query, sent in the claim's own round trip, and serve when the claim still has them;
     * a claim read for the first time, or whose place or date changed, is searched after its read. On PostgreSQL a
     * round trip more cost the JSON read of a claim a third of its speed (docs/BENCHMARKS.md).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Read read(long claimId, boolean figures) {
        EventKey known = lastRead.get(claimId);
        if (known == null) {
            ClaimDetails details = claims.details(claimId);
            after.increment();
            return new Read(details, remembered(details.claim(), of(details.claim(), figures)));
        }
        Search search = search(known.claim(claimId), figures);
        ClaimDetailsReader.Together<List<SameEventReader.Row>> read = claims.details(claimId, search.query());
        Claim claim = read.details().claim();
        boolean stillThere = EventKey.of(claim).equals(known);
        (stillThere ? together : after).increment();
        SameEvents related = stillThere ? related(claim, search, read.companion()) : of(claim, figures);
        return new Read(read.details(), remembered(claim, related));
    }

    private SameEvents remembered(Claim claim, SameEvents related) {
        if (lastRead.size() >= LAST_READ) {
            lastRead.clear();
        }
        lastRead.put(claim.id, EventKey.of(claim));
        return related;
    }

    /** What the candidates' query asks of a claim: its place as given and its date. */
    private record EventKey(String admin1, String admin2, String pcode, LocalDate eventDate, DatePrecision precision) {

        static EventKey of(Claim claim) {
            Location l = claim.location == null ? new Location() : claim.location;
            return new EventKey(l.admin1, l.admin2, l.pcode, claim.eventDate, claim.datePrecision);
        }

        /** A claim with only this place and date, to make its query from. */
        Claim claim(long id) {
            Claim claim = new Claim();
            claim.id = id;
            claim.location.admin1 = admin1;
            claim.location.admin2 = admin2;
            claim.location.pcode = pcode;
            claim.eventDate = eventDate;
            claim.datePrecision = precision;
            return claim;
        }
    }

    private SameEvents of(Claim claim, boolean figures) {
        Search search = search(claim, figures);
        return related(claim, search, reader.read(search.query()));
    }

    /** The candidates' query for a claim's place and date, with the gazetteer and place it was made with. */
    private record Search(PlaceLookup gazetteer, EventPlace place, boolean searchable, SameEventReader.Query query) {
    }

    private Search search(Claim claim, boolean figures) {
        PlaceLookup gazetteer = places.current();
        EventPlace place = placeOf(gazetteer, claim);
        boolean searchable = claim.eventDate != null && place.hasProvince();
        return new Search(gazetteer, place, searchable, reader.query(claim.id,
                searchable ? provinceKeys(gazetteer, claim, place) : Set.of(), districts(gazetteer, claim, place),
                searchable ? SameEventRules.reach(claim.eventDate, claim.datePrecision) : null, figures));
    }

    /** Which of the rows the rules relate to {@code claim}, the one {@code search} was made for. */
    private SameEvents related(Claim claim, Search search, List<SameEventReader.Row> rows) {
        EventPlace place = search.place();
        SameEventRules.Event self = event(claim, place);
        List<SameEvents.Related> same = new ArrayList<>();
        List<SameEvents.Related> possibly = new ArrayList<>();
        List<SameEvents.Related> different = new ArrayList<>();
        for (SameEventReader.Row row : rows) {
            EventPlace theirs = placeOf(search.gazetteer(), row.claim());
            ClaimLink link = row.link();
            if (link == null && !SameEventRules.possiblySame(self, event(row.claim(), theirs))) {
                continue;
            }
            SameEvents.Related related = new SameEvents.Related(row.claim(), theirs, SameEventRules.place(place, theirs),
                    link == null ? null : link.judgement, link == null ? null : link.judgedBy,
                    link == null ? null : link.judgedAt, List.copyOf(row.figures()),
                    SameEventRules.placeConflict(place, theirs));
            (link == null ? possibly : link.judgement == Judgement.SAME_EVENT ? same : different).add(related);
        }
        if (search.searchable()) {
            possibly.sort(Comparator.comparingLong((SameEvents.Related r) -> Math.abs(
                    ChronoUnit.DAYS.between(claim.eventDate, r.claim().eventDate))).thenComparing(r -> r.claim().id));
        }
        return new SameEvents(place, same, possibly, different, search.searchable() ? nearbyPath(claim) : null);
    }

    /** "/claims?admin1=Laghman&from=…&to=…": the claims of the province within a few days of the claim's window. */
    private static String nearbyPath(Claim claim) {
        SameEventRules.Window days = SameEventRules.reach(claim.eventDate, claim.datePrecision).days();
        return "/claims?admin1=" + URLEncoder.encode(claim.location.admin1, StandardCharsets.UTF_8) + "&from="
                + days.from() + "&to=" + days.to();
    }

    /**
     * Judges {@code claimId} and {@code otherId} the same event or different events. A judgement replaces the pair's
     * earlier one and is noted in both claims' histories; the same judgement again changes nothing. Refused with 400
     * for a claim paired with itself or a missing judgement, 404 for an unknown claim.
     */
    @Transactional
    public SameEvents judge(long claimId, Long otherId, Judgement judgement, String user) {
        if (otherId == null) {
            throw Problem.invalid("claimId", ProblemTexts::otherClaimRequired);
        }
        if (otherId == claimId) {
            throw Problem.invalid("claimId", t -> t.anotherClaim(claimId));
        }
        if (judgement == null) {
            throw Problem.invalid("judgement", ProblemTexts::judgementRequired);
        }
        Claim claim = claims.get(claimId);
        Claim other = claims.get(otherId);
        ClaimLink link = ClaimLink.ofPairForUpdate(claimId, otherId).orElse(null);
        if (link == null || link.judgement != judgement) {
            Judgement before = link == null ? null : link.judgement;
            if (link == null) {
                link = new ClaimLink();
                link.claimA = Math.min(claimId, otherId);
                link.claimB = Math.max(claimId, otherId);
            }
            link.judgement = judgement;
            link.judgedBy = user;
            link.judgedAt = Instant.now(clock);
            link.persist();
            workflow.recordEventJudgement(claim, note(other.id, before, judgement), user);
            workflow.recordEventJudgement(other, note(claim.id, before, judgement), user);
        }
        return of(claim);
    }

    /** "Judged the same event as claim #12", or "Judgement with claim #12 changed: same event → different events". */
    static String note(long other, Judgement before, Judgement now) {
        if (before == null) {
            return now == Judgement.SAME_EVENT ? "Judged the same event as claim #" + other
                    : "Judged a different event from claim #" + other;
        }
        return "Judgement with claim #" + other + " changed: " + before.words + " → " + now.words;
    }

    /** Where the claim puts its event; its P-code first ({@link #pcodeOf}). */
    private EventPlace placeOf(PlaceLookup gazetteer, Claim claim) {
        if (claim.location == null) {
            return EventPlace.NONE;
        }
        return eventPlaces.get(new PlaceKey(gazetteer, pcodeOf(claim), claim.location.admin1, claim.location.admin2),
                key -> EventPlace.of(key.gazetteer(), key.pcode(), key.admin1(), key.admin2()));
    }

    /** The claim's P-code, when it names a gazetteer place; null for a place outside it. */
    static String pcodeOf(Claim claim) {
        return claim.location.pcode;
    }

    static SameEventRules.Event event(Claim claim, EventPlace place) {
        return new SameEventRules.Event(claim.id, claim.eventDate, claim.datePrecision, claim.eventType,
                claim.subEventType, place);
    }

    /**
     * The province sounds ({@code claim.admin1_sound}, {@link Claim#admin1Sound}) the candidate query reads: the
     * claim's own, every spelling of its province the gazetteer knows ("Wardak", "Maidan Wardak"), and those of every
     * province with a district of the same name by sound (one district filed under two provinces).
     */
    static Set<String> provinceKeys(PlaceLookup gazetteer, Claim claim, EventPlace place) {
        Set<String> keys = new LinkedHashSet<>();
        addSound(claim.location.admin1, keys);
        addSpellings(gazetteer, place.province(), keys);
        if (place.hasDistrict() && claim.location.admin2 != null) {
            for (PlaceLookup.Known district : gazetteer.districtsSounding(place.districtSound())) {
                addSpellings(gazetteer, district.admin1Pcode(), keys);
            }
        }
        return keys;
    }

    /**
     * The districts whose claims may be candidates ({@link SameEventReader.Districts}); null, any, when the claim names
     * no district. Wider than {@link SameEventRules#place} (by sound, where the rules compare P-codes or folded
     * names): the rules decide among what is read.
     */
    static SameEventReader.Districts districts(PlaceLookup gazetteer, Claim claim, EventPlace place) {
        if (!place.hasDistrict()) {
            return null;
        }
        Set<String> sounds = new LinkedHashSet<>();
        sounds.add(place.districtSound());
        String written = Claim.admin2Sound(claim.location.admin2);
        if (written != null) {
            sounds.add(written);
        }
        Optional<PlaceLookup.Known> district = gazetteer.byPcode(place.district());
        district.ifPresent(d -> {
            sounds.add(PlaceNames.soundOf(d.admin2()));
            d.spellings().forEach(spelling -> sounds.add(PlaceNames.soundOf(spelling)));
        });
        return new SameEventReader.Districts(sounds, district.map(PlaceLookup.Known::pcode).orElse(null));
    }

    private static void addSpellings(PlaceLookup gazetteer, String pcode, Set<String> keys) {
        gazetteer.byPcode(pcode).ifPresent(province -> {
            addSound(province.admin1(), keys);
            province.spellings().forEach(s -> addSound(s, keys));
        });
    }

    private static void addSound(String name, Set<String> keys) {
        String sound = Claim.admin1Sound(name);
        if (sound != null) {
            keys.add(sound);
        }
    }
}
