package org.corroborate.candidate;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.citation.Stance;

/**
 * Who a sentence says asserts it: the claimant of an attribution ("said", "says", "told", "added", "claimed",
 * "denied", "confirmed", "stated", "tweeted", "announced", "according to", "was quoted as saying", "was cited as
 * saying"). The claimant is the name before the verb ("Local officials said"), the name set off by commas just
 * before it ("the spokesman for the governor, Abdulhai Khatibi, said"; "Assadullah Sadat, a member of the council,
 * told"), or the name after it ("tweeted the ministry", "according to the UN"). "Denied" makes the citation refute
 * the event; every other verb supports it. A pronoun ("it said", "he added") is left to the reader, who knows who
 * spoke last.
 */
final class Attributions {

    /** An attribution: the claimant as written, the stance, and where the verb is in the sentence. */
    record Found(String claimant, Stance stance, int at) {

        boolean isPronoun() {
            return PRONOUNS.matcher(claimant.toLowerCase(Locale.ROOT)).matches();
        }
    }

    private static final String VERBS = "said|says|say|told|tells|added|adds|claimed|claims|denied|denies|confirmed"
            + "|confirms|stated|states|tweeted|announced|reported|reports|insisted|warned|noted|explained";
    private static final Pattern VERB = Pattern.compile("(?:\\s+(?:also|later|earlier|further|reportedly|has|have|had"
            + "|on \\w+|in a statement))*\\s+(?:" + VERBS + "|(?:was|were) (?:quoted|cited) as saying)\\b");
    private static final Pattern ACCORDING = Pattern.compile("\\baccording to\\s+([^,.;:\"\u201c\u201d]{2,80})");
    private static final Pattern AFTER_VERB = Pattern.compile("[,\u201d\"]\\s*(?:" + VERBS + ")\\s+([^,.;:\"\u201c\u201d]{2,80})");
    private static final Pattern PRONOUNS = Pattern.compile("it|he|she|they|we|the statement|the report");
    private static final int NAME_WORDS = 8;
    private static final Pattern DENIAL = Pattern.compile("\\bden(?:ied|ies|y)\\b");
    private static final Pattern CLAUSE_WORD = Pattern.compile("(?i)\\b(?:that|and|but|while|as|after|when|which|who)\\s+");

    private Attributions() {
    }

    /** The sentence's attribution, if it has one. */
    static Optional<Found> in(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        Stance stance = DENIAL.matcher(lower).find() ? Stance.REFUTES : Stance.SUPPORTS;
        Matcher according = ACCORDING.matcher(lower);
        if (according.find()) {
            return name(sentence.substring(according.start(1), according.end(1)))
                    .map(n -> new Found(n, stance, according.start()));
        }
        Matcher after = AFTER_VERB.matcher(lower);
        if (after.find()) {
            Optional<String> name = name(sentence.substring(after.start(1), after.end(1)));
            if (name.isPresent()) {
                return Optional.of(new Found(name.get(), stance, after.start()));
            }
        }
        Matcher verb = VERB.matcher(lower);
        while (verb.find()) {
            Optional<String> name = before(sentence, verb.start());
            if (name.isPresent()) {
                return Optional.of(new Found(name.get(), stance, verb.start()));
            }
        }
        return Optional.empty();
    }

    /**
     * The name ending at {@code end}: the words back to the last comma, quote or clause word; when that is empty or
     * a description in lower case ("a member of the council"), the part between the two commas before it.
     */
    private static Optional<String> before(String sentence, int end) {
        String head = sentence.substring(0, end).stripTrailing();
        String[] parts = head.split("[,;:\u201c\u201d\"()]|\\s\u2013\\s|\\s-\\s");
        for (int i = parts.length - 1; i >= 0 && i >= parts.length - 3; i--) {
            String part = afterClauseWord(parts[i].strip());
            if (part.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(part.charAt(0)) || PRONOUNS.matcher(part.toLowerCase(Locale.ROOT)).matches()) {
                return name(part);
            }
            if (i < parts.length - 1 || !part.matches("(?i)(?:the |a |an |local |some )?\\w+(?: \\w+)?")) {
                continue; // "a member of the council": the name is the part before
            }
            return name(part); // "local officials said", "officials said"
        }
        return Optional.empty();
    }

    /** The part after the last word that starts a clause ("that", "and", "while"), where a subject begins. */
    private static String afterClauseWord(String part) {
        Matcher m = CLAUSE_WORD.matcher(part);
        int from = 0;
        while (m.find()) {
            from = m.end();
        }
        return part.substring(from).strip();
    }

    /** A claimant's name from a phrase: at most {@value #NAME_WORDS} words, without a leading "the" of a sentence. */
    private static Optional<String> name(String phrase) {
        String name = phrase.strip().replaceAll("\\s+", " ");
        String[] words = name.split(" ");
        if (words.length > NAME_WORDS || name.length() < 2) {
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
