package org.corroborate.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import org.corroborate.cache.ChangeFeed;
import org.corroborate.cache.ChangeFeed.Topic;
import org.corroborate.cache.FleetCache;

/**
 * The identity behind an API token: its owner as the account is now (current roles), limited by the token's scope,
 * unless the token is unknown, revoked or expired or its owner disabled. A check costs one SHA-256; the token and
 * its owner are read in one indexed read and remembered until a token or an account changes anywhere in the fleet
 * ({@link ChangeFeed}), so most requests read nothing and stay on the I/O thread. A revocation, a disabled account,
 * a password reset (which revokes the owner's tokens) or a role change reaches every instance within milliseconds
 * of its commit. A refused token counts as a failed sign-in from the client's address ({@link SignInThrottle}).
 */
@ApplicationScoped
public class TokenCheck implements IdentityProvider<TokenRequest> {

    /** The identity attribute holding the token's {@link TokenScope}; absent on other sign-ins. */
    public static final String SCOPE = TokenCheck.class.getName() + ".scope";
    /** The identity attribute holding the token's id. */
    public static final String TOKEN_ID = TokenCheck.class.getName() + ".id";

    private static final int REMEMBERED_TOKENS = 10_000;
    private static final long MINUTE_MILLIS = 60_000;

    private final TokenService tokens;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final FleetCache<String, Optional<TokenService.Holder>> remembered;
    /** Per token, when this instance last wrote its use (epoch millis): at most once a minute. */
    private final ConcurrentHashMap<Long, Long> useWritten = new ConcurrentHashMap<>();

    TokenCheck(TokenService tokens, SignInThrottle throttle, Clock clock, ChangeFeed changes) {
        this.tokens = tokens;
        this.throttle = throttle;
        this.clock = clock;
        this.remembered = new FleetCache<>(changes, EnumSet.of(Topic.TOKENS, Topic.ACCOUNTS), REMEMBERED_TOKENS);
    }

    @Override
    public Class<TokenRequest> getRequestType() {
        return TokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenRequest request, AuthenticationRequestContext context) {
        if (!TokenSecret.looksLike(request.secret)) {
            return context.runBlocking(() -> refuse(request.client, "This is not a Corroborate API token."));
        }
        String hash = TokenSecret.hash(request.secret);
        Instant now = clock.instant();
        Optional<Optional<TokenService.Holder>> known = remembered.known(hash);
        if (known.isPresent() && refusal(known.get(), now) == null && !useDue(known.get().get(), now)) {
            return Uni.createFrom().item(identity(known.get().get()));
        }
        return context.runBlocking(() -> {
            Optional<TokenService.Holder> holder = remembered.get(hash, () -> tokens.forCheck(hash));
            String refusal = refusal(holder, now);
            if (refusal != null) {
                return refuse(request.client, refusal);
            }
            if (useDue(holder.get(), now)) {
                useWritten.put(holder.get().tokenId(), now.toEpochMilli());
                tokens.used(holder.get().tokenId(), now);
            }
            return identity(holder.get());
        });
    }

    /** Why the token does not sign in at {@code now}, or null when it does. */
    private static String refusal(Optional<TokenService.Holder> holder, Instant now) {
        if (holder.isEmpty()) {
            return "This token is not known: it may have been mistyped or deleted.";
        }
        TokenService.Holder token = holder.get();
        if (token.revokedAt() != null) {
            return "This token was revoked.";
        }
        if (token.expiresAt() != null && !now.isBefore(token.expiresAt())) {
            return "This token has expired.";
        }
        if (!token.enabled()) {
            return "The account this token belongs to is disabled.";
        }
        return null;
    }

    private boolean useDue(TokenService.Holder token, Instant now) {
        Long written = useWritten.get(token.tokenId());
        return written == null || now.toEpochMilli() - written >= MINUTE_MILLIS;
    }

    /** Counts the failure against the client (unless it is held back already) and refuses. */
    private SecurityIdentity refuse(String client, String reason) {
        SignInThrottle.Standing standing = throttle.standing(null, client);
        Optional<java.time.Duration> wait = standing.refusedFor(clock.instant());
        if (wait.isPresent()) {
            throw new SignInRefused(wait.get()).asFailure();
        }
        throttle.failed(null, client);
        throw new TokenRefused(reason).asFailure();
    }

    private static SecurityIdentity identity(TokenService.Holder token) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(token.username()))
                .addRoles(token.roles()).addAttribute(SCOPE, token.scope()).addAttribute(TOKEN_ID, token.tokenId())
                .build();
    }
}
