package org.corroborate.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.corroborate.claim.Verdict;
import org.corroborate.i18n.Language;

/** The projection, the outline and the drawn map; the app only for the map's words (its message bundle). */
@QuarkusTest
class EventMapTest {

    private static final double KABUL_LAT = 34.53;
    private static final double KABUL_LON = 69.17;

    @Test
    void kabulLandsInsideTheOutline() {
        MapProjection.Point kabul = MapProjection.project(KABUL_LAT, KABUL_LON).orElseThrow();
        double[] box = CountryOutline.BOUNDS;
        assertThat(kabul.x()).isBetween(box[0], box[2]);
        assertThat(kabul.y()).isBetween(box[1], box[3]);
        assertThat(insideOutline(kabul)).as("inside the drawn border, not only its box").isTrue();
        // Kabul lies east of the middle and a little north of it
        assertThat(kabul.x()).isBetween(MapProjection.WIDTH * 0.55, MapProjection.WIDTH * 0.7);
        assertThat(kabul.y()).isBetween(MapProjection.HEIGHT * 0.35, MapProjection.HEIGHT * 0.5);
    }

    @Test
    void westIsLeftAndNorthIsUp() {
        MapProjection.Point herat = MapProjection.project(34.35, 62.2).orElseThrow();
        MapProjection.Point mazar = MapProjection.project(36.7, 67.1).orElseThrow();
        MapProjection.Point kandahar = MapProjection.project(31.61, 65.7).orElseThrow();
        assertThat(herat.x()).isLessThan(mazar.x());
        assertThat(mazar.y()).isLessThan(kandahar.y());
        assertThat(insideOutline(herat)).isTrue();
        assertThat(insideOutline(mazar)).isTrue();
        assertThat(insideOutline(kandahar)).isTrue();
    }

    @Test
    void placesOutsideTheBoxAreLeftOutNotClamped() {
        assertThat(MapProjection.project(35.69, 51.39)).as("Tehran").isEmpty();
        assertThat(MapProjection.project(KABUL_LON, KABUL_LAT)).as("Kabul with latitude and longitude swapped").isEmpty();
        assertThat(MapProjection.project(Double.NaN, KABUL_LON)).isEmpty();
        assertThat(MapProjection.project(MapProjection.NORTH, MapProjection.WEST)).as("the box's corner")
                .contains(new MapProjection.Point(0, 0));
    }

    @Test
    void theOutlineIsClosedFiguresWithinTheMap() {
        assertThat(CountryOutline.PATH).startsWith("M").endsWith("Z").doesNotContain(",").hasSizeLessThan(8_000);
        double[] box = CountryOutline.BOUNDS;
        assertThat(box[0]).isBetween(0.0, 10.0);
        assertThat(box[1]).isBetween(0.0, 10.0);
        assertThat(box[2]).isBetween(MapProjection.WIDTH - 10.0, (double) MapProjection.WIDTH);
        assertThat(box[3]).isBetween(MapProjection.HEIGHT - 10.0, (double) MapProjection.HEIGHT);
    }

    @Test
    void eachEventOnTheMapIsADotAndARowTheLatestOnTop() {
        List<MappedEvent> newestFirst = List.of(
                event(3, "2021-06-20", 36.73, 68.86, Verdict.DISPUTED),
                event(2, "2019-01-05", KABUL_LAT, KABUL_LON, Verdict.VERIFIED),
                event(1, "2017-07-28", 33.35, 64.42, Verdict.VERIFIED));

        EventMap map = draw(newestFirst, 10, Language.ENGLISH);

        assertThat(map.markers()).extracting(EventMap.Marker::id).containsExactly(3L, 2L, 1L);
        assertThat(map.drawn()).extracting(EventMap.Marker::id).containsExactly(1L, 2L, 3L);
        EventMap.Marker first = map.markers().get(2);
        assertThat(first.label()).isEqualTo("2017-07-28, Taywara, Ghor: Verified");
        assertThat(first.fatalities()).isEqualTo("– / 12 / –");
        assertThat(first.verdictCss()).isEqualTo("verdict-verified");
        assertThat(map.legend()).extracting(EventMap.Key::count).containsExactly(2L, 1L, 0L, 0L);
        assertThat(map.caption()).doesNotContain("latest", "not drawn");
        assertThat(map.outline()).isEqualTo(CountryOutline.PATH);
    }

