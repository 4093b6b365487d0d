package org.corroborate.claimant;

import java.util.Arrays;
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
import org.jboss.resteasy.reactive.RestQuery;

import org.corroborate.account.Role;
import org.corroborate.citation.Citation;
import org.corroborate.dashboard.ReferenceTexts;
import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.input.FieldParser;
import org.corroborate.input.Text;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Option;
import org.corroborate.web.Submission;

/**
 * The claimant pages: the list with a form for a new claimant, and a claimant's page with the citations that
 * resolve to it and the forms to correct it, add an alias and merge it into another.
 */
@Path("/claimants")
@Produces(MediaType.TEXT_HTML)
public class ClaimantResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Claimant> claimants, String q, Form form);

        /** {@code form} is the state of the one form posted (edit, alias or merge), if any. */
        static native TemplateInstance show(Claimant claimant, List<Citation> citations, List<Option> others, Form edit,
                Form alias, Form merge);
    }

    /** The new-claimant and edit forms as posted: aliases one per line. */
    public static class ClaimantForm {
        @RestForm public String name;
        @RestForm public String aliases;
        @RestForm public String organisation;
        @RestForm public String party;
        @RestForm public String side;

        ClaimantInput toInput() {
            List<String> lines = aliases == null ? List.of()
                    : Arrays.stream(aliases.split("\\R")).map(Text::clean).filter(line -> line != null).toList();
            return new ClaimantInput(name, lines, organisation, "true".equals(party), side);
        }

        Form typed(String formName) {
            return Form.named(formName).put("name", name).put("aliases", aliases).put("organisation", organisation)
                    .put("party", party).put("side", side);
        }
    }

    private final ClaimantService claimants;
    private final CurrentUser user;
    private final Languages languages;

    ClaimantResource(ClaimantService claimants, CurrentUser user, Languages languages) {
        this.claimants = claimants;
        this.user = user;
        this.languages = languages;
    }

    /** The flash messages' words, in the language of the page they lead to. */
    private ReferenceTexts texts() {
        return Texts.of(ReferenceTexts.class, languages.current());
    }

    @GET
    public TemplateInstance list(@RestQuery String q) {
        return Templates.list(claimants.list(q), q, Form.named("claimant"));
    }

    @POST
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response create(@BeanParam ClaimantForm form) {
        return Submission.answer(form.typed("claimant"), () -> {
            Claimant claimant = claimants.create(form.toInput(), user.username());
            return Flash.redirect("/claimants/" + claimant.id, texts().claimantSaved(claimant.name));
        }, refused -> Templates.list(claimants.list(null), null, refused));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        Claimant claimant = claimants.get(id);
        return show(claimant, editForm(claimant), Form.named("alias"), Form.named("merge"));
    }

    @POST
    @Path("{id}")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response update(@RestPath long id, @BeanParam ClaimantForm form) {
        return Submission.answer(form.typed("edit"), () -> {
            ClaimantInput input = form.toInput();
            // the edit form shows no aliases: it corrects the claimant, the alias form adds names
            Claimant claimant = claimants.update(id, new ClaimantInput(input.name(), List.of(), input.organisation(),
                    input.party(), input.side()), user.username());
            return Flash.redirect("/claimants/" + id, texts().claimantSaved(claimant.name));
        }, refused -> show(claimants.get(id), refused, Form.named("alias"), Form.named("merge")));
    }

    @POST
    @Path("{id}/aliases")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response addAlias(@RestPath long id, @RestForm String alias) {
        return Submission.answer(Form.named("alias").put("alias", alias), () -> {
            claimants.addAliases(id, alias == null ? List.of() : List.of(alias), user.username());
            return Flash.redirect("/claimants/" + id, texts().aliasAdded(Text.clean(alias)));
        }, refused -> {
            Claimant claimant = claimants.get(id);
            return show(claimant, editForm(claimant), refused, Form.named("merge"));
        });
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response merge(@RestPath long id, @RestForm String into) {
        return Submission.answer(Form.named("merge").put("into", into), () -> {
            FieldParser parse = new FieldParser();
            Long target = parse.whole("into", into);
            parse.check();
            Claimant survivor = claimants.merge(id, target, user.username());
            return Flash.redirect("/claimants/" + survivor.id,
                    texts().claimantMerged(String.valueOf(id), survivor.name));
        }, refused -> {
            Claimant claimant = claimants.get(id);
            return show(claimant, editForm(claimant), Form.named("alias"), refused);
        });
    }

    private TemplateInstance show(Claimant claimant, Form edit, Form alias, Form merge) {
        List<Option> others = claimants.byName().stream().filter(c -> !c.id.equals(claimant.id))
                .map(c -> new Option(String.valueOf(c.id), c.name + (c.organisation == null ? "" : " (" + c.organisation + ")")))
                .toList();
        List<Citation> citations = claimants.citationsOf(claimant.id);
        Origins.fill(citations);
        return Templates.show(claimant, citations, others, edit, alias, merge);
    }

    private static Form editForm(Claimant claimant) {
        return Form.named("edit").put("name", claimant.name).put("organisation", claimant.organisation)
                .put("party", claimant.party ? "true" : null).put("side", claimant.side);
    }
}
