package org.corroborate.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import org.corroborate.account.Role;
import org.corroborate.citation.Stance;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.DatePrecision;
import org.corroborate.claim.EventType;
import org.corroborate.claim.PlacePrecision;
import org.corroborate.claim.SubEventType;
import org.corroborate.claim.Verdict;
import org.corroborate.review.ReviewTag;
import org.corroborate.source.SourceKind;
import org.corroborate.workflow.Decision;

/**
 * Message bundles from Java, for what pages show that Java composes (flash messages, choices, labels): a bundle in a
 * language, the language of a template's locale, and the name of an enum value in a language.
 */
public final class Texts {

    private Texts() {
    }

    /** The bundles looked up so far, per language: each is a singleton bean, and a CDI look-up per message cost pages. */
    private static final List<Map<Class<?>, Object>> BUNDLES = perLanguage();

    /**
     * {@code bundle} (an {@code @MessageBundle} interface) speaking {@code language}, its messages remembered
     * ({@link Said}).
     */
    public static <T> T of(Class<T> bundle, Language language) {
        return bundle.cast(BUNDLES.get(language.ordinal()).computeIfAbsent(bundle,
                b -> Said.remembering(b, language == Language.ENGLISH ? MessageBundles.get(b)
                        : MessageBundles.get(b, Localized.Literal.of(language.tag)), language == Language.ENGLISH)));
    }

    private static <K, V> List<Map<K, V>> perLanguage() {
        return Arrays.stream(Language.values()).<Map<K, V>>map(language -> new ConcurrentHashMap<>()).toList();
    }

    /** The shared bundle in {@code language}. */
    public static Msg msg(Language language) {
        return of(Msg.class, language);
    }

    /** The language of a template instance's locale attribute (a {@link Locale} or a tag); English when none. */
    public static Language languageOf(Object locale) {
        if (locale instanceof Locale l) {
            for (Language language : Language.values()) {
                if (language.locale.equals(l)) {
                    return language; // the page's own locale, set by PageLanguage: no tag to write and parse again
                }
            }
            return Language.ofTag(l.toLanguageTag()).orElse(Language.ENGLISH);
        }
        return Language.ofTag(locale == null ? null : locale.toString()).orElse(Language.ENGLISH);
    }

    /**
     * The enum values' names said so far, per language. Each is a message without parameters, so it never changes:
     * a claim list of 50 rows names a status or verdict on every row, and here that is one map look-up, without the
     * bundle's call and the request's language its remembering ({@link Said}) asks for.
     */
    private static final List<Map<Enum<?>, String>> LABELS = perLanguage();

    /** An enum value's name in {@code language}: "Verified", "تأییدشده", "تایید شوی". */
    public static String label(Enum<?> value, Language language) {
        if (value == null) {
            return "";
        }
        return LABELS.get(language.ordinal()).computeIfAbsent(value, v -> said(v, language));
    }

    private static String said(Enum<?> value, Language language) {
        Msg msg = msg(language);
        if (value instanceof Verdict v) {
            return msg.verdict(v);
        } else if (value instanceof ClaimStatus s) {
            return msg.status(s);
        } else if (value instanceof Stance s) {
            return msg.stance(s);
        } else if (value instanceof EventType t) {
            return msg.eventType(t);
        } else if (value instanceof SubEventType t) {
            return msg.subEventType(t);
        } else if (value instanceof DatePrecision p) {
            return msg.datePrecision(p);
        } else if (value instanceof PlacePrecision p) {
            return msg.placePrecision(p);
        } else if (value instanceof SourceKind k) {
            return msg.sourceKind(k);
        } else if (value instanceof ReviewTag t) {
            return msg.reviewTag(t);
        } else if (value instanceof Role r) {
            return msg.role(r);
        } else if (value instanceof Decision d) {
            return msg.decision(d);
        }
        throw new IllegalArgumentException("No message names the values of " + value.getClass().getName()
                + ": add a method for it to Msg and its keys to the messages files");
    }

    /**
     * An ISO date ("2021-06-23") as the language writes it: in Dari and Pashto with Eastern digits, kept left to right
     * by Unicode isolates (LRI…PDI), since hyphens do not hold Eastern digits together and the parts would run in
     * reverse order on a right-to-left page.
     */
    public static String isoDate(java.time.LocalDate date, Language language) {
        return language.rightToLeft ? "\u2066" + digits(date.toString(), language) + "\u2069" : date.toString();
    }

    /** Digits as the language writes them: Eastern Arabic-Indic (۰–۹) in Dari and Pashto, else as they are. */
    public static String digits(String text, Language language) {
        if (!language.rightToLeft || text == null) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }
}
