package org.corroborate.citation;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import org.corroborate.account.Role;
import org.corroborate.claim.Claim;
import org.corroborate.claim.ClaimService;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.input.FieldParser;
import org.corroborate.source.Source;
import org.corroborate.source.SourceService;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Option;
import org.corroborate.web.Submission;
import org.corroborate.workflow.Workflow;

/**
 * Corrects one citation of a claim from the claim page: the edit form, prefilled, and removal after a confirmation
 * page. Both are refused on a published claim (409) and for a citation of another claim (404); what changed goes
 * into the claim's history ({@link CitationService}).
 */
@Path("/claims/{id}/citations/{citationId: \\d+}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
public class CitationCorrectionResource {

    @CheckedTemplate
    static class Templates {
        /** {@code proposed}: the claim awaits a decision, so a change returns it to OPEN, which the page says. */
        static native TemplateInstance edit(Claim claim, boolean proposed, Citation citation, Form form, List<Option> sources);

        static native TemplateInstance remove(Claim claim, boolean proposed, Citation citation, Form form);
    }

    /** The edit form as posted; the fields are those of {@link CitationInput}. */
    public static class EditForm {
        @RestForm public String sourceId;
        @RestForm public String stance;
        @RestForm public String quote;
        @RestForm public String claimant;
        @RestForm public String claimantIsParty;
        @RestForm public String statedFigure;

        Form typed() {
            return Form.named("citation").put("sourceId", sourceId).put("stance", stance).put("quote", quote)
                    .put("claimant", claimant).put("claimantIsParty", claimantIsParty == null ? "" : claimantIsParty)
                    .put("statedFigure", statedFigure);
        }

        CitationInput toInput() {
            FieldParser parse = new FieldParser();
            CitationInput input = new CitationInput(parse.whole("sourceId", sourceId),
                    parse.choice("stance", stance, Stance.class), quote, claimant, CitationResource.partyChoice(claimantIsParty),
                    statedFigure);
            parse.check();
            return input;
        }
    }

    private final CitationService citations;
    private final ClaimService claims;
    private final SourceService sources;
    private final Workflow workflow;
    private final CurrentUser user;
    private final Languages languages;

    CitationCorrectionResource(CitationService citations, ClaimService claims, SourceService sources,
            Workflow workflow, CurrentUser user, Languages languages) {
        this.citations = citations;
        this.claims = claims;
        this.sources = sources;
        this.workflow = workflow;
        this.user = user;
        this.languages = languages;
    }

    @GET
    @Path("edit")
    public TemplateInstance edit(@RestPath long id, @RestPath long citationId) {
        Claim claim = claims.get(id);
        Citation citation = citations.ofClaim(claim, citationId);
        workflow.checkEditable(claim);
        Form form = Form.named("citation").put("sourceId", citation.source.id).put("stance", citation.stance)
                .put("quote", citation.quote).put("claimant", citation.claimant)
                .put("claimantIsParty", !citation.partyExplicit ? "" : String.valueOf(citation.claimantIsParty))
                .put("statedFigure", citation.statedFigure);
        return Templates.edit(claim, proposed(claim), citation, form, sourceChoices(citation.source));
    }

    @POST
    public Response save(@RestPath long id, @RestPath long citationId, @BeanParam EditForm form) {
        return Submission.answer(form.typed(), () -> {
            citations.edit(id, citationId, form.toInput(), user.username());
            return Flash.redirect("/claims/" + id + "#citation-" + citationId, texts().saved(number(citationId)));
        }, refused -> {
            Claim claim = claims.get(id);
            Citation citation = citations.ofClaim(claim, citationId);
            return Templates.edit(claim, proposed(claim), citation, refused, sourceChoices(citation.source));
        });
    }

    /** What removal would take away, and the button that does it. */
    @GET
    @Path("remove")
    public TemplateInstance confirmRemoval(@RestPath long id, @RestPath long citationId) {
        Claim claim = claims.get(id);
        Citation citation = citations.ofClaim(claim, citationId);
        workflow.checkEditable(claim);
        return Templates.remove(claim, proposed(claim), citation, Form.named("remove"));
    }

    @POST
    @Path("remove")
    public Response remove(@RestPath long id, @RestPath long citationId) {
        return Submission.answer(Form.named("remove"), () -> {
            citations.remove(id, citationId, user.username());
            return Flash.redirect("/claims/" + id + "#evidence", texts().removed(number(citationId)));
        }, refused -> {
            Claim claim = claims.get(id);
            return Templates.remove(claim, proposed(claim), citations.ofClaim(claim, citationId), refused);
        });
    }

    /** The page's words, in the language of this request. */
    private CitationTexts texts() {
        return Texts.of(CitationTexts.class, languages.current());
    }

    private String number(long n) {
        return Texts.digits(String.valueOf(n), languages.current());
    }

    private static boolean proposed(Claim claim) {
        return claim.status == ClaimStatus.PROPOSED;
    }

    /** The cited source first (it may be older than the newest sources offered), then the newest others. */
    private List<Option> sourceChoices(Source cited) {
        List<Option> choices = new ArrayList<>();
        choices.add(option(cited));
        sources.newest(CitationResource.SOURCE_CHOICES).stream().filter(s -> !s.id.equals(cited.id))
                .forEach(s -> choices.add(option(s)));
        return choices;
    }

    private static Option option(Source s) {
        return new Option(String.valueOf(s.id), "#" + s.id + " " + s.title + (s.outlet == null ? "" : " (" + s.outlet + ")"));
    }
}
