package org.corroborate.imports;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import org.corroborate.account.Role;
import org.corroborate.web.CurrentUser;

/** Bulk imports over JSON: send many articles (or a zip of them) at once, then follow the job. */
@Path("/api/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
@RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
public class ImportApi {

    private final ImportService imports;
    private final CurrentUser user;

    ImportApi(ImportService imports, CurrentUser user) {
        this.imports = imports;
        this.user = user;
    }

    /** The multipart body, for the OpenAPI document. */
    @Schema(name = "ImportUpload")
    public static class Upload {
        @Schema(type = SchemaType.ARRAY, implementation = String.class, format = "binary",
                description = "one or more articles: plain text (.txt, the seed format, an optional first line"
                        + " 'date YYYY-MM-DD Outlet - '), web pages (.html, .htm: markup removed) or .zip files of them")
        public List<byte[]> files;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import many articles at once: each part named 'files' is an article (.txt, .html, .htm) or a"
            + " .zip of them. Answers 202 with the job (Location: /api/imports/{id}); the files are imported in the"
            + " background, each as POST /api/sources/import would (dateline, title, duplicates by url or text). A file"
            + " that is no article is reported in 'failed' with the reason and does not stop the others. 400 naming"
            + " 'files' when there is none; 413 for a body over the limit (2 MB)")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = Upload.class)))
    @APIResponse(responseCode = "202", description = "the job, queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class)))
    public Response submit(@RestForm("files") List<FileUpload> files) {
        long id = imports.submit(Uploads.of(files), user.username());
        return Response.accepted(imports.view(id, user, true)).location(URI.create("/api/imports/" + id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A bulk import: status (QUEUED, RUNNING, DONE), total and done files, and what became of each"
            + " file done so far: imported (name, sourceId, title), duplicates (name, existingId, field: url or text),"
            + " failed (name, reason). Only its owner or an editor may read it (403); 404 for an unknown id")
    public ImportJobView get(@PathParam("id") long id) {
        return imports.view(id, user, true);
    }
}
