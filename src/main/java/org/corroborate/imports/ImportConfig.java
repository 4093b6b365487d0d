package org.corroborate.imports;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bulk imports ({@code corroborate.imports.*}): how much one upload may hold once its zips are expanded, and how the
 * background worker shares jobs with the other instances of a fleet. The request body itself is limited by
 * {@code quarkus.http.limits.max-body-size} (2 MB), before any of this is read.
 */
@ConfigMapping(prefix = "corroborate.imports")
public interface ImportConfig {

    /** Files in one upload, a zip's entries counted one by one; the ones past it are reported, not read. */
    @WithDefault("5000")
    int maxFiles();

    /** Bytes of one file or zip entry, counted as it is expanded (a zip's own size figures are never trusted). */
    @WithDefault("2000000")
    long maxFileBytes();

    /** Bytes of all the files of one upload once its zips are expanded: a zip bomb stops here. */
    @WithDefault("100000000")
    long maxExpandedBytes();

    /** How long an instance holds a job it works on without renewing its lease; after that another may take it. */
    @WithDefault("PT15S")
    Duration lease();

    /** How often an idle worker looks for jobs (another instance's, or one whose instance stopped). */
    @WithDefault("PT5S")
    Duration poll();
}
