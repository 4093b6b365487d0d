package org.corroborate.dashboard;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * Text from users inside a sentence of a bundle, as {@code {ref:noPlaceMatchesHtml(choices.query.bdi).raw}}: escaped
 * for HTML and isolated in {@code <bdi>}, so a Dari name reads right in an English sentence and the other way round,
 * while the sentence keeps its words in the order its language puts them.
 */
@TemplateExtension
public class IsolatedText {

    static RawString bdi(String text) {
        return new RawString("<bdi>" + escape(text == null ? "" : text) + "</bdi>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
