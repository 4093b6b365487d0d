package org.corroborate.account;

import io.quarkus.security.AuthenticationFailedException;

/**
 * Why a bearer token does not sign in (unknown, revoked, expired, owner disabled), for the 401's message. Travels
 * as the cause of an {@link AuthenticationFailedException}, as {@link SignInRefused} does.
 */
final class TokenRefused extends RuntimeException {

    TokenRefused(String reason) {
        super(reason, null, false, false);
    }

    AuthenticationFailedException asFailure() {
        return new AuthenticationFailedException(getMessage(), this);
    }

    /** The refusal somewhere in a failure's causes, or null. */
    static TokenRefused in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TokenRefused refused) {
                return refused;
            }
        }
        return null;
    }
}
