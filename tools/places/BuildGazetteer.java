import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.place.PlaceNames;

/**
 * One-off: builds src/main/resources/places/afghanistan.csv from the public sources docs/PLACES.md names, and prints
 * the cross-check between them. Run by tools/places/build.sh; reads shapefiles (.shp polygons, .dbf attributes)
 * with no GIS library, so it needs only the JDK and the app's compiled PlaceNames.
 *
 * Centroids are the area-weighted centroids of each unit's polygons (holes subtract), in plain longitude/latitude:
 * over a district's extent the distortion is far below the precision a claim's place has.
 */
public class BuildGazetteer {

    record Unit(Map<String, String> attributes, List<double[][]> rings) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            System.err.println("usage: BuildGazetteer <cod-ab adm1 base> <cod-ab adm2 base> <geoBoundaries adm2 base>"
                    + " <provinces-and-districts.json> <variants.csv> <out.csv>");
            System.exit(2);
        }
        List<Unit> adm1 = read(args[0]);
        List<Unit> adm2 = read(args[1]);
        List<Unit> gb2 = read(args[2]);
        String listJson = Files.readString(Path.of(args[3]));
        List<String[]> curated = Files.readAllLines(Path.of(args[4])).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split(",", 3)).toList();

        Map<String, Row> rows = new TreeMap<>();
        for (Unit u : adm1) {
            Row r = new Row(u.attributes.get("ADM1_PCODE"), 1, u.attributes.get("ADM1_PCODE"), u.attributes.get("ADM1_EN"), "",
                    u.attributes.get("ADM1_DA"), centroid(u.rings));
            r.source("OCHA COD-AB");
            rows.put(r.pcode, r);
        }
        Map<String, Unit> districtUnits = new LinkedHashMap<>();
        for (Unit u : adm2) {
            Map<String, String> a = u.attributes;
            Row r = new Row(a.get("ADM2_PCODE"), 2, a.get("ADM1_PCODE"), a.get("ADM1_EN"), a.get("ADM2_EN"), a.get("ADM2_DA"),
                    centroid(u.rings));
            r.source("OCHA COD-AB");
            for (String alt : List.of(a.get("ADM2ALT1EN"), a.get("ADM2ALT2EN"), a.get("ADM2REF") == null ? "" : a.get("ADM2REF"))) {
                // "Centre" alone names no place
                if (alt != null && PlaceNames.fold(alt).length() > 6) {
                    r.variants.add(alt);
                }
            }
            rows.put(r.pcode, r);
            districtUnits.put(r.pcode, u);
        }

        // geoBoundaries ADM2 (AIMS 2014): the COD-AB district that holds each unit's centroid, and how far apart
        System.out.println("== geoBoundaries ADM2 (" + gb2.size() + " units) against COD-AB ADM2 (" + adm2.size() + ")");
        List<Double> distances = new ArrayList<>();
        int sameName = 0;
        int variantName = 0;
        int otherName = 0;
        for (Unit g : gb2) {
            double[] c = centroid(g.rings);
            String name = g.attributes.get("shapeName");
            String pcode = containing(districtUnits, c);
            if (pcode == null) {
                System.out.println("  outside every COD-AB district: " + name);
                continue;
            }
            Row r = rows.get(pcode);
            double km = km(c, r.centroid);
            // "Khost(Matun)", "Ali Khail (Jaji)": two names of one unit; when either is this unit's, both are
            String verdict = compare(r, name);
            if (verdict.equals("other") && name.contains("(")) {
                String[] parts = name.split("[()]");
                for (String part : parts) {
                    if (!part.isBlank() && !compare(r, part).equals("other")) {
                        verdict = "variant";
                    }
                }
                if (verdict.equals("variant")) {
                    for (String part : parts) {
                        if (PlaceNames.fold(part).length() > 3 && !compare(r, part).equals("same")) {
                            r.variants.add(part.strip());
                        }
                    }
                    name = null;
                }
            }
            switch (verdict) {
                case "same" -> {
                    sameName++;
                    distances.add(km);
                    r.source("geoBoundaries");
                }
                case "variant" -> {
                    variantName++;
                    distances.add(km);
                    if (name != null) {
                        r.variants.add(name.strip());
                    }
                    r.source("geoBoundaries");
                }
                default -> {
                    otherName++;
                    System.out.printf(Locale.ROOT, "  other name: geoBoundaries '%s' lies in %s %s (%s), %.1f km apart%n", name,
                            pcode, r.admin2, r.admin1, km);
                }
            }
        }
        distances.sort(Double::compare);
        System.out.printf(Locale.ROOT, "  same name %d, a spelling variant %d, another name %d; centroid distance of the"
                + " matched: median %.1f km, 90th percentile %.1f km, max %.1f km%n", sameName, variantName, otherName,
                distances.get(distances.size() / 2), distances.get((int) (distances.size() * 0.9)), distances.get(distances.size() - 1));

        // the MIT-licensed list: district names with Dari and Pashto spellings and a point each
        System.out.println("== provinces-and-districts.json against COD-AB ADM2");
        Pattern district = Pattern.compile("\"name\":\\s*\"([^\"]*)\",\\s*\"nameFa\":\\s*\"([^\"]*)\",\\s*\"namePa\":\\s*\"([^\"]*)\","
                + "\\s*\"latitude\":\\s*\"([-0-9.]+)\",\\s*\"longitude\":\\s*\"([-0-9.]+)\"");
        Matcher m = district.matcher(listJson);
        int listed = 0;
        int agreed = 0;
        int listVariants = 0;
        while (m.find()) {
            listed++;
            double[] point = { Double.parseDouble(m.group(5)), Double.parseDouble(m.group(4)) };
            String pcode = containing(districtUnits, point);
            if (pcode == null) {
                continue;
            }
            Row r = rows.get(pcode);
            String verdict = compare(r, m.group(1));
            if (verdict.equals("other")) {
                continue; // a province, or a district of another configuration: not this unit's name
            }
            agreed++;
            r.source("provinces-and-districts.json");
            if (verdict.equals("variant")) {
                listVariants++;
                r.variants.add(m.group(1).strip());
            }
            String pashto = m.group(3).strip();
            if (!pashto.isEmpty() && !pashto.equals(r.dari)) {
                r.pashto = pashto;
            }
        }
        System.out.printf(Locale.ROOT, "  %d entries; %d name a COD-AB district their point lies in (%d as another spelling)%n",
                listed, agreed, listVariants);

        int added = 0;
        for (String[] c : curated) {
            Row r = rows.get(c[0].strip());
            if (r == null) {
                throw new IllegalArgumentException("variants.csv names an unknown P-code: " + String.join(",", c));
            }
            if (r.variants.add(c[1].strip())) {
                added++;
            }
        }
        System.out.println("== variants.csv: " + added + " spellings added");

        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[5]), StandardCharsets.UTF_8))) {
            out.println("pcode,level,admin1_pcode,admin1,admin2,name_prs,name_pus,latitude,longitude,variants,sources");
            for (Row r : rows.values()) {
                r.variants.removeIf(v -> v.equalsIgnoreCase(r.name()));
                out.println(String.join(",", r.pcode, String.valueOf(r.level), r.admin1Pcode, csv(r.admin1), csv(r.admin2),
                        csv(r.dari), csv(r.pashto), String.format(Locale.ROOT, "%.5f", r.centroid[1]),
                        String.format(Locale.ROOT, "%.5f", r.centroid[0]), csv(String.join("|", r.variants)),
                        csv(String.join("|", r.sources))));
            }
        }
        long provinces = rows.values().stream().filter(r -> r.level == 1).count();
        System.out.println("== wrote " + provinces + " provinces and " + (rows.size() - provinces) + " districts to " + args[5]);
    }

    static final class Row {
        final String pcode;
        final int level;
        final String admin1Pcode;
        final String admin1;
        final String admin2;
        final String dari;
        String pashto = "";
        final double[] centroid;
        final Set<String> variants = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();

        Row(String pcode, int level, String admin1Pcode, String admin1, String admin2, String dari, double[] centroid) {
            this.pcode = pcode;
            this.level = level;
            this.admin1Pcode = admin1Pcode;
            this.admin1 = admin1;
            this.admin2 = admin2;
            this.dari = dari == null ? "" : dari;
            this.centroid = centroid;
        }

        String name() {
            return level == 1 ? admin1 : admin2;
        }

        void source(String s) {
            sources.add(s);
        }
    }

    /** "same" spelling, a spelling "variant" (same sound, or one edit apart), or an "other" name. */
    static String compare(Row r, String name) {
        String a = PlaceNames.fold(r.name());
        String b = PlaceNames.fold(name);
        if (a.equals(b)) {
            return "same";
        }
        String sa = PlaceNames.skeleton(a);
        String sb = PlaceNames.skeleton(b);
        if (sa.equals(sb) || (Math.min(sa.length(), sb.length()) >= 4 && PlaceNames.distance(sa, sb, 1) <= 1)) {
            return "variant";
        }
        return "other";
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String containing(Map<String, Unit> units, double[] point) {
        for (Map.Entry<String, Unit> e : units.entrySet()) {
            int crossings = 0;
            for (double[][] ring : e.getValue().rings) {
                for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                    if ((ring[i][1] > point[1]) != (ring[j][1] > point[1]) && point[0] < (ring[j][0] - ring[i][0])
                            * (point[1] - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                        crossings++;
                    }
                }
            }
            if (crossings % 2 == 1) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Area-weighted centroid {lon, lat} of rings whose signed areas carry their orientation (holes subtract). */
    static double[] centroid(List<double[][]> rings) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (double[][] ring : rings) {
            for (int i = 0; i < ring.length - 1; i++) {
                double cross = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
                area += cross;
                cx += (ring[i][0] + ring[i + 1][0]) * cross;
                cy += (ring[i][1] + ring[i + 1][1]) * cross;
            }
        }
        return new double[] { cx / (3 * area), cy / (3 * area) };
    }

    static double km(double[] a, double[] b) {
        double dLat = Math.toRadians(b[1] - a[1]);
        double dLon = Math.toRadians(b[0] - a[0]);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a[1])) * Math.cos(Math.toRadians(b[1])) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    /** The units of a shapefile: base + ".dbf" attributes (UTF-8) and base + ".shp" polygon rings, record by record. */
    static List<Unit> read(String base) throws IOException {
        ByteBuffer dbf = ByteBuffer.wrap(Files.readAllBytes(Path.of(base + ".dbf"))).order(ByteOrder.LITTLE_ENDIAN);
        int count = dbf.getInt(4);
        int headerLength = dbf.getShort(8) & 0xffff;
        int recordLength = dbf.getShort(10) & 0xffff;
        List<String> names = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (int p = 32; dbf.get(p) != 0x0D; p += 32) {
            byte[] raw = Arrays.copyOfRange(dbf.array(), p, p + 11);
            int end = 0;
            while (end < raw.length && raw[end] != 0) {
                end++;
            }
            names.add(new String(raw, 0, end, StandardCharsets.US_ASCII));
            lengths.add(dbf.get(p + 16) & 0xff);
        }
        ByteBuffer shp = ByteBuffer.wrap(Files.readAllBytes(Path.of(base + ".shp")));
        int at = 100;
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> attributes = new LinkedHashMap<>();
            int o = headerLength + i * recordLength + 1;
            for (int f = 0; f < names.size(); f++) {
                attributes.put(names.get(f), new String(dbf.array(), o, lengths.get(f), StandardCharsets.UTF_8).replace("\0", "").strip());
                o += lengths.get(f);
            }
            shp.order(ByteOrder.BIG_ENDIAN);
            int contentWords = shp.getInt(at + 4);
            shp.order(ByteOrder.LITTLE_ENDIAN);
            int c = at + 8;
            int type = shp.getInt(c);
            if (type != 5 && type != 15 && type != 25) {
                throw new IllegalStateException(base + ": record " + i + " is not a polygon (type " + type + ")");
            }
            int parts = shp.getInt(c + 36);
            int points = shp.getInt(c + 40);
            int[] starts = new int[parts + 1];
            for (int p = 0; p < parts; p++) {
                starts[p] = shp.getInt(c + 44 + 4 * p);
            }
            starts[parts] = points;
            int pointsAt = c + 44 + 4 * parts;
            List<double[][]> rings = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                double[][] ring = new double[starts[p + 1] - starts[p]][];
                for (int k = 0; k < ring.length; k++) {
                    int q = pointsAt + 16 * (starts[p] + k);
                    ring[k] = new double[] { shp.getDouble(q), shp.getDouble(q + 8) };
                }
                rings.add(ring);
            }
            units.add(new Unit(attributes, rings));
            at += 8 + 2 * contentWords;
        }
        return units;
    }
}
