package org.corroborate.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;

import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditLog;
import org.corroborate.input.Inputs;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;

/**
 * Creates accounts, changes their roles and resets their passwords, each recorded in the audit log with who
 * did it. Passwords must meet {@link PasswordPolicy} and are stored only as bcrypt hashes.
 */
@ApplicationScoped
public class AccountService {

    private final Inputs inputs;
    private final AuditLog audit;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final DataSource dataSource;
    private final TokenService tokens;

    AccountService(Inputs inputs, AuditLog audit, SignInThrottle throttle, Clock clock, DataSource dataSource,
            TokenService tokens) {
        this.dataSource = dataSource;
        this.tokens = tokens;
        this.inputs = inputs;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Creates an account on behalf of {@code actor}; 409 when the username is taken. */
    @Transactional
    public User create(UserInput input, String actor) {
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = parseRoles(input == null ? null : input.roles(), errors);
        if (input != null && input.password() != null && !input.password().isBlank()) {
            PasswordPolicy.unmet(input.username(), input.password())
                    .forEach(problem -> errors.add(new FieldError("password", problem)));
        }
        inputs.check(input, errors);
        if (User.findByUsername(input.username()).isPresent()) {
            String taken = input.username();
            throw new Problem(409, t -> t.usernameTaken(taken), List.of(new FieldError("username", ProblemTexts::taken)));
        }
        User user = new User();
        user.username = input.username();
        user.password = BcryptUtil.bcryptHash(input.password());
        user.setRoleSet(roles);
        user.createdAt = Instant.now(clock);
        user.persistAndFlush();
        audit.record(actor, AuditAction.ACCOUNT_CREATED, subject(user), "roles: " + user.roles);
        return user;
    }

    /**
     * Creates the first admin; refused once any account exists, so it cannot be used to take over. The actor is
     * {@link AuditLog#SET_UP_PAGE} or {@link AuditLog#CONFIGURATION}.
     */
    @Transactional
    public User createFirstAdmin(String username, String password, String actor) {
        if (User.count() > 0) {
            throw Problem.forbidden(ProblemTexts::setUpDone);
        }
        return create(new UserInput(username, password, List.of(Role.ADMIN.roleName())), actor);
    }

    /**
     * Gives an account a new password (an admin's reset). Its sign-ins end, its API tokens are revoked (whoever
     * knew the old password may have made some) and its failed sign-ins are forgotten, so the owner can sign in at
     * once with the new password, and nobody with the old one.
     */
    @Transactional
    public User resetPassword(long userId, String password, String actor) {
        User user = User.<User>findByIdOptional(userId).orElseThrow(() -> Problem.notFound("user", userId));
        List<FieldError> errors = PasswordPolicy.unmet(user.username, password).stream()
                .map(problem -> new FieldError("password", problem)).toList();
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        user.password = BcryptUtil.bcryptHash(password);
        user.sessionsValidAfter = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        throttle.forget(user.username);
        int revoked = tokens.revokeAll(user, actor);
        audit.record(actor, AuditAction.PASSWORD_RESET, subject(user),
                "sign-ins ended" + (revoked == 0 ? "" : ", " + revoked + " API token(s) revoked"));
        return user;
    }

    /**
     * The owner's own change of password: the current one must be given (a session left open is not enough), the
     * new one must meet the policy. Every other sign-in of the account ends; answers the moment they end, after
     * which the caller's own sign-in is renewed. API tokens stay (the owner made them and may revoke them).
     */
    @Transactional
    public Instant changeOwnPassword(String username, String currentPassword, String newPassword) {
        User user = User.findByUsername(username).orElseThrow(() -> Problem.forbidden(ProblemTexts::noSuchAccount));
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldError("currentPassword", ProblemTexts::required));
        } else if (!BcryptUtil.matches(currentPassword, user.password)) {
            errors.add(new FieldError("currentPassword", ProblemTexts::notYourPassword));
        }
        if (newPassword == null || newPassword.isEmpty()) {
            errors.add(new FieldError("newPassword", ProblemTexts::required));
        } else {
            PasswordPolicy.unmet(username, newPassword).forEach(p -> errors.add(new FieldError("newPassword", p)));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        user.password = BcryptUtil.bcryptHash(newPassword);
        user.sessionsValidAfter = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        audit.record(username, AuditAction.PASSWORD_CHANGED, subject(user), "other sign-ins ended");
        return user.sessionsValidAfter;
    }

