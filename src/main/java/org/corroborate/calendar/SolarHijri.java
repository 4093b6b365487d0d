package org.corroborate.calendar;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

import org.corroborate.input.Digits;

/**
 * A day of the Solar Hijri calendar Afghans date events in: the year starts at Nowruz (1 Hamal 1400 = 21 March 2021),
 * the first six months have 31 days, the next five 30, and Hut 29, or 30 in a leap year. ICU's Persian calendar does
 * the arithmetic; this class adds the Afghan month names (the zodiac's, not Iran's Farvardin…) in English letters,
 * Dari and Pashto, and reads a date as people type one.
 */
public record SolarHijri(int year, int month, int day) {

    /** A four-digit year below this is a Solar Hijri year (now in the 1400s); from it on, a Gregorian one. */
    public static final int FIRST_GREGORIAN_YEAR = 1700;

    private static final List<String> ENGLISH = List.of("Hamal", "Sawr", "Jawza", "Saratan", "Asad", "Sonbola",
            "Mizan", "Aqrab", "Qaws", "Jadi", "Dalw", "Hut");
    private static final List<String> DARI = List.of("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب",
            "قوس", "جدی", "دلو", "حوت");
    private static final List<String> PASHTO = List.of("وری", "غویی", "غبرگولی", "چنگاښ", "زمری", "وږی", "تله", "لړم",
            "لیندۍ", "مرغومی", "سلواغه", "کب");
    /** Other spellings of the English names met in Afghan media, for reading typed dates. */
    private static final Map<String, Integer> SPELLINGS = Map.ofEntries(Map.entry("saur", 2), Map.entry("sowr", 2),
            Map.entry("sour", 2), Map.entry("jauza", 3), Map.entry("jowza", 3), Map.entry("sunbula", 6),
            Map.entry("sonbula", 6), Map.entry("sunbola", 6), Map.entry("sumbula", 6), Map.entry("sunbulah", 6),
            Map.entry("akrab", 8), Map.entry("qaus", 9), Map.entry("qows", 9), Map.entry("jaddi", 10),
            Map.entry("jadee", 10), Map.entry("dalv", 11), Map.entry("hoot", 12), Map.entry("hout", 12));
    private static final Map<String, Integer> MONTHS_BY_NAME = monthsByName();

    /** "2 Saratan 1400", "۲ سرطان ۱۴۰۰", "2, Saratan, 1400" (digits already Latin). */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[\\s,]+(\\p{L}+)[\\s,]+(\\d{1,4})");

    public SolarHijri {
        if (month < 1 || month > 12) {
            throw new DateTimeException("Solar Hijri month " + month + " is not 1 to 12");
        }
        if (day < 1 || day > lengthOfMonth(year, month)) {
            throw new DateTimeException(
                    "Solar Hijri " + year + "-" + month + " has no day " + day);
        }
    }

    /** The Solar Hijri day of a Gregorian one. */
    public static SolarHijri of(LocalDate date) {
        Calendar calendar = calendar();
        calendar.set(Calendar.JULIAN_DAY, julianDay(date));
        return new SolarHijri(calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
                calendar.get(Calendar.DAY_OF_MONTH));
    }

    public LocalDate toLocalDate() {
        Calendar calendar = calendar();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, month - 1);
        calendar.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    }

    /** Hut has 30 days in a leap year (1399, 1403, …), 29 otherwise. */
    public static boolean isLeapYear(int year) {
        return lengthOfMonth(year, 12) == 30;
    }

    public static int lengthOfMonth(int year, int month) {
        if (month <= 6) {
            return 31;
        }
        if (month <= 11) {
            return 30;
        }
        Calendar calendar = calendar();
        calendar.set(Calendar.EXTENDED_YEAR, year);
        calendar.set(Calendar.MONTH, 11);
        calendar.set(Calendar.DAY_OF_MONTH, 1);
        return calendar.getActualMaximum(Calendar.DAY_OF_MONTH);
    }

    /** "Saratan" in English, "سرطان" in Dari (language fa or prs), "چنگاښ" in Pashto (ps). */
    public static String monthName(int month, Locale language) {
        return names(language).get(month - 1);
    }

    /** "2 Saratan 1400"; in Dari "۲ سرطان ۱۴۰۰", in Pashto "۲ چنگاښ ۱۴۰۰". */
    public String format(Locale language) {
        return digits(day + " " + monthName(month, language) + " " + year, language);
    }

    /** The month only: "Saratan 1400", "سرطان ۱۴۰۰". */
    public String formatMonth(Locale language) {
        return digits(monthName(month, language) + " " + year, language);
    }

    /**
     * The months a span of days falls in: "Saratan 1400", "Jawza–Saratan 1400", "Hut 1399–Hamal 1400". A Gregorian
     * month always straddles two.
     */
    public static String formatMonths(LocalDate first, LocalDate last, Locale language) {
        SolarHijri from = of(first);
        SolarHijri to = of(last);
        if (from.year == to.year && from.month == to.month) {
            return from.formatMonth(language);
        }
        String start = from.year == to.year ? monthName(from.month, language) : from.formatMonth(language);
        return digits(start + "–" + to.formatMonth(language), language);
    }

    /**
     * The date in "2 Saratan 1400" or "۲ سرطان ۱۴۰۰" (Dari or Pashto names; either digits), or empty when the text is
     * not a day, a month's name and a year.
     *
     * @throws DateTimeException when it is, but no such day exists (31 Hut, 30 Hut 1400)
     */
    public static Optional<SolarHijri> parse(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(Digits.latin(text.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        Integer month = MONTHS_BY_NAME.get(comparable(m.group(2)));
        if (month == null) {
            return Optional.empty();
        }
        return Optional.of(new SolarHijri(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
    }

    private static List<String> names(Locale language) {
        return switch (language.getLanguage()) {
            case "fa", "prs" -> DARI;
            case "ps" -> PASHTO;
            default -> ENGLISH;
        };
    }

    private static String digits(String text, Locale language) {
        return names(language) == ENGLISH ? text : Digits.persian(text);
    }

    private static Map<String, Integer> monthsByName() {
        Map<String, Integer> byName = new HashMap<>(SPELLINGS);
        for (int i = 0; i < 12; i++) {
            byName.put(comparable(ENGLISH.get(i)), i + 1);
            byName.put(comparable(DARI.get(i)), i + 1);
            byName.put(comparable(PASHTO.get(i)), i + 1);
        }
        return Map.copyOf(byName);
    }

    /** A month's name as typed, in the form the table holds: lower case, Arabic letters as Dari writes them. */
    private static String comparable(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('ي', 'ی').replace('ى', 'ی').replace('ك', 'ک');
    }

    // ICU's JULIAN_DAY counts whole days, with 1970-01-01 as day 2,440,588
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588;

    private static int julianDay(LocalDate date) {
        return Math.toIntExact(date.toEpochDay() + JULIAN_DAY_OF_EPOCH);
    }

    // ICU calendars are mutable, so one per call; the zone is irrelevant to whole days, UTC keeps it fixed
    private static Calendar calendar() {
        return new PersianCalendar(TimeZone.GMT_ZONE, Locale.ROOT);
    }
}
