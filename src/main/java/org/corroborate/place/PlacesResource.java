package org.corroborate.place;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import org.corroborate.account.Role;
import org.corroborate.dashboard.ReferenceTexts;
import org.corroborate.i18n.Language;
import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Submission;

/** The gazetteer's admin page: what it holds, the COD-AB upload and the last import's report. Admins only. */
@Path("/admin/places")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class PlacesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PlaceService.Summary summary, Optional<ImportReport> report,
                List<PlaceService.ClaimPlace> unmatched, Form form);
    }

    /** Claims' places the page lists that the gazetteer does not resolve, the most named first. */
    static final int UNMATCHED_SHOWN = 100;

    private final PlaceService places;
    private final CurrentUser user;
    private final Languages languages;

    PlacesResource(PlaceService places, CurrentUser user, Languages languages) {
        this.places = places;
        this.user = user;
        this.languages = languages;
    }

    @GET
    public TemplateInstance page() {
        return page(Form.named("import"));
    }

    private TemplateInstance page(Form form) {
        return Templates.page(places.summary(), places.lastImport(), places.unmatchedClaimPlaces(UNMATCHED_SHOWN), form);
    }

    /** Imports the uploaded table; the report is then on the page it redirects to (and stays there). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importTable(@RestForm FileUpload file) {
        return Submission.answer(Form.named("import"), () -> {
            ImportReport report = places.importTable(read(file), user.username());
            Language language = languages.current();
            return Flash.redirect("/admin/places#report", Texts.of(ReferenceTexts.class, language).importedTable(
                    Texts.digits(String.valueOf(report.changes()), language),
                    Texts.digits(String.valueOf(report.unchanged()), language)));
        }, this::page);
    }

    private static String read(FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            throw Problem.invalid("file", "is required: choose the COD-AB table saved as CSV");
        }
        try {
            return PlaceApi.text(Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw Problem.invalid("file", "could not be read: upload it again");
        }
    }
}
