package org.corroborate.review;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Msg;
import org.corroborate.i18n.Texts;
import org.corroborate.account.Role;
import org.corroborate.claim.ClaimPage;
import org.corroborate.input.FieldParser;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Submission;

/** The claim page's review forms: write or replace the signed-in reviewer's one review, or withdraw it. */
@Path("/claims/{id}/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {

    private final ReviewService reviews;
    private final ClaimPage page;
    private final CurrentUser user;

    private final Languages languages;

    ReviewResource(ReviewService reviews, ClaimPage page, CurrentUser user, Languages languages) {
        this.reviews = reviews;
        this.page = page;
        this.user = user;
        this.languages = languages;
    }

    @POST
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response write(@RestPath long id, @RestForm String rating, @RestForm String rationale,
            @RestForm List<String> tags) {
        Form typed = Form.named("review").put("rating", rating).put("rationale", rationale).putAll("tags", tags);
        return Submission.answer(typed, () -> {
            FieldParser parse = new FieldParser();
            Integer stars = parse.integer("rating", rating);
            Set<ReviewTag> tagSet = tags == null ? Set.of()
                    : tags.stream().map(t -> parse.choice("tags", t, ReviewTag.class)).filter(t -> t != null)
                            .collect(Collectors.toSet());
            parse.check();
            ReviewService.Written written = reviews.writeMine(id, new ReviewInput(stars, rationale, tagSet),
                    user.username());
            return Flash.redirect("/claims/" + id + "#credibility", written.created() ? msg().reviewSaved() : msg().reviewUpdated());
        }, refused -> page.show(id, refused));
    }

    /** Withdraws the signed-in reviewer's review ("mine"); nobody withdraws another's. */
    @POST
    @Path("withdraw")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response withdraw(@RestPath long id) {
        return Submission.answer(Form.named("withdraw-review"), () -> {
            reviews.withdrawMine(id, user.username());
            return Flash.redirect("/claims/" + id + "#credibility", msg().reviewWithdrawn());
        }, refused -> page.show(id, refused));
    }

    private Msg msg() {
        return Texts.msg(languages.current());
    }
}
