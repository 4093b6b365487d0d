package org.corroborate.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.web.TestClock;

/**
 * Failed sign-ins are slowed and then refused, per account and per client address, on the login form and on
 * the API alike, and never for longer than the lock. This profile's limits: an account waits 10 s after 3
 * failures (doubling), and is locked for 15 minutes at 6; a client address waits after 8 and is locked at 12.
 * Tests are different clients by {@code X-Forwarded-For}; time passes by {@link TestClock}.
 */
@QuarkusTest
@TestProfile(SignInTestProfile.class)
class SignInThrottleTest {

    @Inject
    TestUsers users;

    @Inject
    TestClock clock;

    private static int clients;

    /** An address no other test uses. */
    private static synchronized String newClient() {
        clients++;
        return "198.51.100." + clients;
    }

    private static Response formSignIn(String username, String password, String client) {
        return given().redirects().follow(false).header("X-Forwarded-For", client)
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
    }

    private static Response api(String username, String password, String client) {
        return given().auth().preemptive().basic(username, password).header("X-Forwarded-For", client)
                .accept("application/json").get("/api/claims");
    }

    private static String landing(Response signIn) {
        assertThat(signIn.statusCode()).isEqualTo(302);
        return signIn.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void anAccountIsSlowedThenLockedAndTheLockEnds() {
        String name = users.fresh("target", Role.REVIEWER);
        String password = TestUsers.passwordOf(name);
        String client = newClient();
        for (int i = 1; i <= 3; i++) {
            assertThat(landing(formSignIn(name, "guess-" + i, client))).as("failure " + i).isEqualTo("/login?error=true");
        }

        // slowed: the next attempt must wait 10 s, and is refused unchecked before, even with the right password
        assertThat(landing(formSignIn(name, password, client))).isEqualTo("/login?retry=10");
        assertThat(given().get("/login?retry=10").body().asString())
                .contains("Too many failed sign-ins for this account or from your network.", "Try again in 10 seconds.");
        clock.advance(Duration.ofSeconds(10));
        assertThat(landing(formSignIn(name, "guess-4", client))).isEqualTo("/login?error=true");
        assertThat(landing(formSignIn(name, password, client))).as("then 20 s").isEqualTo("/login?retry=20");
        clock.advance(Duration.ofSeconds(20));
        assertThat(api(name, "guess-5", client).statusCode()).as("the API counts too").isEqualTo(401);
        clock.advance(Duration.ofSeconds(40));
        assertThat(landing(formSignIn(name, "guess-6", client))).isEqualTo("/login?error=true");

        // locked for 15 minutes, from anywhere, on the form and the API
        assertThat(landing(formSignIn(name, password, newClient()))).isEqualTo("/login?retry=900");
        Response refused = api(name, password, newClient());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("900");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(refused.jsonPath().getString("message")).contains("Too many failed sign-ins", "Try again in 15 minutes.");
        assertThat(refused.jsonPath().getList("fields")).isEmpty();
        clock.advance(Duration.ofMinutes(14));
        assertThat(api(name, password, client).statusCode()).as("14 minutes later").isEqualTo(429);

        // the lock ends; a success forgets the failures, so the next mistake is just a mistake
        clock.advance(Duration.ofMinutes(1));
        assertThat(landing(formSignIn(name, password, client))).isEqualTo("/");
        assertThat(landing(formSignIn(name, "typo", client))).isEqualTo("/login?error=true");
        assertThat(api(name, password, client).statusCode()).isEqualTo(200);
    }

    @Test
    void oneClientTryingManyAccountsIsSlowedThenLockedWhileOthersSignInAsUsual() {
        String attacker = newClient();
        for (int i = 1; i <= 8; i++) {
            String victim = users.fresh("victim", Role.REVIEWER);
            assertThat(api(victim, "password-" + i, attacker).statusCode()).as("guess " + i).isEqualTo(401);
        }
        String someone = users.fresh("someone", Role.REVIEWER);
        assertThat(api(someone, TestUsers.passwordOf(someone), attacker).statusCode()).as("from that client").isEqualTo(429);
        assertThat(api(someone, TestUsers.passwordOf(someone), newClient()).statusCode()).as("from another").isEqualTo(200);

        for (int i = 9; i <= 12; i++) {
            clock.advance(Duration.ofMinutes(5)); // the waits (10 s, 20 s, 40 s, 80 s) are over; the window is not
            assertThat(api(users.fresh("victim", Role.REVIEWER), "password-" + i, attacker).statusCode()).isEqualTo(401);
        }
        assertThat(landing(formSignIn(someone, TestUsers.passwordOf(someone), attacker))).startsWith("/login?retry=");
        clock.advance(Duration.ofMinutes(15));
        assertThat(landing(formSignIn(someone, TestUsers.passwordOf(someone), attacker))).isEqualTo("/");
    }

    @Test
    void successfulSignInsWriteNothing() {
        String name = users.fresh("regular", Role.REVIEWER);
        String client = newClient();

        for (int i = 0; i < 3; i++) {
            assertThat(api(name, TestUsers.passwordOf(name), client).statusCode()).isEqualTo(200);
            assertThat(landing(formSignIn(name, TestUsers.passwordOf(name), client))).isEqualTo("/");
        }

        assertThat(QuarkusTransaction.requiringNew().call(() -> SignInFailure.count("key in ?1",
                java.util.List.of(SignInThrottle.accountKey(name), SignInThrottle.clientKey(client))))).isZero();
    }

    @Test
    void unknownAccountsCountLikeKnownOnes() {
        String client = newClient();
        String nobody = "nobody-" + System.nanoTime();
        for (int i = 1; i <= 3; i++) {
            assertThat(landing(formSignIn(nobody, "guess-" + i, client))).isEqualTo("/login?error=true");
        }
        assertThat(landing(formSignIn(nobody, "guess-4", client))).isEqualTo("/login?retry=10");
    }

    @Test
    void badTokensCountAgainstTheClientAndAGoodTokenStillWorks() {
        String client = newClient();
        String owner = users.fresh("token-thrower", Role.REVIEWER);
        String good = org.corroborate.Api.token(owner, "read");
        for (int i = 1; i <= 8; i++) {
            assertThat(bearer("crb_" + "guess".repeat(8) + "abc" + i % 10, client).statusCode()).as("failure " + i)
                    .isEqualTo(401);
        }
        Response held = bearer("crb_" + "x".repeat(43), client);
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isEqualTo("10");
        assertThat(bearer(good, client).statusCode()).as("a valid token is never held back").isEqualTo(200);
    }

    private static Response bearer(String token, String client) {
        return given().header("Authorization", "Bearer " + token).header("X-Forwarded-For", client)
                .accept("application/json").get("/api/claims");
    }
}
