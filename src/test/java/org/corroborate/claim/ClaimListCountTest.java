package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;

/**
 * The claim list's rows and "Claims found": remembered per filter, and exact at once for claims written through
 * this instance. (Claims written by another instance of a fleet: {@code fleet.FleetChangesTest}.)
 */
@QuarkusTest
class ClaimListCountTest {

    private static final Pattern FOUND = Pattern.compile("Claims found: (\\d+)");

    @Inject
    TestUsers users;

    @Test
    void aClaimWrittenHereIsListedAndCountedAtOnce() {
        Browser reviewer = Browser.signedIn(users.fresh("counter", Role.REVIEWER));
        String province = "Counted here " + System.nanoTime();
        assertThat(found(reviewer, province, 50)).isZero();

        create(reviewer, province);
        assertThat(found(reviewer, province, 50)).isEqualTo(1);
        long second = create(reviewer, province);
        assertThat(found(reviewer, province, 1)).isEqualTo(2);
        assertThat(found(reviewer, province, 50)).isEqualTo(2);
        assertThat(list(reviewer, province, 50)).contains("/claims/" + second + "\"");

        Map<String, Object> moved = ClaimFields.valid("A claim moved away from " + province);
        moved.put("location.admin1", "Elsewhere " + System.nanoTime());
        moved.put("version", reviewer.get("/claims/" + second + "/edit").body().asString()
                .replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1"));
        assertThat(reviewer.submit("/claims/" + second + "/edit", "/claims/" + second, moved).statusCode())
                .isEqualTo(303);
        assertThat(found(reviewer, province, 50)).as("after the edit moved one away").isEqualTo(1);
        assertThat(list(reviewer, province, 50)).doesNotContain("/claims/" + second + "\"");
    }

    private static long create(Browser reviewer, String province) {
        Map<String, Object> fields = ClaimFields.valid("A claim in " + province);
        fields.put("location.admin1", province);
        Response created = reviewer.submit("/claims/new", "/claims", fields);
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static long found(Browser reviewer, String province, int size) {
        Matcher found = FOUND.matcher(list(reviewer, province, size));
        assertThat(found.find()).isTrue();
        return Long.parseLong(found.group(1));
    }

    private static String list(Browser reviewer, String province, int size) {
        Response list = reviewer.get("/claims", Map.of("admin1", province, "size", size));
        assertThat(list.statusCode()).isEqualTo(200);
        return list.body().asString();
    }
}
