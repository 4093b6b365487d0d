package org.corroborate.claim;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;

import org.corroborate.TestDatabase;
import org.corroborate.web.TestClock;

/** A database of its own and a clock the tests move forward. */
public class MovingClockProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return TestDatabase.ofItsOwn("moving-clock");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestClock.class);
    }
}
