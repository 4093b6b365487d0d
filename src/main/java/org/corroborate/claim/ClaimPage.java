package org.corroborate.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.corroborate.citation.Stance;
import org.corroborate.evidence.Evidence;
import org.corroborate.review.Review;
import org.corroborate.sameevent.SameEventService;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Form;
import org.corroborate.web.Htmx;
import org.corroborate.workflow.VerdictRules;
import org.corroborate.workflow.Workflow;

/**
 * Renders the claim page. The claim page's forms (review, verdict, decision, retraction) post to their own
 * features' resources, which show the page again through here when a step is refused. To htmx, updating the
 * page in place, it answers only the claim fragment. The same-event section's buttons post to
 * {@code sameevent.SameEventResource}. The citation form is a page of its own, which the claim
 * page links to, so the claim page never reads the list of sources.
 */
@ApplicationScoped
public class ClaimPage {

    private final ClaimService claims;
    private final Workflow workflow;
    private final VerdictRules verdictRules;
    private final CurrentUser user;
    private final Htmx htmx;
    private final SameEventService sameEvents;

    ClaimPage(ClaimService claims, Workflow workflow, VerdictRules verdictRules, CurrentUser user, Htmx htmx,
            SameEventService sameEvents) {
        this.claims = claims;
        this.sameEvents = sameEvents;
        this.workflow = workflow;
        this.verdictRules = verdictRules;
        this.user = user;
        this.htmx = htmx;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance show(long id, Form form) {
        SameEventService.Read read = sameEvents.read(id, true);
        ClaimDetails details = read.details();
        Workflow.Actions actions = workflow.actionsFor(details.claim(), details.reviews(), user.username(), user.roles());
        var byStance = details.citationsByStance();
        List<ClaimPageView.StanceGroup> groups = Arrays.stream(Stance.values()).filter(byStance::containsKey)
                .map(s -> new ClaimPageView.StanceGroup(s, byStance.get(s))).toList();
        Form review = details.reviewBy(user.username()).map(ClaimPage::reviewForm).orElse(Form.named("review"));
        Evidence evidence = details.evidence();
        ClaimPageView view = new ClaimPageView(details, actions, groups, form, Map.of("review", review),
                evidence, verdictRules.checklists(evidence, details.citations(), details.reviews()),
                read.sameEvents(), SameEventService.mayJudge(user.roles()));
        return htmx.partial() ? ClaimResource.Templates.show$claim(view) : ClaimResource.Templates.show(view);
    }

    private static Form reviewForm(Review mine) {
        return Form.named("review").put("rating", mine.rating).put("rationale", mine.rationale)
                .putAll("tags", mine.tagSet());
    }
}
