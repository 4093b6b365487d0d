package org.corroborate.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an article in the plain-text seed format: the first line may begin
 * {@code date YYYY-MM-DD Outlet - }, which gives the published date and the outlet.
 */
public final class ArticleImporter {

    /** Longest title taken from the article's first sentence. */
    static final int TITLE_LENGTH = 160;

    /**
     * A dateline is looked for in this many leading characters only ("date 2021-06-22 ", an outlet of up to 200,
     * " - "). Matched against the whole text, a dateline followed by a long run of spaces made the pattern
     * backtrack quadratically: seconds of CPU per 2 MB upload.
     */
    public static final int DATELINE_MAX = 300;

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(.{1,200}?)\\s+-(?:\\s+|$)", Pattern.CASE_INSENSITIVE);

    private ArticleImporter() {
    }

    /** What the importer read from an article; date and outlet are empty without a dateline. */
    public record Article(Optional<LocalDate> publishedAt, Optional<String> outlet, String title, String text) {
    }

    /**
     * An uploaded or posted article's bytes as text, in {@code charset} (UTF-8 unless the client said otherwise).
     * Bytes that are not text in that charset are refused rather than replaced, so nothing is stored altered.
     */
    public static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the article is not " + charset.name() + " text");
        }
    }

    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    /** Elements whose text is not the article's: code, styling, embedded objects, navigation and page furniture. */
    private static final String NOT_ARTICLE = "script, style, noscript, template, svg, math, iframe, object, embed,"
            + " form, button, select, nav, aside, footer";

    /**
     * The text of an HTML article, for {@link #read}: markup removed, the text of scripts, styles, forms and page
     * navigation dropped, entities decoded (a no-break space as a space), each block (paragraph, heading, list item, line break) on its own line
     * with a blank line between paragraphs. Nothing in it is run or fetched: the parser only builds a tree.
     */
    public static String fromHtml(String html) {
        Element body = Jsoup.parse(html == null ? "" : html).body();
        body.select(NOT_ARTICLE).remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text().replace('\u00a0', ' ')); // &nbsp; spaces words as a space does
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    text.append("\n\n");
                }
            }
        }, body);
        String lines = text.toString().lines().map(String::strip).collect(Collectors.joining("\n"));
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip();
    }

    /**
     * Reads the article text. Throws {@link IllegalArgumentException} when the text is blank or not text,
     * or the dateline's date is not a real date. A byte-order mark before the text is dropped.
     */
    public static Article read(String raw) {
        if (raw != null && raw.startsWith(BYTE_ORDER_MARK)) {
            raw = raw.substring(1);
        }
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("the article is empty");
        }
        if (raw.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("the article is not plain text");
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
        Optional<LocalDate> date = Optional.empty();
        Optional<String> outlet = Optional.empty();
        Matcher dateline = DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_MAX)));
        if (dateline.find()) {
            try {
                date = Optional.of(LocalDate.parse(dateline.group(1)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("the dateline's date " + dateline.group(1) + " is not a real date");
            }
            String named = dateline.group(2).strip();
            outlet = named.isEmpty() ? Optional.empty() : Optional.of(named); // "date 2021-06-22    - …" names none
            text = text.substring(dateline.end()).strip();
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the article has a dateline but no text");
        }
        return new Article(date, outlet, titleOf(text), text);
    }

    /** The first sentence of the first paragraph, cut at a word boundary when long. */
    static String titleOf(String text) {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse(text).strip();
        int end = firstSentenceEnd(firstLine);
        String sentence = end > 0 ? firstLine.substring(0, end) : firstLine;
        if (sentence.length() <= TITLE_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', TITLE_LENGTH - 1);
        int at = cut > 40 ? cut : TITLE_LENGTH - 1;
        if (Character.isHighSurrogate(sentence.charAt(at - 1))) {
            at--; // never half a character (an emoji is two chars): the half could not be stored as UTF-8
        }
        return sentence.substring(0, at) + "…";
    }

    private static int firstSentenceEnd(String line) {
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean atEnd = i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1));
            if ((c == '.' || c == '!' || c == '?') && atEnd && i > 20) {
                return i;
            }
        }
        return -1;
    }
}
