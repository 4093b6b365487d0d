package org.corroborate.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person who signs in. The password is a bcrypt hash; roles are a comma-separated list. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntity {

    @Username
    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Password
    @Column(nullable = false, length = 100)
    public String password;

    @Roles
    @Column(nullable = false, length = 100)
    public String roles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public Set<Role> roleSet() {
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
