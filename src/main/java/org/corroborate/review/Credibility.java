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
        if (reviews.isEmpty()) {
            return NONE;
        }
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
        double mean = (double) sum / reviews.size();
        double rounded = Math.round(mean * 10) / 10.0;
        return new Credibility(reviews.size(), rounded, up, reviews.size() - up - down, down,
                Rating.name((int) Math.round(mean)));
    }
}
