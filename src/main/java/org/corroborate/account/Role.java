package org.corroborate.account;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do. Role names are the strings security annotations check. */
public enum Role {
    REVIEWER, EDITOR, ADMIN;

    public static final String REVIEWER_NAME = "reviewer";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    public String roleName() {
        return name().toLowerCase();
    }

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName().equalsIgnoreCase(name.trim())).findFirst();
    }
}
