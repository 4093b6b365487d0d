package org.corroborate.place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;

/**
 * An OCHA COD-AB administrative-boundaries table for Afghanistan, as CSV (the ADM2 sheet of the tabular data, or the
 * attribute table of the ADM2 shapefile), read and checked before anything is written.
 * <p>
 * Columns, by name in any case and any order; others (Shape_Leng, Shape_Area, ADM0_EN, validOn, …) are ignored:
 * <ul>
 * <li>required: {@code ADM1_EN, ADM1_PCODE, ADM2_EN, ADM2_PCODE};</li>
 * <li>optional: {@code ADM1_DA, ADM2_DA} (Dari names), {@code ADM2ALT1EN, ADM2ALT2EN} (other English names);</li>
 * <li>optional centroid, the first pair present of {@link #COORDINATE_COLUMNS}.</li>
 * </ul>
 * Checks: the required columns exist; every row has both names and P-codes; a province P-code is "AF" and two digits,
 * a district's "AF" and four digits beginning with its province's; no district twice; one English name per province;
 * coordinates, when given, are numbers inside Afghanistan's bounding box, both or neither. A refusal names the line
 * and the column of each problem (the first {@value #MAX_ERRORS}).
 */
public final class CodAbTable {

    /** Latitude and longitude column pairs accepted, in the order they are looked for. */
    public static final List<List<String>> COORDINATE_COLUMNS = List.of(List.of("LAT", "LON"), List.of("LAT", "LONG"),
            List.of("LATITUDE", "LONGITUDE"), List.of("CENTER_LAT", "CENTER_LON"), List.of("CENTROID_Y", "CENTROID_X"),
            List.of("ADM2_LAT", "ADM2_LON"), List.of("Y", "X"));

    /** Afghanistan's bounding box, a little wider than its borders (29.38–38.49 N, 60.48–74.89 E). */
    public static final double SOUTH = 29.0;
    public static final double NORTH = 38.8;
    public static final double WEST = 60.2;
    public static final double EAST = 75.2;

    public static final int MAX_ROWS = 5_000;
    static final int MAX_ERRORS = 20;

    private static final Pattern PROVINCE_PCODE = Pattern.compile("AF\\d{2}");
    private static final Pattern DISTRICT_PCODE = Pattern.compile("AF\\d{4}");

    /** A district as the table gives it. */
    public record District(int line, String pcode, String name, String nameDari, List<String> otherNames, Double latitude,
            Double longitude) {
    }

    /** A province as the table's rows give it, with the centroid of its districts' centroids when they have them. */
    public record Province(String pcode, String name, String nameDari, Double latitude, Double longitude) {
    }

    private final Map<String, Province> provinces;
    private final Map<String, List<District>> districts;

    private CodAbTable(Map<String, Province> provinces, Map<String, List<District>> districts) {
        this.provinces = provinces;
        this.districts = districts;
    }

    public Map<String, Province> provinces() {
        return provinces;
    }

    /** Districts by their province's P-code. */
    public Map<String, List<District>> districts() {
        return districts;
    }

    public int districtCount() {
        return districts.values().stream().mapToInt(List::size).sum();
    }

