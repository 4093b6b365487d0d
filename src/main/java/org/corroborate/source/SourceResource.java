package org.corroborate.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import org.corroborate.account.Role;
import org.corroborate.candidate.Candidate;
import org.corroborate.candidate.CandidateService;
import org.corroborate.candidate.MarkedText;
import org.corroborate.citation.Citation;
import org.corroborate.i18n.Languages;
import org.corroborate.i18n.Texts;
import org.corroborate.input.FieldParser;
import org.corroborate.problem.DuplicateSource;
import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;
import org.corroborate.web.Flash;
import org.corroborate.web.Form;
import org.corroborate.web.Pager;
import org.corroborate.web.Submission;

/** The source pages: list, source page (which claims cite it), the manual form, its correction and the article import. */
@Path("/sources")
@Produces(MediaType.TEXT_HTML)
public class SourceResource {

    static final int MAX_PAGE_SIZE = 100;

    @CheckedTemplate
    public static class Templates {
        static native TemplateInstance list(SourceService.SourcePage sources, String q, Pager pager);

        static native TemplateInstance show(Source source, List<Citation> citations, List<Candidate> candidates,
                MarkedText text);

        static native TemplateInstance form(Form form);

        /** Also the bulk import's form ({@code imports.ImportResource}), which shares the page. */
        public static native TemplateInstance importForm(Form form);

        static native TemplateInstance edit(Source source, Form form, int citingClaims);
    }

    /** The manual source form as posted. */
    public static class SourceForm {
        @RestForm public String url;
        @RestForm public String title;
        @RestForm public String outlet;
        @RestForm public String author;
        @RestForm public String publishedAt;
        @RestForm public String kind;
        @RestForm public String language;
        @RestForm public String text;

        SourceInput toInput() {
            FieldParser parse = new FieldParser();
            SourceInput input = new SourceInput(url, title, outlet, author, parse.date("publishedAt", publishedAt),
                    parse.choice("kind", kind, SourceKind.class), language, text);
            parse.check();
            return input;
        }

        Form typed() {
            return Form.named("source").put("url", url).put("title", title).put("outlet", outlet).put("author", author)
                    .put("publishedAt", publishedAt).put("kind", kind).put("language", language).put("text", text);
        }
    }

    private final SourceService sources;
    private final CurrentUser user;
    private final CandidateService candidates;
    private final Languages languages;

    SourceResource(SourceService sources, CurrentUser user, CandidateService candidates, Languages languages) {
        this.sources = sources;
        this.user = user;
        this.candidates = candidates;
        this.languages = languages;
    }

    @GET
    public TemplateInstance list(@RestQuery String q, @RestQuery String page, @RestQuery String size,
            @Context UriInfo uri) {
        int index = Pager.index(page);
        int pageSize = Pager.size(size, MAX_PAGE_SIZE);
        SourceService.SourcePage found = sources.list(q, index, pageSize);
        return Templates.list(found, q, Pager.of("/sources", uri.getQueryParameters(), index, pageSize, found.total()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        Source source = sources.find(id).orElseThrow(() -> Problem.notFound("source", id));
        List<Candidate> read = candidates.of(source);
        return Templates.show(source, Citation.ofSource(id), read, MarkedText.of(source.text, read));
    }

    @GET
    @Path("new")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public TemplateInstance newSource() {
        return Templates.form(Form.named("source").put("kind", SourceKind.NEWS_MEDIA).put("language", "en"));
    }

    @POST
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response create(@BeanParam SourceForm form) {
        return Submission.answer(form.typed(), () -> {
            Source source = sources.create(form.toInput(), user.username());
            return Flash.redirect("/sources/" + source.id, texts().saved(number(source.id)));
        }, Templates::form);
    }

    /** The correction form, prefilled; the full text is not edited here. */
    @GET
    @Path("{id}/edit")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public TemplateInstance edit(@RestPath long id) {
        Source source = sources.find(id).orElseThrow(() -> Problem.notFound("source", id));
        Form form = Form.named("source").put("url", source.url).put("title", source.title).put("outlet", source.outlet)
                .put("author", source.author).put("publishedAt", source.publishedAt).put("kind", source.kind)
                .put("language", source.language);
        return Templates.edit(source, form, citingClaims(id));
    }

    /** Saves a correction; each claim citing the source records it in its history. */
    @POST
    @Path("{id}")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response update(@RestPath long id, @BeanParam SourceForm form) {
        form.text = null; // the form has no full text: the source keeps its own
        return Submission.answer(form.typed(), () -> {
            sources.edit(id, form.toInput(), user.username());
            return Flash.redirect("/sources/" + id, texts().corrected(number(id)));
        }, refused -> Templates.edit(sources.find(id).orElseThrow(() -> Problem.notFound("source", id)), refused,
                citingClaims(id)));
    }

    private static int citingClaims(long sourceId) {
        return (int) Citation.ofSource(sourceId).stream().map(c -> c.claim.id).distinct().count();
    }

    @GET
    @Path("import")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public TemplateInstance importForm() {
        return Templates.importForm(Form.named("import"));
    }

    /**
     * Imports an article pasted as text or uploaded as a .txt file. Its dateline gives the date and outlet;
     * a url that is known already leads to the existing source instead of a copy.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    public Response importArticle(@RestForm String text, @RestForm FileUpload file, @RestForm String url,
            @RestForm String outlet) {
        Form typed = Form.named("import").put("text", text).put("url", url).put("outlet", outlet);
        return Submission.answer(typed, () -> {
            String article = hasFile(file) ? read(file) : text;
            Optional<Source> known = sources.findByUrl(url);
            if (known.isPresent()) {
                return Flash.redirect("/sources/" + known.get().id, texts().knownArticle(number(known.get().id)));
            }
            Source source;
            try {
                source = sources.importArticle(article, url, outlet, null, user.username());
            } catch (DuplicateSource duplicate) { // its text, or its url stored by another request meanwhile
                return Flash.redirect("/sources/" + duplicate.existingId,
                        texts().knownArticle(number(duplicate.existingId)));
            }
            return Flash.redirect("/sources/" + source.id, texts().importedArticle(number(source.id)));
        }, Templates::importForm);
    }

    /** The page's words, in the language of this request. */
    private SourceTexts texts() {
        return Texts.of(SourceTexts.class, languages.current());
    }

    /** An id or count as the request's language writes it. */
    private String number(long n) {
        return Texts.digits(String.valueOf(n), languages.current());
    }

    private static boolean hasFile(FileUpload file) {
        return file != null && file.fileName() != null && !file.fileName().isBlank();
    }

    /** The uploaded file as UTF-8 text: a plain-text .txt file, or a web page (.html, .htm) without its markup. */
    private static String read(FileUpload file) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".txt")) {
            throw Problem.invalid("file", "must be a plain-text .txt file or a web page (.html, .htm)");
        }
        try {
            String text = ArticleImporter.decode(Files.readAllBytes(file.uploadedFile()), StandardCharsets.UTF_8);
            return html ? ArticleImporter.fromHtml(text) : text;
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("file", "must be UTF-8 text");
        } catch (IOException e) {
            throw Problem.invalid("file", "could not be read: upload it again");
        }
    }

}
