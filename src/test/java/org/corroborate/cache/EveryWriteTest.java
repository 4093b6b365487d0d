package org.corroborate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.corroborate.Eventually;
import org.corroborate.TestClaims;
import org.corroborate.TestDatabase;
import org.corroborate.account.AccountService;
import org.corroborate.account.Role;
import org.corroborate.account.User;
import org.corroborate.account.UserInput;
import org.corroborate.cache.ChangeFeed.Topic;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimFilter;
import org.corroborate.claim.ClaimInput;
import org.corroborate.claim.ClaimRow;
import org.corroborate.claim.ClaimService;
import org.corroborate.claim.PlacePrecision;

/**
 * Every way the application writes claims and accounts makes what instances remember be read afresh: on this
 * instance (the application) as soon as the write returns, and on another instance of the fleet once the database
 * tells it. The other instance is a second {@link ChangeFeed} in this process with caches of its own, hearing the
 * database as instances do: on PostgreSQL through notifications on a connection of its own, made from the
 * application's datasource settings; on H2 through test triggers standing in for them ({@link H2Notifications}).
 * Nothing announces these writes by hand: if a write path went unannounced, a read remembered before it would be
 * served after it.
 */
@QuarkusTest
class EveryWriteTest {

    /** The ways to write a claim; each moves one claim into or out of the province a test lists. */
    enum ClaimWrite {
        CREATED, EDITED, CHANGED_AT_COMMIT, REMOVED, BULK_UPDATE, BULK_DELETE, NATIVE_UPDATE
    }

    /** The ways to write an account; each changes, adds or removes one account a test lists. */
    enum AccountWrite {
        CREATED, ROLES_CHANGED, SIGNED_OUT, REMOVED, BULK_DELETE, NATIVE_UPDATE
    }

    private static final String AUTHOR = "every-write-test";

    @Inject
    ChangeFeed feed;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager entities;

    @Inject
    ClaimService claims;

    @Inject
    AccountService accounts;

    /** Another instance's feed, on the same database. */
    private ChangeFeed otherInstance;
    private Runnable stopHearingH2 = () -> {
    };

    @BeforeEach
    void startAnotherInstance() {
        otherInstance = new ChangeFeed(transactions,
                dataSource.getConfiguration().connectionPoolConfiguration().connectionFactoryConfiguration());
        otherInstance.start();
        if (!TestDatabase.isPostgres()) {
            stopHearingH2 = H2Notifications.listen(otherInstance);
        }
        assertThat(Eventually.holds(otherInstance::inStep)).as("the other instance listening").isTrue();
        assertThat(Eventually.holds(feed::inStep)).as("this instance listening").isTrue();
    }

    @AfterEach
    void stopTheOtherInstance() throws InterruptedException {
        stopHearingH2.run();
        otherInstance.stop();
    }

    @ParameterizedTest
    @EnumSource(ClaimWrite.class)
    void theClaimListFollowsEveryClaimWrite(ClaimWrite write) {
        String province = "Every write " + write + " " + System.nanoTime();
        long claim = switch (write) {
            case CREATED -> 0;
            case REMOVED, BULK_DELETE -> beforehand(Topic.CLAIMS, () -> bareClaim(province));
            default -> beforehand(Topic.CLAIMS, () -> claims.create(in("Elsewhere " + System.nanoTime()), AUTHOR).id);
        };
        FleetCache<String, List<Long>> elsewhere = new FleetCache<>(otherInstance, Topic.CLAIMS, 10);
        List<Long> before = claimsIn(province);
        assertThat(listedHere(province)).isEqualTo(before);
        assertThat(remembered(elsewhere, province, () -> claimsIn(province))).isEqualTo(before);

        write(write, claim, province);

        List<Long> after = claimsIn(province);
        assertThat(after).isNotEqualTo(before);
        assertThat(listedHere(province)).as("listed here as soon as the write returns").isEqualTo(after);
        assertThat(Eventually.holds(() -> elsewhere.get(province, () -> claimsIn(province)).equals(after)))
                .as("listed on the other instance").isTrue();
    }

    @ParameterizedTest
    @EnumSource(AccountWrite.class)
    void rememberedAccountsFollowEveryAccountWrite(AccountWrite write) {
        String prefix = "every-write-" + write.ordinal() + "-" + System.nanoTime();
        String name = prefix + "-a";
        if (write != AccountWrite.CREATED) {
            beforehand(Topic.ACCOUNTS, () -> accounts.create(
                    new UserInput(name, "Kunduz river crossing 2021", List.of("reviewer")), AUTHOR));
        }
        FleetCache<String, List<String>> here = new FleetCache<>(feed, Topic.ACCOUNTS, 10);
        FleetCache<String, List<String>> elsewhere = new FleetCache<>(otherInstance, Topic.ACCOUNTS, 10);
        List<String> before = accountsNamed(prefix);
        assertThat(remembered(here, prefix, () -> accountsNamed(prefix))).isEqualTo(before);
        assertThat(remembered(elsewhere, prefix, () -> accountsNamed(prefix))).isEqualTo(before);

        write(write, name);

        List<String> after = accountsNamed(prefix);
        assertThat(after).isNotEqualTo(before);
        assertThat(here.get(prefix, () -> accountsNamed(prefix))).as("here, as soon as the write returns")
                .isEqualTo(after);
        assertThat(Eventually.holds(() -> elsewhere.get(prefix, () -> accountsNamed(prefix)).equals(after)))
                .as("on the other instance").isTrue();
    }

