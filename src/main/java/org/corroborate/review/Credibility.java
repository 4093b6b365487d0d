package org.corroborate.review;

import java.util.Collection;

/**
 * The summary of a claim's reviews: how many, their mean rating, and how they lean.
 *
 * @param reviews number of reviews
 * @param mean mean rating rounded to one decimal, or null without reviews
 * @param leaningTrue reviews rated 4 or 5
 * @param mixed reviews rated 3
 * @param leaningFalse reviews rated 1 or 2
 * @param label the rating name nearest the mean ("Mostly true"), or "Unrated"
 */
public record Credibility(int reviews, Double mean, int leaningTrue, int mixed, int leaningFalse, String label) {

    public static final Credibility NONE = new Credibility(0, null, 0, 0, 0, Rating.name(0));

    public static Credibility of(Collection<Review> reviews) {
        int sum = 0;
        int up = 0;
        int down = 0;
        for (Review review : reviews) {
            sum += review.rating;
            if (Rating.leansTrue(review.rating)) {
                up++;
            } else if (Rating.leansFalse(review.rating)) {
                down++;
            }
        }
        return of(reviews.size(), sum, up, down);
    }

    /** The summary from counts, as an aggregate query gives them. */
    public static Credibility of(int reviews, long ratingSum, int leaningTrue, int leaningFalse) {
        if (reviews == 0) {
            return NONE;
        }
        double mean = (double) ratingSum / reviews;
        double rounded = Math.round(mean * 10) / 10.0;
        return new Credibility(reviews, rounded, leaningTrue, reviews - leaningTrue - leaningFalse, leaningFalse,
                Rating.name((int) Math.round(mean)));
    }
}
