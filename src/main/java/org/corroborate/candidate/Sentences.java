package org.corroborate.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an article into sentences, keeping where each lies in the text. A sentence ends at a line break, and at a
 * full stop, question or exclamation mark (with any closing quote or bracket after it) followed by a capital letter,
 * a digit or an opening quote, with or without a space: pasted articles often lose the space ("the capital.Fierce
 * fighting"). It does not end after an abbreviation ("Gen.", "a.m.") or an initial ("U.S."). A sentence longer than
 * {@link #LONGEST} characters is cut at a space.
 */
final class Sentences {

    /** A sentence: its text and where it lies in the article. */
    record Sentence(int index, int start, int end, String text) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "maj",
            "sgt", "st", "no", "vs", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "am", "pm", "inc", "co", "corp", "ltd", "jr", "sr", "prof", "rev", "gov", "sen", "rep");

    /**
     * The longest sentence read as one, in characters; a longer one is read in parts. News sentences are rarely over
     * 400 characters, and the readers compare each event word with each date in a sentence: a 100 KB text with no
     * full stop would otherwise take minutes.
     */
    static final int LONGEST = 600;

    private Sentences() {
    }

    static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i;
            } else if ((c == '.' || c == '!' || c == '?') && endsHere(text, i)) {
                end = i + 1;
                while (end < text.length() && isClosing(text.charAt(end))) {
                    end++;
                }
            }
            if (end >= 0) {
                add(sentences, text, start, end);
                start = Math.max(end, i + 1);
                i = start - 1;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > LONGEST) { // a run-on "sentence" (a list, a pasted table) is read in parts
            int cut = text.lastIndexOf(' ', start + LONGEST);
            cut = cut > start ? cut : start + LONGEST;
            sentences.add(new Sentence(sentences.size(), start, cut, text.substring(start, cut)));
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end)));
        }
    }

    private static boolean endsHere(String text, int at) {
        int next = at + 1;
        while (next < text.length() && isClosing(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        boolean spaced = Character.isWhitespace(text.charAt(next));
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        char after = text.charAt(next);
        boolean opens = Character.isUpperCase(after) || isOpening(after) || (spaced && Character.isDigit(after));
        if (!opens || text.charAt(at) != '.') {
            return opens;
        }
        String word = wordBefore(text, at);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return false; // an initial or a dotted abbreviation: "U.S.", "a.m."
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String wordBefore(String text, int at) {
        int from = at;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(from, at);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\u201c' || c == '\u2018' || c == '(' || c == '#';
    }
}
