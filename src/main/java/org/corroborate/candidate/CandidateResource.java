package org.corroborate.candidate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import org.corroborate.account.Role;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.input.FieldParser;
import org.corroborate.problem.Problem;
import org.corroborate.source.SourceTexts;
import org.corroborate.web.Flash;
import org.corroborate.web.CurrentUser;

/**
 * "Add to claim N" on the source page: a candidate's citations attached to a claim that may report the same event.
 * "Write this claim" is the claim form, filled in ({@code /claims/new?source=…&candidate=…}).
 */
@Path("/sources/{id}/candidates")
@Produces(MediaType.TEXT_HTML)
public class CandidateResource {

    private final CandidateService candidates;
    private final CurrentUser user;
    private final Languages languages;

    CandidateResource(CandidateService candidates, CurrentUser user, Languages languages) {
        this.candidates = candidates;
        this.user = user;
        this.languages = languages;
    }

    @POST
    @Path("{index}/citations")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response addTo(@RestPath long id, @RestPath int index, @RestForm String claimId) {
        FieldParser parse = new FieldParser();
        Long claim = parse.whole("claimId", claimId);
        parse.check();
        if (claim == null) {
            throw Problem.invalid("claimId", "must be a claim's id");
        }
        // a refusal (no such claim, a published claim) is the error page's, with its reason: the form is one button
        int made = candidates.addTo(id, index, claim, user.username()).size();
        Language language = languages.current();
        SourceTexts texts = Texts.of(SourceTexts.class, language);
        String source = Texts.digits(String.valueOf(id), language);
        String to = Texts.digits(String.valueOf(claim), language);
        return Flash.redirect("/claims/" + claim, made == 1 ? texts.candidateCitationAdded(source, to)
                : texts.candidateCitationsAdded(Texts.digits(String.valueOf(made), language), source, to));
    }
}
