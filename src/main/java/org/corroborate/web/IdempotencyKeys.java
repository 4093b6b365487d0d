package org.corroborate.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;

/**
 * Makes a retried {@code POST} on {@code /api} safe: sent with an {@code Idempotency-Key} header, the first request
 * with that key (per user) runs and its successful answer is kept for 24 hours; a retry with the same key gets that
 * answer again (with {@code Idempotency-Replayed: true}) and writes nothing. While the first is still running a retry
 * gets 409 with {@code Retry-After}; the same key on another path gets 422. A refused first request (4xx, 5xx) keeps
 * nothing: it wrote nothing, so a retry runs afresh. A first request that never finished (its instance died) leaves
 * its key claimed for {@link #ABANDONED_AFTER}, after which a retry runs afresh.
 */
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";
    static final Duration KEPT = Duration.ofHours(24);
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    static final int KEY_MAX = 200;
    /** Answers larger than this are not kept (the column's size); a retry of one runs afresh. */
    private static final int BODY_MAX = 1_000_000;
    private static final String CLAIMED = IdempotencyKeys.class.getName() + ".claimed";
    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    private record Claimed(String username, String key) {
    }

    /** A kept answer; {@code status} null while the first request runs. */
    private record Kept(String request, Integer status, String location, String body, boolean abandoned) {
    }

    private final EntityManager entities;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final Clock clock;

    IdempotencyKeys(EntityManager entities, ObjectMapper json, SecurityIdentity identity, Clock clock) {
        this.entities = entities;
        this.json = json;
        this.identity = identity;
        this.clock = clock;
    }

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public Response replayOrClaim(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || identity.isAnonymous()) {
            return null;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!path.startsWith("/api/")) {
            return null;
        }
        key = key.strip();
        if (key.isEmpty() || key.length() > KEY_MAX) {
            return refusal(Problem.invalid(List.of(new FieldError(HEADER, "must be 1 to " + KEY_MAX + " characters"))));
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String what = "POST " + path + (query == null ? "" : "?" + query);
        String username = identity.getPrincipal().getName();
        Optional<Kept> kept = claim(username, key, what);
        if (kept.isEmpty()) {
            request.setProperty(CLAIMED, new Claimed(username, key));
            return null;
        }
        Kept answer = kept.get();
        if (!answer.request().equals(what)) {
            return refusal(new Problem(422, "This Idempotency-Key was used for another request (" + answer.request()
                    + "): use a new key for each request.", List.of(new FieldError(HEADER, "was used for another request"))));
        }
        if (answer.status() == null) {
            Response.ResponseBuilder busy = Response.status(409).type(MediaType.APPLICATION_JSON)
                    .entity(ErrorMapping.body(Problem.conflict("The first request with this Idempotency-Key is still "
                            + "being answered. Retry in a moment.")));
            return busy.header(HttpHeaders.RETRY_AFTER, "1").build();
        }
        Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED, "true");
        if (answer.body() != null) {
            replay.type(MediaType.APPLICATION_JSON).entity(answer.body());
        }
        if (answer.location() != null) {
            replay.header(HttpHeaders.LOCATION, answer.location());
        }
        return replay.build();
    }

    @ServerResponseFilter
    public void keepOrForget(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIMED);
        int status = response.getStatus();
        String body = null;
        boolean keep = status >= 200 && status < 300;
        if (keep && response.hasEntity()) {
            try {
                Object entity = response.getEntity();
                body = entity instanceof String text ? text : json.writeValueAsString(entity);
            } catch (JsonProcessingException e) {
                keep = false;
            }
            keep &= body == null || body.length() <= BODY_MAX;
        }
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String kept = body;
        boolean stored = keep;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (stored) {
                    entities.createNativeQuery("UPDATE idempotency_key SET status = ?1, location = ?2, body = ?3 "
                            + "WHERE username = ?4 AND idempotency_key = ?5")
                            .setParameter(1, status).setParameter(2, location).setParameter(3, kept)
                            .setParameter(4, claimed.username()).setParameter(5, claimed.key()).executeUpdate();
                } else {
                    forget(claimed);
                }
            });
        } catch (RuntimeException e) {
            // the answer goes out anyway; a retry finds the key claimed until it is abandoned
            LOG.warnf(e, "Could not keep the answer to an Idempotency-Key of %s", claimed.username());
        }
    }

    /**
     * Claims the key for this request (empty), or answers what is kept for it. Expired answers go first; a claim
     * left by a request that never finished is taken over once abandoned.
     */
    private Optional<Kept> claim(String username, String key, String what) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Kept> kept = QuarkusTransaction.requiringNew().call(() -> {
                entities.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                        .setParameter(1, now.minus(KEPT)).executeUpdate();
                List<?> rows = entities.createNativeQuery("SELECT request, status, location, body, "
                        + "CASE WHEN status IS NULL AND created_at < ?3 THEN 1 ELSE 0 END FROM idempotency_key "
                        + "WHERE username = ?1 AND idempotency_key = ?2")
                        .setParameter(1, username).setParameter(2, key).setParameter(3, now.minus(ABANDONED_AFTER))
                        .getResultList();
                if (rows.isEmpty()) {
                    return Optional.<Kept>empty();
                }
                Object[] row = (Object[]) rows.get(0);
                return Optional.of(new Kept((String) row[0], row[1] == null ? null : ((Number) row[1]).intValue(),
                        (String) row[2], (String) row[3], ((Number) row[4]).intValue() == 1));
            });
            if (kept.isPresent() && !kept.get().abandoned()) {
                return kept;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (kept.isPresent()) {
                        forget(new Claimed(username, key));
                    }
                    entities.createNativeQuery("INSERT INTO idempotency_key (username, idempotency_key, request, "
                            + "created_at) VALUES (?1, ?2, ?3, ?4)").setParameter(1, username).setParameter(2, key)
                            .setParameter(3, what).setParameter(4, now).executeUpdate();
                });
                return Optional.empty();
            } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException taken) {
                // a retry sent at the same moment claimed it first: read what it left
            }
        }
        throw Problem.conflict("The first request with this Idempotency-Key is still being answered. Retry in a moment.");
    }

    private void forget(Claimed claimed) {
        entities.createNativeQuery("DELETE FROM idempotency_key WHERE username = ?1 AND idempotency_key = ?2")
                .setParameter(1, claimed.username()).setParameter(2, claimed.key()).executeUpdate();
    }

    private static Response refusal(Problem problem) {
        return Response.status(problem.status).type(MediaType.APPLICATION_JSON).entity(ErrorMapping.body(problem))
                .build();
    }
}
