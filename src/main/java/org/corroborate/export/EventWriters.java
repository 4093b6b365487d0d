package org.corroborate.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import org.corroborate.export.EventView.EventCitation;

/** Writes events as they are read, one format each; nothing holds the whole export. */
final class EventWriters {

    /** ACLED's full column set, in ACLED's order; what a claim does not know stays empty. */
    static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "tags", "timestamp");

    /** Corroborate's own columns, after ACLED's; new ones go at the end, so consumers' column numbers hold. */
    static final List<String> OWN_COLUMNS = List.of("status", "verdict", "revision", "fatalities_low",
            "fatalities_best", "fatalities_high", "credibility", "claim_url", "pcode");

    static final List<String> CSV_COLUMNS = java.util.stream.Stream.concat(ACLED_COLUMNS.stream(), OWN_COLUMNS.stream())
            .toList();

    private EventWriters() {
    }

    /** Writes one export: {@code read} pulls the events' JSON documents through the sink the format provides. */
    interface Export {
        EventReader.Read read(Consumer<String> sink);
    }

    /** Bytes gathered before they go to the connection: each hand-over to the event loop has a fixed cost. */
    static final int OUTPUT_BUFFER = 1 << 17;

    static void write(EventFormat format, EventQuery.Mode mode, ObjectMapper objectMapper, OutputStream response,
            Instant generatedAt, String claimUrlBase, Export export) throws IOException {
        JsonFactory mapper = objectMapper.getFactory();
        // JSON, NDJSON and GeoJSON copy the stored documents as they are; CSV reads each one back
        ObjectReader events = objectMapper.readerFor(EventView.class);
        OutputStream out = new BufferedOutputStream(response, OUTPUT_BUFFER);
        switch (format) {
            case JSON -> json(mapper, out, generatedAt, mode, export);
            case NDJSON -> ndjson(mapper, out, export);
            case GEOJSON -> geojson(mapper, out, generatedAt, export);
            case CSV -> csv(events, out, claimUrlBase, export);
        }
    }

    private static void json(JsonFactory mapper, OutputStream out, Instant generatedAt, EventQuery.Mode mode,
            Export export) throws IOException {
        try (JsonGenerator json = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("generatedAt", generatedAt.toString());
            json.writeStringField("mode", mode.name());
            json.writeArrayFieldStart("events");
            EventReader.Read read = export.read(event -> writeDocument(json, event));
            json.writeEndArray();
            json.writeStringField("nextCursor", read.next().token());
            json.writeBooleanField("hasMore", read.hasMore());
            json.writeNumberField("count", read.count());
            json.writeEndObject();
        }
    }

    private static void ndjson(JsonFactory mapper, OutputStream out, Export export) throws IOException {
        try (JsonGenerator json = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            export.read(event -> {
                try {
                    json.writeRaw(event);
                    json.writeRaw('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void geojson(JsonFactory mapper, OutputStream out, Instant generatedAt, Export export)
            throws IOException {
        try (JsonGenerator json = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeStringField("generatedAt", generatedAt.toString());
            json.writeArrayFieldStart("features");
            export.read(document -> {
                try {
                    Feature feature = Feature.of(mapper, document);
                    json.writeStartObject();
                    json.writeStringField("type", "Feature");
                    json.writeStringField("id", feature.id());
                    json.writeObjectFieldStart("geometry");
                    json.writeStringField("type", "Point");
                    json.writeArrayFieldStart("coordinates");
                    // GeoJSON puts longitude first
                    json.writeNumber(feature.longitude());
                    json.writeNumber(feature.latitude());
                    json.writeEndArray();
                    json.writeEndObject();
                    json.writeFieldName("properties");
                    json.writeRawValue(document);
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** What a GeoJSON feature needs beyond the event's document, read from its first fields only. */
    record Feature(String id, double latitude, double longitude) {

        static Feature of(JsonFactory factory, String document) throws IOException {
            String id = null;
            Double latitude = null;
            Double longitude = null;
            try (JsonParser parser = factory.createParser(document)) {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    if (field.equals("id")) {
                        id = parser.getText();
                    } else if (field.equals("location")) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String part = parser.currentName();
                            parser.nextToken();
                            if (part.equals("latitude")) {
                                latitude = parser.getDoubleValue();
                            } else if (part.equals("longitude")) {
                                longitude = parser.getDoubleValue();
                            }
                        }
                        // the location comes after the id: nothing further is needed
                        break;
                    } else {
                        parser.skipChildren();
                    }
                }
            }
            if (id == null || latitude == null || longitude == null) {
                throw new IllegalStateException("An exported event without an id or coordinates: " + id);
            }
            return new Feature(id, latitude, longitude);
        }
    }

    private static void csv(ObjectReader events, OutputStream out, String claimUrlBase, Export export)
            throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14);
        row(csv, CSV_COLUMNS);
        export.read(document -> {
            try {
                row(csv, csvRow(events.readValue(document), claimUrlBase));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    /**
     * One event as a CSV row. {@code fatalities} is the conservative figure, as ACLED codes it: the claim's low
     * figure, else its best; empty when the claim has neither.
     */
    static List<String> csvRow(EventView e, String claimUrlBase) {
        var l = e.location();
        var f = e.fatalities();
        Integer conservative = f.low() != null ? f.low() : f.best();
        String unknown = "";
        return java.util.Arrays.asList(e.id(), text(e.eventDate()),
                e.eventDate() == null ? "" : String.valueOf(e.eventDate().getYear()),
                AcledCodes.timePrecision(e.datePrecision()), AcledCodes.disorderType(e.eventType(), e.subEventType()),
                e.eventType() == null ? "" : e.eventType().label, e.subEventType() == null ? "" : e.subEventType().label,
                e.actor1(), unknown, unknown, e.actor2(), unknown, unknown, unknown,
                AcledCodes.civilianTargeting(e.eventType()), AcledCodes.iso(l.country()), AcledCodes.region(l.country()),
                l.country(), l.admin1(), l.admin2(), unknown, l.place(), text(l.latitude()), text(l.longitude()),
                AcledCodes.geoPrecision(l.precision()),
                e.citations().stream().map(EventCitation::outlet).filter(Objects::nonNull).distinct()
                        .collect(Collectors.joining("; ")),
                unknown, e.statement(), text(conservative), unknown,
                e.changedAt() == null ? "" : String.valueOf(e.changedAt().getEpochSecond()),
                e.status().name(), e.verdict() == null ? "" : e.verdict().name(), String.valueOf(e.revision()),
                text(f.low()), text(f.best()), text(f.high()),
                e.credibility().mean() == null ? "" : e.credibility().mean().toString(),
                claimUrlBase + e.claimId(), text(l.pcode()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void row(Writer out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            quoted(out, values.get(i));
        }
        out.write("\r\n");
    }

    /** RFC 4180 quoting; a leading formula character is defused so spreadsheets do not run it. */
    private static void quoted(Writer out, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        String safe = "=+-@".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        if (!quote) {
            out.write(safe);
            return;
        }
        out.write('"');
        out.write(safe.replace("\"", "\"\""));
        out.write('"');
    }

    private static boolean isNumber(String value) {
        try {
            Double.parseDouble(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void writeDocument(JsonGenerator json, String document) {
        try {
            json.writeRawValue(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
