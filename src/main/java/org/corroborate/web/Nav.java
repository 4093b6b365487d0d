package org.corroborate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.corroborate.account.Role;

/** What the layout's navigation needs to know about the visitor: {@code {inject:nav.…}} in templates. */
@RequestScoped
@Named("nav")
public class Nav {

    private final CurrentUser user;

    Nav(CurrentUser user) {
        this.user = user;
    }

    public boolean signedIn() {
        return user.signedIn();
    }

    public String username() {
        return user.username();
    }

    public boolean canWrite() {
        return user.canWrite();
    }

    public boolean editor() {
        return user.has(Role.EDITOR);
    }

    public boolean admin() {
        return user.has(Role.ADMIN);
    }
}
