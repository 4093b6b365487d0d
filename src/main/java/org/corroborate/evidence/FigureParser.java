package org.corroborate.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.cache.Remembered;

/**
 * Reads a casualty figure as a source states it ("nearly 59", "more than 50", "at least 21", "dozens") into a
 * {@link Figure}. Every rule for reading figures lives here; {@code docs/EVIDENCE.md} repeats them for readers.
 *
 * <h2>Numbers</h2>
 * Digits, with or without thousands separators ("1,200"); English number words ("twenty-one", "one hundred and
 * twenty", "two thousand five hundred", "a hundred", "a dozen", "two dozen", "half a dozen", "a score"); digits
 * with a word multiplier ("2 thousand", "1.5 million"). "zero", "none", "nobody", "no one" and "no" before
 * deaths, casualties, fatalities, dead, lives or losses read as 0.
 *
 * <h2>Qualifiers</h2>
 * <table>
 * <tr><th>words before the number</th><th>low</th><th>high</th><th>approximate</th></tr>
 * <tr><td>at least, no fewer than, no less than, not less than, a minimum of; after it: or more, +</td>
 *     <td>N</td><td>null</td><td>no</td></tr>
 * <tr><td>more than, over, above, upwards of, in excess of, just over, well over, greater than</td>
 *     <td>N + 1</td><td>null</td><td>no</td></tr>
 * <tr><td>nearly, almost, close to, up to, as many as, no more than, not more than, at most, a maximum of;
 *     after it: or fewer, or less</td><td>null</td><td>N</td><td>no</td></tr>
 * <tr><td>fewer than, less than, under, below, just under</td><td>null</td><td>N - 1</td><td>no</td></tr>
 * <tr><td>about, around, some, roughly, approximately, approx., an estimated, circa, ~; after it: or so,
 *     -odd</td><td>N</td><td>N</td><td>yes</td></tr>
 * <tr><td>no qualifier</td><td>N</td><td>N</td><td>no</td></tr>
 * </table>
 * "More than 50" excludes 50, so its smallest count is 51: a bound says what the words allow, and "at least 50"
 * and "more than 50" stay apart. "Nearly 59" is read as at most 59: reports use nearly and almost for rounded
 * counts, and the number given is the safe top. A stated bound is not an estimate, so bounds are not approximate.
 *
 * <h2>Ranges</h2>
 * "20 to 30", "20-30", "20–30", "from 20 to 30", "between 20 and 30", "two or three" read as low 20, high 30
 * when the second number is the larger; approximate only when a word above says so or an end is vague. Bounding
 * words before a range ("at least 20 to 30") are ignored: the range says more.
 *
 * <h2>Vague amounts</h2>
 * Coded with fixed numbers, as ACLED does, as the smallest count the words surely mean: low = the code, high =
 * null, approximate. The plural of a unit ("dozens") is coded as one unit, as ACLED does; that is below what the
 * plural literally means, so it stays a safe lower bound. ACLED codes "several" and "many" as 10, a best
 * estimate; these codes are floors, so they are lower.
 * <table>
 * <tr><th>words</th><th>code</th></tr>
 * <tr><td>a couple (of), a few, multiple</td><td>2</td></tr>
 * <tr><td>several, many, numerous</td><td>3</td></tr>
 * <tr><td>tens</td><td>10</td></tr>
 * <tr><td>dozens</td><td>12</td></tr>
 * <tr><td>scores</td><td>20</td></tr>
 * <tr><td>hundreds</td><td>100</td></tr>
 * <tr><td>thousands</td><td>1,000</td></tr>
 * <tr><td>millions</td><td>1,000,000</td></tr>
 * <tr><td>a count word before a unit: several hundred, a few dozen, hundreds of thousands, tens of thousands</td>
 *     <td>the product: 300, 24, 100,000, 10,000</td></tr>
 * </table>
 * "A dozen", "two dozen", "a hundred" are exact numbers, not vague amounts. Qualifiers apply to vague amounts as
 * to numbers ("more than a dozen" is at least 13; "about dozens" is dozens).
 *
 * <h2>Which number, when the text has several</h2>
 * Numbers that are not counts are passed over: dates ("15 October", "October 15", "in 2015", "since 2001",
 * "2021-05-24"), times ("6:00", "24 hours", "five days ago"), ordinals ("15th"), ages ("12-year-old", "aged
 * 12"), distances and percentages. Of the rest, the first figure is read, passing over a figure whose clause says
 * the people were wounded, injured, displaced, missing, arrested or captured when another figure follows ("13
 * wounded and 26 killed" reads 26); when every figure is of that kind the first is read. Figures are never added
 * up: "21 soldiers and 3 police" reads 21, since only a coder who knows both counts are deaths in the same event
 * may add them, and 21 is the conservative reading. Text without a number ("unknown", "no figure", "heavy
 * casualties") reads as null.
 */
