package org.corroborate.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.audit.AuditAction;
import org.corroborate.audit.AuditEntry;
import org.corroborate.web.Browser;

/** A user changes their own password; an admin disables and enables an account, or resets its password. */
@QuarkusTest
class AccountChangesTest {

    private static final String NEW_PASSWORD = "granite-window-42";

    @Inject
    TestUsers users;

    private static long idOf(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().id);
    }

    private static int basic(String username, String password) {
        return given().auth().preemptive().basic(username, password).get("/api/claims").statusCode();
    }

    private static long audited(AuditAction action, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and subject = ?2", action,
                "user " + subject));
    }

    @Test
    void aUserChangesTheirPasswordOverTheApiAndTheirOtherSignInsEnd() {
        String owner = users.fresh("changer", Role.REVIEWER);
        Browser elsewhere = Browser.signedIn(owner);
        String token = Api.token(owner, "write");

        Api.as(owner).body(Map.of("currentPassword", "wrong-password-1", "newPassword", NEW_PASSWORD))
                .put("/api/users/me/password").then().statusCode(400).body("fields.field", hasItem("currentPassword"));
        Api.as(owner).body(Map.of("currentPassword", TestUsers.passwordOf(owner), "newPassword", "qwertyuiop"))
                .put("/api/users/me/password").then().statusCode(400).body("fields[0].field", equalTo("newPassword"));
        Api.as(owner).body(Map.of("currentPassword", TestUsers.passwordOf(owner), "newPassword", NEW_PASSWORD))
                .put("/api/users/me/password").then().statusCode(204);

        assertThat(basic(owner, TestUsers.passwordOf(owner))).as("the old password").isEqualTo(401);
        assertThat(basic(owner, NEW_PASSWORD)).as("the new one").isEqualTo(200);
        assertThat(elsewhere.get("/").statusCode()).as("another browser's sign-in").isEqualTo(302);
        Api.withToken(token).get("/api/claims").then().statusCode(200);
        assertThat(audited(AuditAction.PASSWORD_CHANGED, owner)).isEqualTo(1);
    }

    @Test
    void onThePageTheChangeEndsOtherSignInsButNotThisOne() {
        String owner = users.fresh("page-changer", Role.REVIEWER);
        Browser here = Browser.signedIn(owner);
        Browser elsewhere = Browser.signedIn(owner);

        Response mismatch = here.submit("/account", "/account/password", Map.of("currentPassword",
                TestUsers.passwordOf(owner), "newPassword", NEW_PASSWORD, "newPasswordAgain", "something-else-9"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body().asString()).contains("New password again does not match");

        Response changed = here.submit("/account", "/account/password", Map.of("currentPassword",
                TestUsers.passwordOf(owner), "newPassword", NEW_PASSWORD, "newPasswordAgain", NEW_PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(here.follow(changed).body().asString()).contains("Changed your password");
        assertThat(here.get("/").statusCode()).as("this browser").isEqualTo(200);
        assertThat(elsewhere.get("/").statusCode()).as("the other browser").isEqualTo(302);
    }

    @Test
    void aDisabledAccountsSignInsSessionsAndTokensStopAndItsNameStays() {
        String admin = users.fresh("disabler", Role.ADMIN);
        String owner = users.fresh("to-disable", Role.REVIEWER);
        Browser browser = Browser.signedIn(owner);
        String token = Api.token(owner, "write");
        long claimId = Api.createClaim(owner);
        long id = idOf(owner);

        Api.as(admin).body(Map.of("enabled", false)).put("/api/users/" + id).then().statusCode(200)
                .body("enabled", equalTo(false));
        assertThat(basic(owner, TestUsers.passwordOf(owner))).as("Basic").isEqualTo(401);
        assertThat(browser.get("/").statusCode()).as("the session").isEqualTo(302);
        Api.withToken(token).get("/api/claims").then().statusCode(401);
        Response login = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", owner).formParam("j_password", TestUsers.passwordOf(owner))
                .post("/j_security_check");
        assertThat(login.header("Location")).contains("error");
        Api.as(admin).get("/api/claims/" + claimId).then().statusCode(200).body("history[0].by", equalTo(owner));
        assertThat(audited(AuditAction.ACCOUNT_DISABLED, owner)).isEqualTo(1);

        Api.as(admin).body(Map.of("enabled", true)).put("/api/users/" + id).then().statusCode(200);
        assertThat(basic(owner, TestUsers.passwordOf(owner))).isEqualTo(200);
        Api.withToken(token).get("/api/claims").then().statusCode(200);
        assertThat(audited(AuditAction.ACCOUNT_ENABLED, owner)).isEqualTo(1);
    }

    @Test
    void anAdminDisablesOnTheUsersPageButNotThemselves() {
        String adminName = users.fresh("page-disabler", Role.ADMIN);
        Browser admin = Browser.signedIn(adminName);
        String owner = users.fresh("page-disabled", Role.REVIEWER);
        Response disabled = admin.submit("/admin/users", "/admin/users/" + idOf(owner) + "/enabled",
                Map.of("enabled", "false"));
        assertThat(disabled.statusCode()).isEqualTo(303);
        assertThat(basic(owner, TestUsers.passwordOf(owner))).isEqualTo(401);
        assertThat(admin.submit("/admin/users", "/admin/users/" + idOf(adminName) + "/enabled",
                Map.of("enabled", "false")).statusCode()).isEqualTo(409);
    }

    @Test
    void aChangeOfRolesAndEnabledIsWholeOrNothing() {
        String admin = users.fresh("whole-changer", Role.ADMIN);
        // disabling oneself is refused, so the editor role asked for in the same change is not given either
        Api.as(admin).body(Map.of("roles", java.util.List.of("admin", "editor"), "enabled", false))
                .put("/api/users/" + idOf(admin)).then().statusCode(409);
        assertThat(QuarkusTransaction.requiringNew().call(() -> User.findByUsername(admin).orElseThrow().roles))
                .isEqualTo("admin");
        assertThat(audited(AuditAction.ROLES_CHANGED, admin)).isZero();
    }

    @Test
    void anAdminsPasswordResetRevokesTheAccountsTokens() {
        String admin = users.fresh("resetter", Role.ADMIN);
        String owner = users.fresh("reset-tokens", Role.REVIEWER);
        String token = Api.token(owner, "write");
        Api.withToken(token).get("/api/claims").then().statusCode(200);
        Api.as(admin).body(Map.of("password", NEW_PASSWORD)).put("/api/users/" + idOf(owner) + "/password").then()
                .statusCode(204);
        Api.withToken(token).get("/api/claims").then().statusCode(401);
        Api.as(admin).get("/api/tokens?user=" + owner).then().body("[0].revokedBy", equalTo(admin));
    }

    @Test
    void aTokenFollowsItsOwnersRoles() {
        String admin = users.fresh("role-changer", Role.ADMIN);
        String owner = users.fresh("demoted", Role.EDITOR);
        String token = Api.token(owner, "write");
        given().redirects().follow(false).header("Authorization", "Bearer " + token).get("/queue/decisions").then()
                .statusCode(302); // a token is for the API only: a page asks for a sign-in
        Api.withToken(token).body(Map.of("decision", "APPROVE", "note", "n")).post("/api/claims/999999/decision")
                .then().statusCode(404);
        Api.as(admin).body(Map.of("roles", java.util.List.of("reviewer"))).put("/api/users/" + idOf(owner)).then()
                .statusCode(200);
        Api.withToken(token).body(Map.of("decision", "APPROVE", "note", "n")).post("/api/claims/999999/decision")
                .then().statusCode(403);
    }
}
