import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.corroborate.place.PlaceLookup;
import org.corroborate.place.ShippedGazetteer;

/**
 * Times PlaceLookup.find over a fixed list of queries on the full shipped gazetteer, in-process (no HTTP, no
 * database: the service serves look-ups from this same in-memory index). Run by bench/places-bench.sh; prints one
 * line "key=value ..." the script turns into docs/BENCHMARKS.md's section.
 */
public class PlacesBench {

    /** Seed places, spelling variants, Dari, prefixes, near misses, "name, province", and nothing-matches. */
    static final List<String> QUERIES = List.of("Taywara", "Qala-e-Zal", "Qalai Zal", "Khan Abad", "Dawlat Abad",
            "Dowlatabad", "Dawlat Abad, Faryab", "Ghazni", "Laghman", "Mihtarlam", "Alishing", "qarghayee", "Karghayi",
            "Wardak", "Baghlan", "Kunduz City", "Darqad", "Jalraiz", "Nerkh", "Burka", "Asad Abad", "Mazar-i-Sharif",
            "Pul-i-Khumri", "Tarin Kot", "Chaghcharan", "Lashkar Gah", "Spinboldak", "Imam Saheb", "Sar-e Pol",
            "Daikundi", "Nimruz", "Jowzjan", "Panjshir", "Helmand", "Herat", "Kandahar", "Kabul", "Dar", "Kot",
            "Shindand district", "Musa Qala", "Sangin", "Nad Ali", "Garmsir", "Marja", "Khogyani", "Achin",
            "قرغه ئی", "مهتر لام", "Xyzzy", "Paris", "Zzzzzzzzzzzzzzzzzzzz", "Dehrawud", "Deh Rahwod", "Chora",
            "Gizab", "Kajaki", "Nawzad", "Baghran", "Washir");

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long loadStart = System.nanoTime();
        PlaceLookup lookup = ShippedGazetteer.lookup();
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        // warm-up: the JIT compiles the hot loop before anything is timed
        for (int i = 0; i < 300; i++) {
            for (String q : QUERIES) {
                lookup.find(q, 10);
            }
        }
        int spellings = lookup.places().stream().mapToInt(p -> p.spellings().size()).sum();
        long[] times = new long[rounds * QUERIES.size()];
        int n = 0;
        long found = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : QUERIES) {
                long start = System.nanoTime();
                found += lookup.find(q, 10).size();
                times[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT,
                "places=%d spellings=%d queries=%d rounds=%d lookups=%d median_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f"
                        + " load_ms=%.0f answers=%d%n",
                lookup.places().size(), spellings, QUERIES.size(), rounds, times.length, times[times.length / 2] / 1e6,
                times[(int) (times.length * 0.95)] / 1e6, times[(int) (times.length * 0.99)] / 1e6,
                times[times.length - 1] / 1e6, loadMs, found / rounds);
    }
}
