package org.corroborate.claim;


import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.corroborate.account.Role;
import org.corroborate.candidate.Candidate;
import org.corroborate.candidate.CandidateService;
import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.input.FieldParser;
import org.corroborate.place.PlaceChoices;
import org.corroborate.place.PlaceService;
import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Pager;
import org.corroborate.web.Submission;
import org.corroborate.workflow.Workflow;

/** The claim pages: the searchable list, the claim page, and the new and edit forms. */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
public class ClaimResource {

    @CheckedTemplate
    public static class Templates {
        static native TemplateInstance list(ClaimResults<ClaimRow> claims, Form filters, Pager pager);

        static native TemplateInstance form(Form form, Claim claim, PlaceChoices places);

        static native TemplateInstance show(ClaimPageView view);

        /** The claim without the page around it, for htmx to swap in place. */
        static native TemplateInstance show$claim(ClaimPageView view);
    }

    private final ClaimService claims;
    private final ClaimPage page;
    private final Workflow workflow;
    private final CurrentUser user;
    private final PlaceService places;
    private final CandidateService candidates;
    private final Languages languages;

    ClaimResource(ClaimService claims, ClaimPage page, Workflow workflow, CurrentUser user, PlaceService places,
            CandidateService candidates, Languages languages) {
        this.languages = languages;
        this.places = places;
        this.candidates = candidates;
        this.claims = claims;
        this.page = page;
        this.workflow = workflow;
        this.user = user;
    }

    /** The list with search and filters; unreadable filters are named on the page (400), not guessed at. */
    @GET
    public Response list(@RestQuery String q, @RestQuery String status, @RestQuery String verdict,
            @RestQuery String admin1, @RestQuery String admin2, @RestQuery String pcode, @RestQuery String from,
            @RestQuery String to, @RestQuery String page, @RestQuery String size, @Context UriInfo uri) {
        Form filters = Form.named("filters").put("q", q).put("status", status).put("verdict", verdict)
                .put("admin1", admin1).put("admin2", admin2).put("pcode", pcode).put("from", from).put("to", to);
        int index = Pager.index(page);
        int pageSize = Pager.size(size, ClaimService.MAX_PAGE_SIZE);
        return Submission.answer(filters, () -> {
            FieldParser parse = new FieldParser();
            ClaimFilter filter = new ClaimFilter(q, parse.choice("status", status, ClaimStatus.class),
                    parse.choice("verdict", verdict, Verdict.class), admin1, parse.date("from", from),
                    parse.date("to", to), admin2, pcode);
            parse.check();
            ClaimResults<ClaimRow> found = claims.rows(filter, index, pageSize);
            return Response.ok(Templates.list(found, filters,
                    Pager.of("/claims", uri.getQueryParameters(), index, pageSize, found.total()))).build();
        }, refused -> Templates.list(null, refused, null));
    }

    @GET
    @Path("new")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public TemplateInstance newClaim(@RestQuery String source, @RestQuery String candidate) {
        if (source == null) {
            return Templates.form(ClaimForm.blank(), null, PlaceChoices.NONE);
        }
        FieldParser parse = new FieldParser();
        Long sourceId = parse.whole("source", source);
        Long index = parse.whole("candidate", candidate);
        parse.check();
        Candidate proposed = candidates.get(sourceId, index.intValue());
        Form form = ClaimForm.of(CandidateService.inputOf(proposed)).put("fromSource", sourceId).put("candidate", index);
        return Templates.form(form, null, places.choices(null, proposed.location().pcode()));
    }

    @POST
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response create(@BeanParam ClaimForm form) {
        if (form.findsPlace()) {
            return Response.ok(Templates.form(form.typed(), null, places.choices(form.placeQuery(), form.pcode))).build();
        }
        return Submission.answer(form.typed(), () -> {
            long[] from = form.fromCandidate();
            if (from != null) {
                Claim claim = candidates.write(from[0], (int) from[1], form.toInput(), user.username());
                return Flash.redirect("/claims/" + claim.id, texts().createdFromSource(number(claim.id), number(from[0])));
            }
            Claim claim = claims.create(form.toInput(), user.username());
            return Flash.redirect("/claims/" + claim.id, texts().created(number(claim.id)));
        }, refused -> Templates.form(refused, null, places.choices(null, form.pcode)));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        return page.show(id, Form.none());
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public TemplateInstance edit(@RestPath long id) {
        Claim claim = claims.get(id);
        workflow.checkEditable(claim);
        return Templates.form(ClaimForm.of(claim), claim, places.choices(null, claim.location.pcode));
    }

    /** Saves an edit of the version the user saw; a newer version in between is a 409 with the typed input kept. */
    @POST
    @Path("{id}")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response update(@RestPath long id, @BeanParam ClaimForm form) {
        if (form.findsPlace()) {
            return Response.ok(Templates.form(form.typed(), claims.get(id), places.choices(form.placeQuery(), form.pcode)))
                    .build();
        }
        return Submission.answer(form.typed(), () -> {
            claims.update(id, form.toInput(), user.username());
            return Flash.redirect("/claims/" + id, texts().saved(number(id)));
        }, refused -> Templates.form(refused, claims.get(id), places.choices(null, form.pcode)));
    }

    /** "Use these figures": the suggested low, best and high become the claim's, which stay editable. */
    @POST
    @Path("{id}/fatalities")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response useSuggestedFatalities(@RestPath long id, @RestForm String version) {
        return Submission.answer(Form.named("fatalities").put("version", version), () -> {
            FieldParser parse = new FieldParser();
            Long seen = parse.whole("version", version);
            parse.check();
            if (seen == null) {
                throw Problem.invalid("version", "is required: send the version you saw");
            }
            claims.useSuggestedFatalities(id, seen, user.username());
            return Flash.redirect("/claims/" + id + "#event", texts().fatalitiesSet());
        }, refused -> page.show(id, refused));
    }

    /** The claim pages' words in the request's language, for the flash messages this resource writes. */
    private ClaimTexts texts() {
        return Texts.of(ClaimTexts.class, languages.current());
    }

    private String number(long n) {
        return Texts.digits(String.valueOf(n), languages.current());
    }

}
