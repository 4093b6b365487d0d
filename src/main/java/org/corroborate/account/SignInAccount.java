package org.corroborate.account;

import java.time.Instant;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** An account as signing in needs it: read once per sign-in or request, detached from any persistence session. */
record SignInAccount(String username, String passwordHash, Set<String> roles, Instant sessionsValidAfter,
        boolean enabled, String language) {

    /** The identity attribute holding the account's chosen interface language tag, absent when none was chosen. */
    static final String LANGUAGE = "corroborate.language";

    static SignInAccount of(String username, String passwordHash, String roles, Instant sessionsValidAfter,
            boolean enabled, String language) {
        return new SignInAccount(username, passwordHash,
                Set.copyOf(User.roleSet(roles).stream().map(Role::roleName).toList()), sessionsValidAfter, enabled,
                language);
    }

    /**
     * Whether a sign-in made at {@code signedInAt} is still honoured: the account is enabled and the sign-in was
     * made after the last sign-out or reset.
     */
    boolean honours(Instant signedInAt) {
        return enabled && (sessionsValidAfter == null || signedInAt.isAfter(sessionsValidAfter));
    }

    SecurityIdentity identity() {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username)).addRoles(roles);
        if (language != null) {
            identity.addAttribute(LANGUAGE, language);
        }
        return identity.build();
    }
}
