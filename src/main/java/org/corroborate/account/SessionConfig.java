package org.corroborate.account;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a sign-in lasts ({@code corroborate.session.*}). The cookie says when the user signed in and when
 * it was last renewed; every instance checks both against these limits, and the account's
 * {@code sessions_valid_after} stamp in the database, so a sign-out ends the session on the whole fleet.
 */
@ConfigMapping(prefix = "corroborate.session")
public interface SessionConfig {

    /** A sign-in ends after this long without a request. */
    @WithDefault("PT2H")
    Duration idleTimeout();

    /** A sign-in ends this long after it was made, however busy the user is. */
    @WithDefault("PT12H")
    Duration absoluteTimeout();

    /**
     * A request renews the cookie (sliding the idle timeout) when the cookie is older than this; so the idle
     * timeout is exact to within this interval, and most requests set no cookie.
     */
    @WithDefault("PT1M")
    Duration renewAfter();

    /** Refuse to start without a shared session key (a fleet): on in the postgres profile. */
    @WithDefault("false")
    boolean keyRequired();
}
