package org.corroborate.claimant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.corroborate.input.Text;

/**
 * How a claimant's text is matched: "Taliban spokesman Zabihullah Mujahid", "Zabihullah Mujāhid" and
 * "Mr. Zabihullah Mujahid" all have the key {@code zabihullah mujahid}, which claimants' names and aliases and
 * citations' claimants are compared by. A single name ("Mujahid") is not guessed: it is an alias a reviewer adds.
 *
 * <p>The key, step by step:
 * <ol>
 * <li>The text is cut into segments at {@code , ; : ( ) [ ] / |} and dashes, so an apposition is a segment of its
 * own ("Zia, former army chief of staff"; "Zabihullah Mujahid (Taliban spokesman)").</li>
 * <li>Words are runs of letters and digits; an apostrophe inside a word is dropped ("governor's" is "governors"),
 * any other punctuation or space separates words. Each word is decomposed (NFD), its marks removed and lower-cased.</li>
 * <li>In each segment a leading "the", "a" or "an" goes. If the segment has a {@linkplain #ROLES role word}, the
 * last one ends a title: the role and everything before it in the segment (its qualifiers: "Taliban
 * spokesman", "provincial police chief", "Ghor governor's spokesman") goes, and the words after it are the name.
 * A role at the segment's end, or followed by "of", "for", "to", "at" or "in" ("chief of staff"), makes the whole
 * segment a title, and it goes.</li>
 * <li>The key is the words left, joined by single spaces. When nothing is left (the text is a title only, such as
 * "Taliban spokesman" or "Provincial council member"), the key is all the text's words instead.</li>
 * </ol>
 * Limits: a name written before its title without a comma ("Mujahid the Taliban spokesman") loses the name, and
 * a role with a complement before a name ("Minister of Interior Ahmad Massoud") keeps the whole text; add an alias.
 */
public final class ClaimantNames {

    /** Words that name a role or a title, not a person or body ("spokesman", "governor", "Gen."). */
    public static final Set<String> ROLES = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople", "spokespersons",
            "governor", "minister", "deputy", "chief", "commander", "official", "officer", "member",
            "head", "director", "mayor", "president", "secretary", "representative", "envoy", "ambassador",
            "adviser", "advisor", "general", "gen", "lieutenant", "lt", "colonel", "col", "captain", "capt",
            "mr", "mrs", "ms", "dr", "sir");

    /** Words that leave a segment's start. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** A role followed by one of these has a complement, not a name ("chief of staff"). */
    private static final Set<String> COMPLEMENTS = Set.of("of", "for", "to", "at", "in");

    /** Claimants that are the outlet speaking for itself. */
    public static final Set<String> OUTLET_ITSELF = Set.of("own reporting", "own lead", "reporter", "reporters",
            "correspondent", "correspondents", "staff", "staff reporter", "our correspondent", "newsroom");

    /** The longest key stored. */
    public static final int KEY_MAX = 200;

    private static final String SEGMENT_BREAKS = ",;:()[]{}/|\u2013\u2014";

    private ClaimantNames() {
    }

    /** One word of the text: where it is, and its normalised form. */
    private record Word(int start, int end, String key) {
    }

    /** The normalised key of a claimant's text, or null when it has no letter or digit. */
    public static String key(String text) {
        List<List<Word>> names = names(text);
        if (names == null) {
            return null;
        }
        String key = names.stream().flatMap(List::stream).map(Word::key).collect(Collectors.joining(" "));
        return key.length() > KEY_MAX ? key.substring(0, KEY_MAX) : key; // as long as the column holds
    }

    /**
     * The text with its titles stripped as {@link #key} strips them, in its own spelling and case ("Army
     * spokesman Abdul Basir Ghori" is "Abdul Basir Ghori"); the text itself, trimmed, when only a title is left.
     */
    public static String withoutTitles(String text) {
        List<List<Word>> names = names(text);
        if (names == null) {
            return text == null ? null : text.strip();
        }
        return names.stream().map(words -> text.substring(words.get(0).start(), words.get(words.size() - 1).end()))
                .collect(Collectors.joining(", "));
    }

    /**
     * Whether a claimant's text names the source's outlet itself: its key, or the key of its first segment, is the
     * outlet's ("Islam Times (own reporting)" in Islam Times), or it is the outlet's own reporting ("staff",
     * "correspondent").
     */
    public static boolean namesOutlet(String claimant, String outlet) {
        String key = key(claimant);
        if (key == null) {
            return false;
        }
        if (OUTLET_ITSELF.contains(key)) {
            return true;
        }
        String outletKey = key(outlet);
        if (outletKey == null) {
            return false;
        }
        List<List<Word>> segments = segments(claimant);
        String first = segments.isEmpty() ? null
                : segments.get(0).stream().map(Word::key).collect(Collectors.joining(" "));
        return key.equals(outletKey) || outletKey.equals(first);
    }

    /** The segments' words that name someone; all words as one segment when only titles are left; null if none. */
    private static List<List<Word>> names(String text) {
        if (text == null) {
            return null;
        }
        List<List<Word>> segments = segments(text);
        if (segments.isEmpty()) {
            return null;
        }
        List<List<Word>> names = new ArrayList<>();
        for (List<Word> segment : segments) {
            List<Word> name = withoutTitle(segment);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            List<Word> all = segments.stream().flatMap(List::stream).toList();
            names.add(withoutArticles(all));
        }
        return names;
    }

    private static List<Word> withoutTitle(List<Word> segment) {
        List<Word> words = withoutArticles(segment);
        int lastRole = -1;
        for (int i = 0; i < words.size(); i++) {
            if (ROLES.contains(words.get(i).key())) {
                lastRole = i;
            }
        }
        if (lastRole < 0) {
            return words;
        }
        int after = lastRole + 1;
        if (after == words.size() || COMPLEMENTS.contains(words.get(after).key())) {
            return List.of();
        }
        return withoutArticles(words.subList(after, words.size()));
    }

    private static List<Word> withoutArticles(List<Word> words) {
        int start = 0;
        while (start < words.size() - 1 && ARTICLES.contains(words.get(start).key())) {
            start++;
        }
        return words.subList(start, words.size());
    }

    /** The text's words, grouped into segments; segments without a word are left out. */
    private static List<List<Word>> segments(String text) {
        List<List<Word>> segments = new ArrayList<>();
        List<Word> segment = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isWordPart(c)) {
                int start = i;
                StringBuilder word = new StringBuilder();
                while (i < text.length() && (isWordPart(text.codePointAt(i))
                        || isApostrophe(text.codePointAt(i)) && i + 1 < text.length()
                                && isWordPart(text.codePointAt(i + 1)))) {
                    int part = text.codePointAt(i);
                    if (!isApostrophe(part)) {
                        word.appendCodePoint(part);
                    }
                    i += Character.charCount(part);
                }
                String key = normalise(word.toString());
                if (!key.isEmpty()) {
                    segment.add(new Word(start, i, key));
                }
            } else {
                if (SEGMENT_BREAKS.indexOf(c) >= 0 && !segment.isEmpty()) {
                    segments.add(segment);
                    segment = new ArrayList<>();
                }
                i += Character.charCount(c);
            }
        }
        if (!segment.isEmpty()) {
            segments.add(segment);
        }
        return segments;
    }

    private static String normalise(String word) {
        return Text.withoutMarks(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isWordPart(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
