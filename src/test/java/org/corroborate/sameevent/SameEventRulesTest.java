package org.corroborate.sameevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.SubEventType;
import org.corroborate.place.PlaceLookup;
import org.corroborate.place.ShippedGazetteer;

/**
 * The same-event rules as a table: two claims, each "date precision type/sub-type province/district" (- for none,
 * _ for a space in a name), and whether they may describe one event. Places resolve through the shipped gazetteer.
 */
class SameEventRulesTest {

    private static final PlaceLookup GAZETTEER = ShippedGazetteer.lookup();
    private static final AtomicLong IDS = new AtomicLong();

    static final String TABLE = """
            # claim a                                                          | claim b                                                               | same?
            # district, spelled two ways; two battle sub-types
            2021-05-23 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-05-23 DAY   BATTLES/NON_STATE_ACTOR_OVERTAKES_TERRITORY Laghman/Mehtarlam | yes
            # precision windows
            2021-05-23 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-05-24 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | no
            2021-05-23 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-05-26 WEEK  BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | yes
            2021-05-23 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-05-27 WEEK  BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | no
            2021-05-20 WEEK  BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-05-26 WEEK  BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | yes
            2021-05-20 WEEK  BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-05-27 WEEK  BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | no
            2021-05-15 MONTH BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-05-31 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | yes
            2021-05-15 MONTH BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-06-01 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | no
            2021-05-30 WEEK  BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-06-15 MONTH BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | yes
            2021-07-01 YEAR  BATTLES/ARMED_CLASH Laghman/-                     | 2021-12-31 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | yes
            2021-07-01 YEAR  BATTLES/ARMED_CLASH Laghman/-                     | 2022-01-02 WEEK  BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | yes
            2021-07-01 YEAR  BATTLES/ARMED_CLASH Laghman/-                     | 2022-01-01 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | no
            2021-05-23 -     BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-05-24 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | no
            -          DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-05-23 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | no
            # district against province
            2021-05-23 DAY   BATTLES/ARMED_CLASH Laghman/-                     | 2021-05-23 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam                 | yes
            2021-05-23 DAY   BATTLES/ARMED_CLASH Laghman/Mihtarlam             | 2021-05-23 DAY   BATTLES/ARMED_CLASH Laghman/Alingar                   | no
            2021-05-15 MONTH BATTLES/- Wardak/Nerkh                            | 2021-05-20 WEEK  BATTLES/- Maidan_Wardak/Nirkh                         | yes
            2021-05-15 MONTH BATTLES/- Wardak/Jalraiz                          | 2021-05-20 WEEK  BATTLES/- Maidan_Wardak/Jalrez                        | yes
            2021-05-15 MONTH BATTLES/- Wardak/Jalraiz                          | 2021-05-20 WEEK  BATTLES/- Wardak/Nerkh                                | no
            2021-06-22 WEEK  BATTLES/- Faryab/Dawlat_Abad                      | 2021-06-22 DAY   BATTLES/- Balkh/Dowlatabad                            | yes
            2021-06-22 WEEK  BATTLES/- Faryab/-                                | 2021-06-22 DAY   BATTLES/- Balkh/-                                     | no
            2021-06-22 WEEK  BATTLES/- Faryab/Dawlat_Abad                      | 2021-06-22 DAY   BATTLES/- Balkh/-                                     | no
            2021-06-22 WEEK  BATTLES/ARMED_CLASH -/-                           | 2021-06-22 WEEK  BATTLES/ARMED_CLASH Kunduz/Khan_Abad                  | no
            2021-06-22 WEEK  BATTLES/ARMED_CLASH -/-                           | 2021-06-22 WEEK  BATTLES/ARMED_CLASH -/-                               | no
            2021-06-22 WEEK  BATTLES/- Nowhere_Valley/-                        | 2021-06-22 WEEK  BATTLES/- nowhere-valley/-                            | yes
            2021-06-22 WEEK  BATTLES/- Lagman/-                                | 2021-06-22 WEEK  BATTLES/- Laghman/Mehtar_Lam                          | yes
            # event types
            2021-06-22 WEEK  BATTLES/GOVERNMENT_REGAINS_TERRITORY Kunduz/Khan_Abad | 2021-06-22 WEEK EXPLOSIONS_REMOTE_VIOLENCE/AIR_DRONE_STRIKE Kunduz/Khan_Abad | yes
            2021-06-22 WEEK  BATTLES/ARMED_CLASH Kunduz/Khan_Abad              | 2021-06-22 WEEK  EXPLOSIONS_REMOTE_VIOLENCE/SHELLING_ARTILLERY_MISSILE_ATTACK Kunduz/- | yes
            2021-06-22 WEEK  BATTLES/ARMED_CLASH Kunduz/Khan_Abad              | 2021-06-22 WEEK  EXPLOSIONS_REMOTE_VIOLENCE/SUICIDE_BOMB Kunduz/Khan_Abad | no
            2021-05-10 MONTH STRATEGIC_DEVELOPMENTS/NON_VIOLENT_TRANSFER_OF_TERRITORY Baghlan/Burka | 2021-05-08 DAY BATTLES/NON_STATE_ACTOR_OVERTAKES_TERRITORY Baghlan/Burka | yes
            2021-05-10 MONTH STRATEGIC_DEVELOPMENTS/ARREST Baghlan/Burka        | 2021-05-08 DAY   BATTLES/ARMED_CLASH Baghlan/Burka                     | no
            2021-05-10 DAY   VIOLENCE_AGAINST_CIVILIANS/ATTACK Kunar/Asadabad  | 2021-05-10 DAY   EXPLOSIONS_REMOTE_VIOLENCE/REMOTE_EXPLOSIVE_LANDMINE_IED Kunar/Asadabad | yes
            2021-05-10 DAY   VIOLENCE_AGAINST_CIVILIANS/ATTACK Kunar/Asadabad  | 2021-05-10 DAY   BATTLES/ARMED_CLASH Kunar/Asadabad                    | no
            2021-05-10 DAY   PROTESTS/PEACEFUL_PROTEST Herat/-                 | 2021-05-10 DAY   RIOTS/VIOLENT_DEMONSTRATION Herat/-                   | yes
            2021-05-10 DAY   PROTESTS/PEACEFUL_PROTEST Herat/-                 | 2021-05-10 DAY   STRATEGIC_DEVELOPMENTS/AGREEMENT Herat/-               | no
            2021-05-10 DAY   -/- Herat/-                                       | 2021-05-10 DAY   STRATEGIC_DEVELOPMENTS/AGREEMENT Herat/-               | yes
            """;

