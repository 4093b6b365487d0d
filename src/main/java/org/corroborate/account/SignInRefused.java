package org.corroborate.account;

import java.time.Duration;

import io.quarkus.security.AuthenticationFailedException;

import org.corroborate.i18n.Language;
import org.corroborate.i18n.Texts;

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

    /** "Try again in 40 seconds." / "in 15 minutes", for people: in English, as the API answers. */
    public String advice() {
        long seconds = retryAfterSeconds();
        if (seconds < 90) {
            return "Try again in " + seconds + (seconds == 1 ? " second." : " seconds.");
        }
        return "Try again in " + (seconds + 59) / 60 + " minutes.";
    }

    /** The same advice in a page's language: {@code texts} speaks {@code language}. */
    String advice(AccountTexts texts, Language language) {
        long seconds = retryAfterSeconds();
        if (seconds < 90) {
            return seconds == 1 ? texts.tryAgainInASecond()
                    : texts.tryAgainInSeconds(Texts.digits(String.valueOf(seconds), language));
        }
        return texts.tryAgainInMinutes(Texts.digits(String.valueOf((seconds + 59) / 60), language));
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
