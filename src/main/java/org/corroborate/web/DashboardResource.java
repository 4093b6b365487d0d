package org.corroborate.web;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.corroborate.account.Role;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimFilter;
import org.corroborate.claim.ClaimService;
import org.corroborate.claim.ClaimStatus;

/** The start page: where the claims stand, what waits for the user, what changed lately. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    /** Queues are counted up to this; beyond it the page says "100+". */
    static final int COUNT_LIMIT = 100;
    static final int RECENT = 10;

    public record StatusCount(ClaimStatus status, long count) {
    }

    /** How long a queue is: its length, or "100+" beyond the counting limit. */
    public record QueueLength(int length) {
        public String text() {
            return length > COUNT_LIMIT ? COUNT_LIMIT + "+" : String.valueOf(length);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<StatusCount> counts, QueueLength myQueue, QueueLength decisions,
                List<Claim> recent);
    }

    private final ClaimService claims;
    private final CurrentUser user;

    DashboardResource(ClaimService claims, CurrentUser user) {
        this.claims = claims;
        this.user = user;
    }

    @GET
    public TemplateInstance dashboard() {
        List<StatusCount> counts = claims.countByStatus().entrySet().stream()
                .map(e -> new StatusCount(e.getKey(), e.getValue())).toList();
        QueueLength mine = user.canWrite()
                ? new QueueLength(claims.waitingForReviewBy(user.username(), COUNT_LIMIT + 1).size()) : null;
        QueueLength decisions = user.has(Role.EDITOR)
                ? new QueueLength(claims.waitingForDecision(COUNT_LIMIT + 1).size()) : null;
        return Templates.dashboard(counts, mine, decisions, claims.search(ClaimFilter.ALL, 0, RECENT).items());
    }
}
