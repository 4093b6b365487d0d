package org.corroborate.web;

import java.util.EnumSet;
import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

import org.corroborate.account.Role;

/** The signed-in user of this request, in the domain's terms: a username and a set of roles. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** The username, or null for an anonymous visitor. */
    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The interface language tag the account chose, or null (anonymous, or none chosen). */
    public String language() {
        return identity.isAnonymous() ? null : identity.getAttribute("corroborate.language");
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (identity.hasRole(role.roleName())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean has(Role role) {
        return identity.hasRole(role.roleName());
    }

    /** Reviewers and editors write claims, citations and reviews. */
    public boolean canWrite() {
        return has(Role.REVIEWER) || has(Role.EDITOR);
    }
}
