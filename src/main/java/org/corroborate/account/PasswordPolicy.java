package org.corroborate.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.corroborate.problem.Phrase;
import org.corroborate.problem.ProblemTexts;

/**
 * The minimum strength of a password an account is given (created through the API, the admin page, the set-up
 * page or the configured first admin, or reset by an admin). No rules about mixing character classes: length,
 * enough different characters, and none of what attackers try first. The demo accounts' published passwords
 * are the one exception (they are loaded directly, in demo mode only).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT = 5;

    /** Runs of keys and letters; a password that is a stretch of one, either way round, is refused. */
    private static final List<String> RUNS = List.of("01234567890", "abcdefghijklmnopqrstuvwxyz",
            "qwertyuiop", "asdfghjkl", "zxcvbnm", "qwertzuiop", "azertyuiop", "1qaz2wsx3edc4rfv5tgb", "zaq12wsxcde34rfv");

    /** Words guessed first; a password that is one of them with only digits or symbols around it is refused. */
    private static final Set<String> COMMON_WORDS = Set.of("password", "passwort", "passw0rd", "p@ssword", "p@ssw0rd",
            "qwerty", "letmein", "welcome", "admin", "administrator", "iloveyou", "monkey", "dragon", "football",
            "baseball", "sunshine", "princess", "changeme", "secret", "trustno1", "master", "login", "whatever",
            "corroborate", "editor", "reviewer", "newsroom", "factcheck", "journalist");

    private PasswordPolicy() {
    }

    /** What is wrong with {@code password} for the account {@code username}; empty when it is strong enough. */
    public static List<String> problems(String username, String password) {
        return unmet(username, password).stream().map(Phrase::english).toList();
    }

    /** As {@link #problems}, said in any language. */
    public static List<Phrase> unmet(String username, String password) {
        List<Phrase> problems = new ArrayList<>();
        if (password == null || password.isBlank()) {
            return List.of(ProblemTexts::required);
        }
        if (password.length() < MIN_LENGTH) {
            problems.add(t -> t.atLeastCharacters(MIN_LENGTH));
        } else if (password.length() > MAX_LENGTH) {
            problems.add(t -> t.atMostCharacters(MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() < MIN_DISTINCT) {
            problems.add(t -> t.differentCharacters(MIN_DISTINCT));
        }
        if (username != null && username.strip().length() >= 3 && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add(ProblemTexts::notTheUsername);
        }
        if (isRun(lower)) {
            problems.add(ProblemTexts::notARun);
        } else if (COMMON_WORDS.contains(lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""))
                || COMMON_WORDS.contains(lower)) {
            problems.add(ProblemTexts::notCommon);
        }
        return problems;
    }

    private static boolean isRun(String lower) {
        for (String run : RUNS) {
            if (run.contains(lower) || new StringBuilder(run).reverse().toString().contains(lower)) {
                return true;
            }
        }
        return false;
    }
}
