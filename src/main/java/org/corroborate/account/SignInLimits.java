package org.corroborate.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How failed sign-ins are slowed and then refused ({@code corroborate.sign-in.*}), counted per account and per
 * client address. After {@code slow-after} failures within the window each further attempt must wait, twice
 * as long after every failure; after {@code lock-after} failures attempts are refused for {@code lock-duration}.
 * Nothing is refused for longer than that, so a real user is never locked out for good.
 */
@ConfigMapping(prefix = "corroborate.sign-in")
public interface SignInLimits {

    /** Failures older than this are forgotten. */
    @WithDefault("PT15M")
    Duration window();

    /** The wait after the first failure past {@code slow-after}; it doubles with each further failure. */
    @WithDefault("PT2S")
    Duration firstDelay();

    /** How long attempts are refused once {@code lock-after} is reached. */
    @WithDefault("PT15M")
    Duration lockDuration();

    /** Failed sign-ins to one account, from anywhere. */
    Limit account();

    /** Failed sign-ins from one client address, to any accounts (a newsroom may share one address). */
    Limit client();

    interface Limit {
        int slowAfter();

        int lockAfter();
    }
}
