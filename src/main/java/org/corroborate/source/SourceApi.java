package org.corroborate.source;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.corroborate.account.Role;
import org.corroborate.citation.Citation;
import org.corroborate.citation.Stance;
import org.corroborate.claim.ClaimStatus;
import org.corroborate.claim.Verdict;
import org.corroborate.input.QueryParams;
import org.corroborate.problem.Problem;
import org.corroborate.web.CurrentUser;

/** Sources over JSON: create, import an article, correct, read with the claims citing it. */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
@Authenticated
public class SourceApi {

    private final SourceService sources;
    private final CurrentUser user;

    SourceApi(SourceService sources, CurrentUser user) {
        this.sources = sources;
        this.user = user;
    }

    public record SourceView(long id, String url, String title, String outlet, String author, LocalDate publishedAt,
            SourceKind kind, String language, String text, String createdBy, Instant createdAt, List<CitingClaim> claims) {

        static SourceView of(Source s, List<CitingClaim> claims) {
            return new SourceView(s.id, s.url, s.title, s.outlet, s.author, s.publishedAt, s.kind, s.language, s.text,
                    s.createdBy, s.createdAt, claims);
        }
    }

    /** A claim that cites the source, with how it cites it. */
    public record CitingClaim(long claimId, String statement, ClaimStatus status, Verdict verdict, long citationId,
            Stance stance, String claimant, String statedFigure) {
    }

    public record SourceList(List<SourceView> items, int page, int size, long total) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Store a source (409 with existingId when its normalised url is known)")
    public Response create(SourceInput input) {
        return created(sources.create(input, user.username()));
    }

    @POST
    @Path("import")
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.TEXT_HTML })
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Import an article as plain text, or as HTML (text/html: its markup removed, its text kept);"
            + " a first line 'date YYYY-MM-DD Outlet - ' gives its date and outlet, and the query's outlet and"
            + " publishedAt, when given, win over it")
    public Response importArticle(byte[] article,
            @Parameter(description = "the article's url") @QueryParam("url") String url,
            @Parameter(description = "the outlet") @QueryParam("outlet") String outlet,
            @Parameter(description = "the date the article was published (YYYY-MM-DD), which its relative dates are"
                    + " read against") @QueryParam("publishedAt") String publishedAt,
            @Context HttpHeaders headers) {
        LocalDate published = QueryParams.date("publishedAt", publishedAt);
        return created(sources.importArticle(text(article, headers.getMediaType()), url, outlet, published,
                user.username()));
    }

    /**
     * The body in the charset its Content-Type names (UTF-8 by default); bytes that are not text are refused. An
     * HTML body is its text without markup ({@link ArticleImporter#fromHtml}).
     */
    private static String text(byte[] body, MediaType type) {
        String text = decoded(body, type);
        return type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE) ? ArticleImporter.fromHtml(text) : text;
    }

    private static String decoded(byte[] body, MediaType type) {
        String named = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset;
        try {
            charset = named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
        } catch (IllegalArgumentException unknown) {
            throw Problem.invalid("text", "is in an unknown charset '" + named + "'");
        }
        try {
            return ArticleImporter.decode(body == null ? new byte[0] : body, charset);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("text", "must be " + charset.name() + " text");
        }
    }

    @GET
    @Operation(summary = "Sources, newest first, optionally matching a title or outlet")
    public SourceList list(@Parameter(description = "text in the title or outlet, compared as the claims' q is")
            @QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        SourceService.SourcePage found = sources.list(q, QueryParams.intIn("page", page, 0, 0, 1_000_000),
                QueryParams.intIn("size", size, 20, 1, 100));
        return new SourceList(found.items().stream().map(s -> SourceView.of(s, null)).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A source and the claims citing it")
    public SourceView get(@PathParam("id") long id) {
        Source source = sources.find(id).orElseThrow(() -> Problem.notFound("source", id));
        return SourceView.of(source, citing(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.REVIEWER_NAME, Role.EDITOR_NAME })
    @Operation(summary = "Correct a source's details (body as when storing one; the full text stays when the body"
            + " has none). Each claim citing it records the change in its history, and a proposed one returns to"
            + " OPEN; published claims only note it. 409 with existingId when the url is another source's")
    public SourceView edit(@PathParam("id") long id, SourceInput input) {
        Source source = sources.edit(id, input, user.username());
        return SourceView.of(source, citing(id));
    }

    /** The claims citing the source, with how each cites it, as they are now. */
    private static List<CitingClaim> citing(long sourceId) {
        return Citation.ofSource(sourceId).stream()
                .map(c -> new CitingClaim(c.claim.id, c.claim.statement, c.claim.status, c.claim.verdict, c.id, c.stance,
                        c.claimant, c.statedFigure))
                .toList();
    }

    private static Response created(Source source) {
        return Response.created(URI.create("/api/sources/" + source.id)).entity(SourceView.of(source, List.of())).build();
    }
}
