package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestClaims;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.db.OlderRows;
import org.corroborate.place.PlaceService;
import org.corroborate.web.Browser;

/** Claims written before they pointed at places are matched on start where one place matches, once. */
@QuarkusTest
class UnplacedClaimsTest extends OlderRows {

    @Inject
    TestUsers users;

    @Inject
    TestClaims testClaims;

    @Inject
    UnplacedClaims unplaced;

    @Inject
    PlaceService places;

    /** A claim as an older version stored it: names as typed, no P-code. */
    private long older(String admin1, String admin2) {
        long id = testClaims.open("older-author");
        QuarkusTransaction.requiringNew().run(() -> Claim.getEntityManager().createNativeQuery(
                "update claim set location_pcode = null, admin1 = ?1, admin2 = ?2, admin1_key = lower(?1) where id = ?3")
                .setParameter(1, admin1).setParameter(2, admin2).setParameter(3, id).executeUpdate());
        return id;
    }

    @Test
    void afterAStartTheBackgroundCatchUpMatchesOlderClaims() throws Exception {
        long mihtarlam = older("Laghman", "Mihtarlam");

        catchUpAsAfterAStart();

        assertThat(testClaims.reload(mihtarlam).location.pcode).isEqualTo("AF0701");
    }

    @Test
    void unambiguousNamesAreMatchedAndTheRestListedOnTheAdminPage() {
        long mihtarlam = older("Laghman", "Mihtarlam");
        long qalaiZal = older("Kunduz", "Qalai Zal");
        long wardak = older("Wardak", "Nerkh");
        String odd = "Nowhere Dara " + System.nanoTime();
        long nowhere = older("Ghor", odd);
        long twoProvinces = older(null, "Dawlat Abad");
        long helmand = older("Helmand", odd);
        long version = testClaims.reload(mihtarlam).version;

        assertThat(unplaced.match()).isGreaterThanOrEqualTo(3);

        Claim laghman = testClaims.reload(mihtarlam);
        assertThat(laghman.location.pcode).isEqualTo("AF0701");
        assertThat(laghman.location.admin2).isEqualTo("Mehtarlam");
        assertThat(laghman.admin1Key()).isEqualTo("laghman");
        assertThat(laghman.version).isEqualTo(version + 1);
        assertThat(laghman.location.latitude).isEqualTo(36.68); // as written
        assertThat(testClaims.reload(qalaiZal).location.pcode).isEqualTo("AF1907");
        Claim nerkh = testClaims.reload(wardak);
        assertThat(nerkh.location.pcode).isEqualTo("AF0402");
        assertThat(nerkh.location.admin1).isEqualTo("Maidan Wardak");
        assertThat(testClaims.reload(nowhere).location.pcode).isNull();
        assertThat(testClaims.reload(twoProvinces).location.pcode).isNull();
        Claim provinceOnly = testClaims.reload(helmand);
        assertThat(provinceOnly.location.pcode).isNull();
        assertThat(provinceOnly.location.admin1).as("the province's one name").isEqualTo("Hilmand");
        assertThat(provinceOnly.admin1Key()).isEqualTo("hilmand");

        // a second run, as a second instance of a fleet would make it, changes nothing
        assertThat(unplaced.match()).isZero();
        assertThat(testClaims.reload(mihtarlam).version).isEqualTo(version + 1);

        assertThat(places.unmatchedClaimPlaces(100)).extracting(PlaceService.ClaimPlace::admin2)
                .contains(odd, "Dawlat Abad").doesNotContain("Mihtarlam", "Mehtarlam");
        String admin = users.ensure("places-admin", Role.ADMIN);
        Browser.signedIn(admin).get("/admin/places").then().statusCode(200)
                .body(containsString("href=\"/claims?pcode=none&amp;admin1=Ghor&amp;admin2=Nowhere%20Dara"))
                .body(containsString("href=\"/claims?pcode=none&amp;admin2=Dawlat%20Abad\""));
        String reviewer = users.fresh("places-reader", Role.REVIEWER);
        Browser.signedIn(reviewer).get("/claims", java.util.Map.of("pcode", "none", "admin1", "Ghor", "admin2", odd)).then()
                .statusCode(200).body(containsString("Claims found: 1"));
    }
}
