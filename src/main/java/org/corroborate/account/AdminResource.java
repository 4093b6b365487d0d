package org.corroborate.account;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Pager;
import org.corroborate.web.Submission;

/**
 * Account admin: the list of users, a form to create one, and per user a roles form and a password reset.
 * Admins only; every change is in the audit log.
 */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<User> users, Pager pager, Form form);
    }

    /** Accounts a page lists, so the page stays light however many there are. */
    static final int PAGE_SIZE = 50;

    private final AccountService accounts;
    private final CurrentUser user;
    private final Languages languages;

    AdminResource(AccountService accounts, CurrentUser user, Languages languages) {
        this.accounts = accounts;
        this.user = user;
        this.languages = languages;
    }

    @GET
    public TemplateInstance users(@RestQuery String page, @Context UriInfo uri) {
        return users(Pager.index(page), uri.getQueryParameters(), Form.named("create").put("roles", Role.REVIEWER_NAME));
    }

    private TemplateInstance users(int index, MultivaluedMap<String, String> query, Form form) {
        AccountService.UserPage found = accounts.list(index, PAGE_SIZE);
        return Templates.users(found.items(), Pager.of("/admin/users", query, index, PAGE_SIZE, found.total()), form);
    }

    @POST
    public Response create(@RestForm String username, @RestForm String password, @RestForm List<String> roles) {
        Form typed = Form.named("create").put("username", username).putAll("roles", roles);
        return Submission.answer(typed, () -> {
            accounts.create(new UserInput(username, password, roles), user.username());
            return Flash.redirect("/admin/users", texts().accountCreated(username));
        }, this::firstPage);
    }

    @POST
    @Path("{id}/roles")
    public Response changeRoles(@RestPath long id, @RestForm List<String> roles) {
        return Submission.answer(Form.named("roles-" + id).putAll("roles", roles), () -> {
            User changed = accounts.changeRoles(id, roles, user.username());
            return Flash.redirect("/admin/users", texts().rolesChanged(changed.username,
                    RoleNames.of(changed.roleSet(), languages.current())));
        }, this::firstPage);
    }

    /** Sets a new password for someone who lost theirs; their sign-ins end. The admin tells them out of band. */
    @POST
    @Path("{id}/password")
    public Response resetPassword(@RestPath long id, @RestForm String password) {
        return Submission.answer(Form.named("password-" + id), () -> {
            User reset = accounts.resetPassword(id, password, user.username());
            return Flash.redirect("/admin/users", texts().passwordSet(reset.username));
        }, this::firstPage);
    }

    /** Disables an account (its sign-ins, sessions and tokens stop at once) or enables it again. */
    @POST
    @Path("{id}/enabled")
    public Response setEnabled(@RestPath long id, @RestForm boolean enabled) {
        return Submission.answer(Form.named("enabled-" + id), () -> {
            User changed = accounts.setEnabled(id, enabled, user.username());
            return Flash.redirect("/admin/users", enabled ? texts().accountEnabled(changed.username)
                    : texts().accountDisabled(changed.username));
        }, this::firstPage);
    }

    private AccountTexts texts() {
        return Texts.of(AccountTexts.class, languages.current());
    }

    /** The list's first page with a refused form; the form's message shows above the list. */
    private TemplateInstance firstPage(Form refused) {
        return users(0, new MultivaluedHashMap<>(), refused);
    }
}
