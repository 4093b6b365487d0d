package org.corroborate.claim;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.corroborate.cache.ChangeFeed.Topic;
import org.corroborate.cache.ChangeFeed;
import org.corroborate.cache.FleetCache;
import org.corroborate.evidence.SuggestedFatalities;
import org.corroborate.input.Inputs;
import org.corroborate.input.Text;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;
import org.corroborate.workflow.ChangeNote;
import org.corroborate.workflow.Workflow;

/** Writes and reads claims. Status and verdict changes go through {@link Workflow}. */
@ApplicationScoped
public class ClaimService {

    public static final int MAX_PAGE_SIZE = 100;

    private final Inputs inputs;
    private final Workflow workflow;
    private final Clock clock;
    private final ClaimDetailsReader detailsReader;
    private final ClaimPlaces places;
    /** Past this many filters (free-text searches make them without end) the remembered pages start over. */
    private static final int REMEMBERED_FILTERS = 1_000;

    private final FleetCache<List<Object>, List<ClaimRow>> listRows;
    private final FleetCache<List<Object>, Long> listCounts;
    private final FleetCache<List<Object>, List<ClaimView>> apiPages;

    ClaimService(Inputs inputs, Workflow workflow, Clock clock, ChangeFeed changes, ClaimDetailsReader detailsReader,
            ClaimPlaces places) {
        this.listRows = new FleetCache<>(changes, Topic.CLAIMS, REMEMBERED_FILTERS);
        this.listCounts = new FleetCache<>(changes, Topic.CLAIMS, REMEMBERED_FILTERS);
        this.apiPages = new FleetCache<>(changes, Topic.CLAIMS, REMEMBERED_FILTERS);
        this.inputs = inputs;
        this.workflow = workflow;
        this.clock = clock;
        this.detailsReader = detailsReader;
        this.places = places;
    }

    @Transactional
    public Claim create(ClaimInput input, String user) {
        check(input);
        Claim claim = new Claim();
        apply(claim, input);
        claim.createdBy = user;
        claim.createdAt = Instant.now(clock);
        claim.updatedAt = claim.createdAt;
        claim.persist();
        workflow.recordOpened(claim, user);
        return claim;
    }

    /**
     * Updates a claim's fields. Refused with 409 when the claim is published (frozen) or when
     * {@code input.version} is not the current version (someone else saved in between). A proposed claim whose
     * fields change returns to OPEN.
     */
    @Transactional
    public Claim update(long id, ClaimInput input, String user) {
        if (input != null && input.version() == null) {
            throw Problem.invalid("version", ProblemTexts::versionEdited);
        }
        check(input);
        Claim claim = get(id);
        workflow.checkEditable(claim);
        if (claim.version != input.version()) {
            long edited = input.version();
            long now = claim.version;
            throw Problem.conflict(t -> t.claimChanged(id, edited, now));
        }
        Map<String, Object> before = fields(claim);
        apply(claim, input);
        returnToOpenIfProposed(claim, before, user);
        claim.updatedAt = Instant.now(clock);
        claim.flush();
        return claim;
    }

    /**
     * Sets the claim's fatalities to what its citations' figures suggest ({@link SuggestedFatalities}), computed
     * here rather than taken from the form, as an edit of the version the user saw.
     */
    @Transactional
    public Claim useSuggestedFatalities(long id, Long version, String user) {
        ClaimDetails details = details(id);
        SuggestedFatalities suggested = details.suggestedFatalities();
        if (suggested.basis().isEmpty()) {
            throw Problem.conflict(t -> t.noFigureToSuggest(id));
        }
        ClaimInput.FatalitiesInput figures = new ClaimInput.FatalitiesInput(suggested.low(), suggested.best(), suggested.high());
        return update(id, ClaimInput.of(details.claim(), figures, version), user);
    }

    /**
     * A proposed claim whose fields changed goes back to OPEN without its verdict, the history naming what changed,
     * so an editor never approves a claim other than the one reviewed. A save that changes nothing keeps it proposed.
     */
    private void returnToOpenIfProposed(Claim claim, Map<String, Object> before, String user) {
        if (claim.status == ClaimStatus.PROPOSED) {
            ChangeNote changes = new ChangeNote().values(before, fields(claim));
            if (!changes.isEmpty()) {
                workflow.reopenIfProposed(claim, changes.of("claim edited"), user);
            }
        }
    }

