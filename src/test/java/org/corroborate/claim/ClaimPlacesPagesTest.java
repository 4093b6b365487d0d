package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestClaims;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/** The claim form's place look-up with and without JavaScript, the chosen P-code, the free-text note. */
@QuarkusTest
class ClaimPlacesPagesTest {

    @Inject
    TestUsers users;

    @Inject
    TestClaims testClaims;

    @Test
    void findThePlaceWithoutJavaScriptOffersBothProvincesKeepingWhatWasTyped() {
        Browser reviewer = Browser.signedIn(users.fresh("finder", Role.REVIEWER));
        String statement = "Typed before finding the place " + System.nanoTime();
        Map<String, Object> fields = ClaimFields.valid(statement);
        fields.put("location.admin1", "");
        fields.put("location.admin2", "");
        fields.put("location.place", "Dowlatabad");
        fields.put("find", "place");

        Response found = reviewer.submit("/claims/new", "/claims", fields);

        assertThat(found.statusCode()).isEqualTo(200);
        String page = found.body().asString();
        assertThat(page).contains(statement + "</textarea>", "value=\"Dowlatabad\"")
                .contains("name=\"location.pcode\" value=\"AF2109\"", "district of Balkh")
                .contains("name=\"location.pcode\" value=\"AF2909\"", "district of Faryab")
                .contains("None of these: keep the place as typed");
        assertThat(claimsWith(statement)).isZero();

        fields.remove("find");
        fields.put("location.pcode", "AF2909");
        Response saved = reviewer.submit("/claims/new", "/claims", fields);
        assertThat(saved.statusCode()).isEqualTo(303);
        Claim claim = testClaims.reload(Browser.idFrom(saved));
        assertThat(claim.location.pcode).isEqualTo("AF2909");
        assertThat(claim.location.admin1).isEqualTo("Faryab");
        assertThat(claim.location.admin2).isEqualTo("Dawlat Abad");
        assertThat(claim.location.place).isEqualTo("Dowlatabad");
        assertThat(claim.location.latitude).isEqualTo(36.53634);
        assertThat(claim.location.precision).isEqualTo(PlacePrecision.ADMIN2);
        assertThat(reviewer.get("/claims/" + claim.id).body().asString()).contains("P-code AF2909")
                .doesNotContain("not in the gazetteer");
        // the edit form offers the chosen place, chosen
        assertThat(reviewer.get("/claims/" + claim.id + "/edit").body().asString())
                .contains("value=\"AF2909\" id=\"place-AF2909\" checked");
        // and finding from it keeps the chosen place first, then what the typed names may mean, saving nothing
        fields.put("find", "place");
        fields.put("version", String.valueOf(claim.version));
        fields.put("location.place", "Dawlat Abad, Balkh");
        Response again = reviewer.submit("/claims/" + claim.id + "/edit", "/claims/" + claim.id, fields);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body().asString()).contains("value=\"AF2909\" id=\"place-AF2909\" checked")
                .contains("value=\"AF2109\" id=\"place-AF2109\">");
        assertThat(testClaims.reload(claim.id).version).isEqualTo(claim.version);
    }

    @Test
    void theFragmentAnswersTheOptionsAsOneTypes() {
        Browser reviewer = Browser.signedIn(users.fresh("typist", Role.REVIEWER)).inPlace();
        String options = reviewer.get("/places/choices", Map.of("location.place", "Dawlat Abad",
                "location.admin1", "", "location.admin2", "")).then().statusCode(200).extract().asString();
        assertThat(options).contains("value=\"AF2109\"", "value=\"AF2909\"").doesNotContain("<html");
        String faryab = reviewer.get("/places/choices", Map.of("q", "Dawlat Abad, Faryab")).then().statusCode(200)
                .extract().asString();
        assertThat(faryab).contains("value=\"AF2909\"").doesNotContain("AF2109");
        assertThat(reviewer.get("/places/choices", Map.of("q", "Xyzzyqa")).then().statusCode(200).extract().asString())
                .contains("No place of the gazetteer matches");
        assertThat(reviewer.get("/places/choices", Map.of("q", "")).then().statusCode(200).extract().asString())
                .doesNotContain("location.pcode");
        // the form asks for it from the place field
        assertThat(Browser.signedIn(users.fresh("typist", Role.REVIEWER)).get("/claims/new").body().asString())
                .contains("hx-get=\"/places/choices\"", "hx-target=\"#place-choices\"", "id=\"place-choices\"");
    }

    @Test
    void aVillageOutsideTheGazetteerIsNotedOnTheClaimPageAndTheList() {
        Browser reviewer = Browser.signedIn(users.fresh("villager", Role.REVIEWER));
        String statement = "A village nobody lists " + System.nanoTime();
        Map<String, Object> fields = ClaimFields.valid(statement);
        fields.put("location.admin1", "");
        fields.put("location.admin2", "Dawlat Abad");
        fields.put("location.place", "Qarya-e-Kohna");
        fields.put("location.pcode", "");
        Response saved = reviewer.submit("/claims/new", "/claims", fields);
        assertThat(saved.statusCode()).isEqualTo(303);
        long id = Browser.idFrom(saved);
        assertThat(testClaims.reload(id).location.pcode).isNull();
        assertThat(reviewer.get("/claims/" + id).body().asString()).contains("Qarya-e-Kohna", "not in the gazetteer");
        assertThat(reviewer.get("/claims", Map.of("q", statement)).body().asString()).contains("not in the gazetteer");
        assertThat(reviewer.get("/claims", Map.of("pcode", "none", "admin2", "dawlat abad")).body().asString())
                .contains(statement);
    }

    private long claimsWith(String statement) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Claim.count("statement", statement));
    }
}
