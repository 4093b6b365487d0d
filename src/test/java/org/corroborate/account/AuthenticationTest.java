package org.corroborate.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import java.net.URL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;

/** Pages use the login form and its cookie; the API uses Basic credentials only; the export is public. */
@QuarkusTest
class AuthenticationTest {

    @Inject
    TestUsers users;

    /** Health is on the management port, open to whoever can reach that port. */
    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    private static String login(String username, String password) {
        return given().redirects().follow(false).formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
    }

    @Test
    void pagesNeedASignedInUserAndTheApiNeedsBasicCredentials() {
        String alice = users.fresh("alice", Role.REVIEWER);
        given().redirects().follow(false).get("/claims").then().statusCode(302).header("Location", endsWith("/login"));

        String session = login(alice, TestUsers.passwordOf(alice));
        org.assertj.core.api.Assertions.assertThat(session).isNotBlank();
        // the session cookie alone does not open the API: a page's cookie cannot be replayed against it
        given().cookie("quarkus-credential", session).get("/api/claims").then().statusCode(401);
        given().auth().preemptive().basic(alice, TestUsers.passwordOf(alice)).get("/api/claims").then().statusCode(200);
    }

    @Test
    void aWrongPasswordGivesNoSession() {
        String alice = users.fresh("alice", Role.REVIEWER);
        given().redirects().follow(false).formParam("j_username", alice).formParam("j_password", "not-the-password")
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/login?error=true"));
    }

    @Test
    void theExportHealthAndApiDocumentAreOpenToEveryone() {
        given().get("/api/events").then().statusCode(200);
        given().get(ready).then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
