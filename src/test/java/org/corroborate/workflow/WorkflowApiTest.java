package org.corroborate.workflow;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** The workflow's steps and refusals as API clients see them. */
@QuarkusTest
class WorkflowApiTest {

    @Inject
    TestUsers users;

    String alice;
    String bob;
    String editor;
    String otherEditor;

    @BeforeEach
    void accounts() {
        alice = users.fresh("alice", Role.REVIEWER);
        bob = users.fresh("bob", Role.REVIEWER);
        editor = users.fresh("editor", Role.EDITOR);
        otherEditor = users.fresh("editor2", Role.EDITOR);
    }

    private void propose(String who, long claimId, String verdict, int expected) {
        Api.as(who).body(Map.of("verdict", verdict)).post("/api/claims/" + claimId + "/verdict").then().statusCode(expected);
    }

    private io.restassured.response.ValidatableResponse decide(String who, long claimId, String decision, String note) {
        return Api.as(who).body(note == null ? Map.of("decision", decision) : Map.of("decision", decision, "note", note))
                .post("/api/claims/" + claimId + "/decision").then();
    }

    @Test
    void proposingWithoutEvidenceNamesEachUnmetRule() {
        long claimId = Api.createClaim(alice);
        Api.as(alice).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + claimId + "/verdict")
                .then().statusCode(422)
                .body("unmetRules", hasItem(containsString("at least 1 review")))
                .body("unmetRules", hasItem(containsString("2 independent origins")))
                .body("unmetRules", hasItem(containsString("not a party to the conflict")));
        Api.as(alice).get("/api/claims/" + claimId).then().body("status", equalTo("OPEN")).body("history", hasSize(1));
    }

    @Test
    void verifiedNeedsAnIndependentClaimant() {
        long claimId = Api.createClaim(alice);
        Api.cite(alice, claimId, Api.createSource(alice, "Outlet A"), "SUPPORTS", "Army spokesman", true);
        Api.cite(alice, claimId, Api.createSource(alice, "Outlet B"), "SUPPORTS", "Taliban spokesman", true);
        Api.review(alice, claimId, 5);
        Api.review(bob, claimId, 5);
        Api.as(alice).body(Map.of("verdict", "VERIFIED")).post("/api/claims/" + claimId + "/verdict")
                .then().statusCode(422).body("unmetRules", hasSize(1))
                .body("unmetRules[0]", containsString("not a party"));
        // the party-only evidence still allows DISPUTED
        propose(alice, claimId, "DISPUTED", 200);
    }

    @Test
    void fourEyes() {
        long claimId = Api.verifiableClaim(alice, bob);
        propose(editor, claimId, "VERIFIED", 200);
        decide(editor, claimId, "APPROVE", null).statusCode(422)
                .body("unmetRules[0]", containsString("cannot approve a verdict they proposed"));
        decide(otherEditor, claimId, "APPROVE", "ok").statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void anEditorWhoIsTheOnlyReviewerCannotApprove() {
        long claimId = Api.createClaim(alice);
        Api.review(editor, claimId, 3);
        propose(alice, claimId, "UNVERIFIABLE", 200);
        decide(editor, claimId, "APPROVE", null).statusCode(422)
                .body("unmetRules[0]", containsString("only reviewer"));
        Api.review(bob, claimId, 3);
        decide(editor, claimId, "APPROVE", null).statusCode(200);
    }

    @Test
    void rejectionNeedsANoteAndReopensTheClaim() {
        long claimId = Api.verifiableClaim(alice, bob);
        propose(alice, claimId, "VERIFIED", 200);
        decide(editor, claimId, "REJECT", null).statusCode(400).body("fields[0].field", equalTo("note"));
        decide(editor, claimId, "REJECT", "The second source repeats the first.").statusCode(200)
                .body("status", equalTo("OPEN")).body("verdict", equalTo(null));
        Api.as(alice).get("/api/claims/" + claimId).then()
                .body("history[-1].from", equalTo("PROPOSED")).body("history[-1].to", equalTo("OPEN"))
                .body("history[-1].verdict", equalTo("VERIFIED"))
                .body("history[-1].note", equalTo("The second source repeats the first."));
    }

    @Test
    void approvedClaimsAreFrozenUntilRetracted() {
        long claimId = Api.verifiableClaim(alice, bob);
        propose(alice, claimId, "VERIFIED", 200);
        decide(editor, claimId, "APPROVE", null).statusCode(200);
        long version = Api.as(alice).get("/api/claims/" + claimId).jsonPath().getLong("version");

        Map<String, Object> edit = Api.claimBody();
        edit.put("version", version);
        Api.as(alice).body(edit).put("/api/claims/" + claimId).then().statusCode(409)
                .body("message", containsString("frozen"));
        Api.as(alice).body(Map.of("rating", 1, "rationale", "Changed my mind after approval."))
                .put("/api/claims/" + claimId + "/reviews/mine").then().statusCode(409);
        Api.as(alice).body(Map.of("sourceId", Api.createSource(alice, "Late outlet"), "stance", "REFUTES", "quote", "none",
                "claimant", "Someone", "claimantIsParty", false)).post("/api/claims/" + claimId + "/citations")
                .then().statusCode(409);

        Api.as(editor).body(Map.of()).post("/api/claims/" + claimId + "/retraction").then().statusCode(400)
                .body("fields[0].field", equalTo("note"));
        Api.as(alice).body(Map.of("note", "wrong")).post("/api/claims/" + claimId + "/retraction").then().statusCode(403);
        Api.as(editor).body(Map.of("note", "A later report moved the event to another district."))
                .post("/api/claims/" + claimId + "/retraction").then().statusCode(200)
                .body("status", equalTo("RETRACTED")).body("revision", equalTo(2));
        Api.as(editor).body(Map.of("note", "again")).post("/api/claims/" + claimId + "/retraction").then().statusCode(409);
    }

    @Test
    void staleVersionIsRefusedAndNothingIsOverwritten() {
        long claimId = Api.createClaim(alice);
        long version = Api.as(alice).get("/api/claims/" + claimId).jsonPath().getLong("version");

        Map<String, Object> first = Api.claimBody();
        first.put("version", version);
        first.put("statement", "Alice's correction: the district centre was retaken on Friday.");
        Api.as(alice).body(first).put("/api/claims/" + claimId).then().statusCode(200)
                .body("version", equalTo((int) version + 1));

        Map<String, Object> second = Api.claimBody();
        second.put("version", version);
        second.put("statement", "Bob's edit made from the page he loaded before Alice saved.");
        Api.as(bob).body(second).put("/api/claims/" + claimId).then().statusCode(409)
                .body("message", containsString("changed by someone else"));
        Api.as(bob).get("/api/claims/" + claimId).then()
                .body("statement", equalTo("Alice's correction: the district centre was retaken on Friday."));

        Map<String, Object> noVersion = Api.claimBody();
        Api.as(bob).body(noVersion).put("/api/claims/" + claimId).then().statusCode(400)
                .body("fields[0].field", equalTo("version"));
    }

    @Test
    void oneReviewPerReviewerASecondPutReplacesTheFirst() {
        long claimId = Api.createClaim(alice);
        Api.as(bob).body(Map.of("rating", 2, "rationale", "Only the army's word for the figure."))
                .put("/api/claims/" + claimId + "/reviews/mine").then().statusCode(201).body("rating", equalTo(2));
        Api.as(bob).body(Map.of("rating", 4, "rationale", "A council member confirms it now.", "tags",
                java.util.List.of("INDEPENDENT_CONFIRMATION")))
                .put("/api/claims/" + claimId + "/reviews/mine").then().statusCode(200).body("rating", equalTo(4));
        Api.as(alice).get("/api/claims/" + claimId).then()
                .body("reviews", hasSize(1)).body("reviews[0].reviewer", equalTo(bob))
                .body("reviews[0].rating", equalTo(4)).body("reviews[0].tags", hasItem("INDEPENDENT_CONFIRMATION"));
    }

    @Test
    void eachRoleIsRefusedWhatItMayNotDo() {
        String admin = users.fresh("admin", Role.ADMIN);
        long claimId = Api.createClaim(alice);

        Api.anonymous().get("/api/claims").then().statusCode(401);
        Api.anonymous().body(Api.claimBody()).post("/api/claims").then().statusCode(401);
        io.restassured.RestAssured.given().auth().preemptive().basic(alice, "wrong-password").get("/api/claims")
                .then().statusCode(401);

        // admins read everything but write no claims, citations, reviews or decisions
        Api.as(admin).get("/api/claims/" + claimId).then().statusCode(200);
        Api.as(admin).body(Api.claimBody()).post("/api/claims").then().statusCode(403);
        Api.as(admin).body(Map.of("rating", 3, "rationale", "An admin should not vote."))
                .put("/api/claims/" + claimId + "/reviews/mine").then().statusCode(403);

        // reviewers neither decide nor retract nor manage accounts
        Api.verifiableClaim(alice, bob);
        decide(alice, claimId, "APPROVE", null).statusCode(403).body("status", equalTo(403)).body("message", containsString("roles do not allow"));
        Api.as(alice).body(Map.of("username", "mallory", "password", "long-enough-pw", "roles", java.util.List.of("admin")))
                .post("/api/users").then().statusCode(403);
        Api.as(editor).body(Map.of("username", "mallory", "password", "long-enough-pw", "roles", java.util.List.of("admin")))
                .post("/api/users").then().statusCode(403);
    }

    @Test
    void adminCreatesAccountsAndNamesAreUnique() {
        String admin = users.fresh("admin", Role.ADMIN);
        String name = "dora" + System.nanoTime() % 100000;
        Api.as(admin).body(Map.of("username", name, "password", "dora-is-careful", "roles", java.util.List.of("reviewer")))
                .post("/api/users").then().statusCode(201).body("username", equalTo(name))
                .body("roles", hasItem("reviewer")).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("password")));
        Api.as(admin).body(Map.of("username", name, "password", "another-password", "roles", java.util.List.of("editor")))
                .post("/api/users").then().statusCode(409).body("fields[0].field", equalTo("username"));
        // the new account works over the API at once
        io.restassured.RestAssured.given().auth().preemptive().basic(name, "dora-is-careful").get("/api/claims")
                .then().statusCode(200);
    }
}
