package org.corroborate.account;

import java.time.Clock;
import java.time.Instant;
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

import org.corroborate.problem.FieldError;
import org.corroborate.problem.Inputs;
import org.corroborate.problem.Problem;

/** Creates accounts and changes their roles. Passwords are stored only as bcrypt hashes. */
@ApplicationScoped
public class AccountService {

    public static final int PASSWORD_MIN = 10;

    private final Inputs inputs;
    private final Clock clock;

    AccountService(Inputs inputs, Clock clock) {
        this.inputs = inputs;
        this.clock = clock;
    }

    /** Creates an account; 409 when the username is taken. */
    @Transactional
    public User create(UserInput input) {
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = parseRoles(input == null ? null : input.roles(), errors);
        inputs.check(input, errors);
        if (User.findByUsername(input.username()).isPresent()) {
            throw new Problem(409, "The username " + input.username() + " is taken",
                    List.of(new FieldError("username", "is taken")));
        }
        User user = new User();
        user.username = input.username();
        user.password = BcryptUtil.bcryptHash(input.password());
        user.setRoleSet(roles);
        user.createdAt = Instant.now(clock);
        user.persistAndFlush();
        return user;
    }

    /** Creates the first admin; refused once any account exists, so it cannot be used to take over. */
    @Transactional
    public User createFirstAdmin(String username, String password) {
        if (User.count() > 0) {
            throw Problem.forbidden("Set-up is done: an account exists already.");
        }
        return create(new UserInput(username, password, List.of(Role.ADMIN.roleName())));
    }

    @Transactional
    public User changeRoles(long userId, List<String> roleNames) {
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = parseRoles(roleNames, errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        if (roles.isEmpty()) {
            throw Problem.invalid("roles", "must name at least one role");
        }
        User user = User.<User>findByIdOptional(userId).orElseThrow(() -> Problem.notFound("user", userId));
        if (user.roleSet().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)
                && User.count("roles like ?1", "%" + Role.ADMIN.roleName() + "%") <= 1) {
            throw Problem.conflict("This is the last admin: make another admin first.");
        }
        user.setRoleSet(roles);
        return user;
    }

    /** The account as a sign-in needs it, read in a transaction of its own (sign-ins run outside any request's). */
    @Transactional
    Optional<SignInAccount> forSignIn(String username) {
        return User.findByUsername(username).map(SignInAccount::of);
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

    public boolean anyAccountExists() {
        return User.count() > 0;
    }

    public Optional<User> find(String username) {
        return User.findByUsername(username);
    }

    public List<User> list() {
        return User.listAll(Sort.ascending("username"));
    }

    private static Set<Role> parseRoles(List<String> names, List<FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null) {
            return roles;
        }
        for (String name : names) {
            Optional<Role> role = name == null ? Optional.empty() : Role.parse(name);
            if (role.isEmpty()) {
                errors.add(new FieldError("roles", "unknown role '" + name + "': use reviewer, editor or admin"));
            } else {
                roles.add(role.get());
            }
        }
        return roles;
    }
}
