package org.corroborate.imports;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.corroborate.source.ArticleImporter;
import org.corroborate.source.Source;

/**
 * One file of a bulk import, in upload order ({@code seq}). Its article waits here until the worker imports it; the
 * outcome is set in the transaction that imports it, so a file is imported once or not at all.
 */
@Entity
@Table(name = "import_file")
public class ImportFile extends PanacheEntity {

    public static final int NAME_MAX = 300;
    /** An article's text as read at upload: the longest source text and room for its dateline. */
    public static final int ARTICLE_MAX = Source.TEXT_MAX + ArticleImporter.DATELINE_MAX;
    public static final int REASON_MAX = 500;

    @Column(name = "job_id", nullable = false, updatable = false)
    public long jobId;

    @Column(nullable = false, updatable = false)
    public int seq;

    @Column(nullable = false, length = NAME_MAX, updatable = false)
    public String name;

    /** The text to import (UTF-8, markup removed); cleared once the file is done. */
    @Column(length = ARTICLE_MAX)
    public String article;

    /** Null until the file is done. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public FileOutcome outcome;

    /** The new source (IMPORTED), or the one that has this url or text already (DUPLICATE). */
    @Column(name = "source_id")
    public Long sourceId;

    @Column(length = Source.TITLE_MAX)
    public String title;

    /** For a duplicate: "url" or "text", whichever the existing source shares. */
    @Column(name = "duplicate_field", length = 16)
    public String duplicateField;

    @Column(length = REASON_MAX)
    public String reason;

    @Column(name = "done_at")
    public Instant doneAt;
}
