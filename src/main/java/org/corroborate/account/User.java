package org.corroborate.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A person who signs in. The password is a bcrypt hash; roles are a comma-separated list. Sign-ins made at or
 * before {@code sessionsValidAfter} are no longer honoured (set by signing out and by a password reset). A disabled
 * account cannot sign in and its sessions and tokens stop; it keeps its name on what it wrote.
 */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Column(nullable = false, length = 100)
    public String password;

    @Column(nullable = false, length = 100)
    public String roles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sessions_valid_after")
    public Instant sessionsValidAfter;

    @Column(nullable = false)
    public boolean enabled = true;

    /** The interface language chosen ({@code Language.tag}), or null to follow the browser's Accept-Language. */
    @Column(length = 16)
    public String language;

    public Set<Role> roleSet() {
        return roleSet(roles);
    }

    /** The roles a stored comma-separated list names; unknown names are left out. */
    static Set<Role> roleSet(String roles) {
        return Arrays.stream(roles.split(",")).map(Role::parse).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public void setRoleSet(Set<Role> roleSet) {
        roles = roleSet.stream().sorted().map(Role::roleName).collect(Collectors.joining(","));
    }

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
