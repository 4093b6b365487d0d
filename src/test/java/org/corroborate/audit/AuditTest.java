package org.corroborate.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;
import org.corroborate.workflow.StatusChange;

/**
 * Account changes and editor decisions are recorded with who and when, readable by admins only; nothing in the
 * audit log or a claim's status history can be changed or deleted through the app.
 */
@QuarkusTest
class AuditTest {

    @Inject
    TestUsers users;

    /** The audit entries about {@code subject}, newest first, as the API lists them. */
    private static List<Map<String, Object>> entriesAbout(String admin, String subject) {
        JsonPath page = Api.as(admin).get("/api/audit?size=500").then().statusCode(200).extract().jsonPath();
        return page.<Map<String, Object>>getList("items").stream().filter(e -> subject.equals(e.get("subject"))).toList();
    }

    @Test
    void accountChangesAreRecordedWithWhoAndWhen() {
        String admin = users.fresh("admin", Role.ADMIN);
        String name = "recorded" + System.nanoTime() % 1_000_000;
        Instant before = Instant.now();

        long id = Api.as(admin).body(Map.of("username", name, "password", "granite-window-42", "roles", List.of("reviewer")))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");
        Response roles = Browser.signedIn(admin).submit("/admin/users", "/admin/users/" + id + "/roles", Map.of("roles", "editor"));
        assertThat(roles.statusCode()).isEqualTo(303);
        Api.as(admin).body(Map.of("password", "another-granite-43")).put("/api/users/" + id + "/password").then().statusCode(204);

        List<Map<String, Object>> entries = entriesAbout(admin, "user " + name);
        assertThat(entries).extracting(e -> e.get("action"))
                .containsExactly("PASSWORD_RESET", "ROLES_CHANGED", "ACCOUNT_CREATED");
        assertThat(entries).extracting(e -> e.get("actor")).containsOnly(admin);
        assertThat(entries).extracting(e -> e.get("detail"))
                .containsExactly("sign-ins ended", "reviewer → editor", "roles: reviewer");
        assertThat(entries).allSatisfy(e -> assertThat(Instant.parse((String) e.get("at"))).isAfterOrEqualTo(before));
    }

    @Test
    void everyEditorDecisionIsRecorded() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        String editor = users.fresh("editor", Role.EDITOR);
        String admin = users.fresh("admin", Role.ADMIN);
        long claimId = Api.verifiableClaim(alice, bob);
        Map<String, String> propose = Map.of("verdict", "VERIFIED", "note", "Two claimants, one independent.");

        Api.as(alice).body(propose).post("/api/claims/" + claimId + "/verdict").then().statusCode(200);
        Api.as(editor).body(Map.of("decision", "REJECT", "note", "Needs the district's own figure."))
                .post("/api/claims/" + claimId + "/decision").then().statusCode(200);
        Api.as(bob).body(propose).post("/api/claims/" + claimId + "/verdict").then().statusCode(200);
        Api.as(editor).body(Map.of("decision", "APPROVE")).post("/api/claims/" + claimId + "/decision").then().statusCode(200);
        Api.as(editor).body(Map.of("note", "A later report contradicts the figures."))
                .post("/api/claims/" + claimId + "/retraction").then().statusCode(200);

        List<Map<String, Object>> entries = entriesAbout(admin, "claim " + claimId);
        assertThat(entries).extracting(e -> e.get("action"))
                .containsExactly("CLAIM_RETRACTED", "VERDICT_APPROVED", "VERDICT_REJECTED");
        assertThat(entries).extracting(e -> e.get("actor")).containsOnly(editor);
        assertThat(entries).extracting(e -> e.get("detail")).containsExactly(
                "VERIFIED: A later report contradicts the figures.", "VERIFIED", "VERIFIED: Needs the district's own figure.");

        String page = Browser.signedIn(admin).get("/admin/audit").body().asString();
        assertThat(page).contains("Verdict approved", "Claim retracted", "claim " + claimId, editor);
    }

    @Test
    void onlyAdminsReadTheAudit() {
        for (Role role : List.of(Role.REVIEWER, Role.EDITOR)) {
            String user = users.fresh("curious", role);
            Api.as(user).get("/api/audit").then().statusCode(403);
            assertThat(Browser.signedIn(user).get("/admin/audit").statusCode()).isEqualTo(403);
        }
        Api.anonymous().get("/api/audit").then().statusCode(401);
        assertThat(Browser.anonymous().get("/admin/audit").statusCode()).isEqualTo(302);
    }

    @Test
    void nothingInTheAuditOrTheStatusHistoryCanBeChangedOrDeletedThroughTheApp() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String admin = users.fresh("admin", Role.ADMIN, Role.EDITOR);
        long claimId = Api.createClaim(alice);
        Api.as(admin).body(Map.of("username", "subject" + System.nanoTime() % 1_000_000, "password", "granite-window-42",
                "roles", List.of("reviewer"))).post("/api/users").then().statusCode(201);
        long entryId = Api.as(admin).get("/api/audit?size=1").then().extract().jsonPath().getLong("items[0].id");
        long changeId = QuarkusTransaction.requiringNew().call(() -> StatusChange.ofClaim(claimId).get(0).id);
        String auditBefore = Api.as(admin).get("/api/audit?size=500").body().asString();
        String historyBefore = Api.as(admin).get("/api/claims/" + claimId).jsonPath().getString("history");

        Map<String, String> forged = Map.of("actor", "nobody", "detail", "forged", "note", "forged");
        for (String path : List.of("/api/audit", "/api/audit/" + entryId, "/api/claims/" + claimId + "/history",
                "/api/claims/" + claimId + "/history/" + changeId)) {
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                int status = Api.as(admin).body(forged).request(method, path).statusCode();
                assertThat(status).as(method + " " + path).isIn(404, 405);
            }
        }
        Browser browser = Browser.signedIn(admin);
        for (String path : List.of("/admin/audit", "/admin/audit/" + entryId)) {
            String token = browser.csrfTokenOf("/admin/users");
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                int status = given().redirects().follow(false).cookie(session(browser)).cookie("csrf-token", browser.cookie("csrf-token"))
                        .contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                        .formParam("detail", "forged").request(method, path).statusCode();
                assertThat(status).as(method + " " + path).isIn(404, 405);
            }
        }

        // the entities are immutable to Hibernate: a change made in code is not written either
        QuarkusTransaction.requiringNew().run(() -> {
            AuditEntry.<AuditEntry>findById(entryId).detail = "forged";
            StatusChange.<StatusChange>findById(changeId).note = "forged";
        });
        assertThat(Api.as(admin).get("/api/audit?size=500").body().asString()).isEqualTo(auditBefore);
        assertThat(Api.as(admin).get("/api/claims/" + claimId).jsonPath().getString("history")).isEqualTo(historyBefore);
    }

    private static io.restassured.http.Cookie session(Browser browser) {
        return new io.restassured.http.Cookie.Builder("quarkus-credential", browser.cookie("quarkus-credential")).build();
    }
}
