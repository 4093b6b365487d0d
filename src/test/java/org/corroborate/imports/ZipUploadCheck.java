package org.corroborate.imports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bulk import's upload reading must do with any bytes, as a .zip and as a .txt file
 * ({@code source.ArticleImportFuzzTarget} calls it with every fuzzed input): never throw; hand on each file with a
 * name and either a readable article or a reason; keep within its limits, whatever a zip's headers claim.
 */
public final class ZipUploadCheck {

    /** Small limits, so the fuzzer reaches them with small inputs. */
    static final UploadContents.Limits LIMITS = new UploadContents.Limits(20, 64 * 1024, 256 * 1024);

    private ZipUploadCheck() {
    }

    public static void check(byte[] input) {
        for (String name : List.of("fuzz.zip", "fuzz.txt", "fuzz.html")) {
            List<UploadContents.Entry> entries = new ArrayList<>();
            int count = UploadContents.read(List.of(part(name, input)), LIMITS, entries::add);
            require(count == entries.size(), "a count that is not the files handed on");
            require(entries.size() <= LIMITS.maxFiles() + 1, entries.size() + " files past the limit of " + LIMITS.maxFiles());
            long kept = 0;
            for (UploadContents.Entry entry : entries) {
                require(entry.name() != null && !entry.name().isBlank(), "a file without a name");
                require(entry.name().length() <= ImportFile.NAME_MAX, "a name of " + entry.name().length() + " characters");
                require(entry.name().chars().noneMatch(Character::isISOControl), "a control character in a name");
                require(entry.readable() != (entry.reason() != null), "a file both read and refused, or neither");
                if (entry.readable()) {
                    require(!entry.article().isBlank(), "an article with no text");
                    require(entry.article().length() <= ImportFile.ARTICLE_MAX, "an article of " + entry.article().length()
                            + " characters");
                    kept += entry.article().length();
                } else {
                    require(!entry.reason().isBlank() && entry.reason().length() <= ImportFile.REASON_MAX,
                            "a refusal without a reason, or one too long");
                }
            }
            require(kept <= LIMITS.maxExpandedBytes(), kept + " characters kept, past the upload's limit");
        }
    }

    private static UploadContents.Part part(String name, byte[] bytes) {
        return new UploadContents.Part() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }

    private static void require(boolean holds, String finding) {
        if (!holds) {
            throw new IllegalStateException("The upload reader gave " + finding);
        }
    }
}
