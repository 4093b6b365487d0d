package org.corroborate.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No template holds English words a reader sees outside the message bundles: text between tags and the attributes
 * people read or hear (title, alt, placeholder, aria-label, label) hold only {@code {msg:…}} and other expressions.
 * Code a person types or copies ({@code <code>}, {@code <pre>}, {@code <kbd>}) and elements marked
 * {@code translate="no"} (a product name, a format's name) are left as they are, as a translator would leave them.
 */
class TemplateWordsTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** Templates whose words are not in bundles yet; each one moved leaves this list, which must end empty. */
    static final Set<String> NOT_YET_IN_BUNDLES = Set.of();

    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}{2,}");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "\\b(title|alt|placeholder|aria-label|aria-roledescription|label)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    /** A user tag's arguments that pages show: {#input label="Event date" hint="…" blank="Any" /}. */
    private static final Pattern SECTION_TAG = Pattern.compile("\\{#[a-zA-Z]+\\b[^}]*}");
    private static final Pattern SHOWN_ARGUMENT = Pattern.compile(
            "\\b(label|hint|blank|title|legend|placeholder)=(\"[^\"]*\"|'[^']*')");
    /** Words an expression falls back to, which the page shows: {x.or('— choose —')} (not a value: 'checkbox'). */
    private static final Pattern FALLBACK_TEXT = Pattern.compile("\\.or\\(['\"]([^'\"]*\\s[^'\"]*)['\"]\\)");
    private static final Set<String> KEPT_AS_TYPED = Set.of("code", "pre", "kbd", "samp", "script", "style");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    @Test
    void noTemplateHoldsEnglishOutsideTheBundles() throws IOException {
        TreeMap<String, List<String>> english = new TreeMap<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
            List<String> words = englishIn(Files.readString(template));
            if (!words.isEmpty() && !NOT_YET_IN_BUNDLES.contains(name)) {
                english.put(name, words);
            }
        }
        assertThat(english).as("English words in templates, outside {msg:…}").isEmpty();
    }

    @Test
    void theListOfTemplatesNotYetInBundlesOnlyShrinks() throws IOException {
        List<String> done = new ArrayList<>();
        for (String name : NOT_YET_IN_BUNDLES) {
            Path template = TEMPLATES.resolve(name);
            if (!Files.exists(template) || englishIn(Files.readString(template)).isEmpty()) {
                done.add(name);
            }
        }
        assertThat(done).as("templates to take off NOT_YET_IN_BUNDLES").isEmpty();
    }

    @Test
    void theScannerFindsWhatAReaderWouldSee() {
        assertThat(englishIn("<p>Hello {name}</p>")).containsExactly("Hello");
        assertThat(englishIn("<input placeholder=\"Search claims\" name=\"q\" type=\"search\">")).containsExactly("Search",
                "claims");
        assertThat(englishIn("<a href=\"/claims\" title=\"{msg:claims}\">{msg:claims}</a>")).isEmpty();
        assertThat(englishIn("{! a comment in English !}<pre>curl -s /api/events</pre><span translate=\"no\">JSON</span>"))
                .isEmpty();
        assertThat(englishIn("{#if claim.open}<b>{claim.statement}</b>{#else}Closed{/if}")).containsExactly("Closed");
        assertThat(englishIn("<button type=\"submit\">Save</button>")).containsExactly("Save");
        assertThat(englishIn("<option value=\"\">{_args.get('blank').or('— choose —')}</option>")).containsExactly("choose");
        assertThat(englishIn("{#input name=\"eventDate\" label=\"Event date\" type=\"text\" hint=\"As written\" /}"))
                .containsExactly("Event", "date", "As", "written");
        assertThat(englishIn("{#input name=\"eventDate\" label=msg:eventDate hint=msg:eventDateHint /}")).isEmpty();
        assertThat(englishIn("<div class=\"card wide\" id=\"x\" hx-get=\"/places/choices\"></div>")).isEmpty();
    }

    /** The English words of a template a reader would see or hear. */
    static List<String> englishIn(String template) {
        String text = template.replaceAll("(?s)\\{!.*?!}", " ").replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?i)<!DOCTYPE[^>]*>", " ");
        List<String> words = new ArrayList<>();
        Matcher section = SECTION_TAG.matcher(text);
        while (section.find()) {
            Matcher argument = SHOWN_ARGUMENT.matcher(section.group());
            while (argument.find()) {
                collect(argument.group(2), words);
            }
        }
        Matcher fallback = FALLBACK_TEXT.matcher(text);
        while (fallback.find()) {
            collect(fallback.group(1), words);
        }
        text = withoutExpressions(text);
        Deque<String> open = new ArrayDeque<>();
        int skipping = 0;
        Matcher tag = TAG.matcher(text);
        int at = 0;
        while (tag.find()) {
            if (skipping == 0) {
                collect(text.substring(at, tag.start()), words);
            }
            at = tag.end();
            String name = tag.group(2).toLowerCase();
            String attributes = tag.group(3);
            boolean closing = !tag.group(1).isEmpty();
            if (closing) {
                while (!open.isEmpty()) {
                    String top = open.pop();
                    if (top.endsWith(":skip")) {
                        skipping--;
                    }
                    if (top.startsWith(name + ":") || top.equals(name)) {
                        break;
                    }
                }
                continue;
            }
            if (skipping == 0) {
                Matcher read = READ_ATTRIBUTE.matcher(attributes);
                while (read.find()) {
                    collect(read.group(2), words);
                }
            }
            if (VOID.contains(name) || attributes.endsWith("/")) {
                continue;
            }
            boolean skip = KEPT_AS_TYPED.contains(name) || attributes.matches("(?s).*\\btranslate\\s*=\\s*\"no\".*");
            if (skip) {
                skipping++;
                open.push(name + ":skip");
            } else {
                open.push(name);
            }
        }
        if (skipping == 0) {
            collect(text.substring(at), words);
        }
        return words;
    }

    /** Drops Qute expressions and section tags ({x}, {#if …}, {/if}, {msg:…}), innermost first; "\{" is text. */
    private static String withoutExpressions(String text) {
        String before;
        String after = text.replace("\\{", "");
        do {
            before = after;
            after = before.replaceAll("\\{[^{}]*}", " ");
        } while (!after.equals(before));
        return after;
    }

    private static void collect(String text, List<String> words) {
        Matcher word = WORD.matcher(text.replaceAll("&[a-zA-Z]+;|&#x?[0-9a-fA-F]+;", " "));
        while (word.find()) {
            words.add(word.group());
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
