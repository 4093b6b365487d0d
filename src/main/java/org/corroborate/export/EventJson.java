package org.corroborate.export;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonGenerator;

import org.corroborate.claim.ClaimView.FatalitiesView;
import org.corroborate.claim.ClaimView.LocationView;
import org.corroborate.export.EventView.EventCitation;
import org.corroborate.review.Credibility;
import org.corroborate.workflow.Retraction;

/**
 * Writes an {@link EventView} field by field: the same JSON Jackson's data binding gives the record (a test
 * holds them equal), without reflection on every value, since the export writes millions of them.
 */
final class EventJson {

    private EventJson() {
    }

    static void write(JsonGenerator json, EventView e) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", e.id());
        json.writeNumberField("claimId", e.claimId());
        name(json, "status", e.status());
        name(json, "verdict", e.verdict());
        json.writeNumberField("revision", e.revision());
        json.writeStringField("statement", e.statement());
        date(json, "eventDate", e.eventDate());
        name(json, "datePrecision", e.datePrecision());
        name(json, "eventType", e.eventType());
        name(json, "subEventType", e.subEventType());
        json.writeStringField("actor1", e.actor1());
        json.writeStringField("actor2", e.actor2());
        location(json, e.location());
        fatalities(json, e.fatalities());
        credibility(json, e.credibility());
        json.writeArrayFieldStart("citations");
        for (EventCitation c : e.citations()) {
            citation(json, c);
        }
        json.writeEndArray();
        json.writeStringField("approvedBy", e.approvedBy());
        time(json, "approvedAt", e.approvedAt());
        time(json, "changedAt", e.changedAt());
        json.writeStringField("cursor", e.cursor());
        retraction(json, e.retraction());
        json.writeEndObject();
    }

    private static void location(JsonGenerator json, LocationView l) throws IOException {
        json.writeObjectFieldStart("location");
        json.writeStringField("country", l.country());
        json.writeStringField("admin1", l.admin1());
        json.writeStringField("admin2", l.admin2());
        json.writeStringField("place", l.place());
        number(json, "latitude", l.latitude());
        number(json, "longitude", l.longitude());
        name(json, "precision", l.precision());
        json.writeEndObject();
    }

    private static void fatalities(JsonGenerator json, FatalitiesView f) throws IOException {
        json.writeObjectFieldStart("fatalities");
        number(json, "low", f.low());
        number(json, "best", f.best());
        number(json, "high", f.high());
        json.writeEndObject();
    }

    private static void credibility(JsonGenerator json, Credibility c) throws IOException {
        json.writeObjectFieldStart("credibility");
        json.writeNumberField("reviews", c.reviews());
        number(json, "mean", c.mean());
        json.writeNumberField("leaningTrue", c.leaningTrue());
        json.writeNumberField("mixed", c.mixed());
        json.writeNumberField("leaningFalse", c.leaningFalse());
        json.writeStringField("label", c.label());
        json.writeEndObject();
    }

    private static void citation(JsonGenerator json, EventCitation c) throws IOException {
        json.writeStartObject();
        json.writeStringField("sourceUrl", c.sourceUrl());
        json.writeStringField("sourceTitle", c.sourceTitle());
        json.writeStringField("outlet", c.outlet());
        date(json, "publishedAt", c.publishedAt());
        name(json, "kind", c.kind());
        name(json, "stance", c.stance());
        json.writeStringField("claimant", c.claimant());
        json.writeBooleanField("claimantIsParty", c.claimantIsParty());
        json.writeStringField("quote", c.quote());
        json.writeStringField("statedFigure", c.statedFigure());
        json.writeEndObject();
    }

    private static void retraction(JsonGenerator json, Retraction r) throws IOException {
        if (r == null) {
            json.writeNullField("retraction");
            return;
        }
        json.writeObjectFieldStart("retraction");
        time(json, "at", r.at());
        json.writeStringField("by", r.by());
        json.writeStringField("note", r.note());
        json.writeEndObject();
    }

    private static void name(JsonGenerator json, String field, Enum<?> value) throws IOException {
        json.writeStringField(field, value == null ? null : value.name());
    }

    private static void date(JsonGenerator json, String field, LocalDate value) throws IOException {
        json.writeStringField(field, value == null ? null : value.toString());
    }

    private static void time(JsonGenerator json, String field, Instant value) throws IOException {
        json.writeStringField(field, value == null ? null : value.toString());
    }

    private static void number(JsonGenerator json, String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private static void number(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }
}
