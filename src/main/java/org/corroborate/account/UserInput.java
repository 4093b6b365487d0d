package org.corroborate.account;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account, from the admin page or {@code POST /api/users}. */
public record UserInput(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "may contain only lower-case letters, digits, '.', '_' and '-'") String username,
        @NotBlank String password, // its strength: PasswordPolicy
        @NotEmpty List<String> roles) {
}
