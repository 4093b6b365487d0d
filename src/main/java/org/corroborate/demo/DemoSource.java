package org.corroborate.demo;

import java.time.LocalDate;

import org.corroborate.source.SourceInput;
import org.corroborate.source.SourceKind;

/**
 * One source of the demo dataset. {@code summary} is our own one- or two-sentence description: the
 * articles' text is never stored.
 */
record DemoSource(String url, String title, String outlet, LocalDate publishedAt, SourceKind kind, String summary,
        String importedBy) {

    SourceInput input() {
        return new SourceInput(url, title, outlet, null, publishedAt, kind, "en", summary);
    }
}