    /** The claim's own fields by the words a history note uses for them, for telling what an edit changed. */
    private static Map<String, Object> fields(Claim c) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("statement", c.statement);
        fields.put("event date", c.eventDate);
        fields.put("date precision", c.datePrecision);
        fields.put("event type", c.eventType);
        fields.put("sub-event type", c.subEventType);
        fields.put("actor 1", c.actor1);
        fields.put("actor 2", c.actor2);
        Location l = c.location == null ? new Location() : c.location;
        fields.put("country", l.country);
        fields.put("province", l.admin1);
        fields.put("district", l.admin2);
        fields.put("place", l.place);
        fields.put("latitude", l.latitude);
        fields.put("longitude", l.longitude);
        fields.put("place precision", l.precision);
        fields.put("P-code", l.pcode);
        Fatalities f = c.fatalities == null ? new Fatalities() : c.fatalities;
        fields.put("fatalities low", f.low);
        fields.put("fatalities best", f.best);
        fields.put("fatalities high", f.high);
        return fields;
    }

    public Optional<Claim> find(long id) {
        return Claim.findByIdOptional(id);
    }

    /** The claim, or a 404 {@link Problem}. */
    public Claim get(long id) {
        return find(id).orElseThrow(() -> Problem.notFound("claim", id));
    }

    /** The claim with citations, reviews, credibility and history ({@link ClaimDetailsReader}), or a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimDetails details(long id) {
        return findDetails(id).orElseThrow(() -> Problem.notFound("claim", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ClaimDetails> findDetails(long id) {
        return detailsReader.read(id);
    }

    /** As {@link #details(long)}, with {@code companion} read in the same round trip; 404 for an unknown claim. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <X> ClaimDetailsReader.Together<X> details(long id, ClaimDetailsReader.Companion<X> companion) {
        return detailsReader.read(id, companion).orElseThrow(() -> Problem.notFound("claim", id));
    }

    /**
     * The API's search: one page of claims in the API's shape, remembered per filter and page with the total as the
     * claim list's rows are ({@link #rows}): the views hold only the claim's own columns, all of which a change to
     * the claim table anywhere in the fleet makes be read afresh.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimResults<ClaimView> search(ClaimFilter filter, int page, int size) {
        ClaimFilter.Query query = query(filter);
        List<Object> matching = matchingKey(query);
        List<ClaimView> items = apiPages.get(List.of(matching, page, size), () -> {
            PanacheQuery<Claim> find = Claim.find("from Claim c" + query.where() + query.orderBy(), query.params());
            return find.page(Page.of(page, size)).list().stream().map(ClaimView::of).toList();
        });
        return new ClaimResults<>(items, page, size, listCounts.get(matching, () -> count(query)));
    }

    /** The key of a filter's remembered count and rows: its conditions and their values. */
    private static List<Object> matchingKey(ClaimFilter.Query query) {
        return List.of(query.where(), Map.copyOf(query.params()));
    }

    /** The most recently changed claims, in the list's order, without counting them all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> recentlyChanged(int limit) {
        return Claim.<Claim>find("from Claim c" + ClaimFilter.ALL.toQuery().orderBy()).page(Page.ofSize(limit)).list();
    }

    /**
     * The claim list's page: only the columns it shows, so no claim is loaded into the persistence context. Rows
     * and count are remembered per filter until a claim changes anywhere in the fleet ({@link ChangeFeed}): most
     * views of the list find nothing changed since the last, and reading 50 scattered rows and counting thousands
     * was most of the list's cost on a large database.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimResults<ClaimRow> rows(ClaimFilter filter, int page, int size) {
        ClaimFilter.Query query = query(filter);
        List<Object> matching = matchingKey(query);
        List<ClaimRow> items = listRows.get(List.of(matching, page, size), () -> {
            TypedQuery<ClaimRow> find = Claim.getEntityManager()
                    .createQuery(ClaimRow.SELECT + " from Claim c" + query.where() + query.orderBy(), ClaimRow.class)
                    .setFirstResult(page * size).setMaxResults(size);
            query.params().forEach(find::setParameter);
            return List.copyOf(find.getResultList());
        });
        return new ClaimResults<>(items, page, size, listCounts.get(matching, () -> count(query)));
    }

    /** The filter's query, the province also matched by its gazetteer name ("Helmand" finds "Hilmand"). */
    private ClaimFilter.Query query(ClaimFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw Problem.invalid("from", ProblemTexts::notAfterTo);
        }
        return filter.toQuery(places.provinceName(filter.admin1()).orElse(null));
    }

    private static long count(ClaimFilter.Query query) {
        return Claim.count("from Claim c" + query.where(), query.params());
    }

    /** Open or proposed claims that this user has not rated yet, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> waitingForReviewBy(String username, int limit) {
        return waitingForReviewBy(username, 0, limit);
    }

    /** As {@link #waitingForReviewBy(String, int)}, from the {@code first} (0-based) on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> waitingForReviewBy(String username, int first, int limit) {
        return Claim.find("from Claim c where c.status in ?1 and not exists"
                + " (from Review r where r.claim = c and r.reviewer = ?2) order by c.createdAt, c.id",
                List.of(ClaimStatus.OPEN, ClaimStatus.PROPOSED), username).range(first, first + limit - 1).list();
    }

    /** Proposed claims waiting for an editor, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> waitingForDecision(int limit) {
        return waitingForDecision(0, limit);
    }

    /** As {@link #waitingForDecision(int)}, from the {@code first} (0-based) on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> waitingForDecision(int first, int limit) {
        // status leads the order so the index (status, updated_at, id) gives the rows in order
        return Claim.find("from Claim c where c.status = ?1 order by c.status, c.updatedAt, c.id", ClaimStatus.PROPOSED)
                .range(first, first + limit - 1).list();
    }

    /** Field rules Bean Validation cannot say alone: sub-type of the type, ordered estimates, paired coordinates. */
    private void check(ClaimInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input != null) {
            if (input.eventType() != null && input.subEventType() != null
                    && input.subEventType().eventType != input.eventType()) {
                errors.add(new FieldError("subEventType", t -> t.notASubTypeOf(input.subEventType(), input.eventType())));
            }
            ClaimInput.FatalitiesInput f = input.fatalities();
            if (f != null) {
                if (f.low() != null && f.best() != null && f.low() > f.best()) {
                    errors.add(new FieldError("fatalities.low", ProblemTexts::notAboveBest));
                }
                if (f.best() != null && f.high() != null && f.best() > f.high()) {
                    errors.add(new FieldError("fatalities.high", ProblemTexts::notBelowBest));
                }
                if (f.low() != null && f.high() != null && f.low() > f.high()) {
                    errors.add(new FieldError("fatalities.high", ProblemTexts::notBelowLow));
                }
            }
            ClaimInput.LocationInput l = input.location();
            if (l != null && (l.latitude() == null) != (l.longitude() == null)) {
                errors.add(new FieldError(l.latitude() == null ? "location.latitude" : "location.longitude",
                        ProblemTexts::latitudeWithLongitude));
            }
            if (l != null && l.precision() == PlacePrecision.EXACT && l.latitude() == null) {
                errors.add(new FieldError("location.latitude", t -> t.requiredWhenPrecision(PlacePrecision.EXACT)));
            }
            FieldError unknownPlace = places.check(l);
            if (unknownPlace != null) {
                errors.add(unknownPlace);
            }
        }
        inputs.check(input, errors.stream().distinct().toList());
    }

    private void apply(Claim claim, ClaimInput input) {
        claim.statement = Text.clean(input.statement());
        claim.eventDate = input.eventDate();
        claim.datePrecision = input.datePrecision();
        claim.eventType = input.eventType();
        claim.subEventType = input.subEventType();
        claim.actor1 = Text.clean(input.actor1());
        claim.actor2 = Text.clean(input.actor2());
        ClaimInput.LocationInput l = input.location();
        claim.location.country = Text.clean(l.country());
        claim.location.admin1 = Text.clean(l.admin1());
        claim.location.admin2 = Text.clean(l.admin2());
        claim.location.place = Text.clean(l.place());
        claim.location.latitude = l.latitude();
        claim.location.longitude = l.longitude();
        claim.location.precision = l.precision();
        places.apply(claim.location, l);
        ClaimInput.FatalitiesInput f = input.fatalities();
        if (claim.fatalities == null) {
            claim.fatalities = new Fatalities(); // Hibernate loads an all-null embeddable as null
        }
        claim.fatalities.low = f == null ? null : f.low();
        claim.fatalities.best = f == null ? null : f.best();
        claim.fatalities.high = f == null ? null : f.high();
    }
}