    /**
     * Writes what a test needs in place before the write it checks, and waits until the other instance has heard
     * of it: what that instance remembers next is then undone by nothing but the write under test.
     */
    private <T> T beforehand(Topic topic, Supplier<T> setUp) {
        long heard = otherInstance.version(topic);
        T done = setUp.get();
        assertThat(Eventually.holds(() -> otherInstance.version(topic) > heard)).as("heard of the set-up").isTrue();
        return done;
    }

    /**
     * What {@code cache} remembers for {@code key} once it remembers it. On PostgreSQL this instance also hears its
     * own writes' notifications, a moment after their commit; one that arrives after a read is read afresh. (On H2
     * nothing but its own announcements tells this instance, so there the checks "as soon as the write returns" see
     * them alone.)
     */
    private static <V> V remembered(FleetCache<String, V> cache, String key, Supplier<V> read) {
        AtomicReference<V> value = new AtomicReference<>();
        assertThat(Eventually.holds(() -> {
            value.set(cache.get(key, read));
            return cache.known(key).isPresent();
        })).as("remembered").isTrue();
        return value.get();
    }

    private void write(ClaimWrite write, long claim, String province) {
        String key = province.toLowerCase(Locale.ROOT);
        switch (write) {
            case CREATED -> claims.create(in(province), AUTHOR);
            case EDITED -> claims.update(claim, in(province, versionOf(claim)), AUTHOR);
            case CHANGED_AT_COMMIT -> QuarkusTransaction.requiringNew().run(() -> {
                Claim found = Claim.findById(claim);
                found.location.admin1 = province; // flushed when the transaction commits
            });
            case REMOVED -> QuarkusTransaction.requiringNew().run(() -> Claim.findById(claim).delete());
            case BULK_UPDATE -> QuarkusTransaction.requiringNew().run(() -> Claim.update(
                    "location.admin1 = ?1, admin1Key = ?2 where id = ?3", province, key, claim));
            case BULK_DELETE -> QuarkusTransaction.requiringNew().run(() -> Claim.delete("id", claim));
            case NATIVE_UPDATE -> QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                    "UPDATE claim SET admin1 = ?1, admin1_key = ?2 WHERE id = ?3")
                    .setParameter(1, province).setParameter(2, key).setParameter(3, claim).executeUpdate());
        }
    }

    private void write(AccountWrite write, String name) {
        switch (write) {
            case CREATED -> accounts.create(new UserInput(name, "Kunduz river crossing 2021", List.of("reviewer")),
                    AUTHOR);
            case ROLES_CHANGED -> accounts.changeRoles(idOf(name), List.of(Role.EDITOR.roleName()), AUTHOR);
            case SIGNED_OUT -> accounts.endSessions(name);
            case REMOVED -> QuarkusTransaction.requiringNew().run(() -> User.findById(idOf(name)).delete());
            case BULK_DELETE -> QuarkusTransaction.requiringNew().run(() -> User.delete("username", name));
            case NATIVE_UPDATE -> QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                    "UPDATE app_user SET roles = 'admin' WHERE username = ?1").setParameter(1, name).executeUpdate());
        }
    }

    /** The claim list of a province, as this instance's pages read it: remembered. */
    private List<Long> listedHere(String province) {
        return claims.rows(new ClaimFilter(null, null, null, province, null, null), 0, 50).items().stream()
                .map(ClaimRow::id).sorted().toList();
    }

    /** A claim with nothing attached (no history, citations or reviews), so that it can be deleted. */
    private static long bareClaim(String province) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = new Claim();
            claim.statement = "A claim to delete";
            claim.location.admin1 = province;
            claim.createdBy = AUTHOR;
            claim.createdAt = Instant.now();
            claim.updatedAt = claim.createdAt;
            claim.persist();
            return claim.id;
        });
    }

    private static ClaimInput in(String province) {
        return in(province, null);
    }

    private static ClaimInput in(String province, Long version) {
        ClaimInput valid = TestClaims.input(version);
        return new ClaimInput(valid.statement(), valid.eventDate(), valid.datePrecision(), valid.eventType(),
                valid.subEventType(), valid.actor1(), valid.actor2(),
                new ClaimInput.LocationInput("Afghanistan", province, null, null, null, null, PlacePrecision.ADMIN1),
                valid.fatalities(), version);
    }

    private static long versionOf(long claim) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(claim).version);
    }

    private static long idOf(String name) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(name).orElseThrow().id);
    }

    /** The province's claims as stored now. */
    private List<Long> claimsIn(String province) {
        return select("SELECT id FROM claim WHERE admin1_key = ? ORDER BY id", province.toLowerCase(Locale.ROOT),
                row -> row.getLong(1));
    }

    /** The accounts whose names start with {@code prefix}, as stored now: name, roles, sessions valid after. */
    private List<String> accountsNamed(String prefix) {
        return select("SELECT username, roles, sessions_valid_after FROM app_user WHERE username LIKE ?"
                + " ORDER BY username", prefix + "%",
                row -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3));
    }

    private interface Column<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> select(String sql, String parameter, Column<T> column) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            List<T> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(column.read(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
