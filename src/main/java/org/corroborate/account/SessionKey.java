package org.corroborate.account;

import java.util.Optional;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The key that encrypts the sign-in cookie. The cookie carries the whole session, so every instance of a fleet
 * must share the key, or a request landing on another instance finds its user signed out. Without a key Quarkus
 * makes a random one per start: fine for one embedded instance (sessions end on restart), wrong for a fleet. So
 * where a fleet is expected ({@code corroborate.session.key-required}, on in the postgres profile) the start-up
 * stops; elsewhere it warns.
 */
@ApplicationScoped
public class SessionKey {

    static final String SETTING = "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY";
    static final int MIN_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(SessionKey.class);

    private final Optional<String> key;
    private final boolean required;

    SessionKey(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key,
            SessionConfig config) {
        this.key = key;
        this.required = config.keyRequired();
    }

    void onStart(@Observes StartupEvent event) {
        check(key, required).ifPresent(warning -> {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                LOG.warn(warning);
            }
        });
    }

    /**
     * Nothing when the key is fit for a fleet; otherwise the warning to log, or, when a key is required, an
     * {@link IllegalStateException} that stops the start-up.
     */
    static Optional<String> check(Optional<String> key, boolean required) {
        String problem;
        if (key.isEmpty() || key.get().isBlank()) {
            problem = SETTING + " is not set: sign-ins last only until this instance restarts and are not "
                    + "recognised by other instances.";
        } else if (key.get().length() < MIN_LENGTH) {
            problem = SETTING + " is shorter than " + MIN_LENGTH + " characters.";
        } else {
            return Optional.empty();
        }
        String advice = " Set it to the same random value (e.g. `openssl rand -base64 48`) on every instance.";
        if (required) {
            throw new IllegalStateException(problem + advice);
        }
        return Optional.of(problem + advice);
    }
}
