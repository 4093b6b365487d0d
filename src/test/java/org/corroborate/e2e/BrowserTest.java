package org.corroborate.e2e;

import java.net.URL;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.corroborate.TestUsers;

/**
 * What every browser test class shares: one Chromium for the class (its tests skipped, saying why, when none is
 * installed), the running app's root and fresh users.
 */
abstract class BrowserTest {

    static Chromium chromium;

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestUsers users;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.launchIfInstalled();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @BeforeEach
    void needsChromium() {
        Chromium.assumeRunning(chromium);
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
