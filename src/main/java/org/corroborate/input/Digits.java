package org.corroborate.input;

/**
 * The digits Dari and Pashto are written in: Eastern Arabic-Indic ۰۱۲۳۴۵۶۷۸۹ (and the Arabic ٠١٢٣٤٥٦٧٨٩ a keyboard
 * may type instead), with "٫" for the decimal point and "٬" between thousands.
 */
public final class Digits {

    public static final char DECIMAL_SEPARATOR = '٫';
    public static final char THOUSANDS_SEPARATOR = '٬';

    private static final char PERSIAN_ZERO = '۰';
    private static final char ARABIC_ZERO = '٠';

    private Digits() {
    }

    /** The text with every Eastern Arabic-Indic or Arabic-Indic digit written as 0–9; other characters kept. */
    public static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
                out.append((char) ('0' + (c - PERSIAN_ZERO)));
            } else if (c >= ARABIC_ZERO && c <= ARABIC_ZERO + 9) {
                out.append((char) ('0' + (c - ARABIC_ZERO)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text with 0–9 written as Dari and Pashto write them (۰–۹). */
    public static String persian(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (PERSIAN_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }
}
