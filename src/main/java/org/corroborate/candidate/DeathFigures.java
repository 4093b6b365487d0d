package org.corroborate.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.evidence.Figure;
import org.corroborate.evidence.FigureParser;

/**
 * The death figures a sentence states, as the words that state them: after "killing", "killed" or "the death toll
 * rose to" ("killing nearly 59", "killed more than 50 Taliban militants"), or before "were killed", "died", "dead",
 * "lost their lives" ("at least five civilians also lost their lives"). Each is read by {@link FigureParser}; words
 * without a number are not a figure. A figure of the wounded, displaced or captured is not read here.
 */
final class DeathFigures {

    /** A death figure: the words that state it, where they are, and their reading. */
    record Found(String words, int start, Figure figure) {
    }

    private static final Pattern AFTER = Pattern.compile("\\b(?:killing|killed|kills|kill|death toll (?:rose|climbed|"
            + "increased|reached|stood|stands|is|was) (?:to|at)?|deaths of|bodies of)\\s+");
    private static final Pattern BEFORE = Pattern.compile("\\s+(?:(?:were|was|have been|has been|had been|are|were all"
            + "|also|reportedly|all)\\s+)*(?:killed|dead|died|lost their lives|perished|slain|martyred)\\b");
    /** Where the words of a figure stop, after the verb: another verb, a clause word, punctuation. */
    private static final Pattern STOP = Pattern.compile("[,.;:()\"\u201c\u201d]|\\s(?:and|or|in|on|at|during|while|as"
            + "|when|after|before|including|since|near|across|with|who|which|that)\\s");
    /** Where the words of a figure start, before the verb. */
    private static final Pattern START = Pattern.compile("(?s).*(?:[,.;:()\"\u201c\u201d]|\\b(?:that|said|says|when|after"
            + "|while|where|with|but|and that|left|leaving)\\s)");
    private static final int MOST_WORDS = 60;

    private DeathFigures() {
    }

    static List<Found> in(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        Matcher after = AFTER.matcher(lower);
        while (after.find()) {
            int end = Math.min(lower.length(), after.end() + MOST_WORDS);
            Matcher stop = STOP.matcher(lower.substring(after.end(), end));
            if (stop.find()) {
                end = after.end() + stop.start();
            }
            add(found, sentence, after.end(), end);
        }
        Matcher before = BEFORE.matcher(lower);
        while (before.find()) {
            int start = Math.max(0, before.start() - MOST_WORDS);
            Matcher clause = START.matcher(lower.substring(start, before.start()));
            if (clause.lookingAt()) {
                start += clause.end();
            }
            add(found, sentence, start, before.start());
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void add(List<Found> found, String sentence, int start, int end) {
        String words = sentence.substring(start, end).strip();
        if (words.isEmpty() || words.length() > MOST_WORDS) {
            return;
        }
        Figure figure = FigureParser.parse(words);
        if (figure != null && found.stream().noneMatch(f -> f.start() == start)) {
            found.add(new Found(words, start + (sentence.substring(start, end).indexOf(words)), figure));
        }
    }
}
