package org.corroborate.workflow;

import static io.restassured.RestAssured.given;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BootSmokeTest {

    /** Health answers on the management port, under its root /q. */
    @TestHTTPResource(value = "health/ready", management = true)
    URL ready;

    @Test
    void boots() {
        given().get(ready).then().statusCode(200);
    }
}
