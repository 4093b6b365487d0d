package org.corroborate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The axe-core version check the browser tests rely on: a too old axe would pass pages users' checkers refuse. */
class PageChecksTest {

    @Test
    void versionsCompareNumberByNumber() {
        assertThat(PageChecks.atLeast("4.11.1", "4.10")).isTrue();
        assertThat(PageChecks.atLeast("4.10.0", "4.10")).isTrue();
        assertThat(PageChecks.atLeast("5.0.0", "4.10")).isTrue();
        assertThat(PageChecks.atLeast("4.9.1", "4.10")).as("9 is less than 10, though \"9\" sorts after \"10\"").isFalse();
        assertThat(PageChecks.atLeast("4.6.3", "4.10")).isFalse();
        assertThat(PageChecks.atLeast("undefined", "4.10")).isFalse();
    }
}
