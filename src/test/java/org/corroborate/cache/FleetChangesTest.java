package org.corroborate.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.Eventually;
import org.corroborate.TestDatabase;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.claim.ClaimFields;
import org.corroborate.web.Browser;

/**
 * What another instance of a fleet changes reaches this one, although this one remembers accounts and the claim
 * list's pages: another instance is played by changing rows in SQL, behind this application's back, which is
 * what this instance sees of another's write. PostgreSQL only: H2 is an embedded file one process opens, so
 * there is no other instance (a fleet needs PostgreSQL; the same suite runs on it in the pgtest profile).
 */
@QuarkusTest
class FleetChangesTest {

    private static final String SESSION_COOKIE = "quarkus-credential";

    @Inject
    TestUsers users;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void onPostgres() {
        assumeTrue(TestDatabase.isPostgres(),
                "H2 is opened by one instance only: other instances' changes exist on PostgreSQL (pgtest profile)");
    }

    @Test
    void aSignOutOnAnotherInstanceEndsTheSignInHere() throws SQLException {
        String name = users.fresh("fleet-leaving", Role.REVIEWER);
        String cookie = Browser.signedIn(name).cookie(SESSION_COOKIE);
        assertThat(pageStatus(cookie)).isEqualTo(200);
        assertThat(pageStatus(cookie)).as("remembered by now: a second request").isEqualTo(200);

        sql("UPDATE app_user SET sessions_valid_after = CURRENT_TIMESTAMP WHERE username = ?", name);

        assertThat(Eventually.holds(() -> pageStatus(cookie) == 302)).as("the cookie sent to the login page").isTrue();
    }

    @Test
    void aRoleChangedOnAnotherInstanceAppliesHere() throws SQLException {
        String name = users.fresh("fleet-promoted", Role.REVIEWER);
        Browser user = Browser.signedIn(name);
        assertThat(user.get("/queue/decisions").statusCode()).isEqualTo(403);

        sql("UPDATE app_user SET roles = 'editor' WHERE username = ?", name);

        assertThat(Eventually.holds(() -> user.get("/queue/decisions").statusCode() == 200)).isTrue();
    }

    @Test
    void aTokenRevokedOrItsOwnerDisabledOnAnotherInstanceIsRefusedHereWithinASecond() throws SQLException {
        String name = users.fresh("fleet-token", Role.REVIEWER);
        String revoked = Api.token(name, "write");
        String disabled = Api.token(name, "read");
        assertThat(Api.withToken(revoked).get("/api/claims").statusCode()).isEqualTo(200);
        assertThat(Api.withToken(revoked).get("/api/claims").statusCode()).as("remembered by now").isEqualTo(200);

        sql("UPDATE api_token SET revoked_at = CURRENT_TIMESTAMP WHERE id = (SELECT MIN(t.id) FROM api_token t "
                + "JOIN app_user u ON u.id = t.user_id WHERE u.username = ?)", name);
        long revokedAt = System.nanoTime();
        assertThat(Eventually.holds(() -> Api.withToken(revoked).get("/api/claims").statusCode() == 401)).isTrue();
        assertThat(System.nanoTime() - revokedAt).as("nanoseconds until refused").isLessThan(1_000_000_000L);
        assertThat(Api.withToken(disabled).get("/api/claims").statusCode()).isEqualTo(200);

        sql("UPDATE app_user SET enabled = FALSE WHERE username = ?", name);
        long disabledAt = System.nanoTime();
        assertThat(Eventually.holds(() -> Api.withToken(disabled).get("/api/claims").statusCode() == 401)).isTrue();
        assertThat(System.nanoTime() - disabledAt).as("nanoseconds until refused").isLessThan(1_000_000_000L);
    }

    @Test
    void aClaimEditedOnAnotherInstanceIsListedHere() throws SQLException {
        Browser reviewer = Browser.signedIn(users.fresh("fleet-lister", Role.REVIEWER));
        String province = "Listed elsewhere " + System.nanoTime();
        long moved = create(reviewer, "Somewhere else " + System.nanoTime());
        assertThat(list(reviewer, province)).contains("Claims found: 0");

        moveTo(moved, province);

        assertThat(Eventually.holds(() -> list(reviewer, province).contains("Claims found: 1"))).isTrue();
        assertThat(list(reviewer, province)).contains("/claims/" + moved + "\"");
    }

    @Test
    void changesAreSeenWhileTheFeedIsCutOffAndAfterItReconnects() throws SQLException {
        Browser reviewer = Browser.signedIn(users.fresh("fleet-cut", Role.REVIEWER));
        String province = "Cut off " + System.nanoTime();
        long first = create(reviewer, "Before the cut " + System.nanoTime());
        long second = create(reviewer, "After the cut " + System.nanoTime());
        assertThat(list(reviewer, province)).contains("Claims found: 0");
        long listener = listenerBackend();

        assertThat(terminate(listener)).isTrue();
        moveTo(first, province);
        assertThat(Eventually.holds(() -> list(reviewer, province).contains("Claims found: 1")))
                .as("read afresh while nobody listens").isTrue();

        assertThat(Eventually.holds(() -> {
            long now = listenerBackend();
            return now != 0 && now != listener;
        })).as("listening again").isTrue();
        moveTo(second, province);
        assertThat(Eventually.holds(() -> list(reviewer, province).contains("Claims found: 2"))).isTrue();
    }

    private static int pageStatus(String cookie) {
        return given().redirects().follow(false).cookie(SESSION_COOKIE, cookie).get("/").statusCode();
    }

    private static String list(Browser reviewer, String province) {
        Response list = reviewer.get("/claims", Map.of("admin1", province, "size", 50));
        assertThat(list.statusCode()).isEqualTo(200);
        return list.body().asString();
    }

    private static long create(Browser reviewer, String province) {
        Map<String, Object> fields = ClaimFields.valid("A claim in " + province);
        fields.put("location.admin1", province);
        Response created = reviewer.submit("/claims/new", "/claims", fields);
        assertThat(created.statusCode()).isEqualTo(303);
        return Browser.idFrom(created);
    }

    private void moveTo(long claimId, String province) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE claim SET admin1 = ?, admin1_key = ? WHERE id = ?")) {
            update.setString(1, province);
            update.setString(2, province.toLowerCase(Locale.ROOT));
            update.setLong(3, claimId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private void sql(String update, String username) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setString(1, username);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    /** The process id of the PostgreSQL backend this instance's feed listens on, 0 while there is none. */
    private long listenerBackend() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement find = connection.prepareStatement(
                        "SELECT pid FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()"
                                + " ORDER BY backend_start DESC LIMIT 1")) {
            find.setString(1, PostgresListener.APPLICATION_NAME);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean terminate(long backend) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement kill = connection.prepareStatement("SELECT pg_terminate_backend(?)")) {
            kill.setInt(1, (int) backend);
            try (ResultSet row = kill.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }
}
