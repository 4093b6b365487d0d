package org.corroborate.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.web.Browser;
import org.corroborate.web.TestClock;

/**
 * The sign-in cookie's attributes, the idle and absolute timeouts (30 minutes and 2 hours in this profile,
 * renewed each minute), and signing out ending the sign-in on the server. Time passes by {@link TestClock}.
 */
@QuarkusTest
@TestProfile(SignInTestProfile.class)
class SessionTest {

    @Inject
    TestUsers users;

    @Inject
    TestClock clock;

    private static Response signIn(String username, Map<String, String> headers) {
        return given().redirects().follow(false).headers(headers).formParam("j_username", username)
                .formParam("j_password", TestUsers.passwordOf(username)).post("/j_security_check");
    }

    private static String sessionCookieOf(Response response) {
        return response.headers().getValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(SessionCookie.NAME + "=")).findFirst().orElseThrow()
                .toLowerCase(java.util.Locale.ROOT); // attribute names are case-insensitive
    }

    private static int pageStatus(String cookie) {
        return given().redirects().follow(false).cookie(SessionCookie.NAME, cookie).get("/").statusCode();
    }

    @Test
    void theCookieIsHttpOnlySameSiteLaxAndNotSentOverPlainHttpOnlyWhenTheRequestWasHttps() {
        String name = users.fresh("cookie", Role.REVIEWER);

        String plain = sessionCookieOf(signIn(name, Map.of()));
        assertThat(plain).contains("; httponly", "; samesite=lax", "; path=/").doesNotContain("secure");

        Response overHttps = signIn(name, Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "desk.example.org"));
        assertThat(sessionCookieOf(overHttps)).contains("; httponly", "; samesite=lax", "; secure");
        assertThat(overHttps.header("Location")).isEqualTo("https://desk.example.org/");
    }

    @Test
    void aSignInEndsAfterThirtyMinutesWithoutARequest() {
        Browser reviewer = Browser.signedIn(users.fresh("idle", Role.REVIEWER));

        clock.advance(Duration.ofMinutes(29));
        assertThat(reviewer.get("/").statusCode()).as("29 minutes idle").isEqualTo(200);
        clock.advance(Duration.ofMinutes(29));
        assertThat(reviewer.get("/").statusCode()).as("29 minutes idle again: the last request renewed it").isEqualTo(200);

        clock.advance(Duration.ofMinutes(31));
        Response after = reviewer.get("/");
        assertThat(after.statusCode()).as("31 minutes idle").isEqualTo(302);
        assertThat(after.header("Location")).endsWith("/login");
        assertThat(reviewer.has(SessionCookie.NAME)).as("the stale cookie is cleared").isFalse();
    }

    @Test
    void aSignInEndsTwoHoursAfterItWasMadeHoweverBusyTheUserIs() {
        Browser reviewer = Browser.signedIn(users.fresh("busy", Role.REVIEWER));

        for (int i = 1; i <= 5; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(reviewer.get("/").statusCode()).as(20 * i + " minutes in").isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(reviewer.get("/").statusCode()).as("two hours in").isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSignInSoACopiedCookieStopsWorking() {
        String name = users.fresh("leaving", Role.REVIEWER);
        Browser reviewer = Browser.signedIn(name);
        String copied = reviewer.cookie(SessionCookie.NAME);
        assertThat(pageStatus(copied)).as("the copy works while signed in").isEqualTo(200);

        Response out = reviewer.submit("/", "/logout", Map.of());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/login");
        assertThat(reviewer.has(SessionCookie.NAME)).isFalse();
        assertThat(pageStatus(copied)).as("the copied cookie after sign-out").isEqualTo(302);
        assertThat(Browser.signedIn(name).get("/").statusCode()).as("a new sign-in works").isEqualTo(200);
    }

    @Test
    void aForgedOrTamperedCookieIsNoSignIn() {
        Browser reviewer = Browser.signedIn(users.fresh("forger", Role.REVIEWER));
        String cookie = reviewer.cookie(SessionCookie.NAME);
        char last = cookie.charAt(cookie.length() - 2);
        String tampered = cookie.substring(0, cookie.length() - 2) + (last == 'A' ? 'B' : 'A') + cookie.charAt(cookie.length() - 1);

        assertThat(pageStatus(tampered)).isEqualTo(302);
        assertThat(pageStatus("not-a-session")).isEqualTo(302);
        assertThat(pageStatus(cookie)).isEqualTo(200);
    }

    @Test
    void afterSigningInTheUserLandsOnThePageAskedFor() {
        String name = users.fresh("returning", Role.REVIEWER);
        Response asked = given().redirects().follow(false).get("/claims?status=OPEN");
        assertThat(asked.header("Location")).endsWith("/login");

        Response signedIn = given().redirects().follow(false).cookies(asked.cookies())
                .formParam("j_username", name).formParam("j_password", TestUsers.passwordOf(name))
                .post("/j_security_check");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/claims?status=OPEN");
    }
}
