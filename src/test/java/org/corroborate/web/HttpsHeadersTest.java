package org.corroborate.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import org.corroborate.account.SignInTestProfile;

/** Behind a proxy that terminates TLS (forwarded headers honoured, as in the postgres profile). */
@QuarkusTest
@TestProfile(SignInTestProfile.class)
class HttpsHeadersTest {

    @Test
    void overHttpsBrowsersAreToldToStayOnHttpsAndOverHttpNot() {
        assertThat(given().redirects().follow(false).header("X-Forwarded-Proto", "https").get("/static/app.css").header("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000");
        assertThat(given().redirects().follow(false).get("/static/app.css").header("Strict-Transport-Security")).isNull();
    }
}
