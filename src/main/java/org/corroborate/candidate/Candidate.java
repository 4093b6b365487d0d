package org.corroborate.candidate;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.corroborate.citation.Stance;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.evidence.Figure;

/**
 * An event the app read in a source's text, proposed as a claim ({@link ArticleReader} says how it is read).
 * {@code index} names it among the source's candidates; {@code span} is the sentence that reports it best, and
 * {@code spans} every sentence it was read from, as character offsets into the source's text.
 */
public record Candidate(int index, String statement, LocalDate eventDate, DatePrecision datePrecision,
        Place location, EventType eventType, SubEventType subEventType, String actor1, String actor2,
        Fatalities fatalities, List<Cited> citations, List<Long> sameEventAs, Span span, List<Span> spans) {

    /** Where: the province and district with the gazetteer's P-code; an ambiguous district has options instead. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(String country, String admin1, String admin2, String pcode, PlacePrecision precision,
            String ambiguous, List<Option> options) {
    }

    /** A place an ambiguous district name may be. */
    public record Option(String pcode, String admin1, String admin2) {
    }

    /** Fatalities as the citations' figures suggest them ({@link org.corroborate.evidence.SuggestedFatalities}). */
    public record Fatalities(Integer low, Integer best, Integer high) {
    }

    /** A citation ready to attach: the claimant resolved against the known claimants, with the party flag. */
    public record Cited(String claimant, Long claimantId, Boolean claimantIsParty, Stance stance, String quote,
            String statedFigure, Figure figure, Span span) {
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the source's text. */
    public record Span(int start, int end) {
    }
}
