package org.corroborate.i18n;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;

/** Templates' words for values, in the page's language: {@code {claim.verdict.text}}, {@code {count.num}}. */
@TemplateExtension
public class TextExtensions {

    /** An enum value's name in the page's language. */
    static String text(Enum<?> value, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return Texts.label(value, Texts.languageOf(locale));
    }

    /** A number as the page's language writes it: "۱۲" in Dari and Pashto, "12" in English. */
    static String num(Number value, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return Texts.digits(String.valueOf(value), Texts.languageOf(locale));
    }
}
