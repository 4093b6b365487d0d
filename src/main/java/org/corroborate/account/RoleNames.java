package org.corroborate.account;

import java.util.Collection;
import java.util.stream.Collectors;

import org.corroborate.i18n.Language;
import org.corroborate.i18n.Texts;

/** An account's roles as pages list them: "reviewer, editor" in English, as the API spells them; named in Dari and Pashto. */
public final class RoleNames {

    private RoleNames() {
    }

    public static String of(Collection<Role> roles, Language language) {
        if (language == Language.ENGLISH) {
            return roles.stream().sorted().map(Role::roleName).collect(Collectors.joining(", "));
        }
        return roles.stream().sorted().map(r -> Texts.label(r, language)).collect(Collectors.joining("، "));
    }
}
