package org.corroborate.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.IntSummaryStatistics;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;

import org.corroborate.account.Role;
import org.corroborate.account.RoleNames;
import org.corroborate.account.User;
import org.corroborate.calendar.SolarHijri;
import org.corroborate.citation.Citation;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimDetails;
import org.corroborate.claim.ClaimPageView;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.ClaimTexts;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.Fatalities;
import org.corroborate.claim.Location;
import org.corroborate.evidence.Figure;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Texts;
import org.corroborate.review.Credibility;
import org.corroborate.review.Rating;
import org.corroborate.review.Review;

/** Display values computed for templates, so templates hold no logic. */
@TemplateExtension
public class Display {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** "2024-05-01 14:03 UTC"; in Dari and Pashto with Eastern digits, kept left to right by Unicode isolates. */
    static String display(Instant instant, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (instant == null) {
            return "";
        }
        Language language = Texts.languageOf(locale);
        String time = TIME.format(instant);
        return language.rightToLeft ? "\u2066" + Texts.digits(time, language) + "\u2069" : time;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    /** "2 Saratan 1400". */
    static String solarHijri(LocalDate date) {
        return solarHijriIn(date, "en");
    }

    /** With a language tag: "۲ سرطان ۱۴۰۰" in Dari ("fa", "prs"), "۲ چنگاښ ۱۴۰۰" in Pashto ("ps"). */
    static String solarHijriIn(LocalDate date, String language) {
        return date == null ? "" : SolarHijri.of(date).format(Locale.forLanguageTag(language));
    }

    /**
     * The event date in both calendars, as exactly as it is known, in the page's language. In English the Gregorian
     * date comes first: "23 June 2021 (2 Saratan 1400)"; to the month, "June 2021 (Jawza–Saratan 1400)", the Solar
     * Hijri months the Gregorian one spans; to the year, "2021 (1399–1400)". In Dari and Pashto the Solar Hijri date
     * comes first, in their month names and digits: "۲ سرطان ۱۴۰۰ — 23 June 2021". Without a date, "unknown".
     */
    static String eventDateInBothCalendars(Claim claim, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Language language = Texts.languageOf(locale);
        LocalDate date = claim.eventDate;
        if (date == null) {
            return Texts.of(ClaimTexts.class, language).unknown();
        }
        DatePrecision precision = claim.datePrecision == null ? DatePrecision.DAY : claim.datePrecision;
        String gregorian = switch (precision) {
            case DAY, WEEK -> DAY.format(date);
            case MONTH -> MONTH.format(date);
            case YEAR -> String.valueOf(date.getYear());
        };
        String solarHijri = switch (precision) {
            case DAY, WEEK -> SolarHijri.of(date).format(language.locale);
            case MONTH -> SolarHijri.formatMonths(date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth()),
                    language.locale);
            case YEAR -> Texts.digits(SolarHijri.of(date.withDayOfYear(1)).year() + "–"
                    + SolarHijri.of(date.withDayOfYear(date.lengthOfYear())).year(), language);
        };
        return language.rightToLeft ? solarHijri + " — " + gregorian : gregorian + " (" + solarHijri + ")";
    }

    /** "Open", "Admin1": an enum name in words. */
    static String words(ClaimStatus status) {
        return status == null ? "" : STATUS_WORDS.get(status);
    }

    static boolean retracted(Claim claim) {
        return claim.status == ClaimStatus.RETRACTED;
    }

    /** The CSS class that colours a status badge. */
    static String css(ClaimStatus status) {
        return STATUS_CSS.get(status);
    }

    // every row of the claim list asks for both; made once
    private static final Map<ClaimStatus, String> STATUS_WORDS = byStatus(s -> words(s.name()));
    private static final Map<ClaimStatus, String> STATUS_CSS = byStatus(s -> "status-" + s.name().toLowerCase(Locale.ROOT));

