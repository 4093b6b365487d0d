package org.corroborate.candidate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.claim.DatePrecision;

/**
 * Finds the dates a sentence gives and reads them against the article's date, with the precision the words allow.
 * <ul>
 * <li>DAY: a full date ("28 July 2017", "July 28, 2017", "2021-05-24"); a day and month ("Friday (28 July)"), in the
 * year that puts it on or before the article's date; a weekday ("on Sunday", "late Tuesday", "Sunday night"), the
 * last such day on or before the article's date; "yesterday", "today", "last night", "last evening"; "N days ago".</li>
 * <li>WEEK (the date is the middle of the week it may be in): "about N days ago", "a few days ago", "last week",
 * "earlier this week", "earlier in the week", "N weeks ago", "in recent days", "over the past few days".</li>
 * <li>MONTH: a month with or without a year ("in September 2015", "in late October"); "earlier this month",
 * "this month", "last month", "in recent weeks", "N months ago".</li>
 * <li>YEAR: "in 2015".</li>
 * </ul>
 * Without the article's date only full dates and years are read: a weekday or "last week" then gives no date rather
 * than a guess.
 */
final class DateWords {

    /** A date found in a sentence: where, and what it reads as. */
    record Found(int start, int end, LocalDate date, DatePrecision precision) {
    }

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String COUNT = "\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|twenty|a couple of|a few|several";
    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("a couple of", 2), Map.entry("a few", 3),
            Map.entry("several", 3));

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\.?(?:,?\\s+(\\d{4})(?![-\\d]))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})(?![-\\d]))?");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:(?:in|since|during|by|of|from|until)\\s+)?(?:(?:early|mid|late|the\\s+end\\s+of|the\\s+start\\s+of)"
                    + "[-\\s]+)?(" + MONTHS + ")(?:\\s+(\\d{4}))?\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?:on|late|early|last)\\s+)?(" + DAYS + ")"
            + "(?:\\s+(?:morning|afternoon|evening|night))?\\b");
    private static final Pattern DAYS_AGO = Pattern.compile(
            "\\b(?:(about|around|some|nearly|almost|roughly|approximately)\\s+)?(" + COUNT + ")\\s+days?\\s+ago\\b");
    private static final Pattern WEEKS_AGO = Pattern.compile("\\b(?:(?:about|around|some)\\s+)?(" + COUNT
            + "|a)\\s+weeks?\\s+ago\\b");
    private static final Pattern MONTHS_AGO = Pattern.compile("\\b(?:(?:about|around|some)\\s+)?(" + COUNT
            + "|a)\\s+months?\\s+ago\\b");
    private static final Pattern YEAR = Pattern.compile("\\bin\\s+((?:19|20)\\d{2})\\b");

    /** {@link Phrase#daysBack} of "last month": the month before the article's, whatever its length. */
    private static final int LAST_MONTH = -1;

    private record Phrase(Pattern pattern, int daysBack, DatePrecision precision) {
    }

    /** Fixed phrases: how many days before the article's date, at what precision (MONTH: the month of that day). */
    private static final List<Phrase> PHRASES = List.of(
            phrase("yesterday", 1, DatePrecision.DAY),
            phrase("today|this morning|this afternoon|this evening|tonight", 0, DatePrecision.DAY),
            phrase("last night|last evening|overnight|late last night", 1, DatePrecision.DAY),
            phrase("(?:the\\s+)?day before yesterday", 2, DatePrecision.DAY),
            phrase("last week|the previous week|the week before", 7, DatePrecision.WEEK),
            phrase("earlier (?:this|in the) week|this week", 3, DatePrecision.WEEK),
            phrase("(?:in |over )?(?:the )?(?:recent|past|last) (?:few |couple of |" + COUNT + " )?days"
                    + "|a few days ago|days ago", 3, DatePrecision.WEEK),
            phrase("earlier this month|this month|earlier in the month", 0, DatePrecision.MONTH),
            phrase("last month|the previous month", LAST_MONTH, DatePrecision.MONTH),
            phrase("(?:in |over )?(?:the )?(?:recent|past|last) (?:few )?weeks|weeks ago", 14, DatePrecision.MONTH));

    private static Phrase phrase(String words, int daysBack, DatePrecision precision) {
        return new Phrase(Pattern.compile("\\b(?:" + words + ")\\b"), daysBack, precision);
    }

    private DateWords() {
    }

    /** The dates in {@code sentence}, in order, read against {@code published} (may be null). */
    static List<Found> in(String sentence, LocalDate published) {
        String text = sentence.toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            LocalDate date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            add(found, taken, m, date, DatePrecision.DAY);
        }
        for (Pattern p : List.of(DAY_MONTH, MONTH_DAY)) {
            m = p.matcher(text);
            while (m.find()) {
                boolean dayFirst = p == DAY_MONTH;
                int day = Integer.parseInt(m.group(dayFirst ? 1 : 2));
                Month month = month(m.group(dayFirst ? 2 : 1));
                add(found, taken, m, dayOf(day, month, m.group(3), published), DatePrecision.DAY);
            }
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("may") && m.group(2) == null && !m.group().contains(" ")) {
                continue; // "may" alone is the verb far more often than the month
            }
            add(found, taken, m, monthOf(month(m.group(1)), m.group(2), published), DatePrecision.MONTH);
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            add(found, taken, m, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR);
        }
        if (published == null) {
            return sorted(found);
        }
        m = DAYS_AGO.matcher(text);
        while (m.find()) {
            int days = count(m.group(2));
            boolean about = m.group(1) != null || m.group(2).startsWith("a ") || m.group(2).equals("several");
            add(found, taken, m, published.minusDays(days), about ? DatePrecision.WEEK : DatePrecision.DAY);
        }
        m = WEEKS_AGO.matcher(text);
        while (m.find()) {
            add(found, taken, m, published.minusWeeks(count(m.group(1))), DatePrecision.WEEK);
        }
        m = MONTHS_AGO.matcher(text);
        while (m.find()) {
            add(found, taken, m, published.minusMonths(count(m.group(1))), DatePrecision.MONTH);
        }
        for (Phrase phrase : PHRASES) {
            m = phrase.pattern.matcher(text);
            while (m.find()) {
                LocalDate date = phrase.daysBack == LAST_MONTH ? published.minusMonths(1)
                        : published.minusDays(phrase.daysBack);
                add(found, taken, m, date, phrase.precision);
            }
        }
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate date = published.with(TemporalAdjusters.previousOrSame(day));
            if (m.group().startsWith("last ") && date.equals(published)) {
                date = date.minusWeeks(1);
            }
            add(found, taken, m, date, DatePrecision.DAY);
        }
        return sorted(found);
    }

    private static List<Found> sorted(List<Found> found) {
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Adds what {@code m} matched unless an earlier, more specific pattern took part of it already. */
    private static void add(List<Found> found, boolean[] taken, Matcher m, LocalDate date, DatePrecision precision) {
        for (int i = m.start(); i < m.end(); i++) {
            if (taken[i]) {
                return;
            }
        }
        if (date == null) {
            return;
        }
        for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
        }
        found.add(new Found(m.start(), m.end(), precision == DatePrecision.MONTH ? date.withDayOfMonth(1) : date,
                precision));
    }

    private static int count(String words) {
        if (words.equals("a")) {
            return 1;
        }
        return Character.isDigit(words.charAt(0)) ? Integer.parseInt(words) : COUNTS.get(words);
    }

    private static Month month(String name) {
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(name)) {
                return month;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A day and month in the given year, else the latest such day on or before the article's date. */
    private static LocalDate dayOf(int day, Month month, String year, LocalDate published) {
        if (year != null) {
            return date(Integer.parseInt(year), month.getValue(), day);
        }
        if (published == null) {
            return null;
        }
        LocalDate date = date(published.getYear(), month.getValue(), day);
        return date != null && date.isAfter(published) ? date(published.getYear() - 1, month.getValue(), day) : date;
    }

    /** A month in the given year, else the latest such month on or before the article's date. */
    private static LocalDate monthOf(Month month, String year, LocalDate published) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, 1);
        }
        if (published == null) {
            return null;
        }
        LocalDate date = LocalDate.of(published.getYear(), month, 1);
        return date.isAfter(published) ? date.minusYears(1) : date;
    }
}
