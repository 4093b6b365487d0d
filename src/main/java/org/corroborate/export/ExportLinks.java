package org.corroborate.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.TemplateData;

/**
 * Where the export page points for its filters: one download per format, and curl commands against this
 * server's absolute url. Values are url-encoded here and urls single-quoted for the shell; the template
 * escapes the rest for HTML.
 */
@TemplateData
public record ExportLinks(List<Download> downloads, String schema, String page, String stream, String csv,
        String sync, String conditional) {

    public static final String EVENTS = "/api/events";
    public static final String SCHEMA = EVENTS + "/schema.json";

    @TemplateData
    public record Download(String label, String format, String mediaType, String href) {
    }

    /**
     * @param base the server's url as the request reached it, without a trailing slash
     * @param now the export's position as the page is made, so the sync example starts from now
     */
    public static ExportLinks of(String base, ExportFilter filter, EventCursor now) {
        List<Download> downloads = Arrays.stream(EventFormat.values())
                .map(f -> new Download(label(f), name(f), f.mediaType.toString(), events(f, filter))).toList();
        String json = quote(base + events(EventFormat.JSON, filter));
        String page = "curl -sS " + quote(base + events(EventFormat.JSON, filter) + "&limit=" + EventsApi.DEFAULT_JSON_LIMIT);
        String stream = "curl -sSN " + quote(base + events(EventFormat.NDJSON, filter));
        String csv = "curl -sS -o corroborate-events.csv " + quote(base + events(EventFormat.CSV, filter));
        String sync = "# nextCursor of your last answer; this one is the export's position now\n"
                + "CURSOR=" + quote(now.token()) + "\n"
                + "curl -sS " + quote(base + events(EventFormat.JSON, filter) + "&cursor=") + "\"$CURSOR\"";
        String conditional = "ETAG=$(curl -sS -o /dev/null -D - " + json
                + " | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' | tr -d '\\r')\n"
                + "# 304 while nothing changed, 200 with the events once something did\n"
                + "curl -sS -o /dev/null -w '%{http_code}\\n' -H \"If-None-Match: $ETAG\" " + json;
        return new ExportLinks(downloads, SCHEMA, page, stream, csv, sync, conditional);
    }

    /** {@code /api/events?format=csv&verdict=FALSE}: the format first, then the filters. */
    static String events(EventFormat format, ExportFilter filter) {
        String query = filter.query();
        return EVENTS + "?format=" + name(format) + (query.isEmpty() ? "" : "&" + query);
    }

    private static String name(EventFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    private static String label(EventFormat format) {
        return switch (format) {
            case JSON -> "JSON";
            case NDJSON -> "NDJSON";
            case CSV -> "CSV";
            case GEOJSON -> "GeoJSON";
        };
    }

    /** Single quotes for the shell, with any single quote inside closed, escaped and reopened. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
