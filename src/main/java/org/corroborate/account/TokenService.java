package org.corroborate.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;

import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;

/**
 * Makes, lists and revokes API tokens, each creation and revocation in the audit log. Owners manage their own;
 * admins list and revoke anyone's. Tokens are checked on each request by {@link TokenCheck}.
 */
@ApplicationScoped
public class TokenService {

    /** What a token is asked for with: {@code expiresAt} an ISO date or date-time (UTC unless it says), optional. */
    public record TokenInput(String name, String scope, String expiresAt) {
    }

    /** A new token and its secret, which is never shown again. */
    public record Created(long id, String name, String scope, Instant expiresAt, String token) {
    }

    /** A token as its owner or an admin sees it (never its secret nor its hash). */
    public record TokenView(long id, String owner, String name, String scope, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt, String revokedBy) {

        /** Neither revoked nor expired at {@code now}. */
        public boolean activeAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** A token as a request's check needs it, with its owner as the account is now. */
    record Holder(long tokenId, TokenScope scope, Instant expiresAt, Instant revokedAt, String username,
            Set<String> roles, boolean enabled) {
    }

    private final AuditLog audit;
    private final Clock clock;
    private final DataSource dataSource;
    private final EntityManager entities;

    TokenService(AuditLog audit, Clock clock, DataSource dataSource, EntityManager entities) {
        this.audit = audit;
        this.clock = clock;
        this.dataSource = dataSource;
        this.entities = entities;
    }

    /** A new token of {@code username}'s; 400 naming each field that is wrong. */
    @Transactional
    public Created create(String username, TokenInput input) {
        List<FieldError> errors = new ArrayList<>();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String name = input == null || input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", ProblemTexts::required));
        } else if (name.length() > ApiToken.NAME_MAX) {
            errors.add(new FieldError("name", t -> t.atMostCharacters(ApiToken.NAME_MAX)));
        }
        Optional<TokenScope> scope = TokenScope.parse(input == null ? null : input.scope());
        if (scope.isEmpty()) {
            errors.add(new FieldError("scope", ProblemTexts::readOrWrite));
        }
        Instant expiresAt = null;
        if (input != null && input.expiresAt() != null && !input.expiresAt().isBlank()) {
            expiresAt = parseMoment(input.expiresAt().strip());
            if (expiresAt == null) {
                errors.add(new FieldError("expiresAt", ProblemTexts::dateOrDateTime));
            } else if (!expiresAt.isAfter(now)) {
                errors.add(new FieldError("expiresAt", ProblemTexts::inTheFuture));
            }
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        User owner = User.findByUsername(username).orElseThrow(() -> Problem.forbidden(ProblemTexts::noSuchAccount));
        String secret = TokenSecret.generate();
        ApiToken token = new ApiToken();
        token.owner = owner;
        token.name = name;
        token.scope = scope.get();
        token.secretHash = TokenSecret.hash(secret);
        token.createdAt = now;
        token.expiresAt = expiresAt == null ? null : expiresAt.truncatedTo(ChronoUnit.MICROS);
        token.persistAndFlush();
        ApiTokenUse use = new ApiTokenUse();
        use.tokenId = token.id;
        use.persist();
        audit.record(username, AuditAction.TOKEN_CREATED, "user " + username,
                "token " + token.id + " '" + name + "', " + token.scope.scopeName()
                        + (token.expiresAt == null ? ", no expiry" : ", expires " + token.expiresAt));
        return new Created(token.id, token.name, token.scope.scopeName(), token.expiresAt, secret);
    }

    /** An ISO date (the start of that day, UTC), date-time with an offset, or local date-time (UTC); else null. */
    static Instant parseMoment(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // try the next shape
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // try the next shape
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** {@code username}'s tokens, newest first, revoked and expired ones included. */
    @Transactional
    public List<TokenView> list(String username) {
        return entities.createQuery("""
                select t, u.lastUsedAt from ApiToken t join fetch t.owner o left join ApiTokenUse u on u.tokenId = t.id
                where o.username = ?1 order by t.createdAt desc, t.id desc""", Object[].class)
                .setParameter(1, username).getResultList().stream()
                .map(row -> view((ApiToken) row[0], (Instant) row[1])).toList();
    }

    private static TokenView view(ApiToken t, Instant lastUsedAt) {
        return new TokenView(t.id, t.owner.username, t.name, t.scope.scopeName(), t.createdAt, t.expiresAt,
                lastUsedAt == null ? null : lastUsedAt.truncatedTo(ChronoUnit.MINUTES), t.revokedAt, t.revokedBy);
    }

    /**
     * Revokes a token: its owner's, or anyone's for an admin (404 for anyone else, as for a token that does not
     * exist). Revoking a revoked token changes nothing.
     */
    @Transactional
    public TokenView revoke(long id, String actor, boolean admin) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .filter(t -> admin || t.owner.username.equals(actor))
                .orElseThrow(() -> Problem.notFound("token", id));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            token.revokedBy = actor;
            audit.record(actor, AuditAction.TOKEN_REVOKED, "user " + token.owner.username,
                    "token " + token.id + " '" + token.name + "'");
        }
        return view(token, null);
    }

    /** Revokes every token of the account still in force (an admin's password reset); answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    int revokeAll(User owner, String actor) {
        return ApiToken.update("revokedAt = ?1, revokedBy = ?2 where owner = ?3 and revokedAt is null",
                clock.instant().truncatedTo(ChronoUnit.MICROS), actor, owner);
    }

    /**
     * The token whose secret hashes to {@code secretHash}, with its owner: one read by unique key, straight from the
     * pool, outside any transaction (a request's check runs before the request's own).
     */
    Optional<Holder> forCheck(String secretHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT t.id, t.scope, t.expires_at, t.revoked_at, u.username, u.roles, u.enabled
                        FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.secret_hash = ?""")) {
            select.setString(1, secretHash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Holder(row.getLong(1), TokenScope.valueOf(row.getString(2)),
                        instant(row.getObject(3, OffsetDateTime.class)), instant(row.getObject(4, OffsetDateTime.class)),
                        row.getString(5), Set.copyOf(User.roleSet(row.getString(6)).stream().map(Role::roleName).toList()),
                        row.getBoolean(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a token failed", e);
        }
    }

    /**
     * Notes that the token was used at {@code at}, unless a use within the minute before is noted already: one
     * indexed update on a table no instance remembers (plain JDBC: no transaction, nothing announced).
     */
    void used(long tokenId, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE api_token_use SET last_used_at = ? WHERE token_id = ? "
                                + "AND (last_used_at IS NULL OR last_used_at < ?)")) {
            update.setObject(1, at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            update.setLong(2, tokenId);
            update.setObject(3, at.minus(1, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Noting a token's use failed", e);
        }
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
