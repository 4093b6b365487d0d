package org.corroborate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.citation.Stance;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.ClaimView.FatalitiesView;
import org.corroborate.claim.ClaimView.LocationView;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.claim.Verdict;
import org.corroborate.review.Credibility;
import org.corroborate.source.SourceKind;
import org.corroborate.workflow.Retraction;

/**
 * A stored event document has every field of the record, in the record's order (GeoJSON reads the id and the
 * location from a document's first fields), and reads back into the same record (CSV and GeoJSON read it back).
 */
@QuarkusTest
class EventJsonTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    EventDocuments documents;

    private String stored(EventView event) {
        String document = documents.json(event);
        List<String> fields = new ArrayList<>();
        try {
            mapper.readTree(document).fieldNames().forEachRemaining(fields::add);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(fields).containsExactly(Arrays.stream(EventView.class.getRecordComponents())
                .map(RecordComponent::getName).toArray(String[]::new));
        return document;
    }

    @Test
    void fullEventMatchesDataBinding() throws Exception {
        EventView event = new EventView("crb-7", 7, ClaimStatus.RETRACTED, Verdict.DISPUTED, 2,
                "Forces \"retook\" the <centre>", LocalDate.of(2021, 6, 22), DatePrecision.WEEK,
                EventType.EXPLOSIONS_REMOTE_VIOLENCE, SubEventType.AIR_DRONE_STRIKE, "Air Force", "Civilians",
                new LocationView("Afghanistan", "Kunduz", "Khan Abad", "Khan Abad", 36.68, 69.11, PlacePrecision.ADMIN2),
                new FatalitiesView(5, 5, null), Credibility.of(3, 13, 3, 0),
                List.of(new EventView.EventCitation("https://example.org/a", "A report", "Agency", LocalDate.of(2021, 6, 23),
                        SourceKind.WIRE_SERVICE, Stance.SUPPORTS, "Assembly member", false, "at least five", "5")),
                "editor", Instant.parse("2021-06-25T10:15:30.123456Z"), Instant.parse("2021-06-26T08:00:00Z"), "ZTE6Nw",
                new Retraction(Instant.parse("2021-06-26T08:00:00Z"), "editor2", "Wrong district"));
        assertThat(mapper.readTree(stored(event))).isEqualTo(mapper.readTree(mapper.writeValueAsString(event)));
        // CSV and GeoJSON read the stored document back
        assertThat(mapper.readValue(stored(event), EventView.class)).isEqualTo(event);
    }

    @Test
    void sparseEventMatchesDataBinding() throws Exception {
        EventView event = new EventView("crb-8", 8, ClaimStatus.APPROVED, Verdict.VERIFIED, 1, "A statement", null, null,
                null, null, null, null, new LocationView(null, null, null, null, null, null, null),
                new FatalitiesView(null, null, null), Credibility.NONE, List.of(), null, null,
                Instant.parse("2021-06-26T08:00:00Z"), "ZTE6OA", null);
        assertThat(mapper.readTree(stored(event))).isEqualTo(mapper.readTree(mapper.writeValueAsString(event)));
        // CSV and GeoJSON read the stored document back
        assertThat(mapper.readValue(stored(event), EventView.class)).isEqualTo(event);
    }
}
