package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.web.Browser;
import org.corroborate.web.TestClock;

/**
 * The claim list's "Claims found": remembered per filter, exact at once for claims written through this instance,
 * and at most five seconds behind a claim written by another instance of a fleet (played here by changing the row
 * in SQL, behind the application's back).
 */
@QuarkusTest
@TestProfile(MovingClockProfile.class)
class ClaimListCountTest {

    private static final Pattern FOUND = Pattern.compile("Claims found: (\\d+)");

    @Inject
    TestUsers users;

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    @Test
    void aClaimWrittenHereIsCountedAtOnce() {
        Browser reviewer = Browser.signedIn(users.fresh("counter", Role.REVIEWER));
        String province = "Counted here " + System.nanoTime();
        assertThat(found(reviewer, province, 50)).isZero();

        create(reviewer, province);
        assertThat(found(reviewer, province, 50)).isEqualTo(1);
        create(reviewer, province);
        assertThat(found(reviewer, province, 1)).isEqualTo(2);
        assertThat(found(reviewer, province, 50)).isEqualTo(2);
    }

    @Test
    void aClaimWrittenByAnotherInstanceIsCountedWithinFiveSeconds() throws SQLException {
        Browser reviewer = Browser.signedIn(users.fresh("fleet", Role.REVIEWER));
        String province = "Counted elsewhere " + System.nanoTime();
        create(reviewer, province);
        create(reviewer, province);
        long moved = create(reviewer, "Somewhere else " + System.nanoTime());
        assertThat(found(reviewer, province, 1)).isEqualTo(2);

        moveTo(moved, province);
        assertThat(found(reviewer, province, 1)).as("the count made a moment ago").isEqualTo(2);
        clock.advance(Duration.ofSeconds(6));
        assertThat(found(reviewer, province, 1)).isEqualTo(3);
    }

    @Test
    void aPageWhoseRowsDoNotFitTheCountIsRecountedAtOnce() throws SQLException {
        Browser reviewer = Browser.signedIn(users.fresh("recount", Role.REVIEWER));
        String province = "Recounted " + System.nanoTime();
        long moved = create(reviewer, "Elsewhere first " + System.nanoTime());
        assertThat(found(reviewer, province, 50)).isZero();

        moveTo(moved, province);
        assertThat(found(reviewer, province, 50)).as("one row shown, so not 'Claims found: 0'").isEqualTo(1);
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
        Response list = reviewer.get("/claims", Map.of("admin1", province, "size", size));
        assertThat(list.statusCode()).isEqualTo(200);
        Matcher found = FOUND.matcher(list.body().asString());
        assertThat(found.find()).isTrue();
        return Long.parseLong(found.group(1));
    }

    /** What another instance's edit looks like from here: the row changes, this instance's Hibernate never sees it. */
    private void moveTo(long claimId, String province) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE claim SET admin1 = ?, admin1_key = ? WHERE id = ?")) {
            update.setString(1, province);
            update.setString(2, province.toLowerCase(java.util.Locale.ROOT));
            update.setLong(3, claimId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
