package org.corroborate.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The shipped gazetteer holds what docs/PLACES.md says it does. */
class GazetteerTest {

    static final List<PlaceLookup.Known> PLACES = ShippedGazetteer.read().stream().map(ShippedGazetteer.Entry::place).toList();

    @Test
    void thirtyFourProvincesAndEveryDistrictOfTheEdition() {
        assertThat(PLACES.stream().filter(PlaceLookup.Known::isProvince)).hasSize(34);
        assertThat(PLACES.stream().filter(p -> !p.isProvince())).hasSize(399);
    }

    @Test
    void everyDistrictsPcodeBeginsWithItsProvincesWhichExists() {
        Map<String, String> provinces = PLACES.stream().filter(PlaceLookup.Known::isProvince)
                .collect(Collectors.toMap(PlaceLookup.Known::pcode, PlaceLookup.Known::admin1));
        for (PlaceLookup.Known p : PLACES) {
            if (p.isProvince()) {
                assertThat(p.pcode()).matches("AF\\d{2}").isEqualTo(p.admin1Pcode());
            } else {
                assertThat(p.pcode()).matches("AF\\d{4}").startsWith(p.admin1Pcode());
                assertThat(provinces).as(p.pcode()).containsEntry(p.admin1Pcode(), p.admin1());
                assertThat(p.admin2()).as(p.pcode()).isNotBlank();
            }
        }
    }

    @Test
    void pcodesAreUniqueAndCentroidsInsideAfghanistan() {
        Set<String> seen = new HashSet<>();
        for (PlaceLookup.Known p : PLACES) {
            assertThat(seen.add(p.pcode())).as("twice: " + p.pcode()).isTrue();
            assertThat(p.latitude()).as(p.pcode()).isBetween(CodAbTable.SOUTH, CodAbTable.NORTH);
            assertThat(p.longitude()).as(p.pcode()).isBetween(CodAbTable.WEST, CodAbTable.EAST);
        }
    }

    @Test
    void everyProvinceHasDistrictsAndLaghmansAreTheEditions() {
        Map<String, List<String>> districts = PLACES.stream().filter(p -> !p.isProvince()).collect(
                Collectors.groupingBy(PlaceLookup.Known::admin1Pcode, Collectors.mapping(PlaceLookup.Known::admin2,
                        Collectors.toList())));
        assertThat(districts).hasSize(34);
        assertThat(districts.get("AF07")).containsExactlyInAnyOrder("Mehtarlam", "Qarghayi", "Alishang", "Alingar",
                "Dawlatshah");
    }
}
