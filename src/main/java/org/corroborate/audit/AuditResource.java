package org.corroborate.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestQuery;

import org.corroborate.account.Role;
import org.corroborate.web.Pager;

/** The audit log for admins, newest first. Read only: there is no form to change or remove an entry. */
@Path("/admin/audit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(AuditLog.AuditPage entries, Pager pager);
    }

    private final AuditLog audit;

    AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public TemplateInstance log(@RestQuery String page, @Context UriInfo uri) {
        int index = Pager.index(page);
        AuditLog.AuditPage entries = audit.page(index, PAGE_SIZE);
        return Templates.log(entries, Pager.of("/admin/audit", uri.getQueryParameters(), index, PAGE_SIZE, entries.total()));
    }
}
