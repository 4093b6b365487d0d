package org.corroborate.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.ClaimView.FatalitiesView;
import org.corroborate.claim.ClaimView.LocationView;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.SubEventType;
import org.corroborate.claim.Verdict;
import org.corroborate.review.Credibility;
import org.corroborate.source.Source;
import org.corroborate.source.SourceKind;
import org.corroborate.workflow.Retraction;

/**
 * One published event as consumers read it: the public contract of {@code GET /api/events}, described by
 * {@code /api/events/schema.json}. Add fields freely; rename none.
 *
 * @param id stable event id, the same for every revision of the claim
 * @param revision increases on every published change (approval, retraction)
 * @param changedAt when the published event last changed; {@code since} compares with this
 * @param cursor pass it as {@code cursor} to read the changes after this one
 * @param retraction for a RETRACTED event (a tombstone): when, by whom and why
 */
public record EventView(String id, long claimId, ClaimStatus status, Verdict verdict, int revision, String statement,
        LocalDate eventDate, DatePrecision datePrecision, EventType eventType, SubEventType subEventType, String actor1,
        String actor2, LocationView location, FatalitiesView fatalities, Credibility credibility,
        List<EventCitation> citations, String approvedBy, Instant approvedAt, Instant changedAt, String cursor,
        Retraction retraction) {

    public static final String ID_PREFIX = "crb-";

    public record EventCitation(String sourceUrl, String sourceTitle, String outlet, LocalDate publishedAt,
            SourceKind kind, Stance stance, String claimant, boolean claimantIsParty, String quote,
            String statedFigure) {

        /** A citation of the event and its source, as consumers read them. */
        public static EventCitation of(Citation citation, Source source) {
            return new EventCitation(source.url, source.title, source.outlet, source.publishedAt, source.kind,
                    citation.stance, citation.claimant, citation.claimantIsParty, citation.quote, citation.statedFigure);
        }
    }
}
