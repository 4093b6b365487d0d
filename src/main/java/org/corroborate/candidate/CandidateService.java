package org.corroborate.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.cache.Remembered;
import org.corroborate.citation.Citation;
import org.corroborate.citation.CitationInput;
import org.corroborate.citation.CitationService;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimInput;
import org.corroborate.claim.ClaimService;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claimant.Claimant;
import org.corroborate.claimant.ClaimantNames;
import org.corroborate.claimant.ClaimantService;
import org.corroborate.evidence.FigureEvidence;
import org.corroborate.evidence.FigureParser;
import org.corroborate.evidence.SuggestedFatalities;
import org.corroborate.place.PlaceLookup;
import org.corroborate.place.PlaceService;
import org.corroborate.problem.Problem;
import org.corroborate.sameevent.SameEventService;
import org.corroborate.sameevent.SameEvents;
import org.corroborate.source.Source;

/**
 * A source's claim candidates ({@link ArticleReader}), with their claimants resolved against the known ones and the
 * claims that may report the same event; and the two ways a reviewer takes one up: a new claim with its citations,
 * or its citations added to an existing claim.
 */
@ApplicationScoped
public class CandidateService {

    static final String COUNTRY = "Afghanistan";

    /** Claimants a reader can tell are a side's: officials, forces, ministries, the Taliban's spokesmen. */
    private static final Pattern PARTY_WORDS = Pattern.compile("\\b(?:ministry|army|military|forces|police|taliban"
            + "|governor|government|commander|official|officials|authorities|spokesman|spokeswoman|mujahid|mujahed)\\b");

    /**
     * Readings by text, published date and gazetteer: reading is a pure function of the three, and the CPU part of a
     * source page (about a second for a 100 KB text); who the claimants are and which claims may be the same event
     * change with the database, and are looked up on every request. At most 500.
     */
    private final Remembered<Reading, List<ArticleReader.Reading>> readings = new Remembered<>(500);

    /** What a reading depends on (a changed gazetteer is a new look-up object). */
    private record Reading(String textHash, java.time.LocalDate published, PlaceLookup gazetteer) {
    }

    private final PlaceService places;
    private final ClaimantService claimants;
    private final SameEventService sameEvents;
    private final ClaimService claims;
    private final CitationService citations;

    CandidateService(PlaceService places, ClaimantService claimants, SameEventService sameEvents, ClaimService claims,
            CitationService citations) {
        this.places = places;
        this.claimants = claimants;
        this.sameEvents = sameEvents;
        this.claims = claims;
        this.citations = citations;
    }

    /** The candidates of source {@code sourceId}, in the order the article first reports them; 404 for none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> of(long sourceId) {
        Source source = Source.<Source>findByIdOptional(sourceId).orElseThrow(() -> Problem.notFound("source", sourceId));
        return of(source);
    }

    /** The candidates of a source at hand. */
    public List<Candidate> of(Source source) {
        if (source.text == null) {
            return List.of();
        }
        PlaceLookup gazetteer = places.current();
        String hash = source.textHash != null ? source.textHash : Source.hashOf(source.text);
        List<ArticleReader.Reading> read = readings.get(new Reading(hash, source.publishedAt, gazetteer),
                key -> ArticleReader.read(source.text, source.publishedAt, gazetteer));
        List<Candidate> found = new ArrayList<>();
        for (ArticleReader.Reading r : read) {
            found.add(candidate(found.size(), r));
        }
        return found;
    }

    /** Candidate {@code index} of the source; 404 naming {@code candidate} when there is no such one. */
    public Candidate get(long sourceId, int index) {
        List<Candidate> all = of(sourceId);
        if (index < 0 || index >= all.size()) {
            throw Problem.notFound("candidate", index);
        }
        return all.get(index);
    }

    /**
     * Writes a claim from candidate {@code index} and attaches its citations, in one transaction: the claim with all
     * its citations, or nothing. {@code input} is the claim as the reviewer finished it (the form), or null to take
     * the candidate as it is.
     */
    @Transactional
    public Claim write(long sourceId, int index, ClaimInput input, String user) {
        Candidate candidate = get(sourceId, index);
        Claim claim = claims.create(input != null ? input : inputOf(candidate), user);
        attach(sourceId, candidate, claim.id, user);
        return claim;
    }

    /** Attaches candidate {@code index}'s citations to claim {@code claimId}; the citations made. */
    @Transactional
    public List<Citation> addTo(long sourceId, int index, long claimId, String user) {
        return attach(sourceId, get(sourceId, index), claimId, user);
    }

    private List<Citation> attach(long sourceId, Candidate candidate, long claimId, String user) {
        List<Citation> made = new ArrayList<>();
        for (Candidate.Cited c : candidate.citations()) {
            made.add(citations.attach(claimId, new CitationInput(sourceId, c.stance(), c.quote(), c.claimant(),
                    c.claimantId() == null ? c.claimantIsParty() : null, c.statedFigure()), user));
        }
        return made;
    }

