package org.corroborate.account;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

import org.corroborate.TestDatabase;
import org.corroborate.web.TestClock;

/**
 * Sign-in limits and session timeouts under test: a database of its own (the limits count per address, and every
 * test elsewhere signs in from 127.0.0.1), a clock the tests move forward, small known limits, and forwarded
 * headers honoured as behind the postgres profile's proxy, so tests can be different clients or come over HTTPS.
 */
public class SignInTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TestDatabase.ofItsOwn("sign-in"));
        config.putAll(Map.of(
                "corroborate.sign-in.window", "PT15M",
                "corroborate.sign-in.first-delay", "PT10S",
                "corroborate.sign-in.lock-duration", "PT15M",
                "corroborate.sign-in.account.slow-after", "3",
                "corroborate.sign-in.account.lock-after", "6",
                "corroborate.sign-in.client.slow-after", "8",
                "corroborate.sign-in.client.lock-after", "12"));
        config.putAll(Map.of(
                "corroborate.session.idle-timeout", "PT30M",
                "corroborate.session.absolute-timeout", "PT2H",
                "corroborate.session.renew-after", "PT1M",
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.enable-forwarded-host", "true"));
        return config;
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestClock.class);
    }
}
