package org.corroborate.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.qute.TemplateData;

import org.corroborate.claim.Verdict;
import org.corroborate.dashboard.ReferenceTexts;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Texts;

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
     * (one more tells that there were more), its words and numbers in {@code language}.
     */
    public static EventMap of(List<MappedEvent> newestFirst, int latest, Language language) {
        ReferenceTexts ref = Texts.of(ReferenceTexts.class, language);
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
            String verdict = event.verdict() == null ? ref.noVerdict() : Texts.label(event.verdict(), language);
            String date = event.eventDate() == null ? ref.dateUnknown()
                    : Texts.isoDate(event.eventDate(), language);
            String where = event.where().isEmpty() ? ref.placeNotNamed() : event.where();
            String fatalities = event.fatalities() == null ? ref.fatalitiesUnknown()
                    : Texts.digits(event.fatalities(), language);
            markers.add(new Marker(event.id(), MapProjection.write(point.get().x()),
                    MapProjection.write(point.get().y()), css(event.verdict()),
                    date + ref.comma() + " " + where + ": " + verdict, date, where, verdict, fatalities,
                    event.shortStatement()));
        }
        List<Key> legend = Arrays.stream(Verdict.values()).map(v -> new Key(css(v), Texts.label(v, language),
                markers.stream().filter(m -> m.verdictCss().equals(css(v))).count())).toList();
        return new EventMap(MapProjection.WIDTH, MapProjection.HEIGHT, CountryOutline.PATH, List.copyOf(markers),
                legend, caption(more, latest, outside, ref, language));
    }

    static String css(Verdict verdict) {
        return verdict == null ? "verdict-none" : "verdict-" + verdict.name().toLowerCase(Locale.ROOT);
    }

    private static String caption(boolean more, int latest, int outside, ReferenceTexts ref, Language language) {
        StringBuilder caption = new StringBuilder(ref.mapCaption());
        if (more) {
            caption.append(' ').append(ref.onlyTheLatest(Texts.digits(String.valueOf(latest), language)));
        }
        if (outside > 0) {
            String count = Texts.digits(String.valueOf(outside), language);
            caption.append(' ').append(outside == 1 ? ref.eventOutsideTheMap(count) : ref.eventsOutsideTheMap(count));
        }
        return caption.toString();
    }
}