    /** The claim a candidate proposes, as the claim form and the API take it. */
    public static ClaimInput inputOf(Candidate c) {
        Candidate.Place l = c.location();
        return new ClaimInput(c.statement(), c.eventDate(), c.datePrecision(), c.eventType(), c.subEventType(),
                c.actor1(), c.actor2(), new ClaimInput.LocationInput(l.country(), l.admin1(), l.admin2(), null, null,
                        null, l.precision(), l.pcode()),
                new ClaimInput.FatalitiesInput(c.fatalities().low(), c.fatalities().best(), c.fatalities().high()), null);
    }

    private Candidate candidate(int index, ArticleReader.Reading r) {
        List<Candidate.Cited> cited = new ArrayList<>();
        List<FigureEvidence> figures = new ArrayList<>();
        for (ArticleReader.Cited c : r.citations()) {
            Optional<Claimant> known = claimants.resolving(c.claimant());
            Boolean party = known.map(k -> (Boolean) k.party).orElseGet(() -> guessParty(c.claimant()));
            var figure = FigureParser.parse(c.statedFigure());
            cited.add(new Candidate.Cited(c.claimant(), known.map(k -> k.id).orElse(null), party, c.stance(), c.quote(),
                    c.statedFigure(), figure, new Candidate.Span(c.start(), c.end())));
            figures.add(new FigureEvidence(cited.size(), c.claimant(), ClaimantNames.key(c.claimant()),
                    Boolean.TRUE.equals(party), c.stance(), figure));
        }
        SuggestedFatalities suggested = SuggestedFatalities.from(figures);
        Candidate.Place place = place(r.where());
        Candidate.Span span = new Candidate.Span(r.start(), r.end());
        List<Candidate.Span> spans = r.spans().stream().map(s -> new Candidate.Span(s[0], s[1])).toList();
        return new Candidate(index, statement(r, place), r.date(), r.precision(), place, r.type().eventType, r.type(),
                r.actor1(), r.actor2(), new Candidate.Fatalities(suggested.low(), suggested.best(), suggested.high()),
                List.copyOf(cited), sameEventAs(r, place), span, spans);
    }

    /** Claims that may report the event, by the same rules as a claim's candidates ({@link SameEventService}). */
    private List<Long> sameEventAs(ArticleReader.Reading r, Candidate.Place place) {
        if (place.pcode() == null) {
            return List.of();
        }
        Claim probe = new Claim();
        probe.id = 0L; // no claim's id: every claim is another
        probe.eventDate = r.date();
        probe.datePrecision = r.precision();
        probe.eventType = r.type().eventType;
        probe.subEventType = r.type();
        probe.location.country = COUNTRY;
        probe.location.admin1 = place.admin1();
        probe.location.admin2 = place.admin2();
        probe.location.pcode = place.pcode();
        probe.location.precision = place.precision();
        SameEvents related = sameEvents.idsOf(probe);
        List<Long> ids = new ArrayList<>(related.sameEventIds());
        ids.addAll(related.possiblySameEventIds());
        return ids;
    }

    private static Candidate.Place place(ArticleReader.Where w) {
        if (w.place() == null) {
            List<Candidate.Option> options = w.ambiguous().stream()
                    .map(k -> new Candidate.Option(k.pcode(), k.admin1(), k.admin2())).toList();
            return new Candidate.Place(COUNTRY, null, w.ambiguous().get(0).admin2(), null, PlacePrecision.ADMIN2,
                    "the district " + w.name() + " is ambiguous: " + options.size() + " provinces have one, and the"
                            + " article names none of them",
                    options);
        }
        PlaceLookup.Known k = w.place();
        return new Candidate.Place(COUNTRY, k.admin1(), k.isProvince() ? null : k.admin2(), k.pcode(),
                k.isProvince() ? PlacePrecision.ADMIN1 : PlacePrecision.ADMIN2, null, null);
    }

    /** "Taliban overtook Nerkh district (Maidan Wardak), May 2021, as the article reports." */
    private static String statement(ArticleReader.Reading r, Candidate.Place place) {
        String where = place.admin2() == null ? place.admin1() + " province"
                : place.admin2() + " district" + (place.admin1() == null ? "" : " (" + place.admin1() + ")");
        String what = switch (r.type()) {
            case GOVERNMENT_REGAINS_TERRITORY -> r.actor1() + " regained " + where + " from " + r.actor2();
            case NON_STATE_ACTOR_OVERTAKES_TERRITORY -> r.actor1() + " took " + where + " from " + r.actor2();
            case ARMED_CLASH -> r.actor1() + " and " + r.actor2() + " clashed in " + where;
            default -> r.type().label + " by " + r.actor1() + " in " + where + ", against " + r.actor2();
        };
        String when = r.date() == null ? "" : switch (r.precision()) {
            case DAY -> " on " + r.date();
            case WEEK -> " in the week around " + r.date();
            case MONTH -> " in " + r.date().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    + " " + r.date().getYear();
            case YEAR -> " in " + r.date().getYear();
        };
        return what + when + ".";
    }

    /** The party flag of a claimant the app does not know, from its words; null when they say nothing. */
    static Boolean guessParty(String claimant) {
        if (claimant.equals(ArticleReader.OWN_REPORTING)) {
            return false;
        }
        return PARTY_WORDS.matcher(claimant.toLowerCase(Locale.ROOT)).find() ? Boolean.TRUE : null;
    }

}
