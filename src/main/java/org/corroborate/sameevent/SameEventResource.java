package org.corroborate.sameevent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import org.corroborate.i18n.Language;
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

/** The claim page's same-event buttons: judge this claim and another the same event or different events. */
@Path("/claims/{id}/links")
@Produces(MediaType.TEXT_HTML)
public class SameEventResource {

    private final SameEventService sameEvents;
    private final ClaimPage page;
    private final CurrentUser user;
    private final Languages languages;

    SameEventResource(SameEventService sameEvents, ClaimPage page, CurrentUser user, Languages languages) {
        this.sameEvents = sameEvents;
        this.page = page;
        this.user = user;
        this.languages = languages;
    }

    @POST
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response judge(@RestPath long id, @RestForm String claimId, @RestForm String judgement) {
        Form typed = Form.named("link").put("claimId", claimId).put("judgement", judgement);
        return Submission.answer(typed, () -> {
            FieldParser parse = new FieldParser();
            Long other = parse.whole("claimId", claimId);
            Judgement chosen = parse.choice("judgement", judgement, Judgement.class);
            parse.check();
            sameEvents.judge(id, other, chosen, user.username());
            Language language = languages.current();
            String ids = Texts.digits(String.valueOf(id), language);
            String others = Texts.digits(String.valueOf(other), language);
            Msg msg = Texts.msg(language);
            return Flash.redirect("/claims/" + id + "#same-event", chosen == Judgement.SAME_EVENT
                    ? msg.judgedSameEvent(ids, others) : msg.judgedDifferentEvents(ids, others));
        }, refused -> page.show(id, refused));
    }
}
