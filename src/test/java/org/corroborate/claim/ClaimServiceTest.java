package org.corroborate.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.corroborate.TestClaims;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;
import org.corroborate.problem.Problem;

/** Claim writes: optimistic locking and field validation, with nothing stored when a write is refused. */
@QuarkusTest
class ClaimServiceTest {

    @Inject
    ClaimService claims;

    @Inject
    TestClaims fixtures;

    @Inject
    TestUsers users;

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndChangesNothing() {
        String alice = users.fresh("alice", Role.REVIEWER);
        String bob = users.fresh("bob", Role.REVIEWER);
        long id = fixtures.open(alice);
        long seen = fixtures.reload(id).version;

        Claim saved = claims.update(id, with(seen, c -> new ClaimInput("Alice's wording of the Khan Abad recapture.",
                c.eventDate(), c.datePrecision(), c.eventType(), c.subEventType(), c.actor1(), c.actor2(), c.location(),
                c.fatalities(), c.version())), alice);
        assertThat(saved.version).isGreaterThan(seen);

        // bob edited the version he loaded before alice saved
        assertThatThrownBy(() -> claims.update(id, with(seen, c -> new ClaimInput("Bob's wording, which must not win.",
                c.eventDate(), c.datePrecision(), c.eventType(), c.subEventType(), c.actor1(), c.actor2(), c.location(),
                c.fatalities(), c.version())), bob))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status).isEqualTo(409);
                    assertThat(p.getMessage()).contains("changed by someone else");
                });

        Claim now = fixtures.reload(id);
        assertThat(now.statement).isEqualTo("Alice's wording of the Khan Abad recapture.");
        assertThat(now.version).isEqualTo(saved.version);
    }

    @Test
    void anUpdateWithoutAVersionIsRefused() {
        long id = fixtures.open(users.fresh("alice", Role.REVIEWER));

        assertThatThrownBy(() -> claims.update(id, TestClaims.input(null), "alice"))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status).isEqualTo(400);
                    assertThat(p.fields).extracting(f -> f.field()).containsExactly("version");
                });
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("blank statement", "statement", c -> new ClaimInput("   ", c.eventDate(), c.datePrecision(),
                        c.eventType(), c.subEventType(), c.actor1(), c.actor2(), c.location(), c.fatalities(), null)),
                bad("statement too long", "statement", c -> new ClaimInput("x".repeat(Claim.STATEMENT_MAX + 1),
                        c.eventDate(), c.datePrecision(), c.eventType(), c.subEventType(), c.actor1(), c.actor2(),
                        c.location(), c.fatalities(), null)),
                bad("event date in the future", "eventDate", c -> new ClaimInput(c.statement(),
                        LocalDate.now().plusDays(2), c.datePrecision(), c.eventType(), c.subEventType(), c.actor1(),
                        c.actor2(), c.location(), c.fatalities(), null)),
                bad("sub-type of another type", "subEventType", c -> new ClaimInput(c.statement(), c.eventDate(),
                        c.datePrecision(), EventType.PROTESTS, SubEventType.AIR_DRONE_STRIKE, c.actor1(), c.actor2(),
                        c.location(), c.fatalities(), null)),
                bad("low above best", "fatalities.low", c -> new ClaimInput(c.statement(), c.eventDate(),
                        c.datePrecision(), c.eventType(), c.subEventType(), c.actor1(), c.actor2(), c.location(),
                        new ClaimInput.FatalitiesInput(5, 2, 9), null)),
                bad("negative fatalities", "fatalities.best", c -> new ClaimInput(c.statement(), c.eventDate(),
                        c.datePrecision(), c.eventType(), c.subEventType(), c.actor1(), c.actor2(), c.location(),
                        new ClaimInput.FatalitiesInput(null, -1, null), null)),
                bad("latitude 91", "location.latitude", c -> new ClaimInput(c.statement(), c.eventDate(),
                        c.datePrecision(), c.eventType(), c.subEventType(), c.actor1(), c.actor2(),
                        location(c, 91.0, 69.11), c.fatalities(), null)),
                bad("latitude without longitude", "location.longitude", c -> new ClaimInput(c.statement(),
                        c.eventDate(), c.datePrecision(), c.eventType(), c.subEventType(), c.actor1(), c.actor2(),
                        location(c, 36.68, null), c.fatalities(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void aBadFieldIsRefusedByNameAndNothingIsStored(ClaimInput input, String field) {
        String alice = users.fresh("alice", Role.REVIEWER);
        long before = count();

        assertThatThrownBy(() -> claims.create(input, alice)).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.status).isEqualTo(400);
            assertThat(p.fields).extracting(f -> f.field()).containsOnly(field);
        });

        assertThat(count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void aBadFieldInAnUpdateLeavesTheClaimAsItWas(ClaimInput input, String field) {
        String alice = users.fresh("alice", Role.REVIEWER);
        long id = fixtures.open(alice);
        Claim before = fixtures.reload(id);
        ClaimInput update = new ClaimInput(input.statement(), input.eventDate(), input.datePrecision(),
                input.eventType(), input.subEventType(), input.actor1(), input.actor2(), input.location(),
                input.fatalities(), before.version);

        assertThatThrownBy(() -> claims.update(id, update, alice)).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.fields).extracting(f -> f.field()).containsOnly(field));

        Claim after = fixtures.reload(id);
        assertThat(after.version).isEqualTo(before.version);
        assertThat(after.statement).isEqualTo(before.statement);
        assertThat(after.location.latitude).isEqualTo(before.location.latitude);
        assertThat(after.fatalities.best).isEqualTo(before.fatalities.best);
    }

    private static Arguments bad(String name, String field, UnaryOperator<ClaimInput> change) {
        return Arguments.of(Named.of(name, change.apply(TestClaims.input(null))), field);
    }

    @Test
    void aTransactionThatWritesAClaimSeesItInTheListBeforeItCommits() {
        String author = users.fresh("lister", Role.REVIEWER);
        String province = "Listed in the transaction " + System.nanoTime();
        ClaimFilter inProvince = new ClaimFilter(null, null, null, province, null, null);
        ClaimInput input = TestClaims.input(null);
        ClaimInput here = new ClaimInput(input.statement(), input.eventDate(), input.datePrecision(),
                input.eventType(), input.subEventType(), input.actor1(), input.actor2(),
                new ClaimInput.LocationInput("Afghanistan", province, null, null, null, null, PlacePrecision.ADMIN1),
                input.fatalities(), null);

        assertThat(claims.rows(inProvince, 0, 50).total()).as("read as a page reads it: remembered").isZero();
        QuarkusTransaction.requiringNew().run(() -> {
            claims.create(here, author);
            assertThat(claims.rows(inProvince, 0, 50).items()).as("its own write, before the commit").hasSize(1);
        });
        assertThat(claims.rows(inProvince, 0, 50).total()).as("committed, read as a page reads it").isEqualTo(1);
    }

    private static ClaimInput with(long version, UnaryOperator<ClaimInput> change) {
        return change.apply(TestClaims.input(version));
    }

    private static ClaimInput.LocationInput location(ClaimInput c, Double latitude, Double longitude) {
        ClaimInput.LocationInput l = c.location();
        return new ClaimInput.LocationInput(l.country(), l.admin1(), l.admin2(), l.place(), latitude, longitude,
                l.precision());
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Claim.count());
    }
}
