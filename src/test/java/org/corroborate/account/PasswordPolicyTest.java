package org.corroborate.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

// a QuarkusTest for its messages only: they come from the ProblemTexts bundle, which needs the application
@QuarkusTest
class PasswordPolicyTest {

    @Test
    void aLongEnoughPasswordOfTheUsersOwnPasses() {
        assertThat(PasswordPolicy.problems("alice", "seven-quiet-rivers")).isEmpty();
        assertThat(PasswordPolicy.problems("alice", "Kunduz 2021, third shift")).isEmpty();
        assertThat(PasswordPolicy.problems("alice", "x".repeat(5) + "abcde")).isEmpty();
    }

    @Test
    void lengthIsTenToOneHundredTwentyEight() {
        assertThat(PasswordPolicy.problems("alice", "short-pw1")).containsExactly("must be at least 10 characters");
        assertThat(PasswordPolicy.problems("alice", "k7#qz".repeat(26))).containsExactly("must be at most 128 characters");
        assertThat(PasswordPolicy.problems("alice", "   ")).containsExactly("is required");
        assertThat(PasswordPolicy.problems("alice", null)).containsExactly("is required");
    }

    @Test
    void tooFewDifferentCharactersRunsAndCommonWordsAreRefused() {
        assertThat(PasswordPolicy.problems("alice", "aaaaaaaaaaaa")).contains("must use at least 5 different characters");
        assertThat(PasswordPolicy.problems("alice", "abababababab")).contains("must use at least 5 different characters");
        assertThat(PasswordPolicy.problems("alice", "1234567890")).containsExactly("must not be a run of keys, letters or digits");
        assertThat(PasswordPolicy.problems("alice", "0987654321")).containsExactly("must not be a run of keys, letters or digits");
        assertThat(PasswordPolicy.problems("alice", "QWERTYUIOP")).containsExactly("must not be a run of keys, letters or digits");
        assertThat(PasswordPolicy.problems("alice", "Password2024!"))
                .containsExactly("must not be a common password (a common word with digits or symbols added)");
        assertThat(PasswordPolicy.problems("alice", "!!corroborate99"))
                .containsExactly("must not be a common password (a common word with digits or symbols added)");
    }

    @Test
    void thePasswordMustNotContainTheUsername() {
        assertThat(PasswordPolicy.problems("dora", "Dora-is-careful")).containsExactly("must not contain the username");
        assertThat(PasswordPolicy.problems("dora", "careful-explorer")).isEmpty();
    }
}