    @Test
    void theCaptionSaysWhatIsNotDrawn() {
        List<MappedEvent> newestFirst = new ArrayList<>();
        newestFirst.add(event(9, "2021-01-01", 35.69, 51.39, Verdict.FALSE)); // Tehran
        newestFirst.add(event(8, null, KABUL_LON, KABUL_LAT, Verdict.FALSE)); // swapped
        newestFirst.add(event(7, "2020-01-01", KABUL_LAT, KABUL_LON, Verdict.FALSE));
        newestFirst.add(event(6, "2019-01-01", KABUL_LAT, KABUL_LON, Verdict.FALSE)); // one more than asked for

        EventMap map = draw(newestFirst, 3, Language.ENGLISH);

        assertThat(map.markers()).extracting(EventMap.Marker::id).containsExactly(7L);
        assertThat(map.caption()).contains("Only the latest 3 events", "2 events have coordinates outside the map");
        assertThat(draw(newestFirst.subList(0, 1), 3, Language.ENGLISH).caption()).contains("1 event has").doesNotContain("latest");
        assertThat(draw(List.of(), 3, Language.ENGLISH).empty()).isTrue();
    }

    @Test
    void theMapSpeaksThePagesLanguage() {
        List<MappedEvent> newestFirst = new ArrayList<>();
        newestFirst.add(event(9, "2021-01-01", 35.69, 51.39, Verdict.FALSE)); // Tehran
        newestFirst.add(event(7, "2017-07-28", 33.35, 64.42, Verdict.VERIFIED));

        EventMap dari = draw(newestFirst, 5, Language.DARI);
        assertThat(dari.markers().get(0).label()).isEqualTo("\u2066۲۰۱۷-۰۷-۲۸\u2069، Taywara, Ghor: تأییدشده");
        assertThat(dari.markers().get(0).fatalities()).isEqualTo("– / ۱۲ / –");
        assertThat(dari.legend()).extracting(EventMap.Key::label).contains("تأییدشده", "نادرست");
        assertThat(dari.caption()).contains("۱").doesNotContainPattern("[A-Za-z]");

        EventMap pashto = draw(List.of(new MappedEvent(1L, "x", null, null, null, null, 34.53, 69.17, null, null,
                null, null)), 5, Language.PASHTO);
        assertThat(pashto.markers().get(0).verdict()).doesNotContainPattern("[A-Za-z]");
        assertThat(pashto.markers().get(0).label()).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void theTableCutsLongStatementsAtAWord() {
        String words = "Government forces retook the district centre after three days of fighting with the Taliban. ".repeat(5);
        MappedEvent event = new MappedEvent(1L, words, null, null, null, null, KABUL_LAT, KABUL_LON, null, null, null, null);
        assertThat(event.shortStatement()).hasSizeLessThanOrEqualTo(MappedEvent.SHORT).endsWith("…")
                .startsWith("Government forces retook").doesNotContain("  ");
        assertThat(words.startsWith(event.shortStatement().substring(0, event.shortStatement().length() - 1))).isTrue();
        assertThat(event.where()).isEmpty();
        assertThat(event.fatalities()).isNull();
        assertThat(draw(List.of(event), 5, Language.ENGLISH).markers().get(0).label()).isEqualTo("date unknown, place not named: No verdict");
    }

    /**
     * The map as {@link MappedEvents} draws it, off the test's thread: a QuarkusTest method runs in a request context
     * without an HTTP request, which the page's language would look for.
     */
    private static EventMap draw(List<MappedEvent> newestFirst, int latest, Language language) {
        return CompletableFuture.supplyAsync(() -> EventMap.of(newestFirst, latest, language)).join();
    }

    private static MappedEvent event(long id, String date, double lat, double lon, Verdict verdict) {
        return new MappedEvent(id, "Claim " + id, date == null ? null : LocalDate.parse(date), "Taywara", null,
                "Ghor", lat, lon, verdict, null, 12, null);
    }

    /** Whether a point lies inside the outline's figures (even-odd, as SVG fills them). */
    private static boolean insideOutline(MapProjection.Point p) {
        boolean inside = false;
        for (String figure : CountryOutline.PATH.split("Z")) {
            List<double[]> ring = new ArrayList<>();
            Matcher m = Pattern.compile("[ML]([-\\d.]+) ([-\\d.]+)").matcher(figure);
            while (m.find()) {
                ring.add(new double[] { Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)) });
            }
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                double[] a = ring.get(i);
                double[] b = ring.get(j);
                if ((a[1] > p.y()) != (b[1] > p.y()) && p.x() < (b[0] - a[0]) * (p.y() - a[1]) / (b[1] - a[1]) + a[0]) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
