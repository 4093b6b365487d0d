package org.corroborate.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.corroborate.account.Role;

/** What the layout's navigation needs to know about the visitor: {@code {inject:nav.…}} in templates. */
@RequestScoped
@Named("nav")
public class Nav {

    private final CurrentUser user;
    private final HttpServerRequest request;

    Nav(CurrentUser user, HttpServerRequest request) {
        this.user = user;
        this.request = request;
    }

    /**
     * The {@code aria-current} of the navigation link to {@code section}: "page" on that very page, "true" on a
     * page inside it ("/claims/12" is in "/claims"), else null.
     */
    public String current(String section) {
        String path = request.path();
        if (path.equals(section)) {
            return "page";
        }
        return !section.equals("/") && path.startsWith(section + "/") ? "true" : null;
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
