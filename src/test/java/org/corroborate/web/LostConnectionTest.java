package org.corroborate.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import org.corroborate.Api;
import org.corroborate.TestUsers;
import org.corroborate.account.Role;

/**
 * A lost database connection answers 503 with Retry-After and says the outcome is unknown. A test-only resource
 * raises the failures as Hibernate and the pool do.
 */
@QuarkusTest
class LostConnectionTest {

    @Path("/api/test-only/lost")
    @jakarta.ws.rs.Produces("application/json")
    public static class Failing {

        @POST
        @Path("connection")
        public String connection() {
            throw new JDBCConnectionException("could not execute statement", new SQLException("I/O error", "08006"));
        }

        @POST
        @Path("pool")
        public String pool() {
            throw new GenericJDBCException("could not prepare", new SQLException("Sorry, acquisition timeout!"));
        }

        @POST
        @Path("commit")
        public String commit() {
            throw new IllegalStateException("commit failed", new SQLException("connection reset", "08003"));
        }
    }

    @Inject
    TestUsers users;

    @Test
    void aLostConnectionIs503WithRetryAfterAndAnUnknownOutcome() {
        String user = users.fresh("lost-connection", Role.REVIEWER);
        for (String what : new String[] {"connection", "pool", "commit"}) {
            Api.as(user).post("/api/test-only/lost/" + what).then().statusCode(503).header("Retry-After", "5")
                    .body("status", equalTo(503)).body("message", containsString("unknown"))
                    .body("message", containsString("Idempotency-Key"));
        }
    }

    @Test
    void connectionLostRecognisesClass08AndPoolTimeouts() {
        assertThat(ErrorMapping.connectionLost(new JDBCConnectionException("x", new SQLException("y", "08001")))).isTrue();
        assertThat(ErrorMapping.connectionLost(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
        assertThat(ErrorMapping.connectionLost(new RuntimeException(new SQLException("unique", "23505")))).isFalse();
        assertThat(ErrorMapping.connectionLost(new IllegalStateException("nothing"))).isFalse();
    }
}
