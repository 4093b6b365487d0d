package org.corroborate.input;

/**
 * The digits Dari and Pashto are written in: Eastern Arabic-Indic ۰۱۲۳۴۵۶۷۸۹ (and the Arabic ٠١٢٣٤٥٦٧٨٩ a keyboard
 * may type instead), with "٫" for the decimal point and "٬" between thousands.
 */
public final class Digits {

    public static final char DECIMAL_SEPARATOR = '٫';
    public static final char THOUSANDS_SEPARATOR = '٬';

    private static final char PERSIAN_ZERO = '۰';

    private Digits() {
    }

    /** The text with every decimal digit (Eastern Arabic-Indic ۰–۹, Arabic-Indic ٠–٩, …) written as 0–9. */
    public static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(latin(c)));
        return out.toString();
    }

    /** A decimal digit of any script as 0–9; any other character as it is. */
    public static int latin(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? '0' + Character.digit(c, 10) : c;
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
