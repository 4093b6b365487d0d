package org.corroborate.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.qute.TemplateData;

import org.corroborate.claim.Verdict;

/**
 * Published events as dots on a map of Afghanistan, drawn by the server as SVG ({@code tags/eventMap.html}): no
 * tiles, no script, no other host. Each dot links to its claim; the same events are listed as a table beside it,
 * for anyone who cannot use the picture. Events whose coordinates fall outside the map's box (see {@link MapProjection};
 * swapped latitude and longitude, say) are left out, not pinned to its edge, and the caption says how many.
 */
@TemplateData
public record EventMap(int width, int height, String outline, List<Marker> markers, List<Key> legend,
        String caption) {

    /** One drawn event: where its dot goes, what its link says, and its row in the table. */
    @TemplateData
    public record Marker(long id, String cx, String cy, String verdictCss, String label, String date, String place,
            String verdict, String fatalities, String statement) {
    }

    /** One line of the legend: a verdict's colour, its name and how many dots have it. */
    @TemplateData
    public record Key(String verdictCss, String label, long count) {
    }

    public boolean empty() {
        return markers.isEmpty();
    }

    /** The dots oldest first, so where dots overlap the latest event is on top. */
    public List<Marker> drawn() {
        List<Marker> drawn = new ArrayList<>(markers);
        Collections.reverse(drawn);
        return drawn;
    }

    /**
     * The map of {@code newestFirst}, published events with coordinates: at most {@code latest} of them, as read
     * (one more tells that there were more).
     */
    public static EventMap of(List<MappedEvent> newestFirst, int latest) {
        boolean more = newestFirst.size() > latest;
        List<Marker> markers = new ArrayList<>();
        int outside = 0;
        for (MappedEvent event : newestFirst.subList(0, Math.min(latest, newestFirst.size()))) {
            Optional<MapProjection.Point> point = event.latitude() == null || event.longitude() == null
                    ? Optional.empty() : MapProjection.project(event.latitude(), event.longitude());
            if (point.isEmpty()) {
                outside++;
                continue;
            }
            String verdict = event.verdict() == null ? "No verdict" : event.verdict().label;
            markers.add(new Marker(event.id(), MapProjection.write(point.get().x()),
                    MapProjection.write(point.get().y()), css(event.verdict()),
                    event.date() + ", " + event.where() + ": " + verdict, event.date(), event.where(), verdict,
                    event.fatalities(), event.shortStatement()));
        }
        List<Key> legend = Arrays.stream(Verdict.values()).map(v -> new Key(css(v), v.label,
                markers.stream().filter(m -> m.verdictCss().equals(css(v))).count())).toList();
        return new EventMap(MapProjection.WIDTH, MapProjection.HEIGHT, CountryOutline.PATH, List.copyOf(markers),
                legend, caption(more, latest, outside));
    }

    static String css(Verdict verdict) {
        return verdict == null ? "verdict-none" : "verdict-" + verdict.name().toLowerCase(Locale.ROOT);
    }

    private static String caption(boolean more, int latest, int outside) {
        StringBuilder caption = new StringBuilder(
                "Each dot is a published event where its coordinates place it, coloured by its verdict.");
        if (more) {
            caption.append(" Only the latest ").append(latest)
                    .append(" events with coordinates, by the date of the event, are shown.");
        }
        if (outside > 0) {
            caption.append(' ').append(outside).append(outside == 1 ? " event has" : " events have")
                    .append(" coordinates outside the map and ").append(outside == 1 ? "is" : "are")
                    .append(" not drawn.");
        }
        return caption.toString();
    }
}
