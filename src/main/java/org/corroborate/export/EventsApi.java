package org.corroborate.export;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.claim.Verdict;
import org.corroborate.problem.Text;
import org.corroborate.web.QueryParams;

/** The public export: approved and retracted events, in change order, no login needed. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Export")
public class EventsApi {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final EventService events;
    private final Clock clock;

    EventsApi(EventService events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param nextCursor pass it back as {@code cursor} to read what follows; present even on the last page so a
     *        mirror can poll for later changes
     */
    public record EventFeed(Instant generatedAt, List<EventView> events, String nextCursor, boolean hasMore) {
    }

    @GET
    @Operation(summary = "Approved events, and retracted ones as tombstones, oldest change first")
    public EventFeed list(
            @Parameter(description = "only events changed at or after this ISO-8601 time (or date)") @QueryParam("since") String since,
            @Parameter(description = "nextCursor of an earlier answer: continue after it") @QueryParam("cursor") String cursor,
            @Parameter(description = "events per answer, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")") @QueryParam("limit") String limit,
            @Parameter(description = "VERIFIED, DISPUTED, FALSE, UNVERIFIABLE, or ALL (the default)") @QueryParam("verdict") String verdict) {
        Instant generatedAt = Instant.now(clock);
        EventService.EventPage page = events.page(QueryParams.instant("since", since),
                Text.clean(cursor) == null ? null : EventCursor.parse(Text.clean(cursor)), verdictOf(verdict),
                QueryParams.intIn("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
        return new EventFeed(generatedAt, page.events(), page.next() == null ? null : page.next().token(),
                page.hasMore());
    }

    private static Verdict verdictOf(String verdict) {
        return "ALL".equalsIgnoreCase(Text.clean(verdict)) ? null : QueryParams.enumOf("verdict", verdict, Verdict.class);
    }
}
