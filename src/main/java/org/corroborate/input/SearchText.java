package org.corroborate.input;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How free-text search compares text: stored text and the text searched for are both folded by {@link #fold}, so a
 * search matches whichever way a word was typed. Dari and Pashto are typed on Arabic and Persian keyboards alike, with
 * and without zero-width non-joiners and vowel marks, with Eastern or Western digits; reports copied from PDFs carry
 * Arabic presentation forms. Folding:
 * <ul>
 * <li>compatibility forms as their letters (NFKD: presentation forms, ligatures, full-width characters), every
 * combining mark dropped (Latin accents; Arabic harakat, superscript alef and the hamza and madda of أ إ آ ؤ ئ ۀ);</li>
 * <li>Arabic letter forms as the Persian ones: ي and ى as ی, ك as ک, ة and ە as ه;</li>
 * <li>every decimal digit as its Western digit (۱۲ and ١٢ are 12);</li>
 * <li>tatweel and invisible format characters (zero-width joiners and non-joiners, bidi marks, byte order mark,
 * soft hyphen) dropped: خان‌آباد is خانآباد;</li>
 * <li>lower case; runs of white space and control characters as one space, none at either end.</li>
 * </ul>
 * A folded text holds no line break, so {@link #of} joins fields with one and a search never matches across two.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The text as search compares it; "" for null or a text with nothing searchable. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.FORMAT || type == Character.SURROGATE
                    || c == TATWEEL) {
                continue; // a lone surrogate too: nothing to search for in half a character
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(letter(c, type));
        }
        // recomposed: NFKD splits Hangul syllables into letters that are not marks, and a fold is never longer for it
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static final int TATWEEL = '\u0640';

    private static int letter(int c, int type) {
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return Digits.latin(c);
        }
        return switch (c) {
            case 'ي', 'ى' -> 'ی';
            case 'ك' -> 'ک';
            case 'ة', 'ە' -> 'ه';
            default -> c;
        };
    }

    /**
     * The stored search text of a row: its fields folded, one a line, at most {@code max} characters (a fold can be
     * longer than its text: a ligature is several letters); "" when no field has anything searchable, so that only
     * rows never given one (written before it existed) have none.
     */
    public static String of(int max, String... fields) {
        StringBuilder joined = new StringBuilder();
        for (String field : fields) {
            String folded = fold(field);
            if (!folded.isEmpty()) {
                joined.append(joined.isEmpty() ? "" : "\n").append(folded);
            }
        }
        int end = Math.min(joined.length(), max);
        if (end < joined.length() && Character.isHighSurrogate(joined.charAt(end - 1))) {
            end--;
        }
        return joined.substring(0, end);
    }

    /**
     * The {@code like} pattern (escape character {@code !}) matching stored search texts that contain what was
     * typed; null when the search has nothing searchable in it, as if nothing was typed.
     */
    public static String containing(String typed) {
        String folded = fold(typed);
        if (folded.isEmpty()) {
            return null;
        }
        return "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
