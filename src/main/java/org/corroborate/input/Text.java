package org.corroborate.input;

/** Tidies free text from forms and JSON before it is checked and stored. */
public final class Text {

    private Text() {
    }

    /** Trimmed text, or null when nothing but white space is left. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
