package org.corroborate.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.web.Browser;

/** Sign-in, sign-out, the one-time set-up and the account admin page. */
@QuarkusTest
class AccountPagesTest {

    @Inject
    TestUsers users;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        Response claims = Browser.anonymous().get("/claims");

        assertThat(claims.statusCode()).isEqualTo(302);
        assertThat(claims.header("Location")).endsWith("/login");
        Response login = Browser.anonymous().get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body().asString()).contains("<label for=\"j_username\">", "action=\"/j_security_check\"");
    }

    @Test
    void aWrongPasswordShowsAnErrorOnTheLoginPage() {
        String name = users.fresh("forgetful", Role.REVIEWER);
        Response attempt = io.restassured.RestAssured.given().redirects().follow(false)
                .formParam("j_username", name).formParam("j_password", "not-the-password").post("/j_security_check");

        assertThat(attempt.header("Location")).contains("/login?error=true");
        assertThat(Browser.anonymous().get("/login?error=true").body().asString()).contains("Wrong username or password");
    }

    @Test
    void signingOutForgetsTheSignIn() {
        Browser reviewer = Browser.signedIn(users.fresh("leaving", Role.REVIEWER));

        Response out = reviewer.submit("/", "/logout", Map.of());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/login");
        assertThat(reviewer.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void setUpIsGoneOnceAnAccountExists() {
        users.fresh("someone", Role.REVIEWER);

        assertThat(Browser.anonymous().get("/setup").statusCode()).isEqualTo(404);
    }

    @Test
    void aReviewerCannotOpenTheAdminPage() {
        Browser reviewer = Browser.signedIn(users.fresh("curious", Role.REVIEWER));

        assertThat(reviewer.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(reviewer.get("/").body().asString()).doesNotContain("href=\"/admin/users\"");
    }

    @Test
    void anAdminCreatesAUserWhoCanThenSignIn() {
        Browser admin = Browser.signedIn(users.fresh("admin", Role.ADMIN));
        String name = "newcomer-" + System.nanoTime();

        Response created = admin.submit("/admin/users", "/admin/users", Map.of("username", name,
                "password", "seven-quiet-rivers", "roles", List.of("reviewer", "editor")));

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(admin.follow(created).body().asString()).contains("Created the account " + name, name);
        Browser newcomer = Browser.signedIn(name, "seven-quiet-rivers");
        assertThat(newcomer.get("/queue/decisions").statusCode()).as("an editor now").isEqualTo(200);
    }

    @Test
    void aTakenUsernameAndAShortPasswordAreShownOnTheAdminForm() {
        Browser admin = Browser.signedIn(users.fresh("admin", Role.ADMIN));
        String taken = users.fresh("taken", Role.REVIEWER);

        Response shortPassword = admin.submit("/admin/users", "/admin/users",
                Map.of("username", "fresh-" + System.nanoTime(), "password", "short", "roles", "reviewer"));
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.body().asString()).contains("id=\"new-password-error\">Password must be at least 10 characters");

        Response duplicate = admin.submit("/admin/users", "/admin/users",
                Map.of("username", taken, "password", "long-enough-password", "roles", "reviewer"));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body().asString()).contains("id=\"new-username-error\">Username is taken", "value=\"" + taken + "\"");
    }

    @Test
    void anAdminChangesRoles() {
        Browser admin = Browser.signedIn(users.fresh("admin", Role.ADMIN));
        String name = users.fresh("promoted", Role.REVIEWER);
        long id = User.findByUsername(name).orElseThrow().id;
        Browser promoted = Browser.signedIn(name);
        assertThat(promoted.get("/queue/decisions").statusCode()).as("a reviewer's decisions queue").isEqualTo(403);

        Response changed = admin.submit("/admin/users", "/admin/users/" + id + "/roles", Map.of("roles", "editor"));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(admin.follow(changed).body().asString()).contains("Changed the roles of " + name + " to editor");
        assertThat(promoted.get("/queue/decisions").statusCode()).as("the next request, same sign-in").isEqualTo(200);

        Response none = admin.submit("/admin/users", "/admin/users/" + id + "/roles", Map.of());
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body().asString()).contains("must name at least one role");
    }
}
