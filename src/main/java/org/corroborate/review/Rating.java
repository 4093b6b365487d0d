package org.corroborate.review;

/** The ClaimReview rating scale, 1 (False) to 5 (True). */
public final class Rating {

    public static final int MIN = 1;
    public static final int MAX = 5;
    private static final String[] NAMES = { "False", "Mostly false", "Mixed", "Mostly true", "True" };

    private Rating() {
    }

    public static String name(int rating) {
        return rating >= MIN && rating <= MAX ? NAMES[rating - 1] : "Unrated";
    }

    public static boolean leansTrue(int rating) {
        return rating >= 4;
    }

    public static boolean leansFalse(int rating) {
        return rating <= 2;
    }
}
