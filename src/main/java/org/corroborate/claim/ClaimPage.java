package org.corroborate.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import org.corroborate.citation.Stance;
import org.corroborate.review.Review;
import org.corroborate.source.Source;
import org.corroborate.source.SourceService;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Form;
import org.corroborate.workflow.Workflow;

/**
 * Renders the claim page. The claim page's forms (citation, review, verdict, decision, retraction) post to
 * their own features' resources, which show the page again through here when a step is refused.
 */
@ApplicationScoped
public class ClaimPage {

    /** How many recent sources the citation form offers to choose from. */
    static final int SOURCE_CHOICES = 100;

    private final ClaimService claims;
    private final SourceService sources;
    private final Workflow workflow;
    private final CurrentUser user;

    ClaimPage(ClaimService claims, SourceService sources, Workflow workflow, CurrentUser user) {
        this.claims = claims;
        this.sources = sources;
        this.workflow = workflow;
        this.user = user;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance show(long id, Form form) {
        ClaimDetails details = claims.details(id);
        Workflow.Actions actions = workflow.actionsFor(details.claim(), details.reviews(), user.username(), user.roles());
        var byStance = details.citationsByStance();
        List<ClaimPageView.StanceGroup> groups = Arrays.stream(Stance.values()).filter(byStance::containsKey)
                .map(s -> new ClaimPageView.StanceGroup(s, byStance.get(s))).toList();
        List<Source> choices = actions.cite() ? sources.list(null, 0, SOURCE_CHOICES).items() : List.of();
        Form review = details.reviewBy(user.username()).map(ClaimPage::reviewForm).orElse(Form.named("review"));
        Map<String, Form> defaults = Map.of("review", review,
                "cite", Form.named("cite").put("stance", Stance.SUPPORTS).put("source.kind", "NEWS_MEDIA"));
        return ClaimResource.Templates.show(new ClaimPageView(details, actions, groups, choices, form, defaults));
    }

    /** The page again with the refused form's messages, answered with the refusal's status. */
    public Response refused(long id, Form form) {
        return Response.status(form.status()).entity(show(id, form)).build();
    }

    private static Form reviewForm(Review mine) {
        return Form.named("review").put("rating", mine.rating).put("rationale", mine.rationale)
                .putAll("tags", mine.tagSet());
    }
}
