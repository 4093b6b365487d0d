package org.corroborate.problem;

import org.corroborate.i18n.Language;
import org.corroborate.i18n.Texts;

/**
 * A refusal's words, said in any interface language through {@link ProblemTexts}: {@code t -> t.wholeNumber()}.
 * The JSON API says the English; a page says them in its own language.
 */
@FunctionalInterface
public interface Phrase {

    String in(ProblemTexts texts);

    default String in(Language language) {
        return in(Texts.of(ProblemTexts.class, language));
    }

    /** The English the API answers. */
    default String english() {
        return in(Language.ENGLISH);
    }
}
