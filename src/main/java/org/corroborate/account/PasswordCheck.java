package org.corroborate.account;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Checks a username and password, for the login form and for HTTP Basic on the API alike: first whether
 * {@link SignInThrottle} lets the attempt through at all, then the bcrypt hash. Failures are counted; a success
 * forgets the account's failures.
 */
@ApplicationScoped
public class PasswordCheck implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** Compared against when the name is unknown, so an unknown name takes as long as a wrong password. */
    private static final String NOBODY = BcryptUtil.bcryptHash(UUID.randomUUID().toString());

    private final AccountService accounts;
    private final SignInThrottle throttle;
    private final Clock clock;

    PasswordCheck(AccountService accounts, SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> check(request.getUsername(), new String(request.getPassword().getPassword()),
                clientOf(request)));
    }

    private SecurityIdentity check(String username, String password, String client) {
        SignInThrottle.Standing standing = throttle.standing(username, client);
        Optional<java.time.Duration> wait = standing.refusedFor(clock.instant());
        if (wait.isPresent()) {
            throw new SignInRefused(wait.get()).asFailure();
        }
        Optional<SignInAccount> account = accounts.forSignIn(username);
        boolean matches = BcryptUtil.matches(password, account.map(SignInAccount::passwordHash).orElse(NOBODY));
        if (account.isEmpty() || !matches) {
            throttle.failed(username, client);
            throw new AuthenticationFailedException("Wrong username or password");
        }
        if (standing.accountHasFailures()) {
            throttle.forget(username);
        }
        if (!account.get().enabled()) {
            // the right password: not a guess to count, but the account may not sign in
            throw new AuthenticationFailedException("The account is disabled");
        }
        return account.get().identity();
    }

    /** The client's address as this request reached the app (behind a trusted proxy, the forwarded one). */
    private static String clientOf(UsernamePasswordAuthenticationRequest request) {
        RoutingContext context = HttpSecurityUtils.getRoutingContextAttribute(request);
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
