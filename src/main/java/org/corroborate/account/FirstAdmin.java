package org.corroborate.account;

import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import org.corroborate.audit.AuditLog;
import org.corroborate.demo.DemoLoader;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;

/**
 * Creates the first admin from configuration on start-up, for installations set up without the set-up page.
 * Runs after the demo loader ({@link #STARTUP_ORDER}): in demo mode the demo accounts exist by then, so they
 * win and the configured admin is not created.
 */
@ApplicationScoped
public class FirstAdmin {

    /** After {@link DemoLoader#STARTUP_ORDER}; lower runs first. */
    public static final int STARTUP_ORDER = DemoLoader.STARTUP_ORDER + 100;

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

    private final FirstAdminConfig config;
    private final AccountService accounts;

    FirstAdmin(FirstAdminConfig config, AccountService accounts) {
        this.config = config;
        this.accounts = accounts;
    }

    void onStart(@Observes @Priority(STARTUP_ORDER) StartupEvent event) {
        createFromConfig(config.username(), config.password());
    }

    /**
     * Creates the admin when both values are set and no account exists yet. Returns the new admin's name, or
     * empty when nothing was to be done. A half-set or invalid configuration stops the start-up with a message
     * naming the setting: an operator who meant to create an admin must not be left with an open set-up page.
     */
    Optional<String> createFromConfig(Optional<String> username, Optional<String> password) {
        if (username.isEmpty() && password.isEmpty()) {
            return Optional.empty();
        }
        if (username.isEmpty() || password.isEmpty()) {
            throw new IllegalStateException("Set both CORROBORATE_ADMIN_USERNAME and CORROBORATE_ADMIN_PASSWORD "
                    + "to create the first admin, or neither (" + (username.isEmpty() ? "the username" : "the password")
                    + " is missing)");
        }
        if (accounts.anyAccountExists()) {
            LOG.infof("An account exists already, so the configured first admin '%s' is not created", username.get());
            return Optional.empty();
        }
        try {
            User admin = accounts.createFirstAdmin(username.get(), password.get(), AuditLog.CONFIGURATION);
            LOG.infof("First admin '%s' created from configuration", admin.username);
            return Optional.of(admin.username);
        } catch (Problem refused) {
            if (refused.status == 403 || refused.status == 409) {
                return anotherInstanceWon(username.get());
            }
            throw new IllegalStateException("The configured first admin is not valid: " + describe(refused), refused);
        } catch (PersistenceException raced) {
            if (accounts.anyAccountExists()) {
                return anotherInstanceWon(username.get());
            }
            throw raced;
        }
    }

    /** Several instances starting at once on one database: one of them creates the admin, the others carry on. */
    private static Optional<String> anotherInstanceWon(String username) {
        LOG.infof("Another instance created an account first, so the configured first admin '%s' is not created here",
                username);
        return Optional.empty();
    }

    private static String describe(Problem problem) {
        if (problem.fields.isEmpty()) {
            return problem.getMessage();
        }
        StringBuilder text = new StringBuilder();
        for (FieldError field : problem.fields) {
            String setting = switch (field.field()) {
                case "username" -> "CORROBORATE_ADMIN_USERNAME";
                case "password" -> "CORROBORATE_ADMIN_PASSWORD";
                default -> field.field();
            };
            text.append(text.length() == 0 ? "" : "; ").append(setting).append(' ').append(field.message());
        }
        return text.toString();
    }
}
