package org.corroborate.workflow;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.corroborate.account.Role;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimService;
import org.corroborate.web.CurrentUser;

/** The two work queues: claims waiting for my vote, and proposed verdicts waiting for an editor. */
@Path("/queue")
@Produces(MediaType.TEXT_HTML)
public class QueueResource {

    /** Longest queue a page lists; the oldest come first, so nothing waits unseen for long. */
    public static final int QUEUE_LIMIT = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reviews(List<Claim> claims, int limit);

        static native TemplateInstance decisions(List<Claim> claims, int limit);
    }

    private final ClaimService claims;
    private final CurrentUser user;

    QueueResource(ClaimService claims, CurrentUser user) {
        this.claims = claims;
        this.user = user;
    }

    @GET
    @Path("reviews")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public TemplateInstance reviews() {
        return Templates.reviews(claims.waitingForReviewBy(user.username(), QUEUE_LIMIT), QUEUE_LIMIT);
    }

    @GET
    @Path("decisions")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance decisions() {
        return Templates.decisions(claims.waitingForDecision(QUEUE_LIMIT), QUEUE_LIMIT);
    }
}
