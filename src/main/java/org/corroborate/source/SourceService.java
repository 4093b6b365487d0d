package org.corroborate.source;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.corroborate.citation.Citation;
import org.corroborate.input.Inputs;
import org.corroborate.input.SearchText;
import org.corroborate.input.Text;
import org.corroborate.problem.DuplicateSource;
import org.corroborate.problem.FieldError;
import org.corroborate.problem.Problem;
import org.corroborate.problem.ProblemTexts;
import org.corroborate.workflow.ChangeNote;
import org.corroborate.workflow.Workflow;

/** Creates, corrects and finds sources; one source per normalised url. */
@ApplicationScoped
public class SourceService {

    private final Inputs inputs;
    private final Clock clock;
    private final Workflow workflow;

    SourceService(Inputs inputs, Clock clock, Workflow workflow) {
        this.inputs = inputs;
        this.clock = clock;
        this.workflow = workflow;
    }

    /** A page of sources, newest first, optionally filtered by title or outlet. */
    public record SourcePage(List<Source> items, int page, int size, long total) {
    }

    /**
     * Stores a new source. Throws a 400 {@link Problem} for bad input and {@link DuplicateSource} when the
     * normalised url is known (also when another request stores it at the same moment), or the text is another
     * source's (white space aside, {@link Source#hashOf}).
     */
    @Transactional
    public Source create(SourceInput input, String user) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> url = SourceUrls.normalise(input == null ? null : input.url());
        if (input != null && Text.clean(input.url()) != null && url.isEmpty()) {
            errors.add(new FieldError("url", ProblemTexts::absoluteUrl));
        }
        inputs.check(input, errors);
        if (url.isPresent()) {
            Source.findByUrl(url.get()).ifPresent(existing -> {
                throw new DuplicateSource(existing.id);
            });
        }
        String text = Text.clean(input.text());
        String textHash = Source.hashOf(text);
        Source.findByTextHash(textHash).ifPresent(existing -> {
            throw new DuplicateSource(existing.id, "text");
        });
        Source source = new Source();
        describe(source, url.orElse(null), input);
        source.text = text;
        source.textHash = textHash;
        source.createdBy = user;
        source.createdAt = Instant.now(clock);
        source.persistAndFlush();
        return source;
    }

    /**
     * Corrects a source's details (url, title, outlet, author, published date, kind, language) with the same rules as
     * {@link #create}; the full text stays unless the input carries one. Every claim citing the source records what
     * changed in its history ({@link Workflow#recordChange}): a proposed one returns to OPEN, a published one only
     * notes it. An edit that changes nothing records nothing. 404 for an unknown source; 409 with the other source's
     * id when the url is another source's.
     */
    @Transactional
    public Source edit(long id, SourceInput input, String user) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> url = SourceUrls.normalise(input == null ? null : input.url());
        if (input != null && Text.clean(input.url()) != null && url.isEmpty()) {
            errors.add(new FieldError("url", ProblemTexts::absoluteUrl));
        }
        inputs.check(input, errors);
        // locked, so corrections of one source at the same moment each note the change from what the other left
        Source source = Source.<Source>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> Problem.notFound("source", id));
        if (url.isPresent()) {
            Source.findByUrl(url.get()).filter(other -> !other.id.equals(source.id)).ifPresent(other -> {
                throw new DuplicateSource(other.id);
            });
        }
        String text = Text.clean(input.text());
        ChangeNote note = new ChangeNote()
                .text("url", source.url, url.orElse(null))
                .text("title", source.title, Text.clean(input.title()))
                .text("outlet", source.outlet, Text.clean(input.outlet()))
                .text("author", source.author, Text.clean(input.author()))
                .value("published", source.publishedAt, input.publishedAt())
                .value("kind", source.kind, input.kind())
                .text("language", source.language, Text.clean(input.language()));
        if (text != null && !text.equals(source.text)) {
            note.add("full text replaced");
        }
        if (note.isEmpty()) {
            return source;
        }
        describe(source, url.orElse(null), input);
        if (text != null) {
            source.text = text;
            source.textHash = Source.hashOf(text);
        }
        source.flush(); // a url another request stores at the same moment fails here, as a 409
        String what = note.of("Source #" + id + " corrected");
        Citation.ofSource(id).stream().map(c -> c.claim).distinct()
                .forEach(claim -> workflow.recordChange(claim, what, user));
        return source;
    }

    /**
     * Imports an article in the seed format as a news source; {@code url}, {@code outlet} and {@code publishedAt},
     * when given, win over what the article says (its dateline). The published date is what relative dates in the
     * text ("on Sunday", "last week") are read against. An article whose text a source holds already (white space
     * aside, {@link Source#hashOf}) is refused as that source's duplicate, as one with its url is.
     */
    @Transactional
    public Source importArticle(String article, String url, String outlet, LocalDate publishedAt, String user) {
        ArticleImporter.Article read;
        try {
            read = ArticleImporter.read(article);
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("text", e.getMessage());
        }
        if (read.text().length() > Source.TEXT_MAX) {
            throw Problem.invalid("text", t -> t.atMostCharacters(Source.TEXT_MAX));
        }
        String chosenOutlet = Optional.ofNullable(Text.clean(outlet)).or(read::outlet).orElse(null);
        LocalDate chosenDate = publishedAt != null ? publishedAt : read.publishedAt().orElse(null);
        return create(new SourceInput(url, read.title(), chosenOutlet, null, chosenDate,
                SourceKind.NEWS_MEDIA, "en", read.text()), user);
    }

    public Optional<Source> find(long id) {
        return Source.findByIdOptional(id);
    }

    /** The source known by this url once normalised (the article at another tracking link is the same article). */
    public Optional<Source> findByUrl(String url) {
        return SourceUrls.normalise(url).flatMap(Source::findByUrl);
    }

    /** The most recently added sources, newest first, without counting them all. */
    public List<Source> newest(int limit) {
        return Source.findAll(Sort.descending("createdAt", "id")).page(Page.of(0, limit)).list();
    }

    /**
     * Sources newest first, or with a query those whose title or outlet contains it, compared as {@link SearchText}
     * folds them (letter forms, marks, joiners, digits and case aside).
     */
    public SourcePage list(String query, int page, int size) {
        String q = SearchText.containing(query);
        var find = q == null ? Source.findAll(Sort.descending("createdAt", "id"))
                : Source.find("searchText like ?1 escape '!'", Sort.descending("createdAt", "id"), q);
        List<Source> items = find.page(Page.of(page, size)).list();
        return new SourcePage(items, page, size, find.count());
    }

    /** The source's details (all but its text) as the input gives them, tidied; {@code url} already normalised. */
    private static void describe(Source source, String url, SourceInput input) {
        source.url = url;
        source.title = Text.clean(input.title());
        source.outlet = Text.clean(input.outlet());
        source.author = Text.clean(input.author());
        source.publishedAt = input.publishedAt();
        source.kind = input.kind();
        source.language = Text.clean(input.language());
    }
}
