package org.corroborate.account;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The identity behind a session cookie {@link PageSignIn} has opened: the account as it is now (its current
 * roles), provided it still exists and has not signed out (or had its password reset) since the sign-in. One
 * read of the account per request, as before.
 */
@ApplicationScoped
public class SessionCheck implements IdentityProvider<TrustedAuthenticationRequest> {

    /** The request attribute holding the sign-in's {@link Instant}. */
    static final String SIGNED_IN_AT = SessionCheck.class.getName() + ".signedInAt";

    private final AccountService accounts;

    SessionCheck(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        Instant signedInAt = request.getAttribute(SIGNED_IN_AT);
        return context.runBlocking(() -> {
            Optional<SignInAccount> account = accounts.forSignIn(request.getPrincipal());
            if (signedInAt == null || account.isEmpty() || !account.get().honours(signedInAt)) {
                throw new AuthenticationFailedException("The session has ended");
            }
            return account.get().identity();
        });
    }
}
