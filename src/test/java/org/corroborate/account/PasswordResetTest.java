package org.corroborate.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.web.Browser;

/** Password strength on creation, and an admin's reset of a lost password (API and page). */
@QuarkusTest
class PasswordResetTest {

    @Inject
    TestUsers users;

    private static long idOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().id);
    }

    private static int apiStatus(String username, String password) {
        return given().auth().preemptive().basic(username, password).get("/api/claims").statusCode();
    }

    @Test
    void aWeakPasswordIsRefusedOnCreationNamingTheRule() {
        String admin = users.fresh("admin", Role.ADMIN);
        String name = "weakling" + System.nanoTime() % 100000;

        Api.as(admin).body(Map.of("username", name, "password", name + "-2024", "roles", List.of("reviewer")))
                .post("/api/users").then().statusCode(400).body("fields.field", hasItem("password"))
                .body("fields.message", hasItem("must not contain the username"));
        Api.as(admin).body(Map.of("username", name, "password", "Password123!", "roles", List.of("reviewer")))
                .post("/api/users").then().statusCode(400)
                .body("fields[0].message", equalTo("must not be a common password (a common word with digits or symbols added)"));

        Response page = Browser.signedIn(admin).submit("/admin/users", "/admin/users",
                Map.of("username", name, "password", "1234567890", "roles", "reviewer"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body().asString()).contains("Password must not be a run of keys, letters or digits");
    }

    @Test
    void anAdminResetsAPasswordOverTheApi() {
        String admin = users.fresh("admin", Role.ADMIN);
        String owner = users.fresh("forgetful", Role.REVIEWER);
        Browser ownersBrowser = Browser.signedIn(owner);

        Api.as(admin).body(Map.of("password", "granite-window-42")).put("/api/users/" + idOf(owner) + "/password")
                .then().statusCode(204);

        assertThat(apiStatus(owner, TestUsers.passwordOf(owner))).as("the old password").isEqualTo(401);
        assertThat(apiStatus(owner, "granite-window-42")).as("the new one").isEqualTo(200);
        assertThat(ownersBrowser.get("/").statusCode()).as("the owner's earlier sign-in").isEqualTo(302);
    }

    @Test
    void theResetIsCheckedLikeACreation() {
        String admin = users.fresh("admin", Role.ADMIN);
        String owner = users.fresh("owner", Role.REVIEWER);
        long id = idOf(owner);

        Api.as(admin).body(Map.of("password", "short")).put("/api/users/" + id + "/password").then().statusCode(400)
                .body("fields[0].field", equalTo("password")).body("fields[0].message", equalTo("must be at least 10 characters"));
        Api.as(admin).body(Map.of()).put("/api/users/" + id + "/password").then().statusCode(400)
                .body("fields[0].message", equalTo("is required"));
        Api.as(admin).body(Map.of("password", "granite-window-42")).put("/api/users/99999999/password").then().statusCode(404);
        Api.as(owner).body(Map.of("password", "granite-window-42")).put("/api/users/" + id + "/password").then().statusCode(403);
        assertThat(apiStatus(owner, TestUsers.passwordOf(owner))).as("unchanged").isEqualTo(200);
    }

    @Test
    void anAdminResetsAPasswordOnTheAdminPage() {
        Browser admin = Browser.signedIn(users.fresh("admin", Role.ADMIN));
        String owner = users.fresh("locked-out", Role.REVIEWER);
        long id = idOf(owner);

        Response weak = admin.submit("/admin/users", "/admin/users/" + id + "/password", Map.of("password", "qwertyuiop"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body().asString()).contains("id=\"password-" + id + "-error\">New password must not be a run");

        Response reset = admin.submit("/admin/users", "/admin/users/" + id + "/password", Map.of("password", "granite-window-42"));
        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(admin.follow(reset).body().asString()).contains("Set a new password for " + owner);
        assertThat(Browser.signedIn(owner, "granite-window-42").get("/").statusCode()).isEqualTo(200);
    }
}
