package org.corroborate.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.evidence.Evidence;
import org.corroborate.evidence.Figure;
import org.corroborate.evidence.SuggestedFatalities;
import org.corroborate.review.Credibility;
import org.corroborate.review.Review;
import org.corroborate.review.ReviewTag;
import org.corroborate.sameevent.SameEvents;
import org.corroborate.source.SourceKind;
import org.corroborate.workflow.StatusChange;
import org.corroborate.workflow.VerdictRules;

/**
 * A claim as the JSON API answers it. {@code citations}, {@code reviews}, {@code history}, {@code evidence},
 * {@code verdictRules}, {@code suggestedFatalities} and the same-event ids ({@code sameEvent}, {@code
 * possiblySameEvent}, {@code placeConflicts}: see {@link SameEvents}) only on a single claim.
 */
public record ClaimView(long id, String statement, LocalDate eventDate, DatePrecision datePrecision, EventType eventType,
        SubEventType subEventType, String actor1, String actor2, LocationView location, FatalitiesView fatalities,
        ClaimStatus status, Verdict verdict, long version, int revision, String proposedBy, String approvedBy,
        Instant approvedAt, String createdBy, Instant createdAt, Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Credibility credibility,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<CitationView> citations,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ReviewView> reviews,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryView> history,
        @JsonInclude(JsonInclude.Include.NON_NULL) Evidence evidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<Verdict, VerdictRules.Checklist> verdictRules,
        @JsonInclude(JsonInclude.Include.NON_NULL) SuggestedFatalities suggestedFatalities,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> sameEvent,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> possiblySameEvent,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Long> placeConflicts) {

    /** {@code pcode}: the gazetteer's district or province the event is in, null when none resolves. */
    public record LocationView(String country, String admin1, String admin2, String place, Double latitude,
            Double longitude, PlacePrecision precision, String pcode) {

        public LocationView(String country, String admin1, String admin2, String place, Double latitude,
                Double longitude, PlacePrecision precision) {
            this(country, admin1, admin2, place, latitude, longitude, precision, null);
        }

        public static LocationView of(Location l) {
            return l == null ? new LocationView(null, null, null, null, null, null, null, null)
                    : new LocationView(l.country, l.admin1, l.admin2, l.place, l.latitude, l.longitude, l.precision,
                            l.pcode);
        }
    }

    public record FatalitiesView(Integer low, Integer best, Integer high) {

        public static FatalitiesView of(Fatalities f) {
            return f == null ? new FatalitiesView(null, null, null) : new FatalitiesView(f.low, f.best, f.high);
        }
    }

    public record CitationView(long id, long sourceId, String sourceUrl, String sourceTitle, String outlet,
            LocalDate publishedAt, SourceKind kind, Stance stance, String quote, String claimant,
            boolean claimantIsParty, String statedFigure, String createdBy, Instant createdAt, Figure figure,
            Long claimantId, String origin) {

        /** {@code origin} as filled on the citation ({@code claimant.Origins}); null where it was not. */
        public static CitationView of(Citation c) {
            return new CitationView(c.id, c.source.id, c.source.url, c.source.title, c.source.outlet,
                    c.source.publishedAt, c.source.kind, c.stance, c.quote, c.claimant, c.claimantIsParty,
                    c.statedFigure, c.createdBy, c.createdAt, c.figure(), c.claimantId, c.origin);
        }
    }

    public record ReviewView(long id, String reviewer, int rating, String ratingName, String rationale,
            List<ReviewTag> tags, Instant createdAt, Instant updatedAt) {

        public static ReviewView of(Review r) {
            return new ReviewView(r.id, r.reviewer, r.rating, org.corroborate.review.Rating.name(r.rating), r.rationale,
                    List.copyOf(r.tagSet()), r.createdAt, r.updatedAt);
        }
    }

    public record HistoryView(ClaimStatus from, ClaimStatus to, Verdict verdict, String by, Instant at, String note) {

        public static HistoryView of(StatusChange s) {
            return new HistoryView(s.fromStatus, s.toStatus, s.verdict, s.changedBy, s.changedAt, s.note);
        }
    }

    /** The claim's own fields, for lists and write answers. */
    public static ClaimView of(Claim c) {
        return new ClaimView(c.id, c.statement, c.eventDate, c.datePrecision, c.eventType, c.subEventType, c.actor1,
                c.actor2, LocationView.of(c.location), FatalitiesView.of(c.fatalities), c.status, c.verdict, c.version,
                c.revision, c.proposedBy, c.approvedBy, c.approvedAt, c.createdBy, c.createdAt, c.updatedAt,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** The claim with its evidence, reviews, history, and every verdict's rules as they stand. */
    public static ClaimView of(ClaimDetails d, Map<Verdict, VerdictRules.Checklist> checklists) {
        return of(d, d.evidence(), checklists, null);
    }

    /**
     * As {@link #of(ClaimDetails, Map)}, with the evidence the checklists were made from (read once), and the claims
     * of the same event when {@code sameEvents} is given.
     */
    public static ClaimView of(ClaimDetails d, Evidence evidence, Map<Verdict, VerdictRules.Checklist> checklists,
            SameEvents sameEvents) {
        Claim c = d.claim();
        return new ClaimView(c.id, c.statement, c.eventDate, c.datePrecision, c.eventType, c.subEventType, c.actor1,
                c.actor2, LocationView.of(c.location), FatalitiesView.of(c.fatalities), c.status, c.verdict, c.version,
                c.revision, c.proposedBy, c.approvedBy, c.approvedAt, c.createdBy, c.createdAt, c.updatedAt,
                d.credibility(), d.citations().stream().map(CitationView::of).toList(),
                d.reviews().stream().map(ReviewView::of).toList(), d.history().stream().map(HistoryView::of).toList(),
                evidence, checklists, d.suggestedFatalities(), sameEvents == null ? null : sameEvents.sameEventIds(),
                sameEvents == null ? null : sameEvents.possiblySameEventIds(),
                sameEvents == null ? null : sameEvents.placeConflictIds());
    }
}
