package org.corroborate.problem;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;

import org.corroborate.i18n.Texts;

/** A number a rule holds as text ("-90"), written as the message's language writes digits: {@code {value.digits}}. */
@TemplateExtension
public class ProblemTextExtensions {

    static String digits(String text, @TemplateAttribute(TemplateInstance.LOCALE) Object locale) {
        return Texts.digits(text, Texts.languageOf(locale));
    }
}
