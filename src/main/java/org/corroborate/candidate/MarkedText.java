package org.corroborate.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A source's text in parts, the sentences its candidates' citations were read from marked, so the page can show
 * where in the text each candidate came from: each marked part is the target of its citations' "in the text" links.
 */
public record MarkedText(List<Part> parts) {

    /** A run of the text; {@code marked} when a citation was read from it, {@code start} its offset in the text. */
    public record Part(String text, boolean marked, int start) {
    }

    /** The text in parts, marking every citation's span (overlapping spans marked as one). */
    public static MarkedText of(String text, List<Candidate> candidates) {
        if (text == null) {
            return new MarkedText(List.of());
        }
        TreeMap<Integer, Integer> spans = new TreeMap<>();
        for (Candidate c : candidates) {
            for (Candidate.Cited cited : c.citations()) {
                int start = Math.max(0, Math.min(cited.span().start(), text.length()));
                int end = Math.max(start, Math.min(cited.span().end(), text.length()));
                spans.merge(start, end, Math::max);
            }
        }
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (var span : spans.entrySet()) {
            int start = Math.max(span.getKey(), at);
            int end = span.getValue();
            if (end <= start) {
                continue;
            }
            if (start > at) {
                parts.add(new Part(text.substring(at, start), false, at));
            }
            parts.add(new Part(text.substring(start, end), true, start));
            at = end;
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false, at));
        }
        return new MarkedText(parts);
    }
}
