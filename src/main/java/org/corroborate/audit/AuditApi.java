package org.corroborate.audit;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.account.Role;
import org.corroborate.input.QueryParams;

/** The audit log over JSON, for admins; read only. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    public record EntryView(long id, Instant at, String actor, AuditAction action, String subject, String detail) {

        static EntryView of(AuditEntry e) {
            return new EntryView(e.id, e.recordedAt, e.actor, e.action, e.subject, e.detail);
        }
    }

    public record EntryList(List<EntryView> items, int page, int size, long total) {
    }

    @GET
    @Operation(summary = "Account changes and editor decisions, newest first (admins)")
    public EntryList list(@QueryParam("page") String page, @QueryParam("size") String size) {
        AuditLog.AuditPage found = audit.page(QueryParams.intIn("page", page, 0, 0, 1_000_000),
                QueryParams.intIn("size", size, 50, 1, 500));
        return new EntryList(found.items().stream().map(EntryView::of).toList(), found.page(), found.size(), found.total());
    }
}
