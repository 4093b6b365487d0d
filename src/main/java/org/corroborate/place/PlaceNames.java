package org.corroborate.place;

import java.util.Locale;
import java.util.regex.Pattern;

import org.corroborate.input.Text;

/**
 * How place names are compared: the two keys every spelling of a name is reduced to. Afghan place names reach
 * English in many transliterations (Qarghayi, Qarghayee, Karghayi; Dawlat Abad, Dowlatabad, Daulatabad; Qala-e-Zal,
 * Qalai Zal), so look-ups compare keys, never the spellings themselves.
 * <ul>
 * <li>{@link #fold}: lower case without diacritics or apostrophes, the Persian connectors "e", "i", "ye" and "wa"
 * dropped as words, a word-final "h" after a vowel dropped (the silent Persian "he": Taywarah, Taywara), spaces
 * and hyphens removed, "v" read as "w", doubled letters once. "Qala-e-Zal" and
 * "qala zal" fold alike; "Dawlat Abad" and "Dawlatabad" too.</li>
 * <li>{@link #skeleton}: the folded name by sound: "q" as "k", "kh" as "x", "gh" as "g", "sh" as "s", "ph" as "f",
 * "dh" as "d", "ch" as "c", then every vowel and every "y" and "w" after the first letter dropped (they carry the
 * diphthongs that transliterations disagree on: ow/aw/au, ay/ai/ey, ee/i), and so is an "h" after them (Musahi and
 * Musayi, Shah Joi and Shahjoy, Mehtarlam and Mihtarlam), and doubled letters once. A leading vowel is "a".
 * Qarghayi, Qarghayee and Karghayi are all "krg"; Mehtarlam and Mihtarlam "mtrlm"; Alishing and Alishang
 * "alsng".</li>
 * </ul>
 * Both are pure functions of the text; {@link PlaceLookup} ranks by them and by edit distance.
 */
public final class PlaceNames {

    /** Longest query or name considered, in characters. */
    public static final int MAX_LENGTH = 100;

    private PlaceNames() {
    }

    /** The spelling-insensitive form of a name; "" for a name with no letters. */
    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String plain = APOSTROPHES.matcher(Text.withoutMarks(name).toLowerCase(Locale.ROOT)).replaceAll("").replace('ı', 'i')
                // Arabic letter forms Dari and Pashto text is also typed with
                .replace('ي', 'ی').replace('ى', 'ی').replace('ك', 'ک').replace('ة', 'ه');
        StringBuilder folded = new StringBuilder(plain.length());
        for (String word : NOT_LETTERS.split(plain)) {
            if (word.isEmpty() || CONNECTORS.contains("|" + word + "|")) {
                continue;
            }
            // a word-final "h" after a vowel is the silent Persian "he": Taywarah is Taywara, Chahar Darah Chahar Dara
            int n = word.length();
            boolean silentH = n > 2 && word.charAt(n - 1) == 'h' && isVowel(word.charAt(n - 2));
            folded.append(silentH ? word.substring(0, n - 1) : word);
        }
        return collapse(folded.toString().replace('v', 'w'));
    }

    // compiled once: a gazetteer is folded 1,600 names at a time
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʿʾ]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words that join the parts of a Persian name ("Qala-e-Zal", "Tala wa Barfak") and are dropped. */
    private static final String CONNECTORS = "|e|i|y|ye|wa|va|o|";

    /** The sound of a folded name: see the class comment. */
    public static String skeleton(String folded) {
        if (folded.isEmpty()) {
            return "";
        }
        String s = folded.replace("kh", "x").replace("gh", "g").replace("sh", "s").replace("ph", "f")
                .replace("dh", "d").replace("ch", "c").replace('q', 'k');
        StringBuilder out = new StringBuilder(s.length());
        char first = s.charAt(0);
        out.append(isVowel(first) ? 'a' : first);
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isVowel(c) || c == 'y' || c == 'w' || (c == 'h' && isVowelLike(s.charAt(i - 1)))) {
                continue;
            }
            out.append(c);
        }
        return collapse(out.toString());
    }

    /** {@code skeleton(fold(name))}. */
    public static String soundOf(String name) {
        return skeleton(fold(name));
    }

    private static boolean isVowelLike(char c) {
        return isVowel(c) || c == 'y' || c == 'w';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** Levenshtein distance, giving up (answering {@code limit + 1}) once it must exceed {@code limit}. */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
