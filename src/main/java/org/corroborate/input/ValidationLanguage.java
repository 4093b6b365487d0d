package org.corroborate.input;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

/**
 * Bean Validation's messages are always English: the JSON API answers English whatever {@code Accept-Language}
 * asks (Quarkus would pick one of {@code quarkus.locales} from it), and pages say each rule in their language
 * through the refusal's {@link org.corroborate.problem.Phrase}s instead.
 */
@Singleton
@Priority(Integer.MAX_VALUE)
public class ValidationLanguage implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        return context.getDefaultLocale();
    }
}
