package org.corroborate.imports;

import java.time.Instant;
import java.util.List;

import io.quarkus.qute.TemplateData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bulk import as the API answers it and its page shows it: progress, then what became of each file. */
@TemplateData
@Schema(name = "ImportJob", description = "A bulk import: its progress, and what became of each file done so far")
public record ImportJobView(
        long id,
        @Schema(description = "QUEUED (waiting for a worker), RUNNING, DONE (every file imported or reported)") ImportStatus status,
        @Schema(description = "who sent the files; the sources are theirs") String owner,
        @Schema(description = "files in the upload, each file of a zip counted") int total,
        @Schema(description = "files imported or reported so far") int done,
        Instant createdAt,
        Instant finishedAt,
        @Schema(description = "files that became new sources, in upload order") List<Imported> imported,
        @Schema(description = "files whose url or text a source has already (an earlier file of the same upload"
                + " too): not imported again") List<Duplicate> duplicates,
        @Schema(description = "files that could not be imported, each with the reason") List<Failed> failed) {

    @TemplateData
    @Schema(name = "ImportedFile")
    public record Imported(@Schema(description = "the file's name; for a zip's file, zip/path") String name,
            @Schema(description = "the new source's id") long sourceId, String title) {
    }

    @TemplateData
    @Schema(name = "DuplicateFile")
    public record Duplicate(String name,
            @Schema(description = "the source that has this url or text already") long existingId,
            @Schema(description = "what it shares with that source: url or text") String field) {
    }

    @TemplateData
    @Schema(name = "FailedFile")
    public record Failed(String name, @Schema(description = "why it was not imported") String reason) {
    }

    public boolean running() {
        return !status.finished();
    }

    /** Whole percent done, for the page's text beside the bar. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