public final class FigureParser {

    private FigureParser() {
    }

    /**
     * Readings by text: every claim read parses each of its citations' figures (the JSON, the suggested figures, the
     * page), and the same few thousand texts recur. A figure is a pure function of its text; at most
     * 20,000 are kept (texts of a length a stated figure has).
     */
    private static final Remembered<String, Optional<Figure>> READ = new Remembered<>(20_000);
    private static final int REMEMBERED_LENGTH = 200;

    /** The figure the text states, or null when it states no number (null or blank text included). */
    public static Figure parse(String statedFigure) {
        if (statedFigure == null || statedFigure.isBlank()) {
            return null;
        }
        if (statedFigure.length() > REMEMBERED_LENGTH) {
            return read(statedFigure);
        }
        return READ.get(statedFigure, text -> Optional.ofNullable(read(text))).orElse(null);
    }

    private static Figure read(String statedFigure) {
        List<Token> tokens = tokens(statedFigure);
        List<Candidate> candidates = candidates(tokens);
        return candidates.stream()
                .filter(candidate -> !candidate.notDeaths())
                .findFirst()
                .or(() -> candidates.stream().findFirst())
                .map(Candidate::figure)
                .orElse(null);
    }

    // ---- words

    private enum Bound { AT_LEAST, MORE_THAN, AT_MOST, FEWER_THAN, ABOUT }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));

    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);

    private static final Map<String, Integer> LARGE = Map.of("thousand", 1_000, "million", 1_000_000);

    private static final Map<String, Integer> GROUPS = Map.of("dozen", 12, "score", 20);

    /** Count words of the vague-amount table; "a few" and "a couple" are read as two words. */
    private static final Map<String, Integer> VAGUE_COUNTS = Map.of(
            "several", 3, "many", 3, "numerous", 3, "multiple", 2, "few", 2, "couple", 2);

    /** Plural units of the vague-amount table. */
    private static final Map<String, Integer> VAGUE_UNITS = Map.of(
            "tens", 10, "dozens", 12, "scores", 20, "hundreds", 100, "thousands", 1_000, "millions", 1_000_000);

    /** Units that multiply a vague amount before them ("several hundred", "hundreds of thousands"). */
    private static final Map<String, Integer> MULTIPLIERS = Map.ofEntries(
            Map.entry("dozen", 12), Map.entry("dozens", 12), Map.entry("score", 20), Map.entry("scores", 20),
            Map.entry("hundred", 100), Map.entry("hundreds", 100), Map.entry("thousand", 1_000),
            Map.entry("thousands", 1_000), Map.entry("million", 1_000_000), Map.entry("millions", 1_000_000));

    private static final Set<String> ZERO_NOUNS = Set.of("deaths", "casualties", "fatalities", "dead", "lives",
            "losses");

    private static final List<Qualifier> BEFORE = sortedLongestFirst(List.of(
            q(Bound.AT_LEAST, "at least"), q(Bound.AT_LEAST, "no fewer than"), q(Bound.AT_LEAST, "not fewer than"),
            q(Bound.AT_LEAST, "no less than"), q(Bound.AT_LEAST, "not less than"),
            q(Bound.AT_LEAST, "a minimum of"), q(Bound.AT_LEAST, "minimum of"),
            q(Bound.MORE_THAN, "more than"), q(Bound.MORE_THAN, "over"), q(Bound.MORE_THAN, "above"),
            q(Bound.MORE_THAN, "upwards of"), q(Bound.MORE_THAN, "upward of"), q(Bound.MORE_THAN, "in excess of"),
            q(Bound.MORE_THAN, "just over"), q(Bound.MORE_THAN, "well over"), q(Bound.MORE_THAN, "greater than"),
            q(Bound.AT_MOST, "nearly"), q(Bound.AT_MOST, "almost"), q(Bound.AT_MOST, "close to"),
            q(Bound.AT_MOST, "up to"), q(Bound.AT_MOST, "as many as"), q(Bound.AT_MOST, "as much as"),
            q(Bound.AT_MOST, "no more than"), q(Bound.AT_MOST, "not more than"), q(Bound.AT_MOST, "at most"),
            q(Bound.AT_MOST, "at the most"), q(Bound.AT_MOST, "a maximum of"), q(Bound.AT_MOST, "maximum of"),
            q(Bound.FEWER_THAN, "fewer than"), q(Bound.FEWER_THAN, "less than"), q(Bound.FEWER_THAN, "under"),
            q(Bound.FEWER_THAN, "below"), q(Bound.FEWER_THAN, "just under"),
            q(Bound.ABOUT, "about"), q(Bound.ABOUT, "around"), q(Bound.ABOUT, "some"), q(Bound.ABOUT, "roughly"),
            q(Bound.ABOUT, "approximately"), q(Bound.ABOUT, "approx"), q(Bound.ABOUT, "approx ."),
            q(Bound.ABOUT, "an estimated"), q(Bound.ABOUT, "estimated"), q(Bound.ABOUT, "est ."),
            q(Bound.ABOUT, "circa"), q(Bound.ABOUT, "ca ."), q(Bound.ABOUT, "~"),
            q(Bound.ABOUT, "in the region of"), q(Bound.ABOUT, "on the order of")));

    private static final List<Qualifier> AFTER = sortedLongestFirst(List.of(
            q(Bound.AT_LEAST, "+"), q(Bound.AT_LEAST, "- plus"), q(Bound.AT_LEAST, "or more"),
            q(Bound.AT_LEAST, "and more"), q(Bound.AT_LEAST, "or above"), q(Bound.AT_LEAST, "and above"),
            q(Bound.AT_LEAST, "or over"), q(Bound.AT_MOST, "or fewer"), q(Bound.AT_MOST, "or less"),
            q(Bound.ABOUT, "or so"), q(Bound.ABOUT, "- odd"), q(Bound.ABOUT, "odd")));

    /** Words after a number that make it a time, an age, a distance or a share rather than a count. */
    private static final Set<String> NOT_COUNTED = Set.of("second", "seconds", "minute", "minutes", "hour",
            "hours", "hr", "hrs", "day", "days", "night", "nights", "week", "weeks", "month", "months", "year",
            "years", "yr", "yrs", "decade", "decades", "century", "centuries", "am", "pm", "o'clock", "km", "kms",
            "kilometer", "kilometers", "kilometre", "kilometres", "mile", "miles", "meter", "meters", "metre",
            "metres", "percent", "per", "%", "times");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words before a four-digit number that make it a year ("in 2015", "since 2001", "mid-2014"). */
    private static final Set<String> BEFORE_A_YEAR = Set.of("in", "since", "during", "until", "till", "by",
            "from", "year", "early", "late", "mid");

    /** Words before "of" that make the number after it a year ("the end of 2014"). */
    private static final Set<String> PART_OF_A_YEAR = Set.of("end", "start", "beginning", "middle", "spring",
            "summer", "autumn", "fall", "winter", "half");

    /** Words that end the clause a figure sits in. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ".", ":", "(", ")", "and", "or", "but",
            "while", "whereas", "with", "plus", "as");

    /** Beginnings of words that say a figure counts people other than the dead. */
    private static final List<String> NOT_DEATHS = List.of("wound", "injur", "hurt", "displac", "missing", "arrest",
            "detain", "abduct", "kidnap", "captur", "flee", "fled", "evacuat", "rescu", "hostage", "surrender");

    // ---- tokens

    private enum Kind { NUMBER, WORD, MARK }

    private record Token(Kind kind, String text, double number, boolean separated, boolean decimal,
            boolean ordinal) {

        boolean is(String word) {
            return text.equals(word);
        }
    }

    /** Written dates ("2021-05-24", "24/05/2021") are one mark, so their parts are not read as numbers. */
    private static final Pattern TOKEN = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"
            + "|(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)(st|nd|rd|th)?|[a-z]+(?:'[a-z]+)?|\\S");

    private static List<Token> tokens(String text) {
        String plain = text.toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
                .replace('\u2019', '\'');
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(plain);
        while (m.find()) {
            if (m.group(1) != null) {
                String digits = m.group(1);
                tokens.add(new Token(Kind.NUMBER, digits, Double.parseDouble(digits.replace(",", "")),
                        digits.contains(","), digits.contains("."), m.group(2) != null));
            } else {
                String word = m.group();
                Kind kind = Character.isLetter(word.charAt(0)) ? Kind.WORD : Kind.MARK;
                tokens.add(new Token(kind, word, 0, false, false, false));
            }
        }
        return tokens;
    }

    // ---- amounts: a number or a vague amount, before qualifiers

    private record Amount(long value, boolean vague, int start, int end) {
    }

    private static Amount amountAt(List<Token> t, int i) {
        Amount zero = zeroAt(t, i);
        if (zero != null) {
            return zero;
        }
        Amount vague = vagueAt(t, i);
        return vague != null ? vague : numberAt(t, i);
    }

    private static Amount zeroAt(List<Token> t, int i) {
        if (is(t, i, "nobody") || is(t, i, "none") && !is(t, i + 1, "of")) {
            return new Amount(0, false, i, i + 1);
        }
        if (!is(t, i, "no")) {
            return null;
        }
        if (is(t, i + 1, "one")) {
            return new Amount(0, false, i, i + 2);
        }
        if (is(t, i + 1, "-") && is(t, i + 2, "one")) {
            return new Amount(0, false, i, i + 3);
        }
        return i + 1 < t.size() && ZERO_NOUNS.contains(t.get(i + 1).text) ? new Amount(0, false, i, i + 1) : null;
    }

    private static Amount vagueAt(List<Token> t, int i) {
        int j;
        long value;
        String word = t.get(i).text;
        if (word.equals("a") && (is(t, i + 1, "few") || is(t, i + 1, "couple"))) {
            value = VAGUE_COUNTS.get(t.get(i + 1).text);
            j = i + 2;
        } else if (VAGUE_COUNTS.containsKey(word) && !word.equals("few") && !word.equals("couple")
                && !(word.equals("many") && (is(t, i - 1, "how") || is(t, i - 1, "so") || is(t, i - 1, "too")
                        || is(t, i - 1, "as")))) {
            value = VAGUE_COUNTS.get(word);
            j = i + 1;
        } else if (VAGUE_UNITS.containsKey(word)) {
            value = VAGUE_UNITS.get(word);
            j = i + 1;
            // "hundreds of thousands"; "thousands of people" stops at "of"
            while (is(t, j, "of") && j + 1 < t.size() && MULTIPLIERS.containsKey(t.get(j + 1).text)) {
                value = times(value, MULTIPLIERS.get(t.get(j + 1).text));
                j += 2;
            }
            return new Amount(value, true, i, j);
        } else {
            return null;
        }
        // "several hundred", "a few dozen", "a couple of dozen"
        if (is(t, j, "of") && j + 1 < t.size() && MULTIPLIERS.containsKey(t.get(j + 1).text)) {
            j++;
        }
        while (j < t.size() && MULTIPLIERS.containsKey(t.get(j).text)) {
            value = times(value, MULTIPLIERS.get(t.get(j).text));
            j++;
        }
        return new Amount(value, true, i, j);
    }

    /** A product that stops at the largest long, so "millions of millions of …" is too large, never negative. */
    private static long times(long value, int unit) {
        return value > Long.MAX_VALUE / unit ? Long.MAX_VALUE : value * unit;
    }

    private enum Step { NONE, A, DIGITS, UNIT, TENS, HUNDRED, LARGE, GROUP }

    /** Digits or number words, with the multipliers that follow them ("2 thousand", "two dozen"). */
    private static Amount numberAt(List<Token> t, int i) {
        Token first = t.get(i);
        double total = 0;
        double current = 0;
        Step last = Step.NONE;
        int j = i;
        if (first.kind == Kind.NUMBER) {
            if (first.ordinal || first.decimal && !(j + 1 < t.size() && LARGE.containsKey(t.get(j + 1).text))) {
                return null;
            }
            current = first.number;
            last = Step.DIGITS;
            j++;
        } else if (first.is("half") && is(t, i + 1, "a") && is(t, i + 2, "dozen")) {
            return new Amount(6, false, i, i + 3);
        } else if ((first.is("a") || first.is("an")) && i + 1 < t.size()
                && (t.get(i + 1).is("hundred") || LARGE.containsKey(t.get(i + 1).text)
                        || GROUPS.containsKey(t.get(i + 1).text))) {
            current = 1;
            last = Step.A;
            j++;
        }
        while (j < t.size()) {
            String word = t.get(j).text;
            Integer unit = UNITS.get(word);
            if (unit != null && (last == Step.NONE || last == Step.HUNDRED || last == Step.LARGE
                    || last == Step.TENS && unit > 0 && unit < 10)) {
                current += unit;
                last = Step.UNIT;
            } else if (TENS.containsKey(word) && (last == Step.NONE || last == Step.HUNDRED || last == Step.LARGE)) {
                current += TENS.get(word);
                last = Step.TENS;
            } else if (word.equals("hundred") && current < 100 && (last == Step.NONE || last == Step.A
                    || last == Step.DIGITS || last == Step.UNIT || last == Step.TENS)) {
                current = Math.max(current, 1) * 100;
                last = Step.HUNDRED;
            } else if (LARGE.containsKey(word) && last != Step.LARGE && last != Step.GROUP) {
                total += Math.max(current, 1) * LARGE.get(word);
                current = 0;
                last = Step.LARGE;
            } else if (GROUPS.containsKey(word) && (last == Step.A || last == Step.DIGITS || last == Step.UNIT
                    || last == Step.TENS || last == Step.NONE && word.equals("dozen"))) {
                current = Math.max(current, 1) * GROUPS.get(word);
                last = Step.GROUP;
            } else if (word.equals("and") && (last == Step.HUNDRED || last == Step.LARGE) && j + 1 < t.size()
                    && (UNITS.containsKey(t.get(j + 1).text) || TENS.containsKey(t.get(j + 1).text))
                    && !is(t, j + 2, "hundred") && !(j + 2 < t.size() && LARGE.containsKey(t.get(j + 2).text))) {
                // "one hundred and twenty": the next round reads the number after "and"; "one hundred and two
                // hundred" is two numbers
            } else if (word.equals("-") && last == Step.TENS && j + 1 < t.size()
                    && UNITS.getOrDefault(t.get(j + 1).text, 0) > 0 && UNITS.get(t.get(j + 1).text) < 10) {
                // "twenty-one"
            } else {
                break;
            }
            j++;
        }
        if (last == Step.NONE || last == Step.A) {
            return null;
        }
        return new Amount(Math.round(total + current), false, i, j);
    }

    // ---- figures: amounts with their qualifiers and ranges

    private record Qualifier(Bound bound, List<String> words) {
    }

    private static Qualifier q(Bound bound, String words) {
        return new Qualifier(bound, List.of(words.split(" ")));
    }

    private static List<Qualifier> sortedLongestFirst(List<Qualifier> qualifiers) {
        return qualifiers.stream().sorted(Comparator.comparingInt((Qualifier q) -> q.words.size()).reversed())
                .toList();
    }

    private record Candidate(Figure figure, boolean notDeaths) {
    }

    private static List<Candidate> candidates(List<Token> t) {
        List<Amount> amounts = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            // skip qualifiers whole, so that "as many as 30" is not read as the vague "many"
            Qualifier qualifier = qualifierStartingAt(t, i, BEFORE);
            if (qualifier != null) {
                i += qualifier.words.size();
                continue;
            }
            Amount amount = amountAt(t, i);
            if (amount != null) {
                amounts.add(amount);
                i = amount.end;
            } else {
                i++;
            }
        }
        boolean[] inAmount = new boolean[t.size()];
        for (Amount amount : amounts) {
            for (int k = amount.start; k < amount.end; k++) {
                inAmount[k] = true;
            }
        }

        List<Candidate> candidates = new ArrayList<>();
        for (int k = 0; k < amounts.size(); k++) {
            Amount first = amounts.get(k);
            Amount second = k + 1 < amounts.size() ? rangeEnd(t, first, amounts.get(k + 1)) : null;
            int start = first.start;
            if (second != null) {
                k++;
                if (is(t, start - 1, "between") || is(t, start - 1, "from")) {
                    start--;
                }
            }
            int end = second != null ? second.end : first.end;
            boolean counted = second == null ? isCount(t, first)
                    : isCount(t, first) && isCount(t, second) && !(isYearLike(t, first) && isYearLike(t, second));
            long largest = second != null ? second.value : first.value;
            if (!counted || largest >= Integer.MAX_VALUE) {
                continue;
            }
            Qualifier before = qualifierEndingAt(t, start);
            Qualifier after = qualifierStartingAt(t, end, AFTER);
            Bound bound = before != null ? before.bound : after != null ? after.bound : null;
            candidates.add(new Candidate(figure(first, second, bound), notDeaths(t, inAmount, start, end)));
        }
        return candidates;
    }

    /** The second amount when the two make a range ("20 to 30", "20-30", "between 20 and 30", "two or three"). */
    private static Amount rangeEnd(List<Token> t, Amount first, Amount next) {
        if (next.start != first.end + 1 || next.value <= first.value) {
            return null;
        }
        String joiner = t.get(first.end).text;
        boolean joins = joiner.equals("-") || joiner.equals("to") || joiner.equals("or")
                || joiner.equals("and") && is(t, first.start - 1, "between");
        return joins ? next : null;
    }

    private static Figure figure(Amount first, Amount second, Bound bound) {
        int value = (int) first.value;
        if (second != null) {
            return new Figure(value, (int) second.value, first.vague || second.vague || bound == Bound.ABOUT);
        }
        if (bound == null || bound == Bound.ABOUT) {
            return first.vague ? new Figure(value, null, true) : new Figure(value, value, bound == Bound.ABOUT);
        }
        return switch (bound) {
            case AT_LEAST -> new Figure(value, null, first.vague);
            case MORE_THAN -> new Figure(value + 1, null, first.vague);
            case AT_MOST -> new Figure(null, value, first.vague);
            case FEWER_THAN -> new Figure(null, Math.max(value - 1, 0), first.vague);
            case ABOUT -> throw new IllegalStateException("read above");
        };
    }

    private static Qualifier qualifierEndingAt(List<Token> t, int start) {
        for (Qualifier qualifier : BEFORE) {
            if (matches(t, start - qualifier.words.size(), qualifier.words)) {
                return qualifier;
            }
        }
        return null;
    }

    private static Qualifier qualifierStartingAt(List<Token> t, int i, List<Qualifier> qualifiers) {
        for (Qualifier qualifier : qualifiers) {
            if (matches(t, i, qualifier.words)) {
                return qualifier;
            }
        }
        return null;
    }

    private static boolean matches(List<Token> t, int from, List<String> words) {
        if (from < 0 || from + words.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!t.get(from + k).is(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    // ---- numbers that are not counts

    private static boolean isCount(List<Token> t, Amount amount) {
        int after = is(t, amount.end, "-") ? amount.end + 1 : amount.end;
        if (after < t.size() && NOT_COUNTED.contains(t.get(after).text)) {
            return false;
        }
        // "6:00", "6 a.m."
        boolean time = is(t, amount.end, ":") && kind(t, amount.end + 1) == Kind.NUMBER
                || is(t, amount.start - 1, ":") && kind(t, amount.start - 2) == Kind.NUMBER
                || (is(t, amount.end, "a") || is(t, amount.end, "p")) && is(t, amount.end + 1, ".")
                        && is(t, amount.end + 2, "m");
        boolean date = isMonthAfter(t, amount.end) || isMonth(t, amount.start - 1);
        boolean age = is(t, amount.start - 1, "aged") || is(t, amount.start - 1, "age");
        return !time && !date && !age && !isYear(t, amount);
    }

    private static boolean isYearLike(List<Token> t, Amount amount) {
        Token token = t.get(amount.start);
        return amount.end == amount.start + 1 && token.kind == Kind.NUMBER && !token.separated && !token.decimal
                && token.number >= 1900 && token.number <= 2099;
    }

    private static boolean isYear(List<Token> t, Amount amount) {
        if (!isYearLike(t, amount)) {
            return false;
        }
        int before = amount.start - 1;
        if (is(t, before, "-")) {
            before--;
        }
        return before >= 0 && BEFORE_A_YEAR.contains(t.get(before).text)
                || is(t, before, "of") && before > 0 && PART_OF_A_YEAR.contains(t.get(before - 1).text)
                // "October 15, 2016"
                || is(t, before, ",") && kind(t, before - 1) == Kind.NUMBER && isMonth(t, before - 2);
    }

    private static boolean isMonth(List<Token> t, int i) {
        return i >= 0 && i < t.size() && MONTHS.contains(t.get(i).text);
    }

    /** A month after a number; "may" only when no word follows it, so "15 may have died" stays a count. */
    private static boolean isMonthAfter(List<Token> t, int i) {
        return isMonth(t, i) && !(t.get(i).is("may") && kind(t, i + 1) == Kind.WORD);
    }

    // ---- what a figure counts

    /** Whether the clause around the figure says the people counted are wounded, displaced, held, not dead. */
    private static boolean notDeaths(List<Token> t, boolean[] inAmount, int start, int end) {
        for (int k = start - 1; k >= 0 && !inAmount[k] && !CLAUSE_BREAKS.contains(t.get(k).text); k--) {
            if (saysNotDeaths(t.get(k).text)) {
                return true;
            }
        }
        for (int k = end; k < t.size() && !inAmount[k] && !CLAUSE_BREAKS.contains(t.get(k).text); k++) {
            if (saysNotDeaths(t.get(k).text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean saysNotDeaths(String word) {
        return NOT_DEATHS.stream().anyMatch(word::startsWith);
    }

    // ---- token helpers

    private static boolean is(List<Token> t, int i, String word) {
        return i >= 0 && i < t.size() && t.get(i).is(word);
    }

    private static Kind kind(List<Token> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i).kind : null;
    }
}
