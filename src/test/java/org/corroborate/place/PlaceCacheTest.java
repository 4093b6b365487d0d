package org.corroborate.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.problem.Problem;

/**
 * The gazetteer in memory is read once and kept while the place table is unchanged, and read afresh after an import
 * changes it, with nobody asking for it (the write itself moves Topic.PLACES).
 */
@QuarkusTest
class PlaceCacheTest {

    @Inject
    PlaceService places;

    @Inject
    TestUsers users;

    @AfterEach
    void restoreTheShippedGazetteer() {
        places.importTable(PlaceImportTest.table(PlaceImportTest.shippedLines()), users.ensure("places-admin", Role.ADMIN));
    }

    @Test
    void keptWhileNothingChangesAndReadAfreshAfterAnImport() {
        PlaceLookup before = places.current();
        assertThat(places.current()).as("remembered").isSameAs(before);

        List<String> lines = new ArrayList<>(PlaceImportTest.shippedLines());
        lines.replaceAll(l -> l.replace(",Alingar,", ",Alinagar,"));
        places.importTable(PlaceImportTest.table(lines), "places-admin");

        PlaceLookup after = places.current();
        assertThat(after).isNotSameAs(before);
        assertThat(after.byPcode("AF0704")).hasValueSatisfying(p -> assertThat(p.admin2()).isEqualTo("Alinagar"));
        assertThat(places.lookup("Alingar", 1)).extracting(m -> m.matched()).containsExactly("Alingar");
    }

    @Test
    void aRefusedImportKeepsWhatIsRemembered() {
        PlaceLookup before = places.current();
        try {
            places.importTable("ADM1_EN,ADM2_EN\nKabul,Kabul\n", "places-admin");
        } catch (Problem refused) {
            assertThat(refused.status).isEqualTo(400);
        }
        assertThat(places.current()).isSameAs(before);
    }
}
