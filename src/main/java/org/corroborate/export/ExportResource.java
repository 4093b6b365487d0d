package org.corroborate.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestQuery;

import org.corroborate.claim.ClaimStatistics;
import org.corroborate.claim.Verdict;
import org.corroborate.dashboard.ReferenceTexts;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.map.EventMap;
import org.corroborate.map.MappedEvents;
import org.corroborate.web.Form;
import org.corroborate.web.Option;
import org.corroborate.web.Submission;

/**
 * The export page for signed-in users: what the public export holds, and links and curl commands for it with
 * the filters the user chose. Reads only; the export itself stays at {@code /api/events}.
 */
@Path("/export")
@Produces(MediaType.TEXT_HTML)
public class ExportResource {

    /** The export's verdicts in {@code language}, plus ALL; a blank choice is the export's default (VERIFIED). */
    static List<Option> verdicts(Language language) {
        List<Option> verdicts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            verdicts.add(new Option(verdict.name(), Texts.label(verdict, language)));
        }
        verdicts.add(new Option(ExportFilter.ALL_VERDICTS, Texts.of(ReferenceTexts.class, language).allVerdicts()));
        return verdicts;
    }

    /** The dashboard's claim counts, remembered until a claim changes: counting them takes tens of milliseconds. */
    private final ClaimStatistics statistics;
    /** The map of published events, remembered as the counts are. */
    private final MappedEvents mapped;

    private final Languages languages;

    ExportResource(ClaimStatistics statistics, MappedEvents mapped, Languages languages) {
        this.statistics = statistics;
        this.mapped = mapped;
        this.languages = languages;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Form filters, List<Option> verdicts, ExportCounts counts,
                Instant lastChange, EventMap map, List<ExportFilter.Chosen> chosen, ExportLinks links);
    }

    /** Unreadable filters are named next to their fields (400) and the page offers no links until they are fixed. */
    @GET
    public Response page(@RestQuery String verdict, @RestQuery String admin1, @RestQuery String from,
            @RestQuery String to, @RestQuery String eventType, @Context UriInfo uri) {
        ExportCounts counts = ExportCounts.of(statistics.byStatusAndVerdict());
        ExportClock clock = ExportClock.current();
        Language language = languages.current();
        EventMap map = mapped.map(language);
        List<Option> verdicts = verdicts(language);
        Form typed = Form.named("filters").put("verdict", verdict).put("admin1", admin1).put("from", from)
                .put("to", to).put("eventType", eventType);
        return Submission.answer(typed, () -> {
            ExportFilter filter = ExportFilter.parse(verdict, admin1, from, to, eventType);
            ExportLinks links = ExportLinks.of(base(uri), filter, EventCursor.position(clock.lastSeq));
            return Response.ok(Templates.page(filter.form(), verdicts, counts, clock.lastChangedAt, map,
                    filter.chosen(language), links)).build();
        }, refused -> Templates.page(refused, verdicts, counts, clock.lastChangedAt, map, null, null));
    }

    /** The server's url as this request reached it ("https://corroborate.example.org"), for copy-paste commands. */
    private static String base(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