    static Stream<Arguments> table() {
        return TABLE.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(line -> {
            String[] cells = line.split("\\|");
            return Arguments.of(cells[0].strip(), cells[1].strip(), cells[2].strip().equals("yes"));
        });
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @MethodSource("table")
    void twoClaimsMayDescribeOneEvent(String a, String b, boolean same) {
        SameEventRules.Event first = event(a);
        SameEventRules.Event second = event(b);

        assertThat(SameEventRules.possiblySame(first, second)).isEqualTo(same);
        assertThat(SameEventRules.possiblySame(second, first)).as("the rules are symmetric").isEqualTo(same);
        if (same) {
            assertThat(reached(first, second)).as("the candidate query reaches b's date from a").isTrue();
            assertThat(reached(second, first)).as("and a's from b").isTrue();
        }
    }

    @Test
    void theTableHasCasesEnough() {
        assertThat(table().count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void windowsFollowThePrecision() {
        LocalDate sunday = LocalDate.of(2021, 5, 23);
        assertThat(SameEventRules.window(sunday, DatePrecision.DAY)).isEqualTo(window("2021-05-23", "2021-05-23"));
        assertThat(SameEventRules.window(sunday, null)).isEqualTo(window("2021-05-23", "2021-05-23"));
        assertThat(SameEventRules.window(sunday, DatePrecision.WEEK)).isEqualTo(window("2021-05-20", "2021-05-26"));
        assertThat(SameEventRules.window(sunday, DatePrecision.MONTH)).isEqualTo(window("2021-05-01", "2021-05-31"));
        assertThat(SameEventRules.window(sunday, DatePrecision.YEAR)).isEqualTo(window("2021-01-01", "2021-12-31"));
    }

    @Test
    void oneEventInTwoProvincesIsAPlaceConflictAndOneProvinceIsNot() {
        EventPlace faryab = EventPlace.of(GAZETTEER, null, "Faryab", "Dawlat Abad");
        EventPlace balkh = EventPlace.of(GAZETTEER, null, "Balkh", "Dawlatabad");
        EventPlace laghman = EventPlace.of(GAZETTEER, null, "Laghman", null);
        EventPlace mihtarlam = EventPlace.of(GAZETTEER, null, "Laghman", "Mihtarlam");

        assertThat(SameEventRules.place(faryab, balkh)).isEqualTo(SameEventRules.PlaceMatch.DISTRICT_NAME_IN_OTHER_PROVINCE);
        assertThat(SameEventRules.placeConflict(faryab, balkh)).isTrue();
        assertThat(SameEventRules.placeConflict(balkh, faryab)).isTrue();
        assertThat(SameEventRules.placeConflict(laghman, mihtarlam)).isFalse();
        assertThat(SameEventRules.placeConflict(EventPlace.NONE, balkh)).as("no province, no conflict").isFalse();
    }

    @Test
    void aPcodeIsPreferredToTheNames() {
        // a claim whose P-code says Faryab's Dawlat Abad, whatever its names say
        EventPlace coded = EventPlace.of(GAZETTEER, "AF2909", "Balkh", "Dawlat Abad");
        assertThat(coded.province()).isEqualTo("AF29");
        assertThat(coded.district()).isEqualTo("AF2909");
        assertThat(SameEventRules.place(coded, EventPlace.of(GAZETTEER, null, "Faryab", "Dowlatabad")))
                .isEqualTo(SameEventRules.PlaceMatch.SAME_DISTRICT);
    }

    private static boolean reached(SameEventRules.Event from, SameEventRules.Event to) {
        SameEventRules.Reach reach = SameEventRules.reach(from.date(), from.precision());
        SameEventRules.Window day = new SameEventRules.Window(to.date(), to.date());
        return switch (to.precision() == null ? DatePrecision.DAY : to.precision()) {
            case DAY, WEEK -> reach.days().overlaps(day);
            case MONTH -> reach.months().overlaps(day);
            case YEAR -> reach.years().overlaps(day);
        };
    }

    private static SameEventRules.Window window(String from, String to) {
        return new SameEventRules.Window(LocalDate.parse(from), LocalDate.parse(to));
    }

    /** "2021-05-23 DAY BATTLES/ARMED_CLASH Laghman/Mihtarlam" as the rules see it. */
    private static SameEventRules.Event event(String cell) {
        List<String> parts = List.of(cell.split("\\s+"));
        String[] type = parts.get(2).split("/");
        String[] place = parts.get(3).split("/");
        return new SameEventRules.Event(IDS.incrementAndGet(), parts.get(0).equals("-") ? null : LocalDate.parse(parts.get(0)),
                parts.get(1).equals("-") ? null : DatePrecision.valueOf(parts.get(1)),
                type[0].equals("-") ? null : EventType.valueOf(type[0]),
                type[1].equals("-") ? null : SubEventType.valueOf(type[1]),
                EventPlace.of(GAZETTEER, null, name(place[0]), name(place[1])));
    }

    private static String name(String cell) {
        return cell.equals("-") ? null : cell.replace('_', ' ');
    }
}
