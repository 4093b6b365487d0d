package org.corroborate.account;

import java.time.Duration;

import io.quarkus.security.AuthenticationFailedException;

/**
 * A sign-in attempt refused unchecked because of recent failures; it may be tried again after
 * {@link #retryAfter}. Travels as the cause of an {@link AuthenticationFailedException}, so the security layer
 * treats it as a failed sign-in, and the sign-in mechanisms answer it as a wait.
 */
public class SignInRefused extends RuntimeException {

    public final Duration retryAfter;

    public SignInRefused(Duration retryAfter) {
        super("Too many failed sign-ins", null, false, false);
        this.retryAfter = retryAfter;
    }

    /** The failure a sign-in reports. */
    AuthenticationFailedException asFailure() {
        return new AuthenticationFailedException(getMessage(), this);
    }

    /** Whole seconds to wait, at least one: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** "Try again in 40 seconds." / "in 15 minutes", for people. */
    public String advice() {
        long seconds = retryAfterSeconds();
        if (seconds < 90) {
            return "Try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
        }
        return "Try again in " + (seconds + 59) / 60 + " minutes.";
    }

    /** The refusal somewhere in a failure's causes, or null. */
    static SignInRefused in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SignInRefused refused) {
                return refused;
            }
        }
        return null;
    }
}
