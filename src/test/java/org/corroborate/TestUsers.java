package org.corroborate;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.account.Role;
import org.corroborate.account.User;

/**
 * Accounts for tests. Every test class shares one application and database, so each test asks for
 * fresh users with {@link #fresh} (unique names) and never assumes an empty database.
 */
@ApplicationScoped
public class TestUsers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The password every test account has. */
    public static String passwordOf(String username) {
        return username + "-test-pw";
    }

    /** A new account with a unique name starting with {@code prefix}. */
    @Transactional
    public String fresh(String prefix, Role... roles) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        return ensure(username, roles);
    }

    /** The account with this name, created with these roles if absent. */
    @Transactional
    public String ensure(String username, Role... roles) {
        if (User.findByUsername(username).isEmpty()) {
            User user = new User();
            user.username = username;
            user.password = BcryptUtil.bcryptHash(passwordOf(username), 4);
            user.setRoleSet(roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)));
            user.createdAt = Instant.now();
            user.persist();
        }
        return username;
    }
}
