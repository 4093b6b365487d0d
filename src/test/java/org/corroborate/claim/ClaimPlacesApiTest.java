package org.corroborate.claim;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/** Claims point at places: location.pcode checked, the gazetteer's names and centroid, the free-text flag. */
@QuarkusTest
class ClaimPlacesApiTest {

    @Inject
    TestUsers users;

    String alice;

    @BeforeEach
    void account() {
        alice = users.fresh("places-alice", Role.REVIEWER);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> location(Map<String, Object> body) {
        return (Map<String, Object>) body.get("location");
    }

    private long claimCount() {
        return Api.as(alice).get("/api/claims?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void anUnknownPcodeIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = claimCount();
        Map<String, Object> body = Api.claimBody();
        location(body).put("pcode", "AF9999");
        Api.as(alice).body(body).post("/api/claims").then().statusCode(400)
                .body("fields.field", hasItem("location.pcode"));
        org.assertj.core.api.Assertions.assertThat(claimCount()).isEqualTo(before);
    }

    @Test
    void aChosenPcodeGivesTheGazetteersNamesAndCentroid() {
        Map<String, Object> body = Api.claimBody();
        Map<String, Object> l = location(body);
        l.put("pcode", "af2909");
        l.put("admin1", "somewhere else");
        l.put("admin2", "Dowlatabad");
        l.remove("latitude");
        l.remove("longitude");
        l.put("precision", "PLACE");
        Api.as(alice).body(body).post("/api/claims").then().statusCode(201)
                .body("location.pcode", equalTo("AF2909"))
                .body("location.admin1", equalTo("Faryab"))
                .body("location.admin2", equalTo("Dawlat Abad"))
                .body("location.latitude", equalTo(36.53634f))
                .body("location.longitude", equalTo(65.05589f))
                .body("location.precision", equalTo("ADMIN2"));
    }

    @Test
    void theWritersCoordinatesStayWhenTheyAreFiner() {
        Map<String, Object> body = Api.claimBody();
        Map<String, Object> l = location(body);
        l.put("pcode", "AF2308");
        l.put("precision", "PLACE");
        Api.as(alice).body(body).post("/api/claims").then().statusCode(201)
                .body("location.admin2", equalTo("Taywarah"))
                .body("location.latitude", equalTo(33.35f))
                .body("location.precision", equalTo("PLACE"));
        l.put("precision", "ADMIN2");
        Api.as(alice).body(body).post("/api/claims").then().statusCode(201)
                .body("location.latitude", equalTo(33.48354f))
                .body("location.precision", equalTo("ADMIN2"));
    }

    @Test
    void namesWithoutAPcodeResolveWhenOnePlaceMatches() {
        Map<String, Object> body = Api.claimBody();
        location(body).put("admin1", "Ghor province");
        location(body).put("admin2", "Taywara");
        long id = Api.as(alice).body(body).post("/api/claims").then().statusCode(201)
                .body("location.pcode", equalTo("AF2308"))
                .body("location.admin1", equalTo("Ghor"))
                .body("location.admin2", equalTo("Taywarah"))
                .body("location.latitude", equalTo(33.35f)) // written coordinates stay: only a chosen place moves them
                .extract().jsonPath().getLong("id");
        Api.as(alice).get("/api/claims/" + id).then().statusCode(200).body("location.pcode", equalTo("AF2308"));
    }

    @Test
    void spellingsOfOneProvinceCountAsOneAndTheFilterFindsThemByAny() {
        String marker = "spelling-" + System.nanoTime();
        for (String province : List.of("Helmand", "Hilmand province")) {
            Map<String, Object> body = Api.claimBody();
            body.put("statement", "Fighting near Nad Ali reported by " + marker);
            location(body).put("admin1", province);
            location(body).put("admin2", "Nad Ali");
            Api.as(alice).body(body).post("/api/claims").then().statusCode(201)
                    .body("location.admin1", equalTo("Hilmand")).body("location.pcode", equalTo("AF3002"));
        }
        Api.as(alice).queryParam("q", marker).queryParam("admin1", "helmand").get("/api/claims").then().statusCode(200)
                .body("total", equalTo(2));
        Api.as(alice).queryParam("q", marker).queryParam("pcode", "af3002").get("/api/claims").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void aVillageOutsideTheGazetteerStaysFreeTextWithoutAPcode() {
        Map<String, Object> body = Api.claimBody();
        location(body).put("admin1", null);
        location(body).put("admin2", "Dawlat Abad"); // Faryab's or Balkh's: not guessed
        location(body).put("place", "Qarya-e-Kohna");
        Api.as(alice).body(body).post("/api/claims").then().statusCode(201)
                .body("location.pcode", nullValue())
                .body("location.admin2", equalTo("Dawlat Abad"))
                .body("location.place", equalTo("Qarya-e-Kohna"));
    }

    @Test
    void aVillageInAKnownDistrictGetsTheDistrictsPcodeAndKeepsItsName() {
        Map<String, Object> body = Api.claimBody();
        location(body).put("admin1", "Kunduz");
        location(body).put("admin2", "Qalai Zal");
        location(body).put("place", "Qarya-e-Kohna");
        Api.as(alice).body(body).post("/api/claims").then().statusCode(201)
                .body("location.pcode", equalTo("AF1907"))
                .body("location.admin2", equalTo("Qala-e-Zal"))
                .body("location.place", equalTo("Qarya-e-Kohna"));
    }

    @Test
    void anUpdateTakesAPcodeAndRefusesAnUnknownOne() {
        Map<String, Object> body = Api.claimBody();
        var created = Api.as(alice).body(body).post("/api/claims").then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        body.put("version", created.getLong("version"));
        location(body).put("pcode", "AF00");
        Api.as(alice).body(body).put("/api/claims/" + id).then().statusCode(400)
                .body("fields.field", hasItem("location.pcode"));
        location(body).put("pcode", "AF0701");
        Api.as(alice).body(body).put("/api/claims/" + id).then().statusCode(200)
                .body("location.pcode", equalTo("AF0701")).body("location.admin1", equalTo("Laghman"))
                .body("location.admin2", equalTo("Mehtarlam"));
    }
}
