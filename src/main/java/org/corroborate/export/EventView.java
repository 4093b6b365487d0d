package org.corroborate.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.ClaimView.FatalitiesView;
import org.corroborate.claim.ClaimView.LocationView;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.SubEventType;
import org.corroborate.claim.Verdict;
import org.corroborate.review.Credibility;
import org.corroborate.source.SourceKind;
import org.corroborate.workflow.StatusChange;

/**
 * One published event as consumers read it: the public contract of {@code GET /api/events}. Add fields
 * freely; rename none.
 *
 * @param id stable event id, the same for every revision of the claim
 * @param revision increases on every published change (approval, retraction)
 * @param changedAt when the published event last changed; {@code since} compares with this
 * @param retraction for a RETRACTED event (a tombstone): when, by whom and why
 */
public record EventView(String id, long claimId, ClaimStatus status, Verdict verdict, int revision, String statement,
        LocalDate eventDate, DatePrecision datePrecision, EventType eventType, SubEventType subEventType, String actor1,
        String actor2, LocationView location, FatalitiesView fatalities, Credibility credibility,
        List<EventCitation> citations, String approvedBy, Instant approvedAt, Instant changedAt, Retraction retraction) {

    public static final String ID_PREFIX = "crb-";

    public record EventCitation(String sourceUrl, String sourceTitle, String outlet, LocalDate publishedAt,
            SourceKind kind, Stance stance, String claimant, boolean claimantIsParty, String quote,
            String statedFigure) {

        static EventCitation of(Citation c) {
            return new EventCitation(c.source.url, c.source.title, c.source.outlet, c.source.publishedAt, c.source.kind,
                    c.stance, c.claimant, c.claimantIsParty, c.quote, c.statedFigure);
        }
    }

    public record Retraction(Instant at, String by, String note) {

        static Retraction of(StatusChange change) {
            return change == null ? null : new Retraction(change.changedAt, change.changedBy, change.note);
        }
    }

    static EventView of(Claim c, List<Citation> citations, Credibility credibility, StatusChange retraction) {
        return new EventView(ID_PREFIX + c.id, c.id, c.status, c.verdict, c.revision, c.statement, c.eventDate,
                c.datePrecision, c.eventType, c.subEventType, c.actor1, c.actor2, LocationView.of(c.location),
                FatalitiesView.of(c.fatalities), credibility, citations.stream().map(EventCitation::of).toList(),
                c.approvedBy, c.approvedAt, c.publishedAt,
                c.status == ClaimStatus.RETRACTED ? Retraction.of(retraction) : null);
    }
}
