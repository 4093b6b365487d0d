package org.corroborate.place;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** GET /api/places: the contract's shape, best first, [] for nothing, 400 naming q. */
@QuarkusTest
class PlaceApiTest {

    @Inject
    TestUsers users;

    @Test
    void answersTheBestMatchesInTheContractsShape() {
        String reviewer = users.fresh("places-reviewer", Role.REVIEWER);
        Api.as(reviewer).queryParam("q", "qarghayee").get("/api/places").then().statusCode(200)
                .body("[0].pcode", equalTo("AF0702"))
                .body("[0].admin1", equalTo("Laghman"))
                .body("[0].admin2", equalTo("Qarghayi"))
                .body("[0].latitude", equalTo(34.53149f))
                .body("[0].longitude", equalTo(70.17284f))
                .body("[0].matched", equalTo("Qarghayi"))
                .body("[0].keySet()", contains("pcode", "admin1", "admin2", "latitude", "longitude", "matched"));
    }

    @Test
    void aProvinceHasNoDistrict() {
        Api.as(users.fresh("places-editor", Role.EDITOR)).queryParam("q", "Laghman").get("/api/places").then()
                .statusCode(200).body("[0].pcode", equalTo("AF07")).body("[0].admin2", equalTo(null));
    }

    @Test
    void districtsOfOneNameInTwoProvincesAreBothAnsweredEachWithItsProvince() {
        String reviewer = users.fresh("places-reviewer", Role.REVIEWER);
        Api.as(reviewer).queryParam("q", "Dowlatabad").get("/api/places").then().statusCode(200)
                .body("pcode[0]", equalTo("AF2109")).body("admin1[0]", equalTo("Balkh"))
                .body("pcode[1]", equalTo("AF2909")).body("admin1[1]", equalTo("Faryab"));
        Api.as(reviewer).queryParam("q", "Dawlat Abad, Faryab").get("/api/places").then().statusCode(200)
                .body("pcode", contains("AF2909"));
    }

    @Test
    void nothingMatchingIsAnEmptyList() {
        Api.as(users.fresh("places-reviewer", Role.REVIEWER)).queryParam("q", "Xyzzy").get("/api/places").then()
                .statusCode(200).body("$", hasSize(0));
    }

    @Test
    void atMostTen() {
        Api.as(users.fresh("places-reviewer", Role.REVIEWER)).queryParam("q", "Dar").get("/api/places").then()
                .statusCode(200).body("size()", lessThanOrEqualTo(10));
    }

    @Test
    void aMissingBlankOrLongQueryIsRefusedNamingQ() {
        String reviewer = users.fresh("places-reviewer", Role.REVIEWER);
        Api.as(reviewer).get("/api/places").then().statusCode(400).body("status", equalTo(400))
                .body("fields.field", hasItem("q"));
        Api.as(reviewer).queryParam("q", "   ").get("/api/places").then().statusCode(400)
                .body("fields.field", hasItem("q"));
        Api.as(reviewer).queryParam("q", "x".repeat(101)).get("/api/places").then().statusCode(400)
                .body("fields[0].field", equalTo("q")).body("fields[0].message", containsString("100"));
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        Api.anonymous().queryParam("q", "Kabul").get("/api/places").then().statusCode(401);
    }
}
