package org.corroborate.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The gazetteer shipped with the app, {@value #RESOURCE}: built once from public sources by tools/places (see
 * docs/PLACES.md); one row per province and district with its Dari and Pashto names, centroid and the other spellings
 * it is known by ("|"-separated).
 */
public final class ShippedGazetteer {

    public static final String RESOURCE = "places/afghanistan.csv";
    public static final String EDITION = "OCHA COD-AB afg_admbnda_agcho_20180522, with spellings from geoBoundaries"
            + " and the project's list (" + RESOURCE + ")";

    /** One row of the table, with every spelling of the place (its English name first). */
    public record Entry(PlaceLookup.Known place, String nameDari, String namePashto, List<String> variants) {
    }

    private ShippedGazetteer() {
    }

    public static List<Entry> read() {
        try (InputStream in = ShippedGazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(String text) {
        CsvTable table = CsvTable.parse(text);
        int pcode = required(table, "pcode");
        int level = required(table, "level");
        int admin1Pcode = required(table, "admin1_pcode");
        int admin1 = required(table, "admin1");
        int admin2 = required(table, "admin2");
        int dari = required(table, "name_prs");
        int pashto = required(table, "name_pus");
        int latitude = required(table, "latitude");
        int longitude = required(table, "longitude");
        int variants = required(table, "variants");
        List<Entry> entries = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int adminLevel = Integer.parseInt(CsvTable.value(row, level));
            String name = adminLevel == PlaceLookup.PROVINCE ? CsvTable.value(row, admin1) : CsvTable.value(row, admin2);
            List<String> others = CsvTable.value(row, variants).isEmpty() ? List.of()
                    : List.of(CsvTable.value(row, variants).split("\\|"));
            Set<String> spellings = new LinkedHashSet<>();
            spellings.add(name);
            spellings.addAll(others);
            for (String nativeName : List.of(CsvTable.value(row, dari), CsvTable.value(row, pashto))) {
                if (!nativeName.isEmpty()) {
                    spellings.add(nativeName);
                }
            }
            PlaceLookup.Known place = new PlaceLookup.Known(CsvTable.value(row, pcode), adminLevel,
                    CsvTable.value(row, admin1Pcode), CsvTable.value(row, admin1),
                    adminLevel == PlaceLookup.PROVINCE ? null : CsvTable.value(row, admin2),
                    Double.valueOf(CsvTable.value(row, latitude)), Double.valueOf(CsvTable.value(row, longitude)), false,
                    List.copyOf(spellings));
            entries.add(new Entry(place, blankToNull(CsvTable.value(row, dari)), blankToNull(CsvTable.value(row, pashto)),
                    others));
        }
        return entries;
    }

    /** The shipped gazetteer as a look-up, without a database: for tests and the benchmark. */
    public static PlaceLookup lookup() {
        return PlaceLookup.of(read().stream().map(Entry::place).toList());
    }

    private static int required(CsvTable table, String column) {
        return table.column(column).orElseThrow(() -> new IllegalStateException(RESOURCE + " has no column " + column));
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
