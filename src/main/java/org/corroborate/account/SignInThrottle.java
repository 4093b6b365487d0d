package org.corroborate.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Slows and then refuses repeated failed sign-ins, per account and per client address, with the counts in the
 * database so every instance of a fleet sees the same ones ({@link SignInLimits}). A sign-in reads at most two
 * rows by key before its password is checked; only failures write, so successful requests stay cheap.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Longest part of a name or address kept in a key. */
    private static final int KEY_PART_MAX = 150;

    /**
     * What the recorded failures say about an attempt now: refused until some moment, or allowed; and whether
     * the account has failures to forget when the attempt succeeds.
     */
    public record Standing(Optional<Instant> refusedUntil, boolean accountHasFailures) {

        public Optional<Duration> refusedFor(Instant now) {
            return refusedUntil.map(until -> Duration.between(now, until));
        }
    }

    private final SignInLimits limits;
    private final EntityManager entities;
    private final Clock clock;

    SignInThrottle(SignInLimits limits, EntityManager entities, Clock clock) {
        this.limits = limits;
        this.entities = entities;
        this.clock = clock;
    }

    static String accountKey(String username) {
        return "account:" + cut(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String clientKey(String address) {
        return "client:" + cut(address == null ? "unknown" : address);
    }

    /**
     * Whether a sign-in to {@code username} from {@code client} may be tried now. One read by primary key. A null
     * username is a sign-in that names no account (an API token): only the client's failures count.
     */
    @Transactional
    public Standing standing(String username, String client) {
        Instant now = clock.instant();
        String account = username == null ? null : accountKey(username);
        List<SignInFailure> rows = SignInFailure.list("key in ?1",
                account == null ? List.of(clientKey(client)) : List.of(account, clientKey(client)));
        Optional<Instant> until = Optional.empty();
        boolean accountHasFailures = false;
        for (SignInFailure row : rows) {
            boolean isAccount = account != null && row.key.equals(account);
            accountHasFailures |= isAccount;
            Optional<Instant> refused = refusedUntil(row, isAccount ? limits.account() : limits.client(), now);
            if (refused.isPresent() && (until.isEmpty() || refused.get().isAfter(until.get()))) {
                until = refused;
            }
        }
        return new Standing(until, accountHasFailures);
    }

    /**
     * Counts a failed sign-in against the account and the client, locking either once it reaches its limit; a null
     * username (a bad API token) counts against the client alone.
     */
    public void failed(String username, String client) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (username != null) {
            count(accountKey(username), limits.account(), now);
        }
        count(clientKey(client), limits.client(), now);
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                "DELETE FROM sign_in_failure WHERE last_failure_at < ?1 AND (locked_until IS NULL OR locked_until < ?2)")
                .setParameter(1, now.minus(limits.window())).setParameter(2, now).executeUpdate());
    }

    /** A successful sign-in (or a password reset) forgets the account's failures; the client's stay until they age. */
    @Transactional
    public void forget(String username) {
        SignInFailure.delete("key", accountKey(username));
    }

    private Optional<Instant> refusedUntil(SignInFailure row, SignInLimits.Limit limit, Instant now) {
        if (row.lockedUntil != null && now.isBefore(row.lockedUntil)) {
            return Optional.of(row.lockedUntil);
        }
        boolean forgotten = row.lastFailureAt.isBefore(now.minus(limits.window()));
        if (forgotten || row.failures < limit.slowAfter() || row.failures >= limit.lockAfter()) {
            return Optional.empty();
        }
        Instant next = row.lastFailureAt.plus(delayAfter(row.failures - limit.slowAfter()));
        return now.isBefore(next) ? Optional.of(next) : Optional.empty();
    }

    /** The first delay, doubled {@code doublings} times, never longer than a lock. */
    private Duration delayAfter(int doublings) {
        Duration delay = limits.firstDelay();
        for (int i = 0; i < doublings && delay.compareTo(limits.lockDuration()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(limits.lockDuration()) < 0 ? delay : limits.lockDuration();
    }

    /**
     * Adds one failure to the key's row in one statement, so instances failing the same key at once each count;
     * a key without a row gets one, and when another instance inserts it first the update runs again. (The cast:
     * PostgreSQL types a bare parameter in a CASE branch as text.)
     */
    private void count(String key, SignInLimits.Limit limit, Instant now) {
        Instant lockedUntil = now.plus(limits.lockDuration());
        Instant windowStart = now.minus(limits.window());
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = QuarkusTransaction.requiringNew().call(() -> entities.createNativeQuery("""
                    UPDATE sign_in_failure SET
                        failures = CASE WHEN last_failure_at < ?1 THEN 1 ELSE failures + 1 END,
                        locked_until = CASE WHEN (CASE WHEN last_failure_at < ?1 THEN 1 ELSE failures + 1 END) >= ?2
                                       THEN CAST(?3 AS TIMESTAMP WITH TIME ZONE) ELSE NULL END,
                        last_failure_at = ?4
                    WHERE throttle_key = ?5""")
                    .setParameter(1, windowStart).setParameter(2, limit.lockAfter()).setParameter(3, lockedUntil)
                    .setParameter(4, now).setParameter(5, key).executeUpdate());
            if (updated > 0) {
                return;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    SignInFailure row = new SignInFailure();
                    row.key = key;
                    row.failures = 1;
                    row.lastFailureAt = now;
                    row.lockedUntil = limit.lockAfter() <= 1 ? lockedUntil : null;
                    row.persistAndFlush();
                });
                return;
            } catch (PersistenceException | QuarkusTransactionException inserted) {
                // another instance inserted the row first: count on it
                if (attempt == 2) {
                    throw inserted;
                }
            }
        }
    }

    private static String cut(String text) {
        return text.length() > KEY_PART_MAX ? text.substring(0, KEY_PART_MAX) : text;
    }
}
