package org.corroborate.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface languages: English (the default), Dari and Pashto. Each has the tag pages carry in {@code lang}, the
 * direction its script runs and its name in itself, as the language switch shows it. The JSON API stays English.
 */
public enum Language {

    ENGLISH("en", "English", false),
    DARI("fa-AF", "دری", true),
    PASHTO("ps-AF", "پښتو", true);

    public final String tag;
    public final String nativeName;
    public final boolean rightToLeft;
    public final Locale locale;

    Language(String tag, String nativeName, boolean rightToLeft) {
        this.tag = tag;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(tag);
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /**
     * The language a tag names: "fa-AF", "fa" and "prs" (ISO 639-3 for Dari) are Dari, "ps-AF", "ps" and "pbt"/"pus"
     * Pashto, any "en" English. Case does not matter; anything else is empty.
     */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return switch (language) {
            case "en" -> Optional.of(ENGLISH);
            case "fa", "prs" -> Optional.of(DARI);
            case "ps", "pbt", "pbu", "pus" -> Optional.of(PASHTO);
            default -> Optional.empty();
        };
    }

    /** The first language of an {@code Accept-Language} header the interface speaks, by the header's weights. */
    public static Optional<Language> accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0) {
                Optional<Language> language = ofTag(range.getRange());
                if (language.isPresent()) {
                    return language;
                }
            }
        }
        return Optional.empty();
    }
}
