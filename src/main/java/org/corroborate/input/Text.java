package org.corroborate.input;

import java.text.Normalizer;
import java.util.regex.Pattern;

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

    /** Marks left by decomposition ("ā" is "a" and a macron). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * The text decomposed (NFD) without its marks: "Mujāhid" is "Mujahid". ASCII text has none and is returned as it
     * is: most names are ASCII, and claimants' names are compared for every citation of every claim read.
     */
    public static String withoutMarks(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return text;
    }
}
