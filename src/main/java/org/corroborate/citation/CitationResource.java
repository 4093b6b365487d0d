package org.corroborate.citation;

import java.util.List;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.input.FieldParser;
import org.corroborate.input.Text;
import org.corroborate.problem.Problem;
import org.corroborate.source.SourceInput;
import org.corroborate.source.SourceKind;
import org.corroborate.source.SourceService;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Htmx;
import org.corroborate.web.Option;
import org.corroborate.web.Submission;
import org.corroborate.workflow.Workflow;

/**
 * The citation form: attach an existing source, or create one and attach it in one transaction. A page of its
 * own that the claim page links to (htmx loads it into the claim page in place), so only this page reads the
 * list of sources.
 */
@Path("/claims/{id}/citations")
@Produces(MediaType.TEXT_HTML)
public class CitationResource {

    /** How many recent sources the form offers to choose from; the forms' hints name the number ({@link CitationTexts}). */
    static final int SOURCE_CHOICES = 100;

    @CheckedTemplate
    static class Templates {
        /** {@code inPlace}: the form sits inside the claim page (htmx), rather than on a page of its own. */
        static native TemplateInstance form(Claim claim, Form form, List<Option> sources, boolean inPlace);

        static native TemplateInstance form$cite(Claim claim, Form form, List<Option> sources, boolean inPlace);
    }

    /** The citation form as posted; the new source's fields are named {@code source.*}. */
    public static class CitationForm {
        @RestForm public String sourceId;
        @RestForm("source.url") public String url;
        @RestForm("source.title") public String title;
        @RestForm("source.outlet") public String outlet;
        @RestForm("source.publishedAt") public String publishedAt;
        @RestForm("source.kind") public String kind;
        @RestForm public String stance;
        @RestForm public String quote;
        @RestForm public String claimant;
        @RestForm public String claimantIsParty;
        @RestForm public String statedFigure;

        Form typed() {
            return Form.named("cite").put("sourceId", sourceId).put("source.url", url).put("source.title", title)
                    .put("source.outlet", outlet).put("source.publishedAt", publishedAt).put("source.kind", kind)
                    .put("stance", stance).put("quote", quote).put("claimant", claimant)
                    .put("claimantIsParty", claimantIsParty == null ? "" : claimantIsParty)
                    .put("statedFigure", statedFigure);
        }

        boolean describesNewSource() {
            return Text.clean(sourceId) == null && (Text.clean(url) != null || Text.clean(title) != null);
        }
    }

    private final CitationService citations;
    private final ClaimService claims;
    private final SourceService sources;
    private final Workflow workflow;
    private final CurrentUser user;
    private final Htmx htmx;
    private final Languages languages;

    CitationResource(CitationService citations, ClaimService claims, SourceService sources, Workflow workflow,
            CurrentUser user, Htmx htmx, Languages languages) {
        this.citations = citations;
        this.claims = claims;
        this.sources = sources;
        this.workflow = workflow;
        this.user = user;
        this.htmx = htmx;
        this.languages = languages;
    }

    /** The empty form; a published claim takes no new citations (409). */
    @GET
    @Path("new")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public TemplateInstance newCitation(@RestPath long id) {
        Claim claim = claims.get(id);
        workflow.checkEditable(claim);
        return form(claim, Form.named("cite").put("stance", Stance.SUPPORTS).put("source.kind", SourceKind.NEWS_MEDIA)
                .put("claimantIsParty", ""));
    }

    /** The form's party choice: "true" or "false" as the reviewer says, anything else from the claimant (null). */
    static Boolean partyChoice(String choice) {
        return "true".equals(choice) || "on".equals(choice) ? Boolean.TRUE : "false".equals(choice) ? Boolean.FALSE : null;
    }

    @POST
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response attach(@RestPath long id, @BeanParam CitationForm form) {
        return Submission.answer(form.typed(), () -> {
            FieldParser parse = new FieldParser();
            Long sourceId = parse.whole("sourceId", form.sourceId);
            Stance stance = parse.choice("stance", form.stance, Stance.class);
            Boolean party = partyChoice(form.claimantIsParty);
            SourceInput newSource = form.describesNewSource()
                    ? new SourceInput(form.url, form.title, form.outlet, null,
                            parse.date("source.publishedAt", form.publishedAt),
                            parse.choice("source.kind", form.kind, SourceKind.class), null, null)
                    : null;
            parse.check();
            if (sourceId == null && newSource == null) {
                throw Problem.invalid("sourceId", "is required: choose a source or describe a new one");
            }
            // the new source and its citation are written together or not at all
            QuarkusTransaction.requiringNew().run(() -> {
                long cited = newSource == null ? sourceId
                        : Submission.part("source.", () -> sources.create(newSource, user.username()).id);
                citations.attach(id, new CitationInput(cited, stance, form.quote, form.claimant, party,
                        form.statedFigure), user.username());
            });
            return Flash.redirect("/claims/" + id + "#evidence",
                    Texts.of(CitationTexts.class, languages.current()).attached());
        }, refused -> {
            TemplateInstance page = form(claims.get(id), refused);
            htmx.retarget("#cite"); // in place, the refused form replaces itself, not the claim it would have updated
            return page;
        });
    }

    private TemplateInstance form(Claim claim, Form form) {
        List<Option> choices = sources.newest(SOURCE_CHOICES).stream().map(s -> new Option(String.valueOf(s.id),
                "#" + s.id + " " + s.title + (s.outlet == null ? "" : " (" + s.outlet + ")"))).toList();
        return htmx.partial() ? Templates.form$cite(claim, form, choices, true) : Templates.form(claim, form, choices, false);
    }
}
