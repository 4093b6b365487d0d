package org.corroborate.i18n;

import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every template rendered for a request that request's interface language ({@link Languages}), so
 * {@code {msg:…}} speaks it. A template rendered outside any request keeps English.
 */
@ApplicationScoped
public class PageLanguage {

    void speakTheRequestsLanguage(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(PageLanguage::setLocale);
    }

    private static void setLocale(TemplateInstance instance) {
        if (instance.getAttribute(TemplateInstance.LOCALE) != null) {
            return;
        }
        instance.setLocale(Languages.ofRequest().locale);
    }
}
