package org.corroborate.imports;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.corroborate.source.ArticleImporter;
import org.corroborate.source.Source;

/**
 * What an upload holds, file by file: each file (a .zip expanded, its entries read in memory as they stream, never
 * written anywhere by their names) becomes an {@link Entry}, the article's text or the reason it is refused. Nothing
 * here throws for what a client sent: a bad file is an entry with a reason, and the others are read on.
 * <p>
 * Limits hold while the bytes stream, whatever a zip's headers say: bytes per file, bytes of the whole upload
 * expanded (a zip bomb stops there, having inflated no more than that), and files per upload. A zip inside a zip is
 * not expanded; an entry whose path leaves the zip ({@code ..}, absolute) is reported and not read.
 */
public final class UploadContents {

    /** One file as a client sent it: its name, and its bytes. */
    public interface Part {
        String name();

        InputStream open() throws IOException;
    }

    /** One file of the upload: {@code article} is its text (as the importer reads it), or {@code reason} says why not. */
    public record Entry(String name, String article, String reason) {

        static Entry article(String name, String article) {
            return new Entry(name, article, null);
        }

        static Entry refused(String name, String reason) {
            return new Entry(name, null, reason);
        }

        public boolean readable() {
            return reason == null;
        }
    }

    public record Limits(int maxFiles, long maxFileBytes, long maxExpandedBytes) {
        static Limits of(ImportConfig config) {
            return new Limits(config.maxFiles(), config.maxFileBytes(), config.maxExpandedBytes());
        }
    }

    /** The longest name kept (the rest cut, with "…"). */
    static final int NAME_MAX = ImportFile.NAME_MAX;

    private final Limits limits;
    private final Consumer<Entry> sink;
    private int files;
    private long expanded;
    private boolean full;

    private UploadContents(Limits limits, Consumer<Entry> sink) {
        this.limits = limits;
        this.sink = sink;
    }

    /** Reads every part in order, handing each file's {@link Entry} to {@code sink}; answers how many there were. */
    public static int read(Iterable<? extends Part> parts, Limits limits, Consumer<Entry> sink) {
        UploadContents upload = new UploadContents(limits, sink);
        for (Part part : parts) {
            upload.part(part);
        }
        return upload.files;
    }

