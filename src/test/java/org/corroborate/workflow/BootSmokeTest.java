package org.corroborate.workflow;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BootSmokeTest {
    @Test
    void boots() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
