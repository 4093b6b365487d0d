package org.corroborate.account;

import java.util.Locale;
import java.util.Optional;

/** What an API token may do with its owner's roles: READ only GETs; WRITE everything the roles allow. */
public enum TokenScope {
    READ, WRITE;

    /** As the API and pages spell it: "read", "write". */
    public String scopeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TokenScope> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (TokenScope scope : values()) {
            if (scope.scopeName().equalsIgnoreCase(name.strip())) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }

    /** Whether a token of this scope may send a request with this HTTP method. */
    public boolean allows(String method) {
        return this == WRITE || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
