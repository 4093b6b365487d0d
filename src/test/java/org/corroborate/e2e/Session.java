package org.corroborate.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ViewportSize;

import org.corroborate.TestUsers;

/** One person at a browser of their own (cookies, cache), signed in through the sign-in page like anyone. */
final class Session implements AutoCloseable {

    final BrowserContext context;
    final Page page;
    final String username;

    private Session(BrowserContext context, String username) {
        this.context = context;
        this.page = context.newPage();
        this.username = username;
    }

    static Session anonymous(Chromium chromium, String baseUrl, boolean javaScript, ViewportSize viewport) {
        return new Session(chromium.context(baseUrl, javaScript, viewport), null);
    }

    /** Signs {@code username} (a {@link TestUsers} account) in and lands on the dashboard. */
    static Session signIn(Chromium chromium, String baseUrl, String username, boolean javaScript, ViewportSize viewport) {
        Session session = new Session(chromium.context(baseUrl, javaScript, viewport), username);
        Page page = session.open("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(TestUsers.passwordOf(username));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        // the dashboard, in whichever language the account chose
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/$"));
        assertThat(page.locator("h1")).isVisible();
        return session;
    }

    static Session signIn(Chromium chromium, String baseUrl, String username, boolean javaScript) {
        return signIn(chromium, baseUrl, username, javaScript, Chromium.DESKTOP);
    }

    Page open(String path) {
        page.navigate(path);
        return page;
    }

    @Override
    public void close() {
        context.close();
    }
}
