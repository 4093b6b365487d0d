package org.corroborate.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.corroborate.db.RowMapping;
import org.corroborate.input.SearchText;
import org.corroborate.place.PlaceNames;

/**
 * One checkable statement about one event, with the event's structured fields.
 * Status and verdict change only through {@code workflow.Workflow}.
 */
@Entity
public class Claim extends PanacheEntity {

    /** The claim's columns as the JDBC reads (the claim page, the export's documents) map them. */
    public static final RowMapping<Claim> COLUMNS = RowMapping.of(Claim::new)
            .longValue("id", (c, v) -> c.id = v)
            .text("statement", (c, v) -> c.statement = v)
            .date("event_date", (c, v) -> c.eventDate = v)
            .enumOf("date_precision", DatePrecision.class, (c, v) -> c.datePrecision = v)
            .enumOf("event_type", EventType.class, (c, v) -> c.eventType = v)
            .enumOf("sub_event_type", SubEventType.class, (c, v) -> c.subEventType = v)
            .text("actor1", (c, v) -> c.actor1 = v)
            .text("actor2", (c, v) -> c.actor2 = v)
            .text("country", (c, v) -> c.location.country = v)
            .text("admin1", (c, v) -> c.location.admin1 = v)
            .text("admin2", (c, v) -> c.location.admin2 = v)
            .text("place", (c, v) -> c.location.place = v)
            .decimal("latitude", (c, v) -> c.location.latitude = v)
            .decimal("longitude", (c, v) -> c.location.longitude = v)
            .enumOf("place_precision", PlacePrecision.class, (c, v) -> c.location.precision = v)
            .text("location_pcode", (c, v) -> c.location.pcode = v)
            .integer("fatalities_low", (c, v) -> c.fatalities.low = v)
            .integer("fatalities_best", (c, v) -> c.fatalities.best = v)
            .integer("fatalities_high", (c, v) -> c.fatalities.high = v)
            .enumOf("status", ClaimStatus.class, (c, v) -> c.status = v)
            .enumOf("verdict", Verdict.class, (c, v) -> c.verdict = v)
            .text("proposed_by", (c, v) -> c.proposedBy = v)
            .text("approved_by", (c, v) -> c.approvedBy = v)
            .instant("approved_at", (c, v) -> c.approvedAt = v)
            .text("created_by", (c, v) -> c.createdBy = v)
            .instant("created_at", (c, v) -> c.createdAt = v)
            .instant("updated_at", (c, v) -> c.updatedAt = v)
            .integer("revision", (c, v) -> c.revision = v)
            .instant("published_at", (c, v) -> c.publishedAt = v)
            .longValue("version", (c, v) -> c.version = v)
            .build();

    /**
     * The columns that say which event a claim reports (when, where, what), for comparing claims without showing
     * them ({@code sameevent.SameEventRules}): the other fields of a claim read this way stay unset.
     */
    public static final RowMapping<Claim> EVENT_COLUMNS = RowMapping.of(Claim::new)
            .longValue("id", (c, v) -> c.id = v)
            .date("event_date", (c, v) -> c.eventDate = v)
            .enumOf("date_precision", DatePrecision.class, (c, v) -> c.datePrecision = v)
            .enumOf("event_type", EventType.class, (c, v) -> c.eventType = v)
            .enumOf("sub_event_type", SubEventType.class, (c, v) -> c.subEventType = v)
            .text("admin1", (c, v) -> c.location.admin1 = v)
            .text("admin2", (c, v) -> c.location.admin2 = v)
            .text("location_pcode", (c, v) -> c.location.pcode = v)
            .build();

    public static final int STATEMENT_MAX = 1000;
    public static final int ACTOR_MAX = 200;

    @Column(nullable = false, length = STATEMENT_MAX)
    public String statement;

    @Column(name = "event_date")
    public LocalDate eventDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", length = 16)
    public DatePrecision datePrecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", length = 40)
    public EventType eventType;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_event_type", length = 40)
    public SubEventType subEventType;

    @Column(length = ACTOR_MAX)
    public String actor1;

    @Column(length = ACTOR_MAX)
    public String actor2;

    @Embedded
    public Location location = new Location();

    @Embedded
    public Fatalities fatalities = new Fatalities();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ClaimStatus status = ClaimStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Verdict verdict;

    @Column(name = "proposed_by", length = 64)
    public String proposedBy;

    @Column(name = "approved_by", length = 64)
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Published revision: 0 until approved, then +1 on every change consumers must see. */
    @Column(nullable = false)
    public int revision;

    /** When the published event last changed (approval, retraction); drives the export's {@code since}. */
    @Column(name = "published_at")
    public Instant publishedAt;

    /** The province lower-cased, so filters match without case through an index; kept by {@link #keys()}. */
    @Column(name = "admin1_key", length = 100)
    String admin1Key;

    /** The province by sound ({@code place.PlaceNames.soundOf}), so same-event candidates are found by any spelling. */
    @Column(name = "admin1_sound", length = 100)
    String admin1Sound;

    /**
     * The district by sound, so the same-event query keeps claims of other districts out before reading them: null
     * when the claim names no district, "" for a name without letters.
     */
    @Column(name = "admin2_sound", length = 100)
    String admin2Sound;

    public static final int SEARCH_TEXT_MAX = 2000;

    /**
     * What the claim list's search matches: statement, place and actors as {@link SearchText#of} folds them; kept by
     * {@link #keys()}, given to older claims by {@link UnsearchableClaims}.
     */
    @Column(name = "search_text", length = SEARCH_TEXT_MAX)
    String searchText;

    @PrePersist
    @PreUpdate
    void keys() {
        searchText = searchText();
        admin1Key = admin1Key();
        admin1Sound = admin1Sound(location == null ? null : location.admin1);
        admin2Sound = admin2Sound(location == null ? null : location.admin2);
    }

    /** The district as the same-event query compares it: null without a district, "" for one without letters. */
    public static String admin2Sound(String admin2) {
        return admin2 == null || admin2.isBlank() ? null : PlaceNames.soundOf(admin2);
    }

    /** The province as the same-event query compares it: by sound, or null when it has no letters. */
    public static String admin1Sound(String admin1) {
        String sound = PlaceNames.soundOf(admin1);
        return sound.isEmpty() ? null : sound;
    }

    /** The claim's text as search compares it ({@link #searchText}). */
    String searchText() {
        return SearchText.of(SEARCH_TEXT_MAX, statement, location == null ? null : location.place, actor1, actor2);
    }

    /** The province as filters compare it: lower-cased, or null. */
    public String admin1Key() {
        return location == null || location.admin1 == null ? null : location.admin1.toLowerCase(Locale.ROOT);
    }

    @Version
    @Column(nullable = false)
    public long version;
}
