package org.corroborate.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.place.PlaceLookup;
import org.corroborate.place.PlaceNames;

/**
 * The gazetteer's places a sentence names. A name is up to four capitalised words joined by spaces or hyphens, with
 * the Persian connectors between them ("Qala-e-Zal", "Khan Abad", "Dawlat Abad"), the longest first. It must be one
 * of a place's spellings once folded ({@link PlaceNames#fold}); a name that only sounds like one ("Taywara",
 * "Jalraiz") counts where the text says it is a place: after "in", "of", "at", "near", "from", "to" or "and", or
 * before "district" or "province". So a spokesman called Ghori is not Ghor province.
 */
final class PlaceWords {

    /** What the words around a name say it is. */
    enum Said {
        PROVINCE, DISTRICT, CITY, NOTHING
    }

    /** A name of places in the sentence: where, the places it may mean, and what the words around it say. */
    record Found(int start, int end, String name, List<PlaceLookup.Known> places, Said said) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'\u2019]*");
    private static final Pattern JOIN = Pattern.compile("[ \\-\u2010]{1,3}");
    private static final Set<String> CONNECTORS = Set.of("e", "i", "ye", "wa", "al", "ul", "o");
    private static final Set<String> PLACE_BEFORE = Set.of("in", "of", "at", "near", "from", "to", "and", "into",
            "outside", "around", "across", "over", "province", "district", "capital");
    private static final int MOST_WORDS = 4;
    private static final int SOUND_LENGTH = 5;

    private PlaceWords() {
    }

    static List<Found> in(String sentence, PlaceLookup gazetteer) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(new int[] { m.start(), m.end() });
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!Character.isUpperCase(sentence.charAt(words.get(i)[0]))) {
                continue;
            }
            for (int n = Math.min(MOST_WORDS, words.size() - i); n >= 1; n--) {
                Found name = name(sentence, words, i, n, gazetteer);
                if (name != null) {
                    found.add(name);
                    i += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static Found name(String sentence, List<int[]> words, int i, int n, PlaceLookup gazetteer) {
        for (int k = i + 1; k < i + n; k++) {
            if (!JOIN.matcher(sentence.substring(words.get(k - 1)[1], words.get(k)[0])).matches()) {
                return null;
            }
            String word = text(sentence, words.get(k));
            boolean last = k == i + n - 1;
            if (!Character.isUpperCase(word.charAt(0)) && (last || !CONNECTORS.contains(word.toLowerCase(Locale.ROOT)))) {
                return null;
            }
        }
        int start = words.get(i)[0];
        int end = words.get(i + n - 1)[1];
        String name = sentence.substring(start, end);
        String before = i > 0 ? text(sentence, words.get(i - 1)).toLowerCase(Locale.ROOT) : "";
        String after = i + n < words.size() ? text(sentence, words.get(i + n)).toLowerCase(Locale.ROOT) : "";
        boolean saidPlace = PLACE_BEFORE.contains(before) || after.startsWith("district") || after.startsWith("province");
        boolean bySound = saidPlace && PlaceNames.fold(name).length() >= SOUND_LENGTH;
        List<PlaceLookup.Known> places = gazetteer.spelled(name, bySound);
        if (places.isEmpty()) {
            return null;
        }
        return new Found(start, end, name, places, said(before, i > 1 ? text(sentence, words.get(i - 2)) : "", after));
    }

    private static Said said(String before, String twoBefore, String after) {
        if (after.startsWith("province") || after.equals("provincial")) {
            return Said.PROVINCE;
        }
        if (after.startsWith("district")) {
            return Said.DISTRICT;
        }
        if (after.equals("city")) {
            return Said.CITY;
        }
        String kind = twoBefore.toLowerCase(Locale.ROOT);
        if (before.equals("of") && kind.startsWith("province")) {
            return Said.PROVINCE;
        }
        if (before.equals("of") && kind.startsWith("district")) {
            return Said.DISTRICT;
        }
        return Said.NOTHING;
    }

    private static String text(String sentence, int[] word) {
        return sentence.substring(word[0], word[1]);
    }
}