    private void part(Part part) {
        String name = displayName(baseName(part.name()));
        if (full) {
            return;
        }
        try (InputStream in = part.open()) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                zip(name, in);
            } else {
                file(name, in);
            }
        } catch (IOException e) {
            add(Entry.refused(name, "could not be read: upload it again"));
        }
    }

    private void zip(String zipName, InputStream in) {
        int entries = 0;
        int read = 0;
        String current = null;
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in), StandardCharsets.ISO_8859_1)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                String path = entryName(entry.getName());
                current = displayName(zipName + "/" + path);
                if (entry.isDirectory() || path.endsWith("/") || isMetadata(path)) {
                    continue; // folders, and the copies of file attributes some systems add, are no files
                }
                if (full) {
                    return;
                }
                if (leavesTheZip(path)) {
                    add(Entry.refused(current, "has a path outside the zip (absolute, or with '..'): not read"));
                } else if (path.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    add(Entry.refused(current, "is a zip inside the zip: not expanded (upload it on its own)"));
                } else {
                    file(current, zip);
                }
                current = null;
                read++;
            }
            if (entries == 0) {
                add(Entry.refused(zipName, "is not a zip archive, or holds no files"));
            }
        } catch (IOException | IllegalArgumentException damaged) { // IllegalArgumentException: a name not UTF-8
            if (current != null && !full) {
                add(Entry.refused(current, "could not be read from the zip (damaged or encrypted)"));
            }
            if (!full) {
                add(Entry.refused(zipName, read == 0 ? "is damaged: nothing could be read from it"
                        : "is damaged after " + read + " entries: the rest was not read"));
            }
        }
    }

    /** Reads one file's bytes from {@code in} (within the limits) and hands on its article or why it is refused. */
    private void file(String name, InputStream in) throws IOException {
        if (!hasArticleExtension(name)) {
            add(Entry.refused(name, "must be a .txt, .html or .htm file, or a .zip of them"));
            drain(in);
            return;
        }
        long allowed = Math.min(limits.maxFileBytes(), limits.maxExpandedBytes() - expanded);
        byte[] bytes = readAtMost(in, allowed);
        if (bytes == null) {
            if (allowed < limits.maxFileBytes()) {
                add(Entry.refused(name, "was not read: the upload expands to more than " + megabytes(limits.maxExpandedBytes())));
                full = true;
            } else {
                add(Entry.refused(name, "is too large: at most " + megabytes(limits.maxFileBytes()) + " a file"));
                drain(in);
            }
            return;
        }
        add(article(name, bytes));
    }

    /** The entry for one file's bytes: its text, checked as the importer will read it. */
    static Entry article(String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Entry.refused(name, "is not UTF-8 text");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            text = ArticleImporter.fromHtml(text);
        }
        ArticleImporter.Article read;
        try {
            read = ArticleImporter.read(text);
        } catch (IllegalArgumentException refused) {
            return Entry.refused(name, refused.getMessage());
        }
        String article = text.replace("\r\n", "\n").strip();
        if (read.text().length() > Source.TEXT_MAX || article.length() > ImportFile.ARTICLE_MAX) {
            return Entry.refused(name, "is too long: an article has at most " + String.format(Locale.ROOT, "%,d",
                    Source.TEXT_MAX) + " characters");
        }
        return Entry.article(name, article);
    }

    private void add(Entry entry) {
        if (full) {
            return;
        }
        if (files == limits.maxFiles()) {
            full = true;
            sink.accept(Entry.refused(entry.name(), "was not read: an upload holds at most " + limits.maxFiles() + " files"));
            files++;
            return;
        }
        files++;
        sink.accept(entry);
    }

    /** The next up to {@code max} bytes of {@code in}, counted into the upload's expanded bytes; null if there are more. */
    private byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            expanded += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Reads past the rest of a file that is not kept, counting it like a kept one: a zip's next entry can only be
     * reached by inflating this one, so the upload's expanded bytes bound that work too.
     */
    private void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            expanded += n;
            if (expanded > limits.maxExpandedBytes()) {
                add(Entry.refused("(the rest of the upload)",
                        "was not read: the upload expands to more than " + megabytes(limits.maxExpandedBytes())));
                full = true;
                return;
            }
        }
    }

    static boolean hasArticleExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /** Absolute ("/etc/passwd", "C:\x", "\\server\x") or climbing out ("a/../../x"): never read, whatever it holds. */
    static boolean leavesTheZip(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : p.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMetadata(String path) {
        String p = path.replace('\\', '/');
        String base = p.substring(p.lastIndexOf('/') + 1);
        return p.startsWith("__MACOSX/") || base.startsWith("._") || base.equals(".DS_Store") || base.equals("Thumbs.db");
    }

    /**
     * A zip entry's name: UTF-8 when the zip says so (Java decodes it); otherwise its bytes, read as ISO-8859-1 to
     * lose none, are UTF-8 if they can be (many tools write UTF-8 without saying), else kept as read.
     */
    static String entryName(String read) {
        for (int i = 0; i < read.length(); i++) {
            if (read.charAt(i) > 0xFF) {
                return read;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(read.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return read;
        }
    }

    /** The file's own name, without the folders some browsers send with it ("C:\Users\…\a.txt"). */
    private static String baseName(String name) {
        if (name == null || name.isBlank()) {
            return "(a file without a name)";
        }
        String n = name.replace('\\', '/');
        String base = n.substring(n.lastIndexOf('/') + 1);
        return base.isBlank() ? name : base;
    }

    /** A name as it can be shown and stored: control characters as '?', at most {@link #NAME_MAX} characters. */
    static String displayName(String name) {
        StringBuilder shown = new StringBuilder();
        int at = 0;
        while (at < name.length()) {
            int c = name.codePointAt(at);
            int next = at + Character.charCount(c);
            if (shown.length() + Character.charCount(c) > NAME_MAX - (next < name.length() ? 1 : 0)) {
                return shown.append('…').toString();
            }
            boolean shownAsIs = !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                    && Character.getType(c) != Character.SURROGATE;
            shown.appendCodePoint(shownAsIs ? c : '?');
            at = next;
        }
        return shown.toString();
    }

    private static String megabytes(long bytes) {
        return bytes % 1_000_000 == 0 ? bytes / 1_000_000 + " MB" : bytes + " bytes";
    }
}
