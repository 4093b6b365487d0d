package org.corroborate.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ViewportSize;
import org.junit.jupiter.api.Assumptions;

/**
 * The system's Chromium, driven by Playwright. Playwright never downloads a browser here: the tests use the
 * Chromium the machine has, and are skipped, saying why, when it has none.
 */
final class Chromium implements AutoCloseable {

    /** Where Chromium is looked for unless {@value #PROPERTY} or {@value #VARIABLE} names another path. */
    static final String DEFAULT_PATH = "/usr/bin/chromium";
    static final String PROPERTY = "corroborate.chromium";
    static final String VARIABLE = "CORROBORATE_CHROMIUM";

    static final ViewportSize DESKTOP = new ViewportSize(1280, 800);
    static final ViewportSize PHONE = new ViewportSize(375, 740);

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Path executable() {
        String configured = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        return Path.of(configured == null || configured.isBlank() ? DEFAULT_PATH : configured);
    }

    /** Starts a headless Chromium, or answers null when the machine has none ({@link #assumeRunning} skips). */
    static Chromium launchIfInstalled() {
        Path executable = executable();
        if (!Files.isExecutable(executable)) {
            System.err.println("WARNING " + missing());
            return null;
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                    .setExecutablePath(executable)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** Skips the calling test, saying why, when {@link #launchIfInstalled} found no Chromium. */
    static void assumeRunning(Chromium chromium) {
        Assumptions.assumeTrue(chromium != null, Chromium::missing);
    }

    private static String missing() {
        return "No Chromium at " + executable() + ": the browser tests are skipped. Install the chromium package,"
                + " or name its path with -D" + PROPERTY + "=… or " + VARIABLE + ".";
    }

    /** A browser context of its own (cookies, cache), as a separate person at a separate browser. */
    BrowserContext context(String baseUrl, boolean javaScript, ViewportSize viewport) {
        return browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl).setJavaScriptEnabled(javaScript)
                .setViewportSize(viewport).setLocale("en-GB").setTimezoneId("UTC"));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
