package org.corroborate.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;

/**
 * What the browser tests check on every main page: accessibility (axe-core, run in the page), weight (the HTML,
 * CSS and JavaScript a first visit loads), that nothing is fetched from another host, and screenshots.
 */
final class PageChecks {

    /** The most HTML, CSS and JavaScript one page may need, fonts aside. */
    static final long MAX_PAGE_BYTES = 100 * 1024;

    /**
     * Where the screenshots go, relative to the project: target/screenshots, so a test run leaves the checkout as
     * it was; {@code -Dcorroborate.screenshots=docs/screenshots} refreshes the ones the README shows.
     */
    static final Path SCREENSHOTS = Path.of(System.getProperty("corroborate.screenshots", "target/screenshots"));

    /** At the root of com.deque.html.axe-core:playwright's jar. */
    private static final String AXE_SCRIPT = "/axe.min.js";
    /** The oldest axe-core the checks accept: older ones miss rules users' checkers apply (scrollable-region-focusable). */
    static final String AXE_OLDEST = "4.10";
    private static String axe;

    private PageChecks() {
    }

    /** What one page load fetched: bytes by kind, and every request that left the app's host. */
    record Weight(String page, long html, long css, long js, long other, List<String> foreignRequests) {

        long total() {
            return html + css + js;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-34s %6.1f KB (HTML %.1f, CSS %.1f, JS %.1f)", page, kb(total()),
                    kb(html), kb(css), kb(js));
        }

        private static double kb(long bytes) {
            return bytes / 1024.0;
        }
    }

    /**
     * Opens {@code path} and weighs what the page needs: every response body the load brings, by resource type.
     * The page's context must not answer from its cache (see {@link #withoutCache}), so a first visit is measured.
     * Requests to any host but {@code app}'s are listed in the answer.
     */
    static Weight load(Page page, URI app, String path, String name) {
        List<Response> responses = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        Consumer<Response> onResponse = responses::add;
        Consumer<Request> onRequest = request -> {
            URI uri = URI.create(request.url());
            if (!"data".equals(uri.getScheme()) && !sameOrigin(uri, app)) {
                foreign.add(request.url());
            }
        };
        page.onResponse(onResponse);
        page.onRequest(onRequest);
        try {
            page.navigate(path);
        } finally {
            page.offResponse(onResponse);
            page.offRequest(onRequest);
        }
        long html = 0;
        long css = 0;
        long js = 0;
        long other = 0;
        for (Response response : responses) {
            if (response.status() >= 300 && response.status() < 400) {
                continue; // a redirect has no body; the page it leads to is counted
            }
            int bytes = response.body().length;
            switch (response.request().resourceType()) {
                case "document" -> html += bytes;
                case "stylesheet" -> css += bytes;
                case "script" -> js += bytes;
                case "font" -> { } // fonts aside, as the budget says
                default -> other += bytes;
            }
        }
        return new Weight(name, html, css, js, other, foreign);
    }

    /** Makes every later load of this page's context fetch all it needs, as a first visit does. */
    static void withoutCache(Page page) {
        // Playwright turns the browser's HTTP cache off while requests are routed
        page.context().route("**/*", route -> route.resume());
    }

    private static boolean sameOrigin(URI uri, URI app) {
        return app.getHost().equals(uri.getHost()) && app.getPort() == uri.getPort();
    }

    /**
     * Runs axe-core in the page and answers its serious and critical violations, one line each. The script comes
     * from the test class path (com.deque.html.axe-core's jar), never from the network; an axe older than
     * {@value #AXE_OLDEST} fails the test, since it would pass pages users' checkers refuse.
     */
    static List<String> seriousAxeViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            try {
                page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeScript()));
            } catch (PlaywrightException refusedByContentSecurityPolicy) {
                // a policy without 'unsafe-inline' refuses an inline script tag; Playwright's evaluation is not bound by it
                page.evaluate(axeScript());
            }
        }
        String version = String.valueOf(page.evaluate("() => window.axe.version"));
        if (!atLeast(version, AXE_OLDEST)) {
            throw new AssertionError("axe-core " + version + " from " + AXE_SCRIPT + " is older than " + AXE_OLDEST
                    + ": it misses rules users' checkers apply. Check the com.deque.html.axe-core dependency in pom.xml.");
        }
        @SuppressWarnings("unchecked")
        // evaluate() has no time limit of its own: a run that never settles fails here instead of hanging the build
        List<String> violations = (List<String>) page.evaluate("async () => {"
                + " const timeout = new Promise((_, no) => setTimeout(() => no(new Error('axe-core did not finish"
                + " within 60 s')), 60000));"
                + " const result = await Promise.race([axe.run(document, { resultTypes: ['violations'] }), timeout]);"
                + " return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + "   .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + "     + v.nodes.map(n => n.target.join(' ')).join(', ')); }");
        return violations;
    }

    /**
     * Whether a console message is the Content-Security-Policy refusing the inline axe script tag (then injected
     * otherwise): the notice names the script by its SHA-256, so nothing else is mistaken for it.
     */
    static boolean isAxeRefusalNotice(String consoleText) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(axeScript().getBytes(StandardCharsets.UTF_8));
            return consoleText.contains("sha256-" + java.util.Base64.getEncoder().encodeToString(digest));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a dotted version ("4.11.1") is at least {@code oldest} ("4.10"), number by number. */
    static boolean atLeast(String version, String oldest) {
        String[] have = version.split("[.-]");
        String[] need = oldest.split("\\.");
        for (int i = 0; i < need.length; i++) {
            int h = i < have.length && have[i].matches("\\d+") ? Integer.parseInt(have[i]) : 0;
            int n = Integer.parseInt(need[i]);
            if (h != n) {
                return h > n;
            }
        }
        return true;
    }

    /** Whether the page fits the viewport's width, without sideways scrolling of the whole page. */
    static boolean fitsWidth(Page page) {
        return Boolean.TRUE.equals(page.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth"));
    }

    /** The elements that reach past the viewport's right edge, deepest first ("td.x: text…"), to say what is too wide. */
    static String tooWide(Page page) {
        return String.valueOf(page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.children.length === 0)
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ': '
                        + (e.textContent || '').trim().slice(0, 60) + ' (' + Math.round(e.getBoundingClientRect().width) + ' px)')
                    .join('; ')"""));
    }

    /** Saves a full-page PNG as {name}.png in {@link #SCREENSHOTS}. */
    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true)
                .setAnimations(com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
    }

    private static synchronized String axeScript() {
        if (axe == null) {
            try (InputStream in = PageChecks.class.getResourceAsStream(AXE_SCRIPT)) {
                if (in == null) {
                    throw new IllegalStateException(AXE_SCRIPT + " is not on the test class path (com.deque.html.axe-core:playwright)");
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }
}
