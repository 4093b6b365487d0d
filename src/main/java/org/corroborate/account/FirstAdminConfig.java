package org.corroborate.account;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The first admin, from {@code CORROBORATE_ADMIN_USERNAME} / {@code CORROBORATE_ADMIN_PASSWORD} (or the keys
 * {@code corroborate.admin.username} / {@code corroborate.admin.password}). Both optional; there is no default
 * password.
 */
@ConfigMapping(prefix = "corroborate.admin")
public interface FirstAdminConfig {

    Optional<String> username();

    Optional<String> password();
}
