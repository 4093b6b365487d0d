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

import org.corroborate.cache.ChangeFeed.Topic;
import org.corroborate.cache.ChangeFeed;
import org.corroborate.cache.FleetCache;

/**
 * The identity behind a session cookie {@link PageSignIn} has opened: the account as it is now (its current
 * roles), provided it still exists and has not signed out (or had its password reset) since the sign-in. The
 * account is remembered until any account changes anywhere in the fleet ({@link ChangeFeed}), so most requests
 * are checked without reading the database or leaving the I/O thread; a sign-out, password reset or role change
 * on another instance reaches this one within milliseconds of its commit (and at once on this one).
 */
@ApplicationScoped
public class SessionCheck implements IdentityProvider<TrustedAuthenticationRequest> {

    /** The request attribute holding the sign-in's {@link Instant}. */
    static final String SIGNED_IN_AT = SessionCheck.class.getName() + ".signedInAt";

    /** Past this many signed-in accounts the remembered ones start over. */
    private static final int REMEMBERED_ACCOUNTS = 10_000;

    private final AccountService accounts;
    private final FleetCache<String, Optional<SignInAccount>> remembered;

    SessionCheck(AccountService accounts, ChangeFeed changes) {
        this.accounts = accounts;
        this.remembered = new FleetCache<>(changes, Topic.ACCOUNTS, REMEMBERED_ACCOUNTS);
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        Instant signedInAt = request.getAttribute(SIGNED_IN_AT);
        String username = request.getPrincipal();
        Optional<Optional<SignInAccount>> known = remembered.known(username);
        if (known.isPresent()) {
            return Uni.createFrom().item(() -> identity(known.get(), signedInAt));
        }
        return context.runBlocking(
                () -> identity(remembered.get(username, () -> accounts.forSignIn(username)), signedInAt));
    }

    private static SecurityIdentity identity(Optional<SignInAccount> account, Instant signedInAt) {
        if (signedInAt == null || account.isEmpty() || !account.get().honours(signedInAt)) {
            throw new AuthenticationFailedException("The session has ended");
        }
        return account.get().identity();
    }
}
