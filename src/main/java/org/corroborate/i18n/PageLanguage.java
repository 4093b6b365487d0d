package org.corroborate.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every template rendered for a request that request's interface language ({@link Languages}), so
 * {@code {msg:…}} speaks it. A template rendered outside any HTTP request keeps English.
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
        instance.setLocale(ofThisRequest().locale);
    }

    /** The request's language; English outside any HTTP request (a job, a test, a request context of its own). */
    private static Language ofThisRequest() {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive() || Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() == null) {
            return Language.ENGLISH;
        }
        return Arc.container().instance(Languages.class).get().current();
    }
}
