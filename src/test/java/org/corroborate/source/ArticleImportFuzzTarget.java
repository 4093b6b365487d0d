package org.corroborate.source;

import java.nio.charset.StandardCharsets;

import org.corroborate.imports.ZipUploadCheck;

/**
 * What the article importer must do with any bytes at all, as the import endpoints hand them over: decode them
 * as UTF-8 or refuse them, then read them as an article, as plain text and as HTML, or refuse them, with a reason (the endpoints answer 400
 * with it); never throw anything else, and keep its promises about what it read, so what the service stores
 * fits its columns. Shared by the bounded {@link ArticleImporterFuzzTest} and the long run of
 * {@code bench/fuzz-import.sh} (Jazzer's command line calls {@link #fuzzerTestOneInput}).
 */
public final class ArticleImportFuzzTarget {

    private ArticleImportFuzzTarget() {
    }

    public static void fuzzerTestOneInput(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        String text;
        try {
            text = ArticleImporter.decode(input, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notUtf8) {
            requireReason(notUtf8);
            // the endpoints stop here; the importer still gets these bytes as text in some other charset
            text = new String(input, StandardCharsets.ISO_8859_1);
        }
        read(text);
        // the same bytes as a web page (text/html, .html): the markup goes without an exception, the text is read
        read(ArticleImporter.fromHtml(text));
        // the same bytes uploaded to a bulk import as a zip and as a file: each file read or refused with a reason
        ZipUploadCheck.check(input);
    }

    private static void read(String text) {
        ArticleImporter.Article article;
        try {
            article = ArticleImporter.read(text);
        } catch (IllegalArgumentException refused) {
            requireReason(refused);
            return;
        }
        require(!article.text().isBlank(), "an article with no text");
        require(article.text().indexOf('\r') < 0, "a carriage return left in the text");
        require(article.text().indexOf('\0') < 0, "a NUL character in the text");
        require(!article.title().isBlank(), "a blank title");
        require(article.title().length() <= ArticleImporter.TITLE_LENGTH, "a title of " + article.title().length()
                + " characters");
        article.outlet().ifPresent(outlet -> require(!outlet.isBlank() && outlet.length() <= 200,
                "an outlet of " + outlet.length() + " characters"));
        String title = article.title().endsWith("…") ? article.title().substring(0, article.title().length() - 1)
                : article.title();
        require(text.contains(title), "a title that is not the article's");
        require(whole(article.title()) && whole(article.text()), "half a character (a lone surrogate)");
        article.outlet().ifPresent(outlet -> require(whole(outlet), "half a character in the outlet"));
    }

    /** No UTF-16 surrogate without its other half: such text cannot be stored or sent as UTF-8. */
    private static boolean whole(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                return false;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    private static void requireReason(IllegalArgumentException refusal) {
        require(refusal.getMessage() != null && !refusal.getMessage().isBlank(), "a refusal without a reason");
    }

    private static void require(boolean holds, String finding) {
        if (!holds) {
            throw new IllegalStateException("The importer read " + finding);
        }
    }
}
