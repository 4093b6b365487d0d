package org.corroborate.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import org.corroborate.account.AccountTexts;
import org.corroborate.account.Role;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimPage;
import org.corroborate.claim.Verdict;
import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.input.FieldParser;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Submission;

/**
 * The claim page's workflow forms: propose a verdict, approve or reject it, retract a published claim.
 * A refused step shows the claim page again with each unmet rule. Roles are checked here, by {@code @RolesAllowed}
 * on each form, as {@link WorkflowApi} checks them for the API; {@link Workflow} checks each step against the claim.
 */
@Path("/claims/{id}")
@Produces(MediaType.TEXT_HTML)
public class WorkflowResource {

    private final Workflow workflow;
    private final ClaimPage page;
    private final CurrentUser user;
    private final Languages languages;

    WorkflowResource(Workflow workflow, ClaimPage page, CurrentUser user, Languages languages) {
        this.workflow = workflow;
        this.page = page;
        this.user = user;
        this.languages = languages;
    }

    @POST
    @Path("verdict")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response propose(@RestPath long id, @RestForm String verdict, @RestForm String note) {
        Form typed = Form.named("verdict").put("verdict", verdict).put("note", note);
        return Submission.answer(typed, () -> {
            FieldParser parse = new FieldParser();
            Verdict chosen = parse.choice("verdict", verdict, Verdict.class);
            parse.check();
            Claim proposed = workflow.propose(id, chosen, note, user.username());
            return Flash.redirect("/claims/" + id, texts().verdictProposed(Texts.label(proposed.verdict, languages.current())));
        }, refused -> page.show(id, refused));
    }

    @POST
    @Path("decision")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response decide(@RestPath long id, @RestForm String decision, @RestForm String note) {
        Form typed = Form.named("decision").put("decision", decision).put("note", note);
        return Submission.answer(typed, () -> {
            FieldParser parse = new FieldParser();
            Decision chosen = parse.choice("decision", decision, Decision.class);
            parse.check();
            workflow.decide(id, chosen, note, user.username());
            return Flash.redirect("/claims/" + id, chosen == Decision.APPROVE ? texts().approved() : texts().rejected());
        }, refused -> page.show(id, refused));
    }

    @POST
    @Path("retraction")
    @RolesAllowed(Role.EDITOR_NAME)
    public Response retract(@RestPath long id, @RestForm String note) {
        return Submission.answer(Form.named("retraction").put("note", note), () -> {
            workflow.retract(id, note, user.username());
            return Flash.redirect("/claims/" + id, texts().retracted());
        }, refused -> page.show(id, refused));
    }

    private AccountTexts texts() {
        return Texts.of(AccountTexts.class, languages.current());
    }
}