    /**
     * Disables an account (it cannot sign in; its sessions and tokens stop at once, on every instance) or enables
     * it again (tokens still in force work again; sessions must sign in afresh). Its name stays on everything it
     * wrote. An admin cannot disable their own account, nor the last enabled admin.
     */
    @Transactional
    public User setEnabled(long userId, boolean enabled, String actor) {
        User user = User.<User>findByIdOptional(userId).orElseThrow(() -> Problem.notFound("user", userId));
        if (user.enabled == enabled) {
            return user;
        }
        if (!enabled && user.username.equals(actor)) {
            throw Problem.conflict(ProblemTexts::cannotDisableYourself);
        }
        if (!enabled && user.roleSet().contains(Role.ADMIN) && User.count("enabled = true and roles like ?1",
                "%" + Role.ADMIN.roleName() + "%") <= 1) {
            throw Problem.conflict(ProblemTexts::lastEnabledAdmin);
        }
        user.enabled = enabled;
        if (!enabled) {
            user.sessionsValidAfter = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        }
        audit.record(actor, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, subject(user),
                enabled ? "may sign in again" : "sign-ins, sessions and tokens stopped");
        return user;
    }

    @Transactional
    public User changeRoles(long userId, List<String> roleNames, String actor) {
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = parseRoles(roleNames, errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        if (roles.isEmpty()) {
            throw Problem.invalid("roles", ProblemTexts::atLeastOneRole);
        }
        User user = User.<User>findByIdOptional(userId).orElseThrow(() -> Problem.notFound("user", userId));
        if (user.roleSet().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
                && User.count("roles like ?1", "%" + Role.ADMIN.roleName() + "%") <= 1) {
            throw Problem.conflict(ProblemTexts::lastAdmin);
        }
        String before = user.roles;
        user.setRoleSet(roles);
        if (!before.equals(user.roles)) {
            audit.record(actor, AuditAction.ROLES_CHANGED, subject(user), before + " → " + user.roles);
        }
        return user;
    }

    /**
     * The account as a sign-in needs it. Every signed-in request asks, so it is one indexed row read straight
     * from the pool, outside any transaction or persistence session (sign-ins run outside any request's).
     */
    Optional<SignInAccount> forSignIn(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT username, password, roles, sessions_valid_after, enabled, language FROM app_user"
                                + " WHERE username = ?")) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime validAfter = row.getObject(4, OffsetDateTime.class);
                return Optional.of(SignInAccount.of(row.getString(1), row.getString(2), row.getString(3),
                        validAfter == null ? null : validAfter.toInstant(), row.getBoolean(5), row.getString(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the account " + username + " failed", e);
        }
    }

    /**
     * Ends every sign-in of the account made until now, in every browser and on every instance: signing out
     * does this, so a copied session cookie stops working.
     */
    @Transactional
    public void endSessions(String username) {
        User.update("sessionsValidAfter = ?1 where username = ?2", Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                username);
    }

    /** Keeps the interface language a person chose on their account, so every browser they sign in on uses it. */
    @Transactional
    public void chooseLanguage(String username, String languageTag) {
        User.update("language = ?1 where username = ?2", languageTag, username);
    }

    public boolean anyAccountExists() {
        return User.count() > 0;
    }

    public Optional<User> find(String username) {
        return User.findByUsername(username);
    }

    public List<User> list() {
        return User.listAll(Sort.ascending("username"));
    }

    /** One page of the accounts by username, {@code page} counted from 0, and how many there are in all. */
    public UserPage list(int page, int size) {
        var all = User.<User>findAll(Sort.ascending("username"));
        return new UserPage(all.page(page, size).list(), all.count());
    }

    public record UserPage(List<User> items, long total) {
    }

    private static String subject(User user) {
        return "user " + user.username;
    }

    private static Set<Role> parseRoles(List<String> names, List<FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null) {
            return roles;
        }
        for (String name : names) {
            Optional<Role> role = name == null ? Optional.empty() : Role.parse(name);
            if (role.isEmpty()) {
                errors.add(new FieldError("roles", t -> t.unknownRole(name)));
            } else {
                roles.add(role.get());
            }
        }
        return roles;
    }
}
