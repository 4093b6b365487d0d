package org.corroborate.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.corroborate.Api;
import org.corroborate.Eventually;
import org.corroborate.TestUsers;
import org.corroborate.cache.SecondInstance;

/**
 * A token remembered on another instance of the fleet stops there within a second of each change that must stop
 * it, made on this instance (or by SQL, as any instance's write looks): the other instance is a {@link TokenCheck}
 * of its own on a {@link SecondInstance}'s change feed, which hears the database as instances do (PostgreSQL's
 * notifications; on H2 the test triggers standing in for them).
 */
@QuarkusTest
class TokenFleetTest {

    /** What stops a token, or changes what it may do. */
    enum Change {
        REVOKED, REVOKED_BY_SQL, OWNER_DISABLED, PASSWORD_RESET, ROLE_REMOVED
    }

    @Inject
    TestUsers users;
    @Inject
    TokenService tokens;
    @Inject
    AccountService accounts;
    @Inject
    SignInThrottle throttle;
    @Inject
    Clock clock;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager entities;

    private SecondInstance other;
    private TokenCheck elsewhere;

    @BeforeEach
    void startAnotherInstance() {
        other = SecondInstance.start(transactions, dataSource);
        elsewhere = new TokenCheck(tokens, throttle, clock, other.feed());
        assertThat(Eventually.holds(other.feed()::inStep)).as("the other instance listening").isTrue();
    }

    @AfterEach
    void stopIt() throws InterruptedException {
        other.close();
    }

    @ParameterizedTest
    @EnumSource(Change.class)
    void aChangeOnOneInstanceStopsTheTokenOnAnotherWithinASecond(Change change) {
        String admin = users.fresh("fleet-token-admin", Role.ADMIN);
        String owner = users.fresh("fleet-token-owner", Role.EDITOR);
        String secret = Api.token(owner, "write");
        long tokenId = Api.as(owner).get("/api/tokens").then().extract().jsonPath().getLong("[0].id");
        long ownerId = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(owner).orElseThrow().id);
        SecurityIdentity before = check(secret);
        assertThat(before).isNotNull();
        assertThat(before.hasRole(Role.EDITOR_NAME)).isTrue();
        assertThat(Eventually.holds(() -> check(secret) != null)).as("remembered").isTrue();

        switch (change) {
            case REVOKED -> Api.as(owner).delete("/api/tokens/" + tokenId).then().statusCode(204);
            case REVOKED_BY_SQL -> QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                    "UPDATE api_token SET revoked_at = CURRENT_TIMESTAMP WHERE id = ?1").setParameter(1, tokenId)
                    .executeUpdate());
            case OWNER_DISABLED -> accounts.setEnabled(ownerId, false, admin);
            case PASSWORD_RESET -> accounts.resetPassword(ownerId, "granite-window-42", admin);
            case ROLE_REMOVED -> accounts.changeRoles(ownerId, List.of("reviewer"), admin);
        }
        long changedAt = System.nanoTime(); // committed: from now on every instance must refuse within a second

        Supplier<Boolean> stopped = change == Change.ROLE_REMOVED
                ? () -> {
                    SecurityIdentity now = check(secret);
                    return now != null && !now.hasRole(Role.EDITOR_NAME);
                }
                : () -> check(secret) == null;
        assertThat(Eventually.holds(stopped::get)).as("stopped on the other instance").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - changedAt)).as("within a second")
                .isLessThan(Duration.ofSeconds(1));
    }

    /** The identity the other instance gives the token, or null when it refuses it. */
    private SecurityIdentity check(String secret) {
        try {
            return elsewhere.authenticate(new TokenRequest(secret, "fleet-test"), INLINE).await().indefinitely();
        } catch (RuntimeException refused) {
            return null;
        }
    }

    private static final AuthenticationRequestContext INLINE = new AuthenticationRequestContext() {
        @Override
        public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
            return Uni.createFrom().item(function);
        }
    };
}
