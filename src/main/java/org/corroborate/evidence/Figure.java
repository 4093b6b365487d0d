package org.corroborate.evidence;


import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A casualty figure as a source states it, read into bounds: {@code low} and {@code high} are the smallest and
 * largest counts the words allow (null when the words set no such bound), {@code approximate} says the number
 * itself is an estimate ("about 50", "dozens") rather than a count or a stated bound. {@link FigureParser} reads
 * one from text; the rules are there and in {@code docs/EVIDENCE.md}.
 */
@JsonPropertyOrder({ "low", "high", "approximate" })
public record Figure(Integer low, Integer high, boolean approximate) {

    public Figure {
        if (low == null && high == null) {
            throw new IllegalArgumentException("a figure needs a low or a high bound");
        }
        if (low != null && low < 0 || high != null && high < 0) {
            throw new IllegalArgumentException("a figure cannot be negative: " + low + " to " + high);
        }
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("a figure's low " + low + " is above its high " + high);
        }
    }

    /**
     * The figure in words for the claim page: "119", "at least 21", "at most 59", "20 to 30", "about 50",
     * "at least 12 (approximate)" for a coded vague amount such as "dozens".
     */
    public String reading() {
        return reading(ENGLISH);
    }

    /** The reading in other words (a page's language), with numbers as {@code words} writes them. */
    public String reading(Words words) {
        String reading;
        if (low != null && low.equals(high)) {
            return approximate ? words.about(words.number(low)) : words.number(low);
        } else if (low != null && high != null) {
            reading = words.range(words.number(low), words.number(high));
            return approximate ? words.about(reading) : reading;
        } else if (low != null) {
            reading = words.atLeast(words.number(low));
        } else {
            reading = words.atMost(words.number(high));
        }
        // a vague amount ("dozens") is coded as a bound, and the reader should see that the number is a code
        return approximate ? words.approximate(reading) : reading;
    }

    /** The words a reading is made of; the claim pages give theirs in Dari and Pashto. */
    public interface Words {

        String about(String reading);

        String range(String low, String high);

        String atLeast(String number);

        String atMost(String number);

        String approximate(String reading);

        default String number(int n) {
            return Figure.number(n);
        }
    }

    /** The reading's English, which the JSON API and English pages show. */
    private static final Words ENGLISH = new Words() {

        public String about(String reading) {
            return "about " + reading;
        }

        public String range(String low, String high) {
            return low + " to " + high;
        }

        public String atLeast(String number) {
            return "at least " + number;
        }

        public String atMost(String number) {
            return "at most " + number;
        }

        public String approximate(String reading) {
            return reading + " (approximate)";
        }
    };

    /** "1,200": thousands grouped with commas, as String.format's "%,d" in the root locale, without a Formatter. */
    static String number(int n) {
        String digits = Long.toString(Math.abs((long) n));
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (n < 0) {
            grouped.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
