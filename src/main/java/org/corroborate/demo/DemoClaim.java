package org.corroborate.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.corroborate.citation.Stance;
import org.corroborate.claim.ClaimInput;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.claim.Verdict;
import org.corroborate.review.ReviewTag;

/**
 * One claim of the demo dataset with the evidence, reviews and workflow steps that follow its creation,
 * written as a short fluent description so the dataset reads like a reviewer's notes.
 */
final class DemoClaim {

    static final String COUNTRY = "Afghanistan";

    /** A source attached to the claim, with who in it makes the assertion and the figure as it is stated. */
    record Cite(DemoSource source, Stance stance, String quote, String claimant, boolean party, String figure) {
    }

    record Vote(String reviewer, int rating, String rationale, Set<ReviewTag> tags) {
    }

    /** A workflow step, taken in order after the citations and reviews are written. */
    sealed interface Step permits Propose, Approve, Reject, Retract {
        String by();

        String note();
    }

    record Propose(String by, Verdict verdict, String note) implements Step {
    }

    record Approve(String by, String note) implements Step {
    }

    record Reject(String by, String note) implements Step {
    }

    record Retract(String by, String note) implements Step {
    }

    final String author;
    final String statement;
    LocalDate date;
    DatePrecision datePrecision;
    SubEventType subEventType;
    String actor1;
    String actor2;
    String admin1;
    String admin2;
    String place;
    Double latitude;
    Double longitude;
    PlacePrecision placePrecision = PlacePrecision.COUNTRY;
    Integer low;
    Integer best;
    Integer high;
    final List<Cite> citations = new ArrayList<>();
    final List<Vote> reviews = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();

    private DemoClaim(String author, String statement) {
        this.author = author;
        this.statement = statement;
    }

    static DemoClaim by(String author, String statement) {
        return new DemoClaim(author, statement);
    }

    DemoClaim on(LocalDate date, DatePrecision precision) {
        this.date = date;
        this.datePrecision = precision;
        return this;
    }

    DemoClaim type(SubEventType subEventType) {
        this.subEventType = subEventType;
        return this;
    }

    DemoClaim actors(String actor1, String actor2) {
        this.actor1 = actor1;
        this.actor2 = actor2;
        return this;
    }

    /** Somewhere in the country, no province named. */
    DemoClaim nationwide() {
        this.placePrecision = PlacePrecision.COUNTRY;
        return this;
    }

    DemoClaim province(String admin1) {
        this.admin1 = admin1;
        this.placePrecision = PlacePrecision.ADMIN1;
        return this;
    }

    DemoClaim district(String admin1, String admin2) {
        this.admin1 = admin1;
        this.admin2 = admin2;
        this.placePrecision = PlacePrecision.ADMIN2;
        return this;
    }

    /** A named place; the coordinates are approximate (to about a kilometre or two). */
    DemoClaim place(String admin1, String admin2, String place, double latitude, double longitude) {
        this.admin1 = admin1;
        this.admin2 = admin2;
        this.place = place;
        this.latitude = latitude;
        this.longitude = longitude;
        this.placePrecision = PlacePrecision.PLACE;
        return this;
    }

    DemoClaim fatalities(Integer low, Integer best, Integer high) {
        this.low = low;
        this.best = best;
        this.high = high;
        return this;
    }

    DemoClaim cite(DemoSource source, Stance stance, String quote, String claimant, boolean party, String figure) {
        citations.add(new Cite(source, stance, quote, claimant, party, figure));
        return this;
    }

    DemoClaim review(String reviewer, int rating, String rationale, ReviewTag... tags) {
        reviews.add(new Vote(reviewer, rating, rationale,
                tags.length == 0 ? EnumSet.noneOf(ReviewTag.class) : EnumSet.copyOf(List.of(tags))));
        return this;
    }

    DemoClaim propose(String by, Verdict verdict, String note) {
        steps.add(new Propose(by, verdict, note));
        return this;
    }

    DemoClaim approve(String by, String note) {
        steps.add(new Approve(by, note));
        return this;
    }

    DemoClaim reject(String by, String note) {
        steps.add(new Reject(by, note));
        return this;
    }

    DemoClaim retract(String by, String note) {
        steps.add(new Retract(by, note));
        return this;
    }

    ClaimInput input() {
        return new ClaimInput(statement, date, datePrecision, subEventType.eventType, subEventType, actor1, actor2,
                new ClaimInput.LocationInput(COUNTRY, admin1, admin2, place, latitude, longitude, placePrecision),
                low == null && best == null && high == null ? null : new ClaimInput.FatalitiesInput(low, best, high),
                null);
    }
}