    private static Map<ClaimStatus, String> byStatus(Function<ClaimStatus, String> text) {
        Map<ClaimStatus, String> map = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            map.put(status, text.apply(status));
        }
        return map;
    }

    /**
     * "12 / 15 / 20", "– / 15 / –", or "unknown": fatalities as low / best / high ({@link Fatalities#range}), in the
     * page's language and digits.
     */
    static String fatalitiesRange(Claim claim, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Language language = Texts.languageOf(locale);
        Fatalities f = claim.fatalities;
        if (f == null || f.low == null && f.best == null && f.high == null) {
            return Texts.of(ClaimTexts.class, language).unknown();
        }
        return Texts.digits(Fatalities.range(f.low, f.best, f.high), language);
    }

    /** "Taywara, Ghor, Afghanistan" (see {@link Location#where}). */
    static String where(Location l) {
        if (l == null) {
            return "";
        }
        return Location.where(l.place, l.admin2, l.admin1, l.country);
    }

    /** "Battles / Government regains territory", in the page's language. */
    static String type(Claim claim, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        if (claim.eventType == null) {
            return "";
        }
        Language language = Texts.languageOf(locale);
        return Texts.label(claim.eventType, language)
                + (claim.subEventType == null ? "" : " / " + Texts.label(claim.subEventType, language));
    }

    /**
     * "from 21 to 119" when the citations' parsed figures ({@link org.corroborate.evidence.FigureParser}) name
     * different numbers, else null, so a reader sees at once that the sources disagree. Each figure counts by its
     * lower bound, or its upper bound when it has none ("nearly 59" is 59).
     */
    static String figureSpread(ClaimDetails details, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        IntSummaryStatistics numbers = details.statedFigures().stream().map(Citation::figure).filter(Objects::nonNull)
                .mapToInt(f -> f.low() != null ? f.low() : f.high()).summaryStatistics();
        if (numbers.getCount() < 2 || numbers.getMin() == numbers.getMax()) {
            return null;
        }
        Language language = Texts.languageOf(locale);
        return Texts.of(ClaimTexts.class, language).figureSpread(Texts.digits(String.valueOf(numbers.getMin()), language),
                Texts.digits(String.valueOf(numbers.getMax()), language));
    }

    /** The sentence the claim page leads its evidence with, in the page's language. */
    static String evidenceSentence(ClaimPageView view, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return view.evidenceSummary(Texts.languageOf(locale));
    }

    /** "at most 59", "۵۹ تا ۶۰": a figure's reading ({@link Figure#reading()}) in the page's language. */
    static String inWords(Figure figure, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Language language = Texts.languageOf(locale);
        if (language == Language.ENGLISH) {
            return figure.reading();
        }
        ClaimTexts texts = Texts.of(ClaimTexts.class, language);
        return figure.reading(new Figure.Words() {

            public String about(String reading) {
                return texts.figureAbout(reading);
            }

            public String range(String low, String high) {
                return texts.figureRange(low, high);
            }

            public String atLeast(String number) {
                return texts.figureAtLeast(number);
            }

            public String atMost(String number) {
                return texts.figureAtMost(number);
            }

            public String approximate(String reading) {
                return texts.figureApproximate(reading);
            }

            public String number(int n) {
                return Texts.digits(Figure.Words.super.number(n), language);
            }
        });
    }

    /** "4 – Mostly true", "۴ – بیشتر درست". */
    static String ratingName(Review review, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Language language = Texts.languageOf(locale);
        return Texts.digits(String.valueOf(review.rating), language) + " – " + Texts.msg(language).rating(review.rating);
    }

    /** The name of a claim's mean rating ({@link Credibility#label}) in the page's language. */
    static String ratingLabel(Credibility credibility, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        int rating = 0;
        for (int r = Rating.MIN; r <= Rating.MAX; r++) {
            if (Rating.name(r).equals(credibility.label())) {
                rating = r;
            }
        }
        return Texts.msg(Texts.languageOf(locale)).rating(rating);
    }

    /** "Good sources, Single source", with the page's language's names and comma. */
    static String tagLabels(Review review, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        Language language = Texts.languageOf(locale);
        return review.tagSet().stream().map(t -> Texts.label(t, language))
                .collect(Collectors.joining(language.rightToLeft ? "، " : ", "));
    }

    /** "reviewer, editor" in English; each role's name in Dari and Pashto ({@link RoleNames}). */
    static String roleNames(Set<Role> roles, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return RoleNames.of(roles, Texts.languageOf(locale));
    }

    static boolean hasRole(User user, String roleName) {
        return Role.parse(roleName).map(user.roleSet()::contains).orElse(false);
    }

    static String words(String enumName) {
        String lower = enumName.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