    /** Reads and checks {@code text}; refuses with a 400 naming each line and column that is wrong. */
    public static CodAbTable read(String text) {
        CsvTable table;
        try {
            table = CsvTable.parse(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw refusal(List.of(new FieldError("file", e.getMessage())));
        }
        if (table.header().isEmpty()) {
            throw refusal(List.of(new FieldError("file", ProblemTexts::emptyTable)));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> at = new LinkedHashMap<>();
        for (String column : List.of("ADM1_EN", "ADM1_PCODE", "ADM2_EN", "ADM2_PCODE")) {
            table.column(column).ifPresentOrElse(i -> at.put(column, i),
                    () -> errors.add(new FieldError(column, t -> t.noColumn(column))));
        }
        if (!errors.isEmpty()) {
            throw refusal(errors);
        }
        if (table.rows().isEmpty()) {
            throw refusal(List.of(new FieldError("file", ProblemTexts::noRows)));
        }
        int rows = table.rows().size();
        if (rows > MAX_ROWS) {
            throw refusal(List.of(new FieldError("file", t -> t.tooManyRows(rows, MAX_ROWS))));
        }
        Optional<Integer> dari1 = table.column("ADM1_DA");
        Optional<Integer> dari2 = table.column("ADM2_DA");
        List<Integer> alternatives = new ArrayList<>();
        table.column("ADM2ALT1EN").ifPresent(alternatives::add);
        table.column("ADM2ALT2EN").ifPresent(alternatives::add);
        String[] coordinateNames = null;
        int[] coordinates = null;
        for (List<String> pair : COORDINATE_COLUMNS) {
            Optional<Integer> lat = table.column(pair.get(0));
            Optional<Integer> lon = table.column(pair.get(1));
            if (lat.isPresent() && lon.isPresent()) {
                coordinateNames = new String[] { pair.get(0), pair.get(1) };
                coordinates = new int[] { lat.get(), lon.get() };
                break;
            }
        }

        Map<String, Province> provinces = new LinkedHashMap<>();
        Map<String, Integer> provinceLines = new LinkedHashMap<>();
        Map<String, List<District>> districts = new LinkedHashMap<>();
        Map<String, Integer> districtLines = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int line = row.line();
            String admin1 = CsvTable.value(row, at.get("ADM1_EN"));
            String admin1Pcode = CsvTable.value(row, at.get("ADM1_PCODE")).toUpperCase(java.util.Locale.ROOT);
            String admin2 = CsvTable.value(row, at.get("ADM2_EN"));
            String admin2Pcode = CsvTable.value(row, at.get("ADM2_PCODE")).toUpperCase(java.util.Locale.ROOT);
            int before = errors.size();
            name(errors, line, "ADM1_EN", admin1);
            name(errors, line, "ADM2_EN", admin2);
            if (!PROVINCE_PCODE.matcher(admin1Pcode).matches()) {
                errors.add(error(line, "ADM1_PCODE", "'" + admin1Pcode + "' is not a province P-code: AF and two digits, e.g. AF07"));
            }
            if (!DISTRICT_PCODE.matcher(admin2Pcode).matches()) {
                errors.add(error(line, "ADM2_PCODE", "'" + admin2Pcode + "' is not a district P-code: AF and four digits, e.g. AF0701"));
            } else if (!admin2Pcode.startsWith(admin1Pcode)) {
                errors.add(error(line, "ADM2_PCODE", admin2Pcode + " does not begin with its province's P-code " + admin1Pcode));
            }
            Integer earlier = districtLines.putIfAbsent(admin2Pcode, line);
            if (earlier != null && !admin2Pcode.isEmpty()) {
                errors.add(error(line, "ADM2_PCODE", admin2Pcode + " is on line " + earlier + " already"));
            }
            Province province = provinces.get(admin1Pcode);
            if (province != null && !province.name().equals(admin1) && !admin1.isEmpty()) {
                errors.add(error(line, "ADM1_EN", "'" + admin1 + "' names " + admin1Pcode + ", which line "
                        + provinceLines.get(admin1Pcode) + " calls '" + province.name() + "'"));
            }
            Double latitude = null;
            Double longitude = null;
            if (coordinates != null) {
                String latText = CsvTable.value(row, coordinates[0]);
                String lonText = CsvTable.value(row, coordinates[1]);
                if (latText.isEmpty() != lonText.isEmpty()) {
                    errors.add(error(line, latText.isEmpty() ? coordinateNames[0] : coordinateNames[1],
                            "is empty while " + (latText.isEmpty() ? coordinateNames[1] : coordinateNames[0])
                                    + " is not: give both or neither"));
                } else if (!latText.isEmpty()) {
                    latitude = coordinate(errors, line, coordinateNames[0], latText, SOUTH, NORTH);
                    longitude = coordinate(errors, line, coordinateNames[1], lonText, WEST, EAST);
                }
            }
            if (errors.size() > before) {
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
                continue;
            }
            if (province == null) {
                provinces.put(admin1Pcode, new Province(admin1Pcode, admin1,
                        dari1.map(i -> blankToNull(CsvTable.value(row, i))).orElse(null), null, null));
                provinceLines.put(admin1Pcode, line);
            }
            List<String> others = new ArrayList<>();
            for (int i : alternatives) {
                String other = CsvTable.value(row, i);
                // COD-AB's "Centre" alone names no place
                if (PlaceNames.fold(other).length() > 6) {
                    others.add(other);
                }
            }
            districts.computeIfAbsent(admin1Pcode, p -> new ArrayList<>()).add(new District(line, admin2Pcode, admin2,
                    dari2.map(i -> blankToNull(CsvTable.value(row, i))).orElse(null), others, latitude, longitude));
        }
        if (!errors.isEmpty()) {
            throw refusal(errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
        }
        Map<String, Province> centred = new LinkedHashMap<>();
        provinces.forEach((pcode, p) -> {
            List<District> own = districts.get(pcode);
            double lat = own.stream().filter(d -> d.latitude() != null).mapToDouble(District::latitude).average().orElse(Double.NaN);
            double lon = own.stream().filter(d -> d.longitude() != null).mapToDouble(District::longitude).average().orElse(Double.NaN);
            centred.put(pcode, new Province(pcode, p.name(), p.nameDari(), Double.isNaN(lat) ? null : lat,
                    Double.isNaN(lon) ? null : lon));
        });
        return new CodAbTable(centred, districts);
    }

    private static void name(List<FieldError> errors, int line, String column, String value) {
        if (value.isEmpty()) {
            errors.add(error(line, column, "is empty"));
        } else if (value.length() > 100) {
            errors.add(error(line, column, "is longer than 100 characters"));
        }
    }

    private static Double coordinate(List<FieldError> errors, int line, String column, String text, double min, double max) {
        try {
            double value = Double.parseDouble(text);
            if (value >= min && value <= max) {
                return value;
            }
            errors.add(error(line, column, text + " lies outside Afghanistan (" + min + " to " + max + ")"));
        } catch (NumberFormatException e) {
            errors.add(error(line, column, "'" + text + "' is not a number"));
        }
        return null;
    }

    private static FieldError error(int line, String column, String message) {
        return new FieldError(column, "line " + line + ": " + message);
    }

    /** A 400 whose message names the first problem's line and column; every problem is in the fields. */
    private static Problem refusal(List<FieldError> errors) {
        FieldError first = errors.get(0);
        String message = "The table was not imported, nothing changed: " + first.field() + ", " + first.message()
                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
        return new Problem(400, message, errors);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
