package org.corroborate.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** A seed article from {@code ../shared/seeds} whose first line is a dateline: {@code date YYYY-MM-DD Outlet -}. */
record SeedArticle(Path file, LocalDate date, String outlet) {

    static final Path SEEDS = Path.of("..", "shared", "seeds");

    private static final Pattern DATELINE = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2}) (.+?) -");

    /** The first seed article with a dateline; skips the calling test when the seeds are not next to the project. */
    static SeedArticle withDateline() {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS),
                "../shared/seeds is absent: the browser journey imports a seed article from next to the project");
        Optional<SeedArticle> found;
        try (Stream<Path> files = Files.list(SEEDS)) {
            found = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(SeedArticle::read)
                    .flatMap(Optional::stream).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Assumptions.assumeTrue(found.isPresent(), "no seed article in ../shared/seeds begins with a dateline");
        return found.get();
    }

    /**
     * The article as a new file with a line of its own at the end: the suite shares one database, where a text
     * imported once (by another test too) is a duplicate the next time.
     */
    Path copy() {
        try {
            Path copy = Files.createTempFile("seed-", ".txt");
            copy.toFile().deleteOnExit();
            Files.writeString(copy, Files.readString(file) + "\n\nCopy " + System.nanoTime() + " for a test.");
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title the importer gives the article: its first sentence. */
    String title() {
        try {
            return org.corroborate.source.ArticleImporter.read(Files.readString(file)).title();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<SeedArticle> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            Matcher m = DATELINE.matcher(lines.isEmpty() ? "" : lines.get(0));
            return m.find() ? Optional.of(new SeedArticle(file, LocalDate.parse(m.group(1)), m.group(2).strip()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
