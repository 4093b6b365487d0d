package org.corroborate.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.corroborate.db.RowMapping;
import org.corroborate.input.SearchText;
import org.corroborate.input.Sha256;

/** A published document that one or more claims cite. */
@Entity
public class Source extends PanacheEntity {

    /** The source's columns as the JDBC reads map them, all but its full text (up to 100 KB, never shown there). */
    public static final RowMapping<Source> COLUMNS = RowMapping.of(Source::new)
            .longValue("id", (s, v) -> s.id = v)
            .text("url", (s, v) -> s.url = v)
            .text("title", (s, v) -> s.title = v)
            .text("outlet", (s, v) -> s.outlet = v)
            .text("author", (s, v) -> s.author = v)
            .date("published_at", (s, v) -> s.publishedAt = v)
            .enumOf("kind", SourceKind.class, (s, v) -> s.kind = v)
            .text("language", (s, v) -> s.language = v)
            .text("created_by", (s, v) -> s.createdBy = v)
            .instant("created_at", (s, v) -> s.createdAt = v)
            .build();

    public static final int URL_MAX = 2048;
    public static final int TITLE_MAX = 500;
    public static final int TEXT_MAX = 100_000;

    /** Normalised url; unique when present (see {@link SourceUrls}). */
    @Column(length = URL_MAX, unique = true)
    public String url;

    @Column(nullable = false, length = TITLE_MAX)
    public String title;

    @Column(length = 200)
    public String outlet;

    @Column(length = 200)
    public String author;

    @Column(name = "published_at")
    public LocalDate publishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public SourceKind kind = SourceKind.NEWS_MEDIA;

    @Column(length = 35)
    public String language;

    @Column(name = "full_text", length = TEXT_MAX)
    public String text;

    /** {@link #hashOf} the full text: the same article imported twice is found by it, whatever its url. */
    @Column(name = "text_hash", length = 64)
    public String textHash;

    public static final int SEARCH_TEXT_MAX = 1000;

    /**
     * What the source list's search matches: title and outlet as {@link SearchText#of} folds them; kept on every
     * write, given to older sources by {@link UnsearchableSources}.
     */
    @Column(name = "search_text", length = SEARCH_TEXT_MAX)
    String searchText;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @PrePersist
    @PreUpdate
    void keys() {
        searchText = searchText(title, outlet);
    }

    static String searchText(String title, String outlet) {
        return SearchText.of(SEARCH_TEXT_MAX, title, outlet);
    }

    public static Optional<Source> findByUrl(String normalisedUrl) {
        return find("url", normalisedUrl).firstResultOptional();
    }

    /** The source holding the text of this {@link #hashOf} already, the oldest when several do; none for null. */
    public static Optional<Source> findByTextHash(String hash) {
        return hash == null ? Optional.empty() : find("textHash = ?1 order by id", hash).firstResultOptional();
    }

    /**
     * SHA-256 (hex) of a text with its white space folded (runs of spaces, tabs and line breaks as one space, none
     * at either end), so the same article pasted and uploaded, or with Windows line ends, is the same text; null for
     * no text.
     */
    public static String hashOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Sha256.hex(WHITE_SPACE.matcher(text.strip()).replaceAll(" "));
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
}
