package org.corroborate.workflow;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;

import org.corroborate.account.Role;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimService;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Pager;

/** The two work queues: claims waiting for my vote, and proposed verdicts waiting for an editor. */
@Path("/queue")
@Produces(MediaType.TEXT_HTML)
public class QueueResource {

    /** Claims one page of a queue lists, oldest first, so nothing waits unseen for long; a page stays light. */
    public static final int PAGE_SIZE = 50;

    /** One page of a queue, with links to the pages before and after it (none when there is none). */
    public record QueuePage(List<Claim> claims, int page, String previous, String next) {

        /** {@code fetched}: up to one claim more than a page holds, which tells whether a next page exists. */
        static QueuePage of(String path, int index, List<Claim> fetched) {
            boolean more = fetched.size() > PAGE_SIZE;
            return new QueuePage(more ? fetched.subList(0, PAGE_SIZE) : fetched, index + 1,
                    index > 0 ? path + "?page=" + index : null, more ? path + "?page=" + (index + 2) : null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reviews(QueuePage queue);

        static native TemplateInstance decisions(QueuePage queue);
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
    public TemplateInstance reviews(@RestQuery String page) {
        int index = Pager.index(page);
        return Templates.reviews(QueuePage.of("/queue/reviews", index,
                claims.waitingForReviewBy(user.username(), index * PAGE_SIZE, PAGE_SIZE + 1)));
    }

    @GET
    @Path("decisions")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance decisions(@RestQuery String page) {
        int index = Pager.index(page);
        return Templates.decisions(QueuePage.of("/queue/decisions", index,
                claims.waitingForDecision(index * PAGE_SIZE, PAGE_SIZE + 1)));
    }
}
