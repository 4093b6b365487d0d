package org.corroborate.imports;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import org.corroborate.account.Role;
import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.source.SourceResource;
import org.corroborate.source.SourceTexts;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Htmx;
import org.corroborate.web.Submission;

/**
 * The bulk import's pages: the form (on the article import page, {@code /sources/import}) posts here, and the job's
 * page shows its progress, then what became of each file. htmx polls the progress in place; without JavaScript the
 * page refreshes itself while the job runs.
 */
@Path("/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
public class ImportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance job(ImportJobView job);

        static native TemplateInstance job$progress(ImportJobView job);
    }

    private final ImportService imports;
    private final CurrentUser user;
    private final Htmx htmx;
    private final Languages languages;

    ImportResource(ImportService imports, CurrentUser user, Htmx htmx, Languages languages) {
        this.imports = imports;
        this.user = user;
        this.htmx = htmx;
        this.languages = languages;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@RestForm("files") List<FileUpload> files) {
        return Submission.answer(Form.named("bulk"), () -> {
            long id = imports.submit(Uploads.of(files), user.username());
            return Flash.redirect("/imports/" + id, Texts.of(SourceTexts.class, languages.current()).filesReceived());
        }, SourceResource.Templates::importForm);
    }

    /** The job's page; to htmx polling it, only the progress (and, once done, the summary). */
    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        ImportJobView job = imports.view(id, user, false);
        return htmx.partial() ? Templates.job$progress(job) : Templates.job(job);
    }
}
