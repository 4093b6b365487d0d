package org.corroborate;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.citation.CitationInput;
import org.corroborate.citation.CitationService;
import org.corroborate.citation.Stance;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimInput;
import org.corroborate.claim.ClaimService;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.review.ReviewInput;
import org.corroborate.review.ReviewService;
import org.corroborate.source.SourceInput;
import org.corroborate.source.SourceKind;
import org.corroborate.source.SourceService;

/**
 * Claims, sources, citations and reviews for domain tests, written through the services. Every source gets a
 * unique url, since all test classes share one database.
 */
@ApplicationScoped
public class TestClaims {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ClaimService claims;
    private final SourceService sources;
    private final CitationService citations;
    private final ReviewService reviews;

    TestClaims(ClaimService claims, SourceService sources, CitationService citations, ReviewService reviews) {
        this.claims = claims;
        this.sources = sources;
        this.citations = citations;
        this.reviews = reviews;
    }

    /** A valid claim: the Khan Abad recapture of June 2021. */
    public static ClaimInput input(Long version) {
        return new ClaimInput("Afghan forces retook Khan Abad district in Kunduz from the Taliban.",
                LocalDate.of(2021, 6, 22), DatePrecision.WEEK, EventType.BATTLES,
                SubEventType.GOVERNMENT_REGAINS_TERRITORY, "Military Forces of Afghanistan (2014-2021)", "Taliban",
                new ClaimInput.LocationInput("Afghanistan", "Kunduz", "Khan Abad", "Khan Abad", 36.68, 69.11,
                        PlacePrecision.PLACE),
                new ClaimInput.FatalitiesInput(1, 2, 3), version);
    }

    /**
     * The claim as stored now, read in a transaction of its own. Reading through {@code ClaimService.get}
     * outside a transaction uses the test's request-scoped session, which may hold an older copy.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim reload(long id) {
        return claims.get(id);
    }

    /** A new OPEN claim; returns its id. */
    public long open(String author) {
        return claims.create(input(null), author).id;
    }

    /** A new source with a unique url; returns its id. */
    public long source(String user) {
        return sources.create(new SourceInput("https://example.org/test/" + System.nanoTime() + "-"
                + SEQUENCE.incrementAndGet(), "A test report", "Test Outlet", null, LocalDate.of(2021, 6, 23),
                SourceKind.NEWS_MEDIA, "en", null), user).id;
    }

    /** Cites a new source on the claim. */
    public void cite(long claimId, Stance stance, String claimant, boolean party, String user) {
        citations.attach(claimId, new CitationInput(source(user), stance, "a short phrase", claimant, party, null),
                user);
    }

    public void review(long claimId, String reviewer, int rating) {
        reviews.writeMine(claimId, new ReviewInput(rating, "Rated " + rating + " after reading the sources.", Set.of()),
                reviewer);
    }
}
