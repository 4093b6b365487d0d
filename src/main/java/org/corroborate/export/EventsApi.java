package org.corroborate.export;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.EventType;
import org.corroborate.claim.Verdict;
import org.corroborate.input.QueryParams;
import org.corroborate.input.Text;
import org.corroborate.place.PlaceService;
import org.corroborate.problem.Problem;

/**
 * The public export, no login needed: the current state of the published events by default, the changes after a
 * cursor, or the whole log of revisions ({@link EventQuery.Mode}). Every format streams as it reads; a conditional
 * request is answered from the export clock alone.
 */
@Path("/api/events")
@Tag(name = "Export")
public class EventsApi {

    /** Events per JSON answer when the consumer does not say; the streamed formats send everything. */
    public static final int DEFAULT_JSON_LIMIT = 1000;
    public static final int MAX_LIMIT = 1_000_000;
    public static final String SCHEMA_MEDIA_TYPE = "application/schema+json";
    /** The value of {@code verdict} and {@code status} that asks for every one. */
    static final String ALL = "ALL";

    private final EventReader reader;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ExportMetrics metrics;
    private final PlaceService places;

    EventsApi(EventReader reader, ObjectMapper mapper, Clock clock, ExportMetrics metrics, PlaceService places) {
        this.places = places;
        this.reader = reader;
        this.mapper = mapper;
        this.clock = clock;
        this.metrics = metrics;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, "application/x-ndjson", "text/csv", "application/geo+json" })
    @Operation(summary = "Published events: the current state, the changes since a cursor, or every revision",
            description = "Three readings of one log of published revisions. Without since or cursor, the current"
                    + " state: each event once, at its latest revision; retracted events only with status=ALL or"
                    + " status=RETRACTED. While hasMore is true, nextCursor continues the same state; once it is"
                    + " false, nextCursor is the log position that state was taken at. With since or cursor, the"
                    + " changes: each event that changed after that point once, at its latest revision, in log"
                    + " order, retraction tombstones included; apply them latest-revision-wins. With history=true,"
                    + " every revision in log order, for audits. JSON answers {generatedAt, mode, events,"
                    + " nextCursor, hasMore, count}. NDJSON is one event a line; CSV has ACLED's full column set,"
                    + " then Corroborate's own; GeoJSON is a FeatureCollection of the events with coordinates."
                    + " Answers carry ETag and Last-Modified; a matching If-None-Match or If-Modified-Since gets 304.")
    @APIResponse(responseCode = "200", description = "the events", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "/api/events/schema.json")),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/geo+json", schema = @Schema(type = SchemaType.OBJECT)) })
    @APIResponse(responseCode = "304", description = "nothing changed since the ETag or time the client sent")
    @APIResponse(responseCode = "400", description = "a parameter is not valid; the body names it")
    @APIResponse(responseCode = "406", description = "none of the accepted media types is an export format")
    public Response list(
            @Parameter(description = "json (default), ndjson, csv or geojson; wins over the Accept header") @QueryParam("format") String format,
            @Parameter(description = "the changes at or after this ISO-8601 time (or date), each event once at its"
                    + " latest revision") @QueryParam("since") String since,
            @Parameter(description = "nextCursor of an earlier answer (or an event's cursor): continue after it")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "true: every revision in log order (the audit log), not each event's latest")
            @QueryParam("history") String history,
            @Parameter(description = "APPROVED (the current state's default), RETRACTED, or ALL (the default for"
                    + " changes and history)") @QueryParam("status") String status,
            @Parameter(description = "at most this many events, 1 to " + MAX_LIMIT + "; JSON defaults to "
                    + DEFAULT_JSON_LIMIT + ", the streamed formats to all") @QueryParam("limit") String limit,
            @Parameter(description = "VERIFIED (the default), DISPUTED, FALSE, UNVERIFIABLE, or ALL") @QueryParam("verdict") String verdict,
            @Parameter(description = "province, matched without case, also by its gazetteer name") @QueryParam("admin1")
            String admin1,
            @Parameter(description = "event date on or after (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "event date on or before (YYYY-MM-DD)") @QueryParam("to") String to,
            @Parameter(description = "ACLED event type, e.g. BATTLES") @QueryParam("eventType") String eventType,
            @Context HttpHeaders headers, @Context Request request, @Context UriInfo uri) {
        EventFormat chosen = chooseFormat(format, headers.getAcceptableMediaTypes());
        Integer max = null;
        if (Text.clean(limit) != null) {
            max = QueryParams.intIn("limit", limit, DEFAULT_JSON_LIMIT, 1, MAX_LIMIT);
        } else if (chosen == EventFormat.JSON) {
            max = DEFAULT_JSON_LIMIT;
        }
        ExportClock exportClock = ExportClock.current();
        boolean allStatuses = ALL.equalsIgnoreCase(Text.clean(status));
        EventQuery query = EventQuery.of(Text.clean(cursor) == null ? null : EventCursor.parse(Text.clean(cursor)),
                QueryParams.instant("since", since), QueryParams.bool("history", history),
                allStatuses ? null : publishedStatus(status), allStatuses, verdictOf(verdict), Text.clean(admin1),
                places.provinceName(Text.clean(admin1)).orElse(null), QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.enumOf("eventType", eventType, EventType.class), max, chosen == EventFormat.GEOJSON,
                exportClock.lastSeq);

        EntityTag tag = new EntityTag(digest(exportClock.lastSeq + "|" + chosen + "|" + query.key()), true);
        // HTTP dates have whole seconds; the ETag is exact, and wins when a client sends both
        Date lastModified = exportClock.lastChangedAt == null ? null
                : Date.from(exportClock.lastChangedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Response.ResponseBuilder notModified = lastModified == null ? request.evaluatePreconditions(tag)
                : request.evaluatePreconditions(lastModified, tag);
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        if (notModified != null) {
            return notModified.cacheControl(revalidate).build();
        }

        Instant generatedAt = Instant.now(clock);
        String claimUrlBase = uri.getBaseUriBuilder().path("public/claims/").build().toString();
        StreamingOutput body = out -> EventWriters.write(chosen, query.mode(), mapper, out, generatedAt, claimUrlBase,
                sink -> reader.read(query, sink));
        Response.ResponseBuilder ok = Response.ok(body, chosen.mediaType.withCharset("UTF-8")).tag(tag)
                .cacheControl(revalidate).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (lastModified != null) {
            ok.lastModified(lastModified);
        }
        if (chosen == EventFormat.CSV) {
            ok.header("Content-Disposition", "attachment; filename=\"corroborate-events.csv\"");
        }
        metrics.served(chosen);
        return ok.build();
    }

    @GET
    @Path("schema.json")
    @Produces({ SCHEMA_MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "The JSON Schema of the JSON export (and of each NDJSON line's event)",
            description = "Answered as application/schema+json, or as application/json to a client that accepts only that.")
    @APIResponse(responseCode = "200", description = "the JSON Schema (2020-12)", content = {
            @Content(mediaType = SCHEMA_MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)) })
    @APIResponse(responseCode = "406", description = "the client accepts neither media type")
    public Response schema(@Context HttpHeaders headers) {
        InputStream schema = EventsApi.class.getResourceAsStream("/export/events.schema.json");
        return Response.ok(schema, schemaMediaType(headers.getAcceptableMediaTypes()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /**
     * application/schema+json, the schema's own type, to every client that accepts it (a wildcard, or no Accept
     * header, included); application/json to one that accepts only that, as generic JSON clients do.
     */
    static String schemaMediaType(List<MediaType> accepted) {
        MediaType schema = MediaType.valueOf(SCHEMA_MEDIA_TYPE);
        boolean json = accepted.stream().anyMatch(MediaType.APPLICATION_JSON_TYPE::isCompatible);
        return json && accepted.stream().noneMatch(schema::isCompatible) ? MediaType.APPLICATION_JSON : SCHEMA_MEDIA_TYPE;
    }

    /** The {@code format} parameter if given, else the first accepted media type that is one of ours. */
    static EventFormat chooseFormat(String format, List<MediaType> accepted) {
        if (Text.clean(format) != null) {
            return EventFormat.named(format)
                    .orElseThrow(() -> Problem.invalid("format", "must be one of json, ndjson, csv, geojson"));
        }
        if (accepted.isEmpty()) {
            return EventFormat.JSON;
        }
        for (MediaType type : accepted) {
            if (type.isWildcardType() || type.isWildcardSubtype() && type.getType().equals("application")) {
                return EventFormat.JSON;
            }
            var ours = EventFormat.of(type);
            if (ours.isPresent()) {
                return ours.get();
            }
        }
        throw new Problem(406, "The export answers application/json, application/x-ndjson, text/csv or"
                + " application/geo+json; use the Accept header or the format parameter");
    }

    private static Verdict verdictOf(String verdict) {
        if (Text.clean(verdict) == null) {
            return Verdict.VERIFIED;
        }
        return ALL.equalsIgnoreCase(Text.clean(verdict)) ? null : QueryParams.enumOf("verdict", verdict, Verdict.class);
    }

    /** APPROVED or RETRACTED, or null when not given; the export holds no other status. */
    private static ClaimStatus publishedStatus(String status) {
        ClaimStatus chosen = QueryParams.enumOf("status", status, ClaimStatus.class);
        if (chosen != null && chosen != ClaimStatus.APPROVED && chosen != ClaimStatus.RETRACTED) {
            throw Problem.invalid("status", "must be one of APPROVED, RETRACTED, ALL");
        }
        return chosen;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
