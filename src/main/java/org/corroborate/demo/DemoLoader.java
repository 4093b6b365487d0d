package org.corroborate.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import org.corroborate.account.AccountService;
import org.corroborate.account.User;
import org.corroborate.citation.CitationInput;
import org.corroborate.citation.CitationService;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimService;
import org.corroborate.claimant.Claimant;
import org.corroborate.claimant.ClaimantNames;
import org.corroborate.claimant.ClaimantService;
import org.corroborate.review.ReviewInput;
import org.corroborate.review.ReviewService;
import org.corroborate.sameevent.SameEventService;
import org.corroborate.source.SourceService;
import org.corroborate.workflow.Decision;
import org.corroborate.workflow.Workflow;

/**
 * Loads the demo dataset and accounts on the first start of a demo installation. It writes through the
 * domain services, so every rule holds (four-eyes, verdict rules) and the history is real.
 */
@ApplicationScoped
public class DemoLoader {

    /**
     * Start-up order: the demo loader runs before {@code account.FirstAdmin}, so with demo mode on the demo
     * accounts win and a configured first admin is not created (an account exists by then). Lower runs first.
     */
    public static final int STARTUP_ORDER = Interceptor.Priority.APPLICATION;

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    private final DemoConfig config;
    private final AccountService accounts;
    private final SourceService sources;
    private final ClaimService claims;
    private final ClaimantService claimants;
    private final CitationService citations;
    private final ReviewService reviews;
    private final Workflow workflow;
    private final SameEventService sameEvents;
    private final Clock clock;

    DemoLoader(DemoConfig config, AccountService accounts, SourceService sources, ClaimService claims,
            ClaimantService claimants, CitationService citations, ReviewService reviews, Workflow workflow,
            SameEventService sameEvents, Clock clock) {
        this.sameEvents = sameEvents;
        this.config = config;
        this.accounts = accounts;
        this.sources = sources;
        this.claims = claims;
        this.claimants = claimants;
        this.citations = citations;
        this.reviews = reviews;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** What {@link #load()} wrote. */
    public record Loaded(List<String> usernames, List<Long> sourceIds, List<Long> claimIds) {
    }

    /** Loads the dataset once: only in demo mode and only while no account exists, so it never re-seeds. */
    void onStart(@Observes @Priority(STARTUP_ORDER) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        if (accounts.anyAccountExists()) {
            LOG.debug("Demo mode: accounts exist already, so the demo data is not loaded again");
            return;
        }
        Loaded loaded = load();
        LOG.infof("Demo data loaded: %d claims from %d sources; accounts %s, each with the password <username>-demo",
                loaded.claimIds().size(), loaded.sourceIds().size(), String.join(", ", loaded.usernames()));
    }

    /**
     * Writes the demo accounts, claimants and the dataset in one transaction: all of it or nothing. It checks nothing
     * about the database's state; the start-up observer decides whether to call it.
     */
    @Transactional
    public Loaded load() {
        List<String> usernames = new ArrayList<>();
        // hashed side by side: five bcrypt hashes one after the other were a second of the first start
        Map<String, String> hashes = DemoData.accounts().parallelStream().collect(Collectors.toMap(
                DemoData.Account::username, account -> BcryptUtil.bcryptHash(account.password())));
        for (DemoData.Account account : DemoData.accounts()) {
            // directly, not through AccountService: demo passwords are shorter than real accounts may be
            User user = new User();
            user.username = account.username();
            user.password = hashes.get(account.username());
            user.setRoleSet(EnumSet.of(account.role()));
            user.createdAt = Instant.now(clock);
            user.persist();
            usernames.add(account.username());
        }
        Map<String, Boolean> partyByKey = new HashMap<>();
        for (DemoClaimant demo : DemoData.claimants()) {
            // one known by its name already (a database shared with tests) is kept as it is
            Claimant claimant = claimants.resolving(demo.name())
                    .orElseGet(() -> claimants.create(demo.input(), demo.createdBy()));
            claimants.get(claimant.id).names.forEach(name -> partyByKey.put(name.aliasKey, claimant.party));
        }
        Map<DemoSource, Long> sourceIds = new LinkedHashMap<>();
        for (DemoSource source : DemoData.sources()) {
            sourceIds.put(source, sources.create(source.input(), source.importedBy()).id);
        }
        List<Long> claimIds = new ArrayList<>();
        Map<DemoClaim, Long> written = new IdentityHashMap<>();
        for (DemoClaim demo : DemoData.claims()) {
            long id = write(demo, sourceIds, partyByKey);
            claimIds.add(id);
            written.put(demo, id);
        }
        for (DemoData.Link link : DemoData.links()) {
            sameEvents.judge(written.get(link.claim()), written.get(link.other()), link.judgement(), link.by());
        }
        return new Loaded(usernames, List.copyOf(sourceIds.values()), claimIds);
    }

    /**
     * Writes one claim. A citation whose claimant is a demo claimant with the party flag the dataset gives it takes
     * the flag from the claimant, as a reviewer leaving the default would; any other keeps the dataset's flag.
     */
    private long write(DemoClaim demo, Map<DemoSource, Long> sourceIds, Map<String, Boolean> partyByKey) {
        Claim claim = claims.create(demo.input(), demo.author);
        long id = claim.id;
        for (DemoClaim.Cite cite : demo.citations) {
            Long sourceId = sourceIds.get(cite.source());
            if (sourceId == null) {
                throw new IllegalStateException("Demo citation of a source missing from DemoData.sources(): "
                        + cite.source().title());
            }
            Boolean party = Boolean.valueOf(cite.party()).equals(partyByKey.get(ClaimantNames.key(cite.claimant())))
                    ? null : cite.party();
            citations.attach(id, new CitationInput(sourceId, cite.stance(), cite.quote(), cite.claimant(), party,
                    cite.figure()), demo.author);
        }
        for (DemoClaim.Vote vote : demo.reviews) {
            reviews.writeWithin(id, new ReviewInput(vote.rating(), vote.rationale(), vote.tags()), vote.reviewer());
        }
        for (DemoClaim.Step step : demo.steps) {
            if (step instanceof DemoClaim.Propose p) {
                workflow.propose(id, p.verdict(), p.note(), p.by());
            } else if (step instanceof DemoClaim.Approve a) {
                workflow.decide(id, Decision.APPROVE, a.note(), a.by());
            } else if (step instanceof DemoClaim.Reject r) {
                workflow.decide(id, Decision.REJECT, r.note(), r.by());
            } else if (step instanceof DemoClaim.Retract r) {
                workflow.retract(id, r.note(), r.by());
            }
        }
        return id;
    }
}
